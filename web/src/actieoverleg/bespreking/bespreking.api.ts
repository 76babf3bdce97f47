import type { Bespreking, BesprekingWijzigen } from '@schemas/actieoverleg/bespreking';
import type { Afspraak, AfspraakInvoer, BeoordelingInvoer } from '@schemas/actieoverleg/afspraken';
import type { Scenario, ScenarioInvoer } from '@schemas/actieoverleg/scenarios';
import { api, request } from '../../api/client';

const punt = (id: string) => `/api/v1/agendapunten/${encodeURIComponent(id)}`;

export interface VersionedBespreking {
  bespreking: Bespreking;
  /** The ETag of the answer; the version number is the fallback when a proxy drops the header. */
  etag: string;
}

async function versioned(path: string, init: Parameters<typeof request>[1] = {}): Promise<VersionedBespreking> {
  const response = await request<Bespreking>(path, init);
  return { bespreking: response.data, etag: response.headers.get('ETag') ?? `"${response.data.versie}"` };
}

export const besprekingApi = {
  read: (agendapuntId: string) => versioned(`${punt(agendapuntId)}/bespreking`),
  update: (agendapuntId: string, etag: string, wijziging: BesprekingWijzigen) =>
    versioned(`${punt(agendapuntId)}/bespreking`, { method: 'PATCH', body: wijziging, headers: { 'If-Match': etag } }),
  /** 409 bespreking-onvolledig names every missing field in invalidParams. */
  besproken: (agendapuntId: string) => versioned(`${punt(agendapuntId)}/besproken`, { method: 'POST', body: {} }),
  afspraak: (agendapuntId: string, invoer: AfspraakInvoer) => api.post<Afspraak>(`${punt(agendapuntId)}/afspraken`, invoer),
  scenario: (agendapuntId: string, invoer: ScenarioInvoer) => api.post<Scenario>(`${punt(agendapuntId)}/scenarios`, invoer),
  beoordeel: (afspraakId: string, invoer: BeoordelingInvoer) =>
    api.post<Afspraak>(`/api/v1/afspraken/${encodeURIComponent(afspraakId)}/beoordelingen`, invoer),
};
