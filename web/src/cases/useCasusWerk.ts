import { afsprakenApi } from '../actieoverleg/afspraken/afspraken.api';
import { scenariosApi } from '../actieoverleg/scenarios/scenarios.api';
import { bevragingApi } from '../bevraging/bevraging.api';
import { tasksApi } from '../tasks/tasks.api';
import { useApiData } from '../api/useApiData';
import { casesApi } from './cases.api';

export interface Geladen<T> {
  data: T | null;
  error: unknown;
}

export type Routeadvies = Awaited<ReturnType<typeof casesApi.routeAdvice>>;
export type CasusBevragingenLijst = Awaited<ReturnType<typeof bevragingApi.ofCasus>>;
export type CasusTakenLijst = Awaited<ReturnType<typeof tasksApi.ofCasus>>;
export type CasusAfsprakenLijst = Awaited<ReturnType<typeof afsprakenApi.ofCasus>>;
export type CasusScenarioLijst = Awaited<ReturnType<typeof scenariosApi.ofCasus>>;

/**
 * What is open on a casus — route advice, bevragingen, tasks, agreements and scenarios of the Actieoverleg — read
 * once per change of the page, for both the summary (or the scenario banner) and the sections (every read is
 * audited; the page should not read it twice).
 */
export function useCasusWerk(casusId: string, tick: number) {
  return {
    advies: useApiData(() => casesApi.routeAdvice(casusId), [casusId, tick]) as Geladen<Routeadvies>,
    bevragingen: useApiData(() => bevragingApi.ofCasus(casusId), [casusId, tick]) as Geladen<CasusBevragingenLijst>,
    taken: useApiData(() => tasksApi.ofCasus(casusId), [casusId, tick]) as Geladen<CasusTakenLijst>,
    afspraken: useApiData(() => afsprakenApi.ofCasus(casusId), [casusId, tick]) as Geladen<CasusAfsprakenLijst>,
    scenarios: useApiData(() => scenariosApi.ofCasus(casusId), [casusId, tick]) as Geladen<CasusScenarioLijst>,
  };
}

export type CasusWerk = ReturnType<typeof useCasusWerk>;
