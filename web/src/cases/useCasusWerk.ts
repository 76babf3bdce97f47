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

/**
 * What is open on a casus — route advice, bevragingen, tasks — read once per change of the page, for both the
 * "Nu te doen" summary and the sections (every read is audited; the page should not read it twice).
 */
export function useCasusWerk(casusId: string, tick: number) {
  return {
    advies: useApiData(() => casesApi.routeAdvice(casusId), [casusId, tick]) as Geladen<Routeadvies>,
    bevragingen: useApiData(() => bevragingApi.ofCasus(casusId), [casusId, tick]) as Geladen<CasusBevragingenLijst>,
    taken: useApiData(() => tasksApi.ofCasus(casusId), [casusId, tick]) as Geladen<CasusTakenLijst>,
  };
}

export type CasusWerk = ReturnType<typeof useCasusWerk>;
