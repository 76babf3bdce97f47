import { repeatEventFor } from '../meldingen/repeat-event';
import { moveTasksOfMelding } from '../tasks/tasks.storage';
import type { Queryable } from '../platform/db/database';
import { problems, type InvalidParam } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import { recordEvent, type TijdlijnActor } from '../timeline/timeline.storage';
import { createTask } from '../tasks/tasks.storage';
import { veiligheidstaxatieDeadline } from '../tasks/deadlines';
import type { CasusRol } from './schemas';
import { insertCasusPersoon } from './casussen.storage';

/**
 * Linking meldingen to a casus, shared by opening a casus and by linking later: only meldingen the caller's
 * organisation took in and that are in no casus yet; their persons join with their roles; each link is a
 * 'melding-gekoppeld' event at the time the melding came in (and a repeat is signalled).
 */
export interface MeldingRow {
  id: string;
  bron: string;
  ontvangen_op: Date;
  incident_op: Date | null;
  acute_onveiligheid: boolean;
  herhaling_van_id: string | null;
}

export const actorOf = (ctx: AccessContext): TijdlijnActor => ({ gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id });

/** Locks and returns the meldingen, or refuses with 400 naming each unusable one by its field. */
export async function lockLinkableMeldingen(tx: Queryable, ctx: AccessContext, refs: { meldingId: string; field: string }[]): Promise<MeldingRow[]> {
  if (refs.length === 0) return [];
  const { rows } = await tx.query<MeldingRow>(
    `select m.id, m.bron, m.ontvangen_op, m.incident_op, m.acute_onveiligheid, m.herhaling_van_id
       from meldingen m
      where m.id = any ($1::uuid[]) and m.organisatie_id = $2 and m.casus_id is null
      order by m.ontvangen_op, m.id
      for update of m`,
    [refs.map((r) => r.meldingId), ctx.organisatie.id],
  );
  const found = new Set(rows.map((r) => r.id));
  const bad: InvalidParam[] = refs
    .filter((r) => !found.has(r.meldingId))
    .map((r) => ({ name: r.field, code: 'melding-niet-koppelbaar', reason: 'geen melding van uw organisatie die nog niet aan een casus gekoppeld is' }));
  if (bad.length > 0) throw problems.badRequest('Een of meer meldingen kunnen niet gekoppeld worden.', bad);
  return rows;
}

/** The persons the meldingen bring, with their role in the melding (first mention wins). */
export async function personsOfMeldingen(tx: Queryable, meldingIds: string[]): Promise<{ persoonId: string; rol: CasusRol }[]> {
  if (meldingIds.length === 0) return [];
  const { rows } = await tx.query<{ persoon_id: string; rol: CasusRol }>(
    `select mp.persoon_id, mp.rol from melding_personen mp join meldingen m on m.id = mp.melding_id
      where mp.melding_id = any ($1::uuid[]) order by m.ontvangen_op, m.id, mp.rol`,
    [meldingIds],
  );
  const seen = new Map<string, CasusRol>();
  for (const r of rows) if (!seen.has(r.persoon_id)) seen.set(r.persoon_id, r.rol);
  return [...seen].map(([persoonId, rol]) => ({ persoonId, rol }));
}

/** `actor` may be a partner system (no user): a ZSM intake links its melding without a person at the screen. */
export async function linkMeldingen(tx: Queryable, actor: TijdlijnActor, casusId: string, meldingen: MeldingRow[]): Promise<void> {
  for (const m of meldingen) {
    await tx.query('update meldingen set casus_id = $2, versie = versie + 1 where id = $1', [m.id, casusId]);
    await moveTasksOfMelding(tx, m.id, null, casusId);
    await recordEvent(
      tx,
      casusId,
      actor,
      {
        soort: 'melding-gekoppeld',
        gegevens: {
          meldingId: m.id,
          bron: m.bron,
          ontvangenOp: new Date(m.ontvangen_op).toISOString(),
          incidentOp: m.incident_op ? new Date(m.incident_op).toISOString() : null,
          acuteOnveiligheid: m.acute_onveiligheid,
        },
      },
      { op: m.ontvangen_op },
    );
    const repeat = m.herhaling_van_id ? await repeatEventFor(tx, m.id) : null;
    if (repeat) await recordEvent(tx, casusId, actor, repeat, { op: m.ontvangen_op });
  }
}

/** Adds persons that are not in the casus yet, each with a 'persoon-toegevoegd' event; returns how many joined. */
export async function addPersons(tx: Queryable, actor: TijdlijnActor, casusId: string, personen: { persoonId: string; rol: CasusRol }[]): Promise<number> {
  let added = 0;
  for (const p of personen) {
    if (await insertCasusPersoon(tx, casusId, p.persoonId, p.rol)) {
      added++;
      await recordEvent(tx, casusId, actor, { soort: 'persoon-toegevoegd', gegevens: { persoonId: p.persoonId, rol: p.rol } });
    }
  }
  return added;
}

/**
 * Veilig Thuis owes a safety assessment on every casus it works: within 5 working days of the earliest melding,
 * at once when any melding is acutely unsafe. Idempotent per casus (the task key).
 */
export async function ensureVeiligheidstaxatie(tx: Queryable, ctx: AccessContext, casusId: string): Promise<void> {
  if (ctx.organisatie.soort !== 'veilig-thuis') return;
  const { rows } = await tx.query<{ eerste: Date | null; acuut: boolean }>(
    `select min(ontvangen_op) as eerste, coalesce(bool_or(acute_onveiligheid), false) as acuut from meldingen where casus_id = $1`,
    [casusId],
  );
  const ontvangen = rows[0]?.eerste ? new Date(rows[0].eerste) : new Date();
  await createTask(tx, actorOf(ctx), {
    soort: 'veiligheidstaxatie',
    sleutel: `veiligheidstaxatie:${casusId}`,
    titel: 'Veiligheidstaxatie',
    casusId,
    organisatieId: ctx.organisatie.id,
    deadline: veiligheidstaxatieDeadline(ontvangen, rows[0]?.acuut ?? false),
  });
}

export function requireOpen(status: 'open' | 'gesloten'): void {
  if (status === 'gesloten') throw problems.conflict('De casus is gesloten. Heropen de casus eerst.', 'casus-gesloten');
}
