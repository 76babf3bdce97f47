import type { Koppeling, KoppelingAanmaken, NieuweKoppeling } from '@schemas/meldingen';
import { api } from '../../api/client';

export const koppelingenApi = {
  list: () => api.get<{ koppelingen: Koppeling[] }>('/api/v1/koppelingen').then((r) => r.koppelingen),
  /** The answer holds the secret; the server shows it only this once. */
  create: (invoer: KoppelingAanmaken) => api.post<NieuweKoppeling>('/api/v1/koppelingen', invoer),
  revoke: (id: string) => api.post<Koppeling>(`/api/v1/koppelingen/${encodeURIComponent(id)}/intrekking`, {}),
};
