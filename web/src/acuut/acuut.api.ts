import type { AcuutContact, AcuutContactenLijst, AcuutContactInvoer, BeoordelingInvoer, BereikbaarNu } from '@schemas/acuut';
import type { InterventieLijst } from '@schemas/interventies';
import { api, request } from '../api/client';

const base = '/api/v1/acuut';

export const acuutApi = {
  bereikbaarNu: () => api.get<BereikbaarNu>(`${base}/bereikbaar-nu`),
  contacten: () => api.get<AcuutContactenLijst>(`${base}/contacten`),
  contact: (id: string) => api.get<AcuutContact>(`${base}/contacten/${encodeURIComponent(id)}`),
  createContact: (invoer: AcuutContactInvoer) => api.post<AcuutContact>(`${base}/contacten`, invoer),
  beoordeling: async (id: string, invoer: BeoordelingInvoer, versie: number | null) =>
    (
      await request<unknown>(`${base}/contacten/${encodeURIComponent(id)}/beoordeling`, {
        method: 'PUT',
        body: invoer,
        headers: versie === null ? {} : { 'If-Match': `"${versie}"` },
      })
    ).data,
  interventiesAcuut: () => api.get<InterventieLijst>('/api/v1/interventies?fase=acuut'),
};

/** A datetime-local value (local time, minutes) for an ISO instant or now. */
export function toLocalInput(iso?: string): string {
  const d = iso ? new Date(iso) : new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}
