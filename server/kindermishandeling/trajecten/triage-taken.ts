import type { Queryable } from '../../platform/db/database';
import type { TijdlijnActor } from '../../timeline/timeline.storage';
import { createTask, lapseTaskByKey, completeTaskByKey } from '../../tasks/tasks.storage';
import { sskTaakSleutel } from './traject-access';

/** The OM or the police bureaudienst decides quickly whether direct action is needed. */
export const TRIAGE_UREN = 4;

/** A triage task in the inbox of each OM and police organisation of the track (on the casus when there is one). */
export async function vraagTriage(tx: Queryable, actor: TijdlijnActor, trajectId: string, casusId: string | null, organisatieIds: readonly string[], now: Date): Promise<void> {
  for (const organisatieId of organisatieIds) {
    await createTask(tx, actor, {
      soort: 'ssk-triage',
      sleutel: sskTaakSleutel.triage(trajectId, organisatieId),
      titel: 'Triage strafbare kindermishandeling: is directe actie nodig?',
      casusId,
      organisatieId,
      deadline: new Date(now.getTime() + TRIAGE_UREN * 3_600_000),
      onderwerp: { soort: 'ssk-traject', id: trajectId },
    });
  }
}

/** Once one of them has triaged, the task is done for the triaging organisation and lapses for the others. */
export async function rondTriageAf(tx: Queryable, actor: TijdlijnActor, trajectId: string, organisatieIds: readonly string[], door: string, at: Date): Promise<void> {
  for (const organisatieId of organisatieIds) {
    const sleutel = sskTaakSleutel.triage(trajectId, organisatieId);
    if (organisatieId === door) await completeTaskByKey(tx, actor, sleutel, at);
    else await lapseTaskByKey(tx, sleutel);
  }
}
