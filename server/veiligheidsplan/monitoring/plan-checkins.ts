import type { Queryable } from '../../platform/db/database';
import type { PlanInhoud } from '../schemas';
import { voorwaarden } from '../plan/plan-elementen';
import { deleteOpenCheckins, insertCheckin, listCheckins } from './checkins.storage';

/**
 * After a save: every safety condition has an open check-in on its monitoringOp. A new condition, or one whose
 * monitoringOp changed, gets one (the planned one on the old date goes); a condition that left the plan loses its
 * planned check-ins. Done check-ins always stay, and so do other open ones (e.g. the follow-up after a breach).
 * Returns how many check-ins were planned.
 */
export async function planCheckins(tx: Queryable, planId: string, vorige: PlanInhoud | null, nieuw: PlanInhoud): Promise<number> {
  const oud = new Map((vorige ? voorwaarden(vorige) : []).map((v) => [v.voorwaarde.id, v.voorwaarde.monitoringOp]));
  const huidig = voorwaarden(nieuw);
  const inPlan = new Set(huidig.map((v) => v.voorwaarde.id));
  const open = (await listCheckins(tx, planId)).filter((c) => c.uitgevoerdOp === null);

  const weg = open.filter((c) => !inPlan.has(c.voorwaardeId) || (oud.get(c.voorwaardeId) === c.geplandOp && huidigOp(huidig, c.voorwaardeId) !== c.geplandOp));
  await deleteOpenCheckins(tx, weg.map((c) => c.id));
  const blijft = open.filter((c) => !weg.includes(c));

  let gepland = 0;
  for (const { voorwaarde } of huidig) {
    const gewijzigd = oud.get(voorwaarde.id) !== voorwaarde.monitoringOp;
    if (!gewijzigd) continue;
    if (blijft.some((c) => c.voorwaardeId === voorwaarde.id && c.geplandOp === voorwaarde.monitoringOp)) continue;
    await insertCheckin(tx, { planId, voorwaardeId: voorwaarde.id, geplandOp: voorwaarde.monitoringOp });
    gepland++;
  }
  return gepland;
}

const huidigOp = (huidig: ReturnType<typeof voorwaarden>, id: string) => huidig.find((v) => v.voorwaarde.id === id)?.voorwaarde.monitoringOp;
