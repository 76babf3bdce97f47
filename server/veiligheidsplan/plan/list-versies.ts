import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import type { PlanVersieSamenvatting } from '../schemas';
import { findPlanOfCasus, listVersies, namen, type VersieRow } from './plan.storage';

/** Who saved or confirmed which version when (no content); an empty list when the casus has no plan. */
export async function leesPlanVersies(db: Database, ctx: AccessContext, casusId: string): Promise<PlanVersieSamenvatting[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const plan = await findPlanOfCasus(tx, casusId);
    const versies = plan ? await listVersies(tx, plan.id) : [];
    const result = await samenvattingen(tx, versies);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'veiligheidsplan',
      objectId: plan?.id ?? null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, versies: result.length },
    });
    return result;
  });
}

export async function samenvattingen(tx: Parameters<typeof namen>[0], versies: readonly VersieRow[]): Promise<PlanVersieSamenvatting[]> {
  const n = await namen(tx, versies.flatMap((v) => [v.regieOrganisatieId, v.doorOrganisatieId]), versies.map((v) => v.doorGebruikerId));
  return versies.map((v) => ({
    versie: v.versie,
    status: v.status,
    regieOrganisatie: n.organisatie(v.regieOrganisatieId),
    doorOrganisatie: n.organisatie(v.doorOrganisatieId)!,
    doorGebruiker: n.gebruiker(v.doorGebruikerId),
    op: v.op.toISOString(),
  }));
}
