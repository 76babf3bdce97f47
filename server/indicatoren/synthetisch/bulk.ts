/**
 * The bulk path for synthetic casussen: casussen, their timeline rows and their indicator measurements in a few
 * large statements per batch (unnest over arrays, thousands of rows each), on PGlite and PostgreSQL alike.
 * The measurements come from THE SAME `meetCasus` the live projection uses, over the same events, so the stored
 * figures are exactly what `herberekenMetingen` would store (the integration test checks it).
 * Synthetic casussen get no participants: they never show in anyone's casus lists, only in the aggregates.
 */
import type { Database, Queryable } from '../../platform/db/database';
import { ensureRegion } from '../../organisations/organisations.storage';
import { meetCasus } from '../metingen/meet-casus';
import type { CasusTijdlijn } from '../metingen/meting';
import type { SynthetischeCasus } from './generator';
import { regioOrganisatieNamen, type RegioOrganisaties, type SynthetischeRegio } from './regios';

/** Creates (or finds) a synthetic region and its partner organisations. */
export async function zorgVoorSynthetischeRegio(q: Queryable, def: { code: string; naam: string; inwoners: number }): Promise<SynthetischeRegio> {
  const regio = await ensureRegion(q, def.code, def.naam);
  const organisaties: Partial<Record<keyof RegioOrganisaties, string | string[]>> = {};
  for (const o of regioOrganisatieNamen(def.naam)) {
    const { rows } = await q.query<{ id: string }>(
      `insert into organisaties (naam, soort, regio_id) values ($1, $2, $3)
       on conflict (regio_id, naam) do update set naam = excluded.naam returning id`,
      [o.naam, o.soort, regio.id],
    );
    organisaties[o.rol] = o.rol === 'veiligThuis' || o.rol === 'reclassering' ? [rows[0]!.id] : rows[0]!.id;
  }
  return { id: regio.id, code: regio.code, naam: regio.naam, inwoners: def.inwoners, organisaties: organisaties as unknown as RegioOrganisaties };
}

/** Whether a synthetic casus number is already there (the first of a region-year: that region-year is loaded). */
export async function synthetischeCasusBestaat(q: Queryable, nummer: string): Promise<boolean> {
  const { rows } = await q.query('select 1 from casussen where nummer = $1', [nummer]);
  return rows.length > 0;
}

export interface BulkTelling {
  casussen: number;
  gebeurtenissen: number;
  metingen: number;
}

/** Writes a batch of synthetic casussen with their timeline and measurements (in the caller's transaction). */
export async function schrijfSynthetischeCasussen(q: Queryable, casussen: readonly SynthetischeCasus[]): Promise<BulkTelling> {
  if (casussen.length === 0) return { casussen: 0, gebeurtenissen: 0, metingen: 0 };
  await q.query(
    `insert into casussen (id, nummer, regio_id, status, aangemaakt_door_organisatie_id, created_at, updated_at, gesloten_op)
     select c.id, c.nummer, c.regio_id, c.status, c.organisatie_id, c.aangemaakt_op, coalesce(c.gesloten_op, c.aangemaakt_op), c.gesloten_op
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::uuid[], $6::timestamptz[], $7::timestamptz[])
            as c (id, nummer, regio_id, status, organisatie_id, aangemaakt_op, gesloten_op)`,
    [
      casussen.map((c) => c.id),
      casussen.map((c) => c.nummer),
      casussen.map((c) => c.regioId),
      casussen.map((c) => c.status),
      casussen.map((c) => c.aangemaaktDoorOrganisatieId),
      casussen.map((c) => c.aangemaaktOp.toISOString()),
      casussen.map((c) => c.geslotenOp?.toISOString() ?? null),
    ],
  );

  const t = { casus: [] as string[], soort: [] as string[], op: [] as string[], org: [] as (string | null)[], gegevens: [] as string[] };
  for (const c of casussen) {
    for (const g of c.gebeurtenissen) {
      t.casus.push(c.id);
      t.soort.push(g.soort);
      t.op.push(g.op.toISOString());
      t.org.push(g.organisatieId);
      t.gegevens.push(JSON.stringify(g.gegevens));
    }
  }
  // Events of a casus have strictly increasing times, so (op, volgnummer) reads them back in this order.
  await q.query(
    `insert into tijdlijn (casus_id, soort, op, geregistreerd_op, organisatie_id, gegevens)
     select e.casus_id, e.soort, e.op, e.op, e.organisatie_id, e.gegevens::jsonb
       from unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::uuid[], $5::text[]) with ordinality
            as e (casus_id, soort, op, organisatie_id, gegevens, nr)
      order by e.nr`,
    [t.casus, t.soort, t.op, t.org, t.gegevens],
  );
  const metingen = await schrijfMetingenBulk(q, casussen.map((c) => ({ casusId: c.id, regioId: c.regioId, gebeurtenissen: c.gebeurtenissen })));
  return { casussen: casussen.length, gebeurtenissen: t.casus.length, metingen };
}

