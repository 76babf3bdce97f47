import type { Queryable } from '../../platform/db/database';
import type { TijdlijnGebeurtenis } from '../../timeline/events';
import { zichtbaarVoorSql } from '../../timeline/zichtbaarheid';
import { meetCasus } from './meet-casus';
import type { CasusTijdlijn, Meting } from './meting';

/**
 * Reads a casus's timeline: all events (measurements carry no content), or with `zichtbaarVoor` only the events
 * that organisation may see — to show it only what it could derive itself.
 */
export async function leesCasusTijdlijn(tx: Queryable, casusId: string, options: { zichtbaarVoor?: string } = {}): Promise<CasusTijdlijn | null> {
  const casus = await tx.query<{ regio_id: string }>('select regio_id from casussen where id = $1', [casusId]);
  if (!casus.rows[0]) return null;
  const { rows } = await tx.query<{ soort: TijdlijnGebeurtenis['soort']; op: Date; organisatie_id: string | null; gegevens: never }>(
    `select t.soort, t.op, t.organisatie_id, t.gegevens from tijdlijn t
      where t.casus_id = $1 and ($2::uuid is null or ${zichtbaarVoorSql('$2')})
      order by t.op, t.volgnummer`,
    [casusId, options.zichtbaarVoor ?? null],
  );
  return {
    casusId,
    regioId: casus.rows[0].regio_id,
    gebeurtenissen: rows.map((r) => ({ soort: r.soort, gegevens: r.gegevens, op: r.op, organisatieId: r.organisatie_id }) as CasusTijdlijn['gebeurtenissen'][number]),
  };
}

/** Replaces the stored measurements of one casus. */
export async function schrijfMetingen(tx: Queryable, casusId: string, regioId: string, metingen: readonly Meting[]): Promise<void> {
  await tx.query('delete from indicator_metingen where casus_id = $1', [casusId]);
  if (metingen.length === 0) return;
  await tx.query(
    `insert into indicator_metingen (casus_id, regio_id, indicator, organisatie_id, op, waarde, kenmerk)
     select $1, $2, m.indicator, m.organisatie_id, m.op, m.waarde, m.kenmerk
       from unnest($3::text[], $4::uuid[], $5::timestamptz[], $6::float8[], $7::text[])
            as m (indicator, organisatie_id, op, waarde, kenmerk)`,
    [
      casusId,
      regioId,
      metingen.map((m) => m.indicator),
      metingen.map((m) => m.organisatieId),
      metingen.map((m) => m.op.toISOString()),
      metingen.map((m) => m.waarde),
      metingen.map((m) => m.kenmerk),
    ],
  );
}

/**
 * Recomputes a casus's measurements from its timeline. Serialised per casus, so of two transactions adding
 * events to one casus the one committing last computes over both.
 */
export async function herberekenMetingen(tx: Queryable, casusId: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 8))', [casusId]);
  const tijdlijn = await leesCasusTijdlijn(tx, casusId);
  if (!tijdlijn) return;
  await schrijfMetingen(tx, casusId, tijdlijn.regioId, meetCasus(tijdlijn));
}
