import type { Taak, TakenLijst } from '@schemas/tasks';
import { api } from '../api/client';

export const tasksApi = {
  inbox: (voor: 'mij' | 'organisatie', status: 'open' | 'afgerond' = 'open') =>
    api.get<TakenLijst>(`/api/v1/taken?voor=${voor}&status=${status}`),
  ofCasus: (casusId: string) => api.get<TakenLijst>(`/api/v1/casussen/${encodeURIComponent(casusId)}/taken`),
  complete: (taak: Pick<Taak, 'id' | 'versie'>) =>
    api.post<Taak>(`/api/v1/taken/${encodeURIComponent(taak.id)}/afronding`, {}, { headers: { 'If-Match': `"${taak.versie}"` } }),
};
