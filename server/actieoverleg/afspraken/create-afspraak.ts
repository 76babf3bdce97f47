import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { recordEvent } from '../../timeline/timeline.storage';
import { createTask } from '../../tasks/tasks.storage';
import { actorOf } from '../../cases/melding-link';
import { requireAgendapuntAccess, requireRecorder } from '../vergaderingen/vergadering-access';
import { endOfAmsterdamDay, isDeadlineInPast } from './afspraak-rules';
import { findAfspraak, insertAfspraak } from './afspraken.storage';
import { requireRunningMeeting, requireValidOwner } from './eigenaar';
import type { Afspraak, AfspraakInvoer } from './schemas';

export const AFSPRAAK_TAAK_SOORT = 'afspraak';
export const afspraakTaakSleutel = (afspraakId: string) => `afspraak:${afspraakId}`;

/**
 * An agreement made at an agenda item while the meeting runs (chair and fixed members record it): what, owner
 * organisation (and person), due date. It lands in the owner's inbox as a task due at the end of that local day.
 */
export async function createAfspraak(db: Database, ctx: AccessContext, agendapuntId: string, invoer: AfspraakInvoer): Promise<Afspraak> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId, { forUpdate: true });
    requireRecorder(punt);
    requireRunningMeeting(punt);
    if (isDeadlineInPast(invoer.deadline, now)) throw problems.invalidField('deadline', 'de deadline ligt in het verleden', 'deadline-verleden');
    const eigenaarGebruikerId = invoer.eigenaarGebruikerId ?? null;
    await requireValidOwner(tx, punt, invoer.eigenaarOrganisatieId, eigenaarGebruikerId);

    const id = await insertAfspraak(tx, {
      casusId: punt.casusId,
      agendapuntId,
      soort: invoer.soort,
      wat: invoer.wat,
      eigenaarOrganisatieId: invoer.eigenaarOrganisatieId,
      eigenaarGebruikerId,
      deadline: invoer.deadline,
      gemaaktDoorGebruikerId: ctx.gebruiker.id,
      gemaaktDoorOrganisatieId: ctx.organisatie.id,
    });
    const actor = actorOf(ctx);
    await recordEvent(tx, punt.casusId, actor, {
      soort: 'afspraak-gemaakt',
      gegevens: { afspraakId: id, afspraakSoort: invoer.soort, eigenaarOrganisatieId: invoer.eigenaarOrganisatieId, deadline: invoer.deadline, overlegId: punt.overlegId },
    });
    const taak = await createTask(tx, actor, {
      soort: AFSPRAAK_TAAK_SOORT,
      sleutel: afspraakTaakSleutel(id),
      titel: `Afspraak uit het Actieoverleg, uiterlijk ${invoer.deadline}`,
      casusId: punt.casusId,
      organisatieId: invoer.eigenaarOrganisatieId,
      gebruikerId: eigenaarGebruikerId,
      deadline: endOfAmsterdamDay(invoer.deadline),
    });
    const afspraak = (await findAfspraak(tx, id, now))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'afspraak',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: punt.casusId, agendapuntId, soort: invoer.soort, eigenaarOrganisatieId: invoer.eigenaarOrganisatieId, taakId: taak.id },
    });
    return afspraak;
  });
}
