import type { Queryable } from '../platform/db/database';
import type { TijdlijnGebeurtenis } from '../timeline/events';

/**
 * For the cases domain, when it links a melding to a casus: the 'herhaling-gesignaleerd' event to record when the
 * melding was flagged as a repeat, or null. Call `recordEvent(tx, casusId, actor, event)` with it.
 */
export async function repeatEventFor(tx: Queryable, meldingId: string): Promise<TijdlijnGebeurtenis | null> {
  const { rows } = await tx.query<{ herhaling_van_id: string; dagen: number }>(
    `select m.herhaling_van_id,
            floor(extract(epoch from (coalesce(m.incident_op, m.ontvangen_op) - coalesce(h.incident_op, h.ontvangen_op))) / 86400)::int as dagen
       from meldingen m join meldingen h on h.id = m.herhaling_van_id
      where m.id = $1`,
    [meldingId],
  );
  const row = rows[0];
  if (!row) return null;
  return { soort: 'herhaling-gesignaleerd', gegevens: { meldingId, eerdereMeldingId: row.herhaling_van_id, dagenSindsEerdere: row.dagen } };
}
