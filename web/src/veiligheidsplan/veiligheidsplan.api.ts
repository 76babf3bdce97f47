import type { Interventie, InterventieLijst } from '@schemas/interventies';
import type { Deelnemer } from '@schemas/sharing';
import type { ScenarioLijst } from '@schemas/actieoverleg/scenarios';
import type { Checkin, CheckinInvoer, CheckinResultaat, PlanInvoer, PlanVersie, PlanVersieSamenvatting, Veiligheidsplan } from '@schemas/veiligheidsplan';
import { api } from '../api/client';

const casus = (id: string) => `/api/v1/casussen/${encodeURIComponent(id)}`;
const ifMatch = (versie: number) => ({ headers: { 'If-Match': `"${versie}"` } });

export const veiligheidsplanApi = {
  /** The plan as the caller's organisation may see it; null when the casus has none yet. */
  read: (casusId: string) => api.get<Veiligheidsplan | null>(`${casus(casusId)}/veiligheidsplan`),
  /** Saves the whole document as a new version: the first time without If-Match (creates), then with the version seen. */
  save: (casusId: string, versie: number | null, invoer: PlanInvoer) =>
    api.put<Veiligheidsplan>(`${casus(casusId)}/veiligheidsplan`, invoer, versie === null ? {} : ifMatch(versie)),
  confirm: (casusId: string, versie: number) => api.post<Veiligheidsplan>(`${casus(casusId)}/veiligheidsplan/bevestigen`, {}, ifMatch(versie)),
  versies: (casusId: string) =>
    api.get<{ versies: PlanVersieSamenvatting[] }>(`${casus(casusId)}/veiligheidsplan/versies`).then((r) => r.versies),
  versie: (casusId: string, versie: number) => api.get<PlanVersie>(`${casus(casusId)}/veiligheidsplan/versies/${versie}`),
  checkins: (casusId: string) => api.get<{ checkins: Checkin[] }>(`${casus(casusId)}/veiligheidsplan/checkins`).then((r) => r.checkins),
  recordCheckin: (checkin: Pick<Checkin, 'id' | 'versie'>, invoer: CheckinInvoer) =>
    api.put<CheckinResultaat>(`/api/v1/veiligheidsplan-checkins/${encodeURIComponent(checkin.id)}`, invoer, ifMatch(checkin.versie)),
  /** The active catalogue (everyone with case work may read it). */
  interventies: () => api.get<InterventieLijst>('/api/v1/interventies').then((r): Interventie[] => r.interventies),
  /** The organisations taking part now (owners, regie and sharing are chosen from these). */
  deelnemers: (casusId: string) =>
    api.get<{ deelnemers: Deelnemer[] }>(`${casus(casusId)}/deelnemers`).then((r) => r.deelnemers.filter((d) => d.tot === null)),
  /** Scenarios of the casus, for the one a broken condition sets off. */
  scenarios: (casusId: string) => api.get<ScenarioLijst>(`${casus(casusId)}/scenarios`).then((r) => r.scenarios.filter((s) => s.actief)),
};
