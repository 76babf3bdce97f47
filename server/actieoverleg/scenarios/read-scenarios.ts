import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { requireCasusAccess } from '../../cases/casus-access';
import { isMeldingVisible } from '../../meldingen/meldingen.storage';
import { listScenariosOfCasus, listScenariosOfMelding } from './scenarios.storage';
import type { MeldingScenario, Scenario } from './schemas';

/** The scenarios of a casus (active first), for the organisations taking part in it. */
export async function listScenariosVanCasus(db: Database, ctx: AccessContext, casusId: string): Promise<Scenario[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const scenarios = await listScenariosOfCasus(tx, casusId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'scenario',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, aantal: scenarios.length },
    });
    return scenarios;
  });
}

/**
 * The scenarios a melding set in motion, for whoever may see the melding (its organisation, the participants of its
 * casus): that is what a scenario is for — the next professional who touches these persons, e.g. at ZSM, acts on it.
 */
export async function listScenariosVanMelding(db: Database, ctx: AccessContext, meldingId: string): Promise<MeldingScenario[]> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    if (!(await isMeldingVisible(tx, ctx.organisatie.id, meldingId))) throw problems.notFound();
    const scenarios = await listScenariosOfMelding(tx, meldingId, ctx.organisatie.id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'melding',
      objectId: meldingId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { scenarioIds: scenarios.map((s) => s.id), aantal: scenarios.length },
    });
    return scenarios;
  });
}
