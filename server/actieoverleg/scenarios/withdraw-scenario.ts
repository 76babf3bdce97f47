import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { requireCasusAccess } from '../../cases/casus-access';
import { recordEvent } from '../../timeline/timeline.storage';
import { actorOf } from '../../cases/melding-link';
import { isChairOf } from '../afspraken/afspraak-access';
import { findScenario, lockScenario, withdrawScenario } from './scenarios.storage';
import type { Scenario } from './schemas';

/**
 * The owner organisation or a chair of the region withdraws a scenario: it no longer activates. Others who see it
 * (participants of the casus) get 403, others 404. With If-Match a stale version is 409.
 */
export async function intrekScenario(db: Database, ctx: AccessContext, id: string, expectedVersie: number | null): Promise<Scenario> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const kern = await lockScenario(tx, id);
    if (!kern) throw problems.notFound();
    const chair = isChairOf(ctx, kern.regioId);
    if (!chair) await requireCasusAccess(tx, ctx, kern.casusId);
    if (!chair && kern.eigenaarOrganisatieId !== ctx.organisatie.id) {
      throw problems.forbidden('Alleen de eigenaar-organisatie van het scenario of de voorzitter van het Actieoverleg trekt het in.');
    }
    if (expectedVersie !== null && kern.versie !== expectedVersie) throw problems.versionConflict(kern.versie);
    if (!kern.actief) throw problems.conflict('Dit scenario is al ingetrokken.', 'scenario-ingetrokken');
    await withdrawScenario(tx, id);
    await recordEvent(tx, kern.casusId, actorOf(ctx), { soort: 'scenario-ingetrokken', gegevens: { scenarioId: id } });
    const scenario = (await findScenario(tx, id))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'intrekken',
      objectType: 'scenario',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: kern.casusId },
    });
    return scenario;
  });
}
