import type { Huishouden, Persoon, PersoonInvoer, Zoekopdracht, Zoekresultaat } from '@schemas/persons';
import { api } from '../api/client';

const persoonPath = (id: string) => `/api/v1/personen/${encodeURIComponent(id)}`;

export const personsApi = {
  /** Search in a POST body: a BSN or a name never ends up in a URL or in the browser history. */
  search: (zoekopdracht: Zoekopdracht) => api.post<Zoekresultaat>('/api/v1/personen/zoekopdrachten', zoekopdracht),
  /** 409 mogelijke-dubbele-persoon (kandidaten) until every likely match is confirmed in nietDezelfdeAls; 409 bsn-bestaat. */
  create: (invoer: PersoonInvoer) => api.post<Persoon>('/api/v1/personen', invoer),
  read: (id: string) => api.get<Persoon>(persoonPath(id)),
  household: (id: string) => api.get<Huishouden | { huishoudens: Huishouden[] }>(`${persoonPath(id)}/huishouden`),
};

/** The household answer as a list, whatever the server wraps it in. */
export function householdsOf(answer: Huishouden | { huishoudens: Huishouden[] }): Huishouden[] {
  return 'huishoudens' in answer ? answer.huishoudens : [answer];
}
