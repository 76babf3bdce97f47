import type { Inspanning, InspanningAanmaken, InspanningenLijst, InspanningWijzigen } from '@schemas/indicatoren/inspanningen';
import { api } from '../../api/client';

const pad = (id: string) => `/api/v1/inspanningen/${encodeURIComponent(id)}`;

export const inspanningenApi = {
  lijst: (jaar: number) => api.get<InspanningenLijst>(`/api/v1/inspanningen?jaar=${jaar}`),
  registreer: (invoer: InspanningAanmaken) => api.post<Inspanning>('/api/v1/inspanningen', invoer),
  /** If-Match with the version shown in the list. */
  wijzig: (id: string, versie: number, wijziging: InspanningWijzigen) =>
    api.patch<Inspanning>(pad(id), wijziging, { headers: { 'If-Match': `"${versie}"` } }),
  verwijder: (id: string, versie: number) => api.delete(pad(id), { headers: { 'If-Match': `"${versie}"` } }),
};
