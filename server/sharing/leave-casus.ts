import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requireCasusAccess } from '../cases/casus-access';
import { casusRegie, touchCasus, updateCasusFields } from '../cases/casussen.storage';
import { actorOf } from '../cases/melding-link';
import { recordEvent } from '../timeline/timeline.storage';
import { lapseOpenTasksOf } from '../tasks/tasks.storage';
import type { Deelnemer } from './schemas';
import { activeParticipantCount, endParticipation, findParticipant } from './deelnemers.storage';

/**
 * An organisation ends its own participation: from this moment it no longer sees the casus (404). The last
 * participant cannot leave an open casus (nobody would be left to work it). Regie held by the leaving
 * organisation is released, visibly on the timeline.
 */
export async function leaveCasus(db: Database, ctx: AccessContext, casusId: string, deelnemerId: string, reden: string): Promise<Deelnemer> {
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    if (toegang.deelnemerId !== deelnemerId) {
      if (!(await findParticipant(tx, casusId, deelnemerId))) throw problems.notFound();
      throw problems.forbidden('Een organisatie beëindigt alleen haar eigen deelname.');
    }
    if (toegang.status === 'open' && (await activeParticipantCount(tx, casusId)) <= 1) {
      throw problems.conflict(
        'Uw organisatie is de laatste deelnemer van deze open casus. Voeg eerst een andere organisatie toe of sluit de casus.',
        'laatste-deelnemer',
      );
    }
    await endParticipation(tx, deelnemerId, reden);
    const takenVervallen = await lapseOpenTasksOf(tx, casusId, ctx.organisatie.id);
    await recordEvent(tx, casusId, actorOf(ctx), { soort: 'deelnemer-vertrokken', gegevens: { deelnemerId, organisatieId: ctx.organisatie.id, takenVervallen } });
    const regie = await casusRegie(tx, casusId);
    if (regie.organisatieId === ctx.organisatie.id) {
      await updateCasusFields(tx, casusId, { status: toegang.status, regieOrganisatieId: null, regieGebruikerId: null });
      await recordEvent(tx, casusId, actorOf(ctx), { soort: 'regie-gewijzigd', gegevens: { organisatieId: null, gebruikerId: null } });
    } else {
      await touchCasus(tx, casusId);
    }
    const deelnemer = (await findParticipant(tx, casusId, deelnemerId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'vertrekken',
      objectType: 'casus-deelnemer',
      objectId: deelnemerId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, regieVrijgegeven: regie.organisatieId === ctx.organisatie.id, takenVervallen },
    });
    return deelnemer;
  });
}
