import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import type { PlanVersie } from '../schemas';
import { filterVoor, verborgenIds } from './deling-rules';
import { findPlanOfCasus, listVersies, parseInhoud } from './plan.storage';
import { samenvattingen } from './list-versies';

/**
 * One earlier version of the plan, filtered for the caller as that version shared it (with that version's regie
 * organisation). 404 for a version that does not exist.
 */
export async function leesPlanVersie(db: Database, ctx: AccessContext, casusId: string, versie: number): Promise<PlanVersie> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const plan = await findPlanOfCasus(tx, casusId);
    const rij = plan ? (await listVersies(tx, plan.id, versie))[0] : undefined;
    if (!plan || !rij) throw problems.notFound('Deze versie van het veiligheidsplan bestaat niet.');
    const inhoud = parseInhoud(rij.inhoud);
    const kijker = { organisatieId: ctx.organisatie.id, regieOrganisatieId: rij.regieOrganisatieId };
    const [samenvatting] = await samenvattingen(tx, [rij]);
    const result: PlanVersie = { ...samenvatting!, inhoud: filterVoor(inhoud, kijker), verborgenOnderdelen: verborgenIds(inhoud, kijker).size };
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'veiligheidsplan',
      objectId: plan.id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, versie, verborgen: result.verborgenOnderdelen },
    });
    return result;
  });
}
