import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { lapseTaskByKey } from '../../tasks/tasks.storage';
import { bijdrageTaakSleutel, inviteToAgendapunt, planAgendapunt } from './agenda-items';
import { bumpOverleg, markDoorgeschoven, moveBijdragen } from './vergaderingen.storage';
import { invitedOrganisationIds, requireAgendapuntAccess, requireChair, requireOverlegAccess, requireOverlegStatus } from './vergadering-access';
import { loadOverleg } from './read-overleg';
import type { Overleg } from './schemas';

/**
 * The chair moves an item not yet discussed to a later meeting of the same series (also from a cancelled meeting): the old item is 'doorgeschoven',
 * a new one is planned there with the same invitations (and new contribution tasks, due at the new time); the
 * contributions already made move along. Answers the later meeting.
 */
export async function moveAgendapunt(db: Database, ctx: AccessContext, agendapuntId: string, naarOverlegId: string): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId, { forUpdate: true });
    requireChair(punt);
    const van = await requireOverlegAccess(tx, ctx, punt.overlegId, { forUpdate: true });
    // A cancelled meeting's items stay on it to be moved on (cancelOverleg).
    requireOverlegStatus(van.status, ['gepland', 'gestart', 'geannuleerd']);
    if (punt.status !== 'gepland') throw problems.conflict('Alleen een agendapunt dat nog niet besproken is, schuift door.', `agendapunt-${punt.status}`);
    const naar = await requireOverlegAccess(tx, ctx, naarOverlegId, { forUpdate: true });
    if (naar.reeksId !== van.reeksId || naar.begintOp.getTime() <= van.begintOp.getTime()) {
      throw problems.invalidField('overlegId', 'kies een later Actieoverleg van dezelfde reeks', 'geen-later-overleg');
    }
    if (naar.status !== 'gepland') throw problems.invalidField('overlegId', 'dit Actieoverleg is niet meer gepland', 'niet-gepland');

    await markDoorgeschoven(tx, agendapuntId);
    const nieuw = await planAgendapunt(tx, ctx, naar, { casusId: punt.casusId, aanmeldingId: punt.aanmeldingId, soort: punt.soort });
    if (!nieuw) throw problems.conflict('Deze casus staat al op de agenda van dat Actieoverleg.', 'al-op-agenda');
    const uitgenodigd = await invitedOrganisationIds(tx, agendapuntId);
    for (const organisatieId of uitgenodigd) {
      await lapseTaskByKey(tx, bijdrageTaakSleutel(agendapuntId, organisatieId));
      await inviteToAgendapunt(tx, ctx, naar, { agendapuntId: nieuw.agendapuntId, casusId: punt.casusId }, organisatieId);
    }
    const bijdragen = await moveBijdragen(tx, agendapuntId, nieuw.agendapuntId);
    await bumpOverleg(tx, van.overlegId);
    await bumpOverleg(tx, naar.overlegId);
    const overleg = await loadOverleg(tx, ctx, naar);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'agendapunt',
      objectId: agendapuntId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { doorgeschovenNaar: nieuw.agendapuntId, vanOverlegId: van.overlegId, naarOverlegId: naar.overlegId, casusId: punt.casusId, uitnodigingen: uitgenodigd.length, bijdragen },
    });
    return overleg;
  });
}
