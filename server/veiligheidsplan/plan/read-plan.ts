import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import type { Veiligheidsplan } from '../schemas';
import { findPlanOfCasus } from './plan.storage';
import { planVoor } from './plan-view';

/**
 * The casus's safety plan as the caller's organisation may see it (need-to-know inside the plan), or null when the
 * casus has no plan yet (the screen then offers to start one; the first PUT creates it).
 */
export async function leesVeiligheidsplan(db: Database, ctx: AccessContext, casusId: string): Promise<Veiligheidsplan | null> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const plan = await findPlanOfCasus(tx, casusId);
    const result = plan ? await planVoor(tx, ctx, plan) : null;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'veiligheidsplan',
      objectId: plan?.id ?? null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, versie: plan?.versie ?? null, verborgen: result?.verborgenOnderdelen ?? 0, interacties: result?.interacties.length ?? 0 },
    });
    return result;
  });
}
