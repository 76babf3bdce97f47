import type { NotulenVerzending, NotulenVerzendingLijst } from '@schemas/actieoverleg/notulen';
import { api } from '../../api/client';

const overlegPath = (overlegId: string) => `/api/v1/actieoverleggen/${encodeURIComponent(overlegId)}`;

export const notulenApi = {
  /** The minutes delivered to the own organisation, newest meeting first. */
  list: () => api.get<NotulenVerzendingLijst>('/api/v1/notulen').then((r) => r.notulen),
  /** The printable HTML document for the own organisation (a page of its own, not part of the app). */
  htmlHref: (n: Pick<NotulenVerzending, 'overlegId' | 'links'>) => n.links.html || `${overlegPath(n.overlegId)}/notulen`,
  pdfHref: (n: Pick<NotulenVerzending, 'overlegId' | 'links'>) => n.links.pdf || `${overlegPath(n.overlegId)}/notulen.pdf`,
};
