import type { RapportTekst, RapportTeksten } from '@schemas/indicatoren/rapport';
import { api } from '../../api/client';

/** The network's own texts of the regional report; query: regioId, van, tot. */
export const rapportApi = {
  teksten: (query: string) => api.get<RapportTeksten>(`/api/v1/indicatoren/rapport-teksten?${query}`),
  /** If-Match is the version the user edited; 0 when the section had no text yet. */
  opslaan: (sectie: string, query: string, tekst: string, versie: number) =>
    api.put<RapportTekst>(`/api/v1/indicatoren/rapport-teksten/${encodeURIComponent(sectie)}?${query}`, { tekst }, { headers: { 'If-Match': `"${versie}"` } }),
};
