import type { Bevraging, BevragingAntwoord, BevragingBeantwoord, BevragingIntrekking, BevragingInvoer } from '@schemas/bevraging';
import { api } from '../api/client';

export const bevragingApi = {
  list: (richting: 'inkomend' | 'uitgaand') => api.get<{ bevragingen: Bevraging[] }>(`/api/v1/bevragingen?richting=${richting}`),
  ofCasus: (casusId: string) => api.get<{ bevragingen: Bevraging[] }>(`/api/v1/casussen/${encodeURIComponent(casusId)}/bevragingen`),
  read: (id: string) => api.get<Bevraging>(`/api/v1/bevragingen/${encodeURIComponent(id)}`),
  ask: (casusId: string, invoer: BevragingInvoer) =>
    api.post<Bevraging>(`/api/v1/casussen/${encodeURIComponent(casusId)}/bevragingen`, invoer),
  answer: (bevraging: Pick<Bevraging, 'id' | 'versie'>, antwoord: BevragingAntwoord) =>
    api.post<BevragingBeantwoord>(`/api/v1/bevragingen/${encodeURIComponent(bevraging.id)}/antwoord`, antwoord, {
      headers: { 'If-Match': `"${bevraging.versie}"` },
    }),
  withdraw: (bevraging: Pick<Bevraging, 'id' | 'versie'>, intrekking: BevragingIntrekking) =>
    api.post<Bevraging>(`/api/v1/bevragingen/${encodeURIComponent(bevraging.id)}/intrekking`, intrekking, {
      headers: { 'If-Match': `"${bevraging.versie}"` },
    }),
};
