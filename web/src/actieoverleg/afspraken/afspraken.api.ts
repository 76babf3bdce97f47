import type { Afspraak, AfsprakenLijst, AfspraakWijzigen } from '@schemas/actieoverleg/afspraken';
import { api, request } from '../../api/client';

const afspraakPath = (id: string) => `/api/v1/afspraken/${encodeURIComponent(id)}`;

export type AfsprakenFilter = 'open' | 'afgesloten';

/** The ETag of an answer; the version number is the fallback when a proxy drops the header. */
const tagOf = (headers: Headers, afspraak: Afspraak) => headers.get('ETag') ?? `"${afspraak.versie}"`;

export const afsprakenApi = {
  /** The agreements the own organisation owns: overdue first, then by deadline. */
  eigen: (status: AfsprakenFilter) =>
    api.get<AfsprakenLijst>(`/api/v1/afspraken?eigenaar=eigen-organisatie&status=${status}`).then((r) => r.afspraken),
  ofCasus: (casusId: string) => api.get<AfsprakenLijst>(`/api/v1/casussen/${encodeURIComponent(casusId)}/afspraken`),
  read: async (id: string) => {
    const response = await request<Afspraak>(afspraakPath(id));
    return { afspraak: response.data, etag: tagOf(response.headers, response.data) };
  },
  /** Closes (or annotates) an agreement; If-Match is the version the user saw (the ETag of that version). */
  update: async (afspraak: Pick<Afspraak, 'id' | 'versie'>, wijziging: AfspraakWijzigen) => {
    const response = await request<Afspraak>(afspraakPath(afspraak.id), {
      method: 'PATCH',
      body: wijziging,
      headers: { 'If-Match': `"${afspraak.versie}"` },
    });
    return { afspraak: response.data, etag: tagOf(response.headers, response.data) };
  },
};
