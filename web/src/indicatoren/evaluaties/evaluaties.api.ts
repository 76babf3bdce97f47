import type { Verbeteractie } from '@schemas/indicatoren';
import type { Evaluatie, EvaluatieAntwoord, EvaluatieVoortgang, EvaluatieVraagDto, MijnEvaluaties } from '@schemas/indicatoren/evaluaties';
import { api, request } from '../../api/client';

export const evaluatiesApi = {
  vragen: () => api.get<{ vragen: EvaluatieVraagDto[] }>('/api/v1/evaluatie-vragen'),
  mijn: (jaar: number) => api.get<MijnEvaluaties>(`/api/v1/evaluaties/mijn?jaar=${jaar}`),
  voortgang: (jaar: number) => api.get<EvaluatieVoortgang>(`/api/v1/evaluaties/voortgang?jaar=${jaar}`),
  /** Creates (no version yet) or replaces (If-Match with the version the form was filled from) the own evaluation. */
  invullen: (verbeteractie: Verbeteractie, jaar: number, versie: number | null, antwoorden: EvaluatieAntwoord[]) =>
    request<Evaluatie>(`/api/v1/evaluaties/mijn/${encodeURIComponent(verbeteractie)}?jaar=${jaar}`, {
      method: 'PUT',
      body: { antwoorden },
      headers: versie === null ? {} : { 'If-Match': `"${versie}"` },
    }).then((r) => r.data),
};
