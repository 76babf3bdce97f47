import type { MeldingScenarios, Scenario, ScenarioLijst } from '@schemas/actieoverleg/scenarios';
import { api } from '../../api/client';

export const scenariosApi = {
  /** The scenarios of a casus: active first, with each time one was set in motion. */
  ofCasus: (casusId: string) => api.get<ScenarioLijst>(`/api/v1/casussen/${encodeURIComponent(casusId)}/scenarios`),
  /** The scenarios this melding set in motion, for whoever may see the melding. */
  ofMelding: (meldingId: string) => api.get<MeldingScenarios>(`/api/v1/meldingen/${encodeURIComponent(meldingId)}/scenarios`).then((r) => r.scenarios),
  /** Withdraws a scenario (owner organisation or chair); If-Match is the version shown. */
  withdraw: (scenario: Pick<Scenario, 'id' | 'versie'>) =>
    api.post<Scenario>(`/api/v1/scenarios/${encodeURIComponent(scenario.id)}/intrekken`, {}, { headers: { 'If-Match': `"${scenario.versie}"` } }),
};
