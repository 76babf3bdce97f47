import type { Queryable } from '../platform/db/database';
import type { CoordinatiemomentSoort } from '../route-map/route-map';
import { recordEvent, type TijdlijnActor } from '../timeline/timeline.storage';

/** Opens a coordination moment on a casus and records it on the timeline; returns the new moment's id. */
export async function openCoordinationMoment(
  tx: Queryable,
  actor: TijdlijnActor,
  casusId: string,
  moment: CoordinatiemomentSoort,
  redenen: string[],
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into coordinatiemomenten (casus_id, soort, redenen, geopend_door_gebruiker_id, geopend_door_organisatie_id)
     values ($1, $2, $3, $4, $5) returning id`,
    [casusId, moment, redenen, actor.gebruikerId, actor.organisatieId],
  );
  const id = rows[0]!.id;
  await recordEvent(tx, casusId, actor, { soort: 'coordinatiemoment-geopend', gegevens: { coordinatiemomentId: id, moment, redenen } });
  return id;
}

export async function isMomentRunning(tx: Queryable, casusId: string, moment: CoordinatiemomentSoort): Promise<boolean> {
  const { rows } = await tx.query('select 1 from coordinatiemomenten where casus_id = $1 and soort = $2 and status = $3', [casusId, moment, 'geopend']);
  return rows.length > 0;
}
