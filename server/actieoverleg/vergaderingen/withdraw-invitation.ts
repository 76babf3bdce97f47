import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { lapseTaskByKey } from '../../tasks/tasks.storage';
import { bijdrageTaakSleutel } from './agenda-items';
import { endMeetingParticipation } from './meeting-participants';
import { deleteUitnodiging, invitedElsewhereOnCasus, listAgendapunten } from './vergaderingen.storage';
import { fixedMemberOrganisationIds, overlegKijker, requireAgendapuntAccess, requireChair, requireOverlegAccess, requireOverlegStatus } from './vergadering-access';
import type { Agendapunt } from './schemas';

/**
 * The chair withdraws an invitation before the meeting starts: the partner no longer sees the item, its task lapses,
 * and when it took part in the casus only for the Actieoverleg it leaves the casus again.
 */
export async function withdrawInvitation(db: Database, ctx: AccessContext, agendapuntId: string, organisatieId: string): Promise<Agendapunt> {
  return db.transaction(async (tx) => {
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId, { forUpdate: true });
    requireChair(punt);
    const overleg = await requireOverlegAccess(tx, ctx, punt.overlegId);
    requireOverlegStatus(overleg.status, ['gepland']);
    if (!(await deleteUitnodiging(tx, agendapuntId, organisatieId))) throw problems.notFound('Deze organisatie is niet uitgenodigd voor dit agendapunt.');
    await lapseTaskByKey(tx, bijdrageTaakSleutel(agendapuntId, organisatieId));
    let casusVerlaten = false;
    const vast = (await fixedMemberOrganisationIds(tx, overleg.reeksId)).includes(organisatieId);
    if (!vast && !(await invitedElsewhereOnCasus(tx, punt.casusId, organisatieId, agendapuntId))) {
      casusVerlaten = await endMeetingParticipation(tx, ctx, punt.casusId, organisatieId);
    }
    const agendapunt = (await listAgendapunten(tx, punt.overlegId, [agendapuntId], overlegKijker(ctx)))[0]!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'intrekken',
      objectType: 'agendapunt',
      objectId: agendapuntId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { uitgenodigdeOrganisatieId: organisatieId, casusId: punt.casusId, casusVerlaten },
    });
    return agendapunt;
  });
}
