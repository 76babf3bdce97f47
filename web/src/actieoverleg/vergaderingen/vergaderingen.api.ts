import type {
  AanwezigheidInvoer,
  AnnulerenInvoer,
  Agendapunt,
  Bijdrage,
  BijdrageInvoer,
  LidInvoer,
  Medewerker,
  Overleg,
  OverlegLijstItem,
  OverlegWijzigen,
  Reeks,
  ReeksInvoer,
  ReeksWijzigen,
} from '@schemas/actieoverleg/vergaderingen';
import type { AanmeldingLijstItem } from '@schemas/actieoverleg';
import type { CasusLijst } from '@schemas/cases';
import type { AfrondenResultaat } from '@schemas/actieoverleg/notulen';
import type { Organisatie } from '@schemas/organisations';
import { api, request } from '../../api/client';

const enc = encodeURIComponent;
const reeksPath = (id: string) => `/api/v1/actieoverleg-reeksen/${enc(id)}`;
const overlegPath = (id: string) => `/api/v1/actieoverleggen/${enc(id)}`;
const agendapuntPath = (id: string) => `/api/v1/agendapunten/${enc(id)}`;

export interface Versioned<T> {
  data: T;
  /** The ETag of the answer; the version number is the fallback when a proxy drops the header. */
  etag: string;
}

const tag = (versie: number) => `"${versie}"`;

async function versioned<T extends { versie: number }>(path: string, init: Parameters<typeof request>[1] = {}): Promise<Versioned<T>> {
  const response = await request<T>(path, init);
  return { data: response.data, etag: response.headers.get('ETag') ?? tag(response.data.versie) };
}

/** Plain links (the browser sends the session cookie): the calendar file and the minutes. */
export const vergaderingLinks = {
  overlegIcs: (id: string) => `${overlegPath(id)}/agenda.ics`,
  reeksIcs: (id: string) => `${reeksPath(id)}/agenda.ics`,
  notulenHtml: (id: string) => `${overlegPath(id)}/notulen`,
  notulenPdf: (id: string) => `${overlegPath(id)}/notulen.pdf`,
};

