import type { Queryable } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { touchCasus } from '../../cases/casussen.storage';
import { actorOf } from '../../cases/melding-link';
import { endParticipation } from '../../sharing/deelnemers.storage';
import { joinCasus } from '../../sharing/join-casus';
import { lapseOpenTasksOf } from '../../tasks/tasks.storage';
import { recordEvent } from '../../timeline/timeline.storage';

/**
 * The meeting's partners take part in a tabled casus on the legal basis of the Actieoverleg, so that casus content
 * stays behind the one casus check: fixed members when an item is planned, an on-call partner when invited.
 */
export const ACTIEOVERLEG_GRONDSLAG = 'ACTIEOVERLEG';
export const ACTIEOVERLEG_DOEL = 'Bespreking in het Actieoverleg: gerichte acties voor veiligheid';

/** The fixed members or an invited partner join the casus on the Actieoverleg's legal basis; returns how many joined. */
export async function ensureParticipants(tx: Queryable, ctx: AccessContext, casusId: string, organisatieIds: readonly string[]): Promise<number> {
  return joinCasus(tx, actorOf(ctx), casusId, organisatieIds, { grondslagCode: ACTIEOVERLEG_GRONDSLAG, doel: ACTIEOVERLEG_DOEL });
}

/**
 * When an invitation is withdrawn, an organisation that joined the casus only for the Actieoverleg (its running
 * participation rests on that basis) and does not hold the casus's regie leaves it again: it no longer needs to know.
 * Returns whether it left.
 */
export async function endMeetingParticipation(tx: Queryable, ctx: AccessContext, casusId: string, organisatieId: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>(
    `select d.id from casus_deelnemers d join grondslagen g on g.id = d.grondslag_id join casussen c on c.id = d.casus_id
      where d.casus_id = $1 and d.organisatie_id = $2 and d.tot is null and g.code = $3
        and c.regie_organisatie_id is distinct from $2`,
    [casusId, organisatieId, ACTIEOVERLEG_GRONDSLAG],
  );
  const deelnemerId = rows[0]?.id;
  if (!deelnemerId) return false;
  await endParticipation(tx, deelnemerId, 'Uitnodiging voor het Actieoverleg ingetrokken');
  const takenVervallen = await lapseOpenTasksOf(tx, casusId, organisatieId);
  await recordEvent(tx, casusId, actorOf(ctx), { soort: 'deelnemer-vertrokken', gegevens: { deelnemerId, organisatieId, takenVervallen } });
  await touchCasus(tx, casusId);
  return true;
}
