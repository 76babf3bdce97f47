import type { Queryable } from '../platform/db/database';
import { recordEvent, type TijdlijnActor } from '../timeline/timeline.storage';

export interface NieuweTaak {
  soort: string;
  /** Idempotency key: creating a task with a key that exists returns the existing task. */
  sleutel: string;
  titel: string;
  casusId?: string | null;
  meldingId?: string | null;
  organisatieId: string;
  gebruikerId?: string | null;
  deadline: Date;
}

/**
 * Puts a task in an organisation's (and optionally one person's) inbox. On a casus it also writes
 * 'taak-aangemaakt' to the timeline, so deadlines met and missed can be counted.
 */
export async function createTask(tx: Queryable, actor: TijdlijnActor, taak: NieuweTaak): Promise<{ id: string; created: boolean }> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into taken (soort, sleutel, titel, casus_id, melding_id, organisatie_id, gebruiker_id, deadline)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (sleutel) do nothing returning id`,
    [taak.soort, taak.sleutel, taak.titel, taak.casusId ?? null, taak.meldingId ?? null, taak.organisatieId, taak.gebruikerId ?? null, taak.deadline],
  );
  if (!rows[0]) {
    const existing = await tx.query<{ id: string }>('select id from taken where sleutel = $1', [taak.sleutel]);
    return { id: existing.rows[0]!.id, created: false };
  }
  if (taak.casusId) {
    await recordEvent(tx, taak.casusId, actor, {
      soort: 'taak-aangemaakt',
      gegevens: { taakId: rows[0].id, taakSoort: taak.soort, deadline: taak.deadline.toISOString(), organisatieId: taak.organisatieId },
    });
  }
  return { id: rows[0].id, created: true };
}

/**
 * Marks the open task with this key done (when the work it asks for happened, e.g. the melding arrived).
 * Returns whether a task was completed; writes 'taak-afgerond' with whether it was on time.
 */
export async function completeTaskByKey(tx: Queryable, actor: TijdlijnActor, sleutel: string, at: Date = new Date()): Promise<boolean> {
  const { rows } = await tx.query<{ id: string; soort: string; casus_id: string | null; deadline: Date }>(
    `update taken set status = 'afgerond', afgerond_op = $2, afgerond_door_gebruiker_id = $3, versie = versie + 1
      where sleutel = $1 and status = 'open'
      returning id, soort, casus_id, deadline`,
    [sleutel, at, actor.gebruikerId],
  );
  const taak = rows[0];
  if (!taak) return false;
  if (taak.casus_id) {
    await recordEvent(tx, taak.casus_id, actor, {
      soort: 'taak-afgerond',
      gegevens: { taakId: taak.id, taakSoort: taak.soort, opTijd: at.getTime() <= new Date(taak.deadline).getTime() },
    });
  }
  return true;
}