/** Computes (with meetCasus, as the live projection does) and inserts the measurements of many casussen at once. */
export async function schrijfMetingenBulk(q: Queryable, tijdlijnen: readonly CasusTijdlijn[]): Promise<number> {
  const m = { casus: [] as string[], regio: [] as string[], indicator: [] as string[], org: [] as (string | null)[], op: [] as string[], waarde: [] as number[], kenmerk: [] as (string | null)[] };
  for (const t of tijdlijnen) {
    for (const meting of meetCasus({ casusId: t.casusId, regioId: t.regioId, gebeurtenissen: t.gebeurtenissen })) {
      m.casus.push(t.casusId);
      m.regio.push(t.regioId);
      m.indicator.push(meting.indicator);
      m.org.push(meting.organisatieId);
      m.op.push(meting.op.toISOString());
      m.waarde.push(meting.waarde);
      m.kenmerk.push(meting.kenmerk);
    }
  }
  if (m.casus.length > 0) {
    await q.query(
      `insert into indicator_metingen (casus_id, regio_id, indicator, organisatie_id, op, waarde, kenmerk)
       select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::float8[], $7::text[])`,
      [m.casus, m.regio, m.indicator, m.org, m.op, m.waarde, m.kenmerk],
    );
  }
  return m.casus.length;
}

/** Writes casussen from a generator in batches of `batch`, one transaction each; the next batch is generated while the previous one is written. */
export async function laadSynthetischeCasussen(
  db: Database,
  casussen: Iterable<SynthetischeCasus>,
  opties: { batch?: number; parallel?: number } = {},
): Promise<BulkTelling> {
  const batchGrootte = opties.batch ?? 2000;
  const parallel = Math.max(1, opties.parallel ?? 1);
  const totaal: BulkTelling = { casussen: 0, gebeurtenissen: 0, metingen: 0 };
  const lopend = new Set<Promise<void>>();
  let fout: unknown = null;
  const schrijf = (batch: SynthetischeCasus[]) => {
    const p: Promise<void> = db
      .transaction((tx) => schrijfSynthetischeCasussen(tx, batch))
      .then(
        (t) => {
          totaal.casussen += t.casussen;
          totaal.gebeurtenissen += t.gebeurtenissen;
          totaal.metingen += t.metingen;
        },
        (e) => {
          fout ??= e;
        },
      )
      .finally(() => lopend.delete(p));
    lopend.add(p);
  };
  let batch: SynthetischeCasus[] = [];
  for (const casus of casussen) {
    batch.push(casus);
    if (batch.length >= batchGrootte) {
      schrijf(batch);
      batch = [];
      while (lopend.size >= parallel) await Promise.race(lopend);
      if (fout) break;
    }
  }
  if (!fout && batch.length > 0) schrijf(batch);
  await Promise.all(lopend);
  if (fout) throw fout;
  return totaal;
}
