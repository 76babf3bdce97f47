import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { participatingOrganisationIds } from '../../cases/casus-access';
import { isActiveMember } from '../../cases/casussen.storage';
import { mayRecord, type OverlegStatus } from '../bespreking/bespreking-rules';
import type { AgendapuntStatus } from '../bespreking/schemas';
import { fixedMemberOrganisationIds, invitedOrganisationIds } from '../vergaderingen/vergadering-access';

/**
 * The owner of an agreement or a scenario (made at an agenda item): an organisation that takes part in the casus or
 * sits at the table for this item (a fixed member of the series, or invited on call to the item); the owner person,
 * when named, works for it. Bad owners are 400 naming the field.
 */
export async function requireValidOwner(
  tx: Queryable,
  item: { casusId: string; overlegId: string; agendapuntId: string },
  eigenaarOrganisatieId: string,
  eigenaarGebruikerId: string | null,
): Promise<void> {
  const { rows } = await tx.query<{ reeks_id: string }>('select reeks_id from actieoverleggen where id = $1', [item.overlegId]);
  const toegestaan = new Set([
    ...(await participatingOrganisationIds(tx, item.casusId)),
    ...(rows[0] ? await fixedMemberOrganisationIds(tx, rows[0].reeks_id) : []),
    ...(await invitedOrganisationIds(tx, item.agendapuntId)),
  ]);
  if (!toegestaan.has(eigenaarOrganisatieId)) {
    throw problems.invalidField(
      'eigenaarOrganisatieId',
      'kies een organisatie die aan de casus deelneemt of bij dit agendapunt aan tafel zit',
      'geen-deelnemer',
    );
  }
  if (eigenaarGebruikerId && !(await isActiveMember(tx, eigenaarGebruikerId, eigenaarOrganisatieId))) {
    throw problems.invalidField('eigenaarGebruikerId', 'deze persoon werkt niet (meer) voor de eigenaar-organisatie', 'geen-lid');
  }
}

/** Recording at an item happens while its meeting runs; an item moved to a later meeting is recorded there. */
export function requireRunningMeeting(item: { overlegStatus: OverlegStatus; status: AgendapuntStatus }): void {
  if (mayRecord(item.overlegStatus, item.status)) return;
  if (item.status === 'doorgeschoven') throw problems.conflict('Dit agendapunt is doorgeschoven naar een volgend overleg.', 'agendapunt-doorgeschoven');
  throw problems.conflict('Het overleg is niet gestart (of al afgerond): de bespreking wordt vastgelegd tijdens het overleg.', 'overleg-niet-gestart');
}