export const vergaderingenApi = {
  // The series
  reeksen: () => api.get<{ reeksen: Reeks[] }>('/api/v1/actieoverleg-reeksen').then((r) => r.reeksen),
  reeks: (id: string) => versioned<Reeks>(reeksPath(id)),
  createReeks: (invoer: ReeksInvoer) => versioned<Reeks>('/api/v1/actieoverleg-reeksen', { method: 'POST', body: invoer }),
  updateReeks: (id: string, etag: string, wijziging: ReeksWijzigen) =>
    versioned<Reeks>(reeksPath(id), { method: 'PATCH', body: wijziging, headers: { 'If-Match': etag } }),
  /** The chair choosing a representative: the case workers of one organisation of the region. */
  reeksMedewerkers: (id: string, organisatieId: string) =>
    api.get<{ medewerkers: Medewerker[] }>(`${reeksPath(id)}/medewerkers?organisatieId=${enc(organisatieId)}`).then((r) => r.medewerkers),
  addLid: (id: string, lid: LidInvoer) => versioned<Reeks>(`${reeksPath(id)}/leden`, { method: 'POST', body: lid }),
  endLid: (id: string, lidId: string) => versioned<Reeks>(`${reeksPath(id)}/leden/${enc(lidId)}`, { method: 'DELETE' }),

  // Meetings
  overleggen: () => api.get<{ actieoverleggen: OverlegLijstItem[] }>('/api/v1/actieoverleggen').then((r) => r.actieoverleggen),
  plan: (reeksId: string) => versioned<Overleg>('/api/v1/actieoverleggen', { method: 'POST', body: { reeksId } }),
  overleg: (id: string) => versioned<Overleg>(overlegPath(id)),
  /** The people to choose from at this meeting (owner, regie, attendance). */
  medewerkers: (id: string) => api.get<{ medewerkers: Medewerker[] }>(`${overlegPath(id)}/medewerkers`).then((r) => r.medewerkers),
  wijzigen: (id: string, etag: string, wijziging: OverlegWijzigen) =>
    versioned<Overleg>(overlegPath(id), { method: 'PATCH', body: wijziging, headers: { 'If-Match': etag } }),
  annuleren: (id: string, invoer: AnnulerenInvoer) => versioned<Overleg>(`${overlegPath(id)}/annuleren`, { method: 'POST', body: invoer }),
  start: (id: string) => versioned<Overleg>(`${overlegPath(id)}/starten`, { method: 'POST', body: {} }),
  afronden: (id: string) => api.post<AfrondenResultaat>(`${overlegPath(id)}/afronden`, {}),
  aanwezigheid: (id: string, etag: string, invoer: AanwezigheidInvoer) =>
    versioned<Overleg>(`${overlegPath(id)}/aanwezigheid`, { method: 'PUT', body: invoer, headers: { 'If-Match': etag } }),

  // The agenda
  opstellen: (id: string) => versioned<Overleg>(`${overlegPath(id)}/agenda/opstellen`, { method: 'POST', body: {} }),
  addAgendapunt: (id: string, aanmeldingId: string) =>
    versioned<Overleg>(`${overlegPath(id)}/agendapunten`, { method: 'POST', body: { aanmeldingId } }),
  /** A casus the chair's organisation takes part in (or with open agreements of this series), as a follow-up item. */
  addVervolg: (id: string, casusId: string) => versioned<Overleg>(`${overlegPath(id)}/agendapunten`, { method: 'POST', body: { casusId } }),
  volgorde: (id: string, etag: string, agendapuntIds: string[]) =>
    versioned<Overleg>(`${overlegPath(id)}/agenda/volgorde`, { method: 'PUT', body: { agendapuntIds }, headers: { 'If-Match': etag } }),
  doorschuiven: (agendapuntId: string, overlegId: string) =>
    api.post<Overleg>(`${agendapuntPath(agendapuntId)}/doorschuiven`, { overlegId }),
  uitnodigen: (agendapuntId: string, organisatieId: string) =>
    api.post<Agendapunt>(`${agendapuntPath(agendapuntId)}/uitnodigingen`, { organisatieId }),
  uitnodigingIntrekken: (agendapuntId: string, organisatieId: string) =>
    request<Agendapunt>(`${agendapuntPath(agendapuntId)}/uitnodigingen/${enc(organisatieId)}`, { method: 'DELETE' }).then((r) => r.data),
  /** Creates the own contribution (no If-Match) or updates it (If-Match with the contribution's version). */
  bijdrage: (agendapuntId: string, invoer: BijdrageInvoer, bestaand: Bijdrage | null) =>
    api.put<Bijdrage>(`${agendapuntPath(agendapuntId)}/bijdragen/eigen`, invoer, bestaand ? { headers: { 'If-Match': tag(bestaand.versie) } } : {}),

  // Around it
  geagendeerd: () =>
    api.get<{ aanmeldingen: AanmeldingLijstItem[] }>('/api/v1/aanmeldingen?status=geagendeerd').then((r) => r.aanmeldingen),
  /** The open casussen the own organisation takes part in, by (part of) their number: the first 100. */
  casussen: (zoek: string) => {
    const query = new URLSearchParams({ status: 'open', perPagina: '100' });
    if (zoek) query.set('zoek', zoek);
    return api.get<CasusLijst>(`/api/v1/casussen?${query.toString()}`);
  },
  organisatie: (id: string) => api.get<Organisatie>(`/api/v1/organisaties/${enc(id)}`),
  organisaties: (regioId: string) =>
    api.get<{ organisaties: Organisatie[] }>(`/api/v1/organisaties?regioId=${enc(regioId)}`).then((r) => r.organisaties),
};
