import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { caseWorkersOf, invitedOrganisationIdsOfMeeting } from './vergaderingen.storage';
import { fixedMemberOrganisationIds, invitedOrganisationIds, requireOverlegAccess } from './vergadering-access';
import type { Medewerker } from './schemas';

/**
 * The people to choose from at a meeting (owner of an agreement or scenario, regie, attendance): the case workers of
 * the series' fixed members and of the organisations invited to the items the caller sees — so an on-call partner
 * sees the people its own item involves, never the partners of other items. Administrators and analysts are not
 * listed. Anyone who may not see the meeting does not find it (404).
 */
export async function listOverlegMedewerkers(db: Database, ctx: AccessContext, overlegId: string): Promise<Medewerker[]> {
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, overlegId);
    const uitgenodigd: string[] = [];
    if (toegang.agendapunten === null) uitgenodigd.push(...(await invitedOrganisationIdsOfMeeting(tx, overlegId)));
    else for (const agendapuntId of toegang.agendapunten) uitgenodigd.push(...(await invitedOrganisationIds(tx, agendapuntId)));
    const medewerkers = await caseWorkersOf(tx, [...(await fixedMemberOrganisationIds(tx, toegang.reeksId)), ...uitgenodigd]);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'actieoverleg',
      objectId: overlegId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { medewerkers: medewerkers.length },
    });
    return medewerkers;
  });
}
