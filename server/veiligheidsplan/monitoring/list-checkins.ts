import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { findPlanOfCasus } from '../plan/plan.storage';
import type { Checkin } from '../schemas';
import { listCheckins } from './checkins.storage';
import { toCheckin, zichtbareVoorwaarden } from './checkin-view';

/**
 * The check-ins on the safety conditions of the casus's plan that the caller may see (need-to-know: the conditions
 * of a situation not shared with the caller's organisation stay out, and so do conditions no longer in the plan).
 */
export async function leesCheckins(db: Database, ctx: AccessContext, casusId: string): Promise<Checkin[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const plan = await findPlanOfCasus(tx, casusId);
    const now = new Date();
    let result: Checkin[] = [];
    if (plan) {
      const zichtbaar = zichtbareVoorwaarden(ctx, plan);
      result = (await listCheckins(tx, plan.id)).flatMap((c) => {
        const v = zichtbaar.get(c.voorwaardeId);
        return v ? [toCheckin(c, v, now)] : [];
      });
    }
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'veiligheidsplan',
      objectId: plan?.id ?? null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, checkins: result.length },
    });
    return result;
  });
}
