import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { recordEvent } from '../../timeline/timeline.storage';
import { actorOf } from '../../cases/melding-link';
import { requireAgendapuntAccess, requireRecorder } from '../vergaderingen/vergadering-access';
import { requireRunningMeeting, requireValidOwner } from '../afspraken/eigenaar';
import { findScenario, insertScenario } from './scenarios.storage';
import type { Scenario, ScenarioInvoer } from './schemas';

/** Step 2: a scenario for a next incident or broken conditions, recorded at an agenda item while the meeting runs. */
export async function createScenario(db: Database, ctx: AccessContext, agendapuntId: string, invoer: ScenarioInvoer): Promise<Scenario> {
  return db.transaction(async (tx) => {
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId, { forUpdate: true });
    requireRecorder(punt);
    requireRunningMeeting(punt);
    const eigenaarGebruikerId = invoer.eigenaarGebruikerId ?? null;
    await requireValidOwner(tx, punt, invoer.eigenaarOrganisatieId, eigenaarGebruikerId);
    const id = await insertScenario(tx, {
      casusId: punt.casusId,
      agendapuntId,
      soort: invoer.soort,
      wat: invoer.wat,
      eigenaarOrganisatieId: invoer.eigenaarOrganisatieId,
      eigenaarGebruikerId,
      gemaaktDoorGebruikerId: ctx.gebruiker.id,
      gemaaktDoorOrganisatieId: ctx.organisatie.id,
    });
    await recordEvent(tx, punt.casusId, actorOf(ctx), {
      soort: 'scenario-vastgelegd',
      gegevens: { scenarioId: id, scenarioSoort: invoer.soort, eigenaarOrganisatieId: invoer.eigenaarOrganisatieId },
    });
    const scenario = (await findScenario(tx, id))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'scenario',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: punt.casusId, agendapuntId, soort: invoer.soort, eigenaarOrganisatieId: invoer.eigenaarOrganisatieId },
    });
    return scenario;
  });
}
