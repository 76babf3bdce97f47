import type { Queryable } from '../platform/db/database';
import { recordEvent, type TijdlijnActor } from '../timeline/timeline.storage';
import { isTeLaat, sortInbox } from './task-rules';
import type { Taak, TaakOnderwerp, TaakStatus } from './schemas';

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
  /** What the task is about when that is more than its casus or melding: the inbox links to it. */
  onderwerp?: TaakOnderwerp | null;
}

/**
 * Puts a task in an organisation's (and optionally one person's) inbox. On a casus it also writes
 * 'taak-aangemaakt' to the timeline, so deadlines met and missed can be counted.
 */
export async function createTask(tx: Queryable, actor: TijdlijnActor, taak: NieuweTaak): Promise<{ id: string; created: boolean }> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into taken (soort, sleutel, titel, casus_id, melding_id, organisatie_id, gebruiker_id, deadline, onderwerp_soort, onderwerp_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (sleutel) do nothing returning id`,
    [
      taak.soort, taak.sleutel, taak.titel, taak.casusId ?? null, taak.meldingId ?? null, taak.organisatieId, taak.gebruikerId ?? null, taak.deadline,
      taak.onderwerp?.soort ?? null, taak.onderwerp?.id ?? null,
    ],
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
  return completeOpenTask(tx, actor, 'sleutel', sleutel, at);
}

/** Marks one open task done by id (the organisation's own decision); the caller has checked it may. */
export async function completeTaskById(tx: Queryable, actor: TijdlijnActor, id: string, at: Date = new Date()): Promise<boolean> {
  return completeOpenTask(tx, actor, 'id', id, at);
}

async function completeOpenTask(tx: Queryable, actor: TijdlijnActor, column: 'sleutel' | 'id', value: string, at: Date): Promise<boolean> {
  const { rows } = await tx.query<{ id: string; soort: string; casus_id: string | null; deadline: Date }>(
    `update taken set status = 'afgerond', afgerond_op = $2, afgerond_door_gebruiker_id = $3, versie = versie + 1
      where ${column} = $1 and status = 'open'
      returning id, soort, casus_id, deadline`,
    [value, at, actor.gebruikerId],
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

interface TaakRow {
  id: string;
  soort: string;
  titel: string;
  casus_id: string | null;
  casus_nummer: string | null;
  melding_id: string | null;
  organisatie_id: string;
  organisatie_naam: string;
  gebruiker_id: string | null;
  gebruiker_naam: string | null;
  deadline: Date;
  status: TaakStatus;
  afgerond_op: Date | null;
  created_at: Date;
  versie: number;
  onderwerp_soort: TaakOnderwerp['soort'] | null;
  onderwerp_id: string | null;
}

const selectTaak = `
  select t.id, t.soort, t.titel, t.casus_id, c.nummer as casus_nummer, t.melding_id, t.organisatie_id, o.naam as organisatie_naam,
         t.gebruiker_id, g.naam as gebruiker_naam, t.deadline, t.status, t.afgerond_op, t.created_at, t.versie,
         t.onderwerp_soort, t.onderwerp_id
    from taken t
    join organisaties o on o.id = t.organisatie_id
    left join casussen c on c.id = t.casus_id
    left join gebruikers g on g.id = t.gebruiker_id`;

const INBOX_LIMIT = 500;

function toTaak(r: TaakRow, now: Date): Taak {
  return {
    id: r.id,
    soort: r.soort,
    titel: r.titel,
    casus: r.casus_id ? { id: r.casus_id, nummer: r.casus_nummer ?? '' } : null,
    meldingId: r.melding_id,
    onderwerp: r.onderwerp_soort && r.onderwerp_id ? { soort: r.onderwerp_soort, id: r.onderwerp_id } : null,
    organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
    gebruiker: r.gebruiker_id ? { id: r.gebruiker_id, naam: r.gebruiker_naam ?? '' } : null,
    deadline: r.deadline.toISOString(),
    status: r.status,
    teLaat: isTeLaat({ status: r.status, deadline: r.deadline, afgerondOp: r.afgerond_op }, now),
    afgerondOp: r.afgerond_op ? r.afgerond_op.toISOString() : null,
    aangemaaktOp: r.created_at.toISOString(),
    versie: r.versie,
  };
}

function inOrder(rows: TaakRow[], now: Date): Taak[] {
  return sortInbox(
    rows.map((r) => ({ r, status: r.status, deadline: r.deadline, afgerondOp: r.afgerond_op, aangemaaktOp: r.created_at })),
    now,
  ).map(({ r }) => toTaak(r, now));
}

/**
 * An organisation's inbox (or one member's part of it). Open work in inbox order (overdue first); completed work
 * most recently completed first.
 */
export async function listTasksOfOrganisation(
  tx: Queryable,
  organisatieId: string,
  filter: { gebruikerId?: string; status: 'open' | 'afgerond' },
  now: Date,
): Promise<Taak[]> {
  const { rows } = await tx.query<TaakRow>(
    `${selectTaak} where t.organisatie_id = $1 and t.status = $2 and ($3::uuid is null or t.gebruiker_id = $3)
      order by ${filter.status === 'open' ? 't.deadline, t.created_at' : 't.afgerond_op desc'} limit ${INBOX_LIMIT}`,
    [organisatieId, filter.status, filter.gebruikerId ?? null],
  );
  return filter.status === 'open' ? inOrder(rows, now) : rows.map((r) => toTaak(r, now));
}

/** Every task on a casus, of every organisation: open work first in inbox order, then the rest. */
export async function listTasksOfCasus(tx: Queryable, casusId: string, now: Date): Promise<Taak[]> {
  const { rows } = await tx.query<TaakRow>(`${selectTaak} where t.casus_id = $1`, [casusId]);
  const open = rows.filter((r) => r.status === 'open');
  const rest = rows.filter((r) => r.status !== 'open').sort((a, b) => b.created_at.getTime() - a.created_at.getTime());
  return [...inOrder(open, now), ...rest.map((r) => toTaak(r, now))];
}

/** One task of the given organisation; null for another organisation's task (→ 404). */
export async function findTaskOfOrganisation(
  tx: Queryable,
  id: string,
  organisatieId: string,
  now: Date,
  options: { forUpdate?: boolean } = {},
): Promise<Taak | null> {
  const { rows } = await tx.query<TaakRow>(
    `${selectTaak} where t.id = $1 and t.organisatie_id = $2${options.forUpdate ? ' for update of t' : ''}`,
    [id, organisatieId],
  );
  return rows[0] ? toTaak(rows[0], now) : null;
}

export async function assignTask(tx: Queryable, id: string, gebruikerId: string | null): Promise<void> {
  await tx.query('update taken set gebruiker_id = $2, versie = versie + 1 where id = $1', [id, gebruikerId]);
}

/**
 * An organisation that leaves a casus can no longer do its open tasks there: they lapse ('vervallen'), so no inbox
 * keeps pointing at a casus its owner cannot open. Returns how many lapsed.
 */
export async function lapseOpenTasksOf(tx: Queryable, casusId: string, organisatieId: string): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    `update taken set status = 'vervallen', versie = versie + 1 where casus_id = $1 and organisatie_id = $2 and status = 'open' returning id`,
    [casusId, organisatieId],
  );
  return rows.length;
}

/**
 * The open task with this key lapses ('vervallen'): the work it asked for is no longer needed (e.g. a withdrawn
 * bevraging need not be answered). Returns whether a task lapsed.
 */
export async function lapseTaskByKey(tx: Queryable, sleutel: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>(
    `update taken set status = 'vervallen', versie = versie + 1 where sleutel = $1 and status = 'open' returning id`,
    [sleutel],
  );
  return rows.length > 0;
}

/**
 * A melding's tasks (the police's zorgmelding to VT) follow the melding into a casus, and out again when a merge
 * that brought it there is undone: every participant of the casus sees them, overdue or not.
 */
export async function moveTasksOfMelding(tx: Queryable, meldingId: string, from: string | null, to: string | null): Promise<void> {
  await tx.query(
    'update taken set casus_id = $3, versie = versie + 1 where melding_id = $1 and casus_id is not distinct from $2',
    [meldingId, from, to],
  );
}
