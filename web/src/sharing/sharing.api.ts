import type { Grondslag, GrondslagInvoer, GrondslagWijzigen } from '@schemas/sharing';
import { api } from '../api/client';

export const sharingApi = {
  /** The register; the functional administrator gets the inactive grondslagen too. */
  listGrondslagen: () => api.get<{ grondslagen: Grondslag[] }>('/api/v1/grondslagen').then((r) => r.grondslagen),
  createGrondslag: (invoer: Omit<GrondslagInvoer, 'actief' | 'omschrijving'> & { omschrijving?: string }) =>
    api.post<Grondslag>('/api/v1/grondslagen', invoer),
  /** PATCH with If-Match = the version the user saw; a newer one on the server gives 409 versie-verouderd. */
  changeGrondslag: (grondslag: Pick<Grondslag, 'id' | 'versie'>, changes: GrondslagWijzigen) =>
    api.patch<Grondslag>(`/api/v1/grondslagen/${encodeURIComponent(grondslag.id)}`, changes, {
      headers: { 'If-Match': `"${grondslag.versie}"` },
    }),
};
