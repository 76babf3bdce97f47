import type { Interventie, InterventieInvoer, InterventieLijst, InterventieWijziging } from '@schemas/interventies';
import { api } from '../api/client';

export const interventiesApi = {
  /** The whole catalogue with the interventions switched off (functional administrator only). */
  listAlle: () => api.get<InterventieLijst>('/api/v1/interventies?alle=true').then((r) => r.interventies),
  read: (code: string) => api.get<Interventie>(`/api/v1/interventies/${encodeURIComponent(code)}`),
  create: (invoer: InterventieInvoer) => api.post<Interventie>('/api/v1/interventies', invoer),
  /** PATCH with If-Match = the version the user saw; a newer one on the server gives 409 versie-verouderd. */
  change: (interventie: Pick<Interventie, 'code' | 'versie'>, changes: InterventieWijziging) =>
    api.patch<Interventie>(`/api/v1/interventies/${encodeURIComponent(interventie.code)}`, changes, {
      headers: { 'If-Match': `"${interventie.versie}"` },
    }),
};
