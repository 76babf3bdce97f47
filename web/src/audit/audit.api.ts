import { api } from '../api/client';

export interface AuditItem {
  seq: number;
  at: string;
  gebruikerId: string | null;
  organisatieId: string | null;
  rollen: string[];
  actie: string;
  objectType: string;
  objectId: string | null;
  doel: string | null;
  uitkomst: string;
}

export interface AuditPage {
  items: AuditItem[];
  volgende: number | null;
}

export const auditApi = {
  page: (voor?: number, limiet = 50) =>
    api.get<AuditPage>(`/api/v1/audit-log?limiet=${limiet}${voor !== undefined ? `&voor=${voor}` : ''}`),
};
