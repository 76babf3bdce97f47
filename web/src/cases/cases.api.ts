import type {
  Casus,
  CasusLijst,
  CasusPersoon,
  CasusRol,
  CasusStatus,
  CasusWijzigen,
  Coordinatiemoment,
  Routeadvies,
  TijdlijnItem,
} from '@schemas/cases';
import type { Deelnemer, DeelnemerInvoer, Grondslag, InformatieItem, InformatieItemInvoer } from '@schemas/sharing';
import type { Zoekopdracht, Zoekresultaat } from '@schemas/persons';
import type { Organisatie } from '@schemas/organisations';
import { api, request } from '../api/client';

const casusPath = (id: string) => `/api/v1/casussen/${encodeURIComponent(id)}`;

/** An ETag as the server sends it; the version number is the fallback when a proxy drops the header. */
export function versionTag(versie: number): string {
  return `"${versie}"`;
}

export interface CasusLijstFilter {
  status?: CasusStatus | undefined;
  zoek?: string | undefined;
  pagina?: number | undefined;
}

export const casesApi = {
  list: (filter: CasusLijstFilter = {}) => {
    const query = new URLSearchParams();
    if (filter.status) query.set('status', filter.status);
    if (filter.zoek) query.set('zoek', filter.zoek);
    if (filter.pagina && filter.pagina > 1) query.set('pagina', String(filter.pagina));
    const qs = query.toString();
    return api.get<CasusLijst>(`/api/v1/casussen${qs ? `?${qs}` : ''}`);
  },
  read: async (id: string) => {
    const response = await request<Casus>(casusPath(id));
    return { casus: response.data, etag: response.headers.get('ETag') ?? versionTag(response.data.versie) };
  },
  update: async (id: string, etag: string, changes: CasusWijzigen) => {
    const response = await request<Casus>(casusPath(id), { method: 'PATCH', body: changes, headers: { 'If-Match': etag } });
    return { casus: response.data, etag: response.headers.get('ETag') ?? versionTag(response.data.versie) };
  },
  addPerson: (id: string, persoonId: string, rol: CasusRol) =>
    api.post<CasusPersoon>(`${casusPath(id)}/personen`, { persoonId, rol }),
  timeline: (id: string) => api.get<{ items: TijdlijnItem[] }>(`${casusPath(id)}/tijdlijn`),
  routeAdvice: (id: string) => api.get<Routeadvies>(`${casusPath(id)}/routeadvies`),
  confirmMoments: (id: string, momenten: Coordinatiemoment[], afgewezen: Coordinatiemoment[]) =>
    api.post<{ coordinatiemomenten: Casus['coordinatiemomenten'] }>(`${casusPath(id)}/coordinatiemomenten`, {
      momenten,
      ...(afgewezen.length > 0 ? { afgewezen } : {}),
    }),
  participants: (id: string) => api.get<{ deelnemers: Deelnemer[] }>(`${casusPath(id)}/deelnemers`),
  addParticipant: (id: string, invoer: DeelnemerInvoer) => api.post<Deelnemer>(`${casusPath(id)}/deelnemers`, invoer),
  leave: (id: string, deelnemerId: string, reden: string) =>
    api.post<Deelnemer>(`${casusPath(id)}/deelnemers/${encodeURIComponent(deelnemerId)}/vertrek`, { reden }),
  information: (id: string) => api.get<{ items: InformatieItem[] }>(`${casusPath(id)}/informatie`),
  shareInformation: (id: string, invoer: InformatieItemInvoer) => api.post<InformatieItem>(`${casusPath(id)}/informatie`, invoer),
  /** The partner directory of one region (no personal data). */
  organisations: (regioId: string) =>
    api.get<{ organisaties: Organisatie[] }>(`/api/v1/organisaties?regioId=${encodeURIComponent(regioId)}`),
  grondslagen: () => api.get<{ grondslagen: Grondslag[] }>('/api/v1/grondslagen'),
  /** Search in a POST body: a BSN or a name never ends up in a URL. */
  searchPersons: (zoekopdracht: Zoekopdracht) => api.post<Zoekresultaat>('/api/v1/personen/zoekopdrachten', zoekopdracht),
};
