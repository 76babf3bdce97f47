import type { Database } from '../../platform/db/database';
import { ApiProblem, problems } from '../../platform/http/problem';
import { enqueueJob } from '../../platform/jobs/jobs';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { addWorkingDays } from '../../tasks/deadlines';
import { createTask } from '../../tasks/tasks.storage';
import { fixedMemberOrganisationIds, requireChair, requireOverlegAccess } from '../vergaderingen/vergadering-access';
import { localParts } from './minutes';
import { NOTULEN_MAILEN } from './mail-notulen';
import { findOverlegKern } from '../vergaderingen/vergaderingen.storage';
import { insertDelivery, invitedOrganisationIdsOfMeeting, markClosed, openItemIds, organisationNames, readTaskKey } from './notulen.storage';
import type { AfrondenResultaat } from './schemas';

/** Receivers read their minutes within two working days, well before the next weekly meeting. */
const LEESTERMIJN_WERKDAGEN = 2;

/**
 * The chair closes a started meeting once every item is discussed or moved on (otherwise 409 naming the open items).
 * The minutes then become available to every receiving organisation — the fixed members and each partner invited
 * to an item — as a delivery with a task 'notulen-lezen' in its inbox, and (when SMTP is configured) one notice mail
 * per organisation, sent by a job after the commit.
 */
export async function closeOverleg(db: Database, ctx: AccessContext, overlegId: string, options: { mail: boolean }): Promise<AfrondenResultaat> {
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, overlegId, { forUpdate: true });
    requireChair(toegang);
    if (toegang.status !== 'gestart') {
      throw problems.conflict(
        toegang.status === 'afgerond' ? 'Dit overleg is al afgerond.' : 'Alleen een gestart overleg kan worden afgerond.',
        toegang.status === 'afgerond' ? 'overleg-al-afgerond' : 'overleg-niet-gestart',
      );
    }
    const open = await openItemIds(tx, overlegId);
    if (open.length > 0) {
      throw new ApiProblem(
        409,
        'Conflict',
        `Nog ${open.length === 1 ? 'één agendapunt is' : `${open.length} agendapunten zijn`} niet besproken of doorgeschoven; rond die eerst af.`,
        { code: 'agendapunten-open', objecten: open },
      );
    }
    const now = new Date();
    await markClosed(tx, overlegId, now);
    const overleg = (await findOverlegKern(tx, overlegId))!;
    const ontvangers = await organisationNames(tx, [
      ...new Set([...(await fixedMemberOrganisationIds(tx, overleg.reeksId)), ...(await invitedOrganisationIdsOfMeeting(tx, overlegId))]),
    ]);
    const datum = localParts(overleg.begintOp).datum;
    for (const organisatie of ontvangers) {
      const verzendingId = await insertDelivery(tx, overlegId, organisatie.id, now);
      await createTask(tx, actorOf(ctx), {
        soort: 'notulen-lezen',
        sleutel: readTaskKey(overlegId, organisatie.id),
        titel: `Notulen Actieoverleg ${overleg.regioNaam} van ${datum.split('-').reverse().join('-')} lezen`,
        organisatieId: organisatie.id,
        deadline: addWorkingDays(now, LEESTERMIJN_WERKDAGEN),
      });
      if (options.mail) await enqueueJob(tx, NOTULEN_MAILEN, { payload: { verzendingId }, uniqueKey: `${NOTULEN_MAILEN}:${verzendingId}` });
    }
    await appendAudit(tx, auditActor(ctx), {
      actie: 'afronden',
      objectType: 'actieoverleg',
      objectId: overlegId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { ontvangers: ontvangers.map((o) => o.id), mail: options.mail },
    });
    return { overlegId, status: 'afgerond', afgerondOp: now.toISOString(), ontvangers, mailIngepland: options.mail && ontvangers.length > 0 };
  });
}
