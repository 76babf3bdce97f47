import type { Bron, Melding, MeldingInvoer, MeldingLijst, Samenvoegvoorstel } from '@schemas/meldingen';
import type { Casus, CasusInvoer } from '@schemas/cases';
import type { Grondslag } from '@schemas/sharing';
import { api } from '../api/client';

const meldingPath = (id: string) => `/api/v1/meldingen/${encodeURIComponent(id)}`;

export interface MeldingenFilter {
  zonderCasus?: boolean | undefined;
  bron?: Bron | undefined;
  cursor?: string | undefined;
}

export type MergeDecision = 'samenvoeging' | 'afwijzing' | 'ongedaanmaking';

export const meldingenApi = {
  create: (invoer: MeldingInvoer) => api.post<Melding>('/api/v1/meldingen', invoer),
  list: (filter: MeldingenFilter = {}) => {
    const query = new URLSearchParams();
    if (filter.zonderCasus) query.set('zonderCasus', 'true');
    if (filter.bron) query.set('bron', filter.bron);
    if (filter.cursor) query.set('cursor', filter.cursor);
    const qs = query.toString();
    return api.get<MeldingLijst>(`/api/v1/meldingen${qs ? `?${qs}` : ''}`);
  },
  read: (id: string) => api.get<Melding>(meldingPath(id)),
  mergeProposals: (id: string) =>
    api.get<{ samenvoegvoorstellen: Samenvoegvoorstel[] }>(`${meldingPath(id)}/samenvoegvoorstellen`).then((r) => r.samenvoegvoorstellen),
  decideMerge: (voorstelId: string, besluit: MergeDecision) =>
    api.post<Samenvoegvoorstel>(`/api/v1/melding-samenvoegingen/${encodeURIComponent(voorstelId)}/${besluit}`, {}),
  grondslagen: () => api.get<{ grondslagen: Grondslag[] }>('/api/v1/grondslagen').then((r) => r.grondslagen.filter((g) => g.actief)),
  openCasus: (invoer: CasusInvoer) => api.post<Casus>('/api/v1/casussen', invoer),
  linkToCasus: (casusId: string, meldingId: string) =>
    api.post<Casus>(`/api/v1/casussen/${encodeURIComponent(casusId)}/meldingen`, { meldingId }),
  readCasus: (casusId: string) => api.get<Casus>(`/api/v1/casussen/${encodeURIComponent(casusId)}`),
};
