import type { VtContact, VtContactInvoer, ZsmBord, ZsmBordQuery, ZsmZaak, ZsmZaakDetail, ZsmZaakInvoer, ZsmZaakWijzigen } from '@schemas/zsm/zaken';
import type { BereikbaarheidInvoer, BereikbaarheidLijst, VtBereikbaarheid } from '@schemas/zsm/bereikbaarheid';
import type {
  Veiligheidsbeoordeling,
  VeiligheidsbeoordelingAntwoord,
  VeiligheidsbeoordelingInvoer,
  ZsmAdvies,
  ZsmAdviesInvoer,
  ZsmAdviezenLijst,
} from '@schemas/zsm/beoordeling';
import type {
  Afdoeningsoverleg,
  AfdoeningsoverlegAntwoord,
  AfdoeningsoverlegInvoer,
  Beslissing,
  BeslissingAntwoord,
  BeslissingInvoer,
  ZsmChecklist,
  ZsmChecklistInvoer,
} from '@schemas/zsm/afdoening';
import { api, request, type RequestOptions } from '../api/client';

const enc = encodeURIComponent;
const zaakPath = (id: string) => `/api/v1/zsm-zaken/${enc(id)}`;

/** Data with the ETag of its answer (the version number is the fallback when a proxy drops the header). */
export interface Versioned<T> {
  data: T;
  etag: string;
}

async function versioned<T extends { versie: number }>(path: string, init: RequestOptions = {}): Promise<Versioned<T>> {
  const response = await request<T>(path, init);
  return { data: response.data, etag: response.headers.get('ETag') ?? `"${response.data.versie}"` };
}

/** A PUT that creates without If-Match the first time and changes with it afterwards. */
const putMaybeVersioned = <T extends { versie: number }>(path: string, etag: string | null, body: unknown) =>
  versioned<T>(path, { method: 'PUT', body, ...(etag ? { headers: { 'If-Match': etag } } : {}) });

export const zsmApi = {
  // The case, the board, the intake
  bord: (status: ZsmBordQuery['status']) => api.get<ZsmBord>(`/api/v1/zsm-zaken?status=${enc(status)}`),
  zaak: (id: string) => versioned<ZsmZaakDetail>(zaakPath(id)),
  invoeren: (invoer: ZsmZaakInvoer) => api.post<ZsmZaak>('/api/v1/zsm-zaken', invoer),
  wijzigen: (id: string, etag: string, wijziging: ZsmZaakWijzigen) =>
    versioned<ZsmZaakDetail>(zaakPath(id), { method: 'PATCH', body: wijziging, headers: { 'If-Match': etag } }),
  vtContact: (id: string, invoer: VtContactInvoer) => api.post<VtContact>(`${zaakPath(id)}/vt-contacten`, invoer),

  // Veilig Thuis, 3RO, RvdK
  veiligheidsbeoordeling: async (id: string): Promise<Versioned<Veiligheidsbeoordeling> | null> => {
    const response = await request<VeiligheidsbeoordelingAntwoord>(`${zaakPath(id)}/veiligheidsbeoordeling`);
    const b = response.data.veiligheidsbeoordeling;
    return b ? { data: b, etag: response.headers.get('ETag') ?? `"${b.versie}"` } : null;
  },
  beoordelen: (id: string, etag: string | null, invoer: VeiligheidsbeoordelingInvoer) =>
    putMaybeVersioned<Veiligheidsbeoordeling>(`${zaakPath(id)}/veiligheidsbeoordeling`, etag, invoer),
  adviezen: (id: string) => api.get<ZsmAdviezenLijst>(`${zaakPath(id)}/adviezen`).then((r) => r.adviezen),
  adviseren: (id: string, invoer: ZsmAdviesInvoer) => api.post<ZsmAdvies>(`${zaakPath(id)}/adviezen`, invoer),

  // The afdoeningsoverleg and the decision
  afdoeningsoverleg: async (id: string): Promise<{ antwoord: AfdoeningsoverlegAntwoord; etag: string | null }> => {
    const response = await request<AfdoeningsoverlegAntwoord>(`${zaakPath(id)}/afdoeningsoverleg`);
    const a = response.data.afdoeningsoverleg;
    return { antwoord: response.data, etag: a ? (response.headers.get('ETag') ?? `"${a.versie}"`) : null };
  },
  overleggen: (id: string, etag: string | null, invoer: AfdoeningsoverlegInvoer) =>
    putMaybeVersioned<Afdoeningsoverleg>(`${zaakPath(id)}/afdoeningsoverleg`, etag, invoer),
  beslissing: (id: string) => api.get<BeslissingAntwoord>(`${zaakPath(id)}/beslissing`).then((r) => r.beslissing),
  beslissen: (id: string, invoer: BeslissingInvoer) => api.post<Beslissing>(`${zaakPath(id)}/beslissing`, invoer),

  // The region's attention points for the afdoeningsoverleg
  checklist: () => api.get<ZsmChecklist>('/api/v1/zsm-checklist').then((r) => r.punten),
  checklistVervangen: (invoer: ZsmChecklistInvoer) => api.put<ZsmChecklist>('/api/v1/zsm-checklist', invoer).then((r) => r.punten),

  // Veilig Thuis availability
  bereikbaarheid: () => api.get<BereikbaarheidLijst>('/api/v1/zsm-bereikbaarheid').then((r) => r.organisaties),
  weekVervangen: (vtOrganisatieId: string, etag: string, invoer: BereikbaarheidInvoer) =>
    versioned<VtBereikbaarheid>(`/api/v1/zsm-bereikbaarheid/${enc(vtOrganisatieId)}`, { method: 'PUT', body: invoer, headers: { 'If-Match': etag } }),
};
