// The indicator benchmark (issue 8), on PostgreSQL with the national synthetic data set (25 VT regions x 10 years,
// server/indicatoren/synthetisch: casussen, timeline and measurements through the same meetCasus as the live path):
//   (a) the dashboard's figures (berekenIndicatoren) for one region and one year — target < 300 ms;
//   (b) the same for all regions over 10 years — target < 3 s;
//   (c) the same aggregations (per indicator, per kenmerk, per month or year; count, sum, mean, median) computed by
//       DuckDB over the measurements exported to Parquet, checked equal to PostgreSQL's, and the ratio.
// Scale: `npx tsx bench/indicatoren.ts` runs the national set (BENCH_INDICATOREN_SCHAAL 1.0: ~1 million casussen,
// ~24 million timeline events; the first run generates it, ~20-25 minutes on this 2-core machine, later runs reuse
// it); `npm run bench` (BENCH_ONLY=indicatoren for this part) uses scale 0.2 unless BENCH_INDICATOREN_SCHAAL is set,
// to stay within its overall time limit. Other settings: BENCH_INDICATOREN_SEED (default 1),
// BENCH_INDICATOREN_HERHALINGEN (measured repetitions, median; default 7), BENCH_DATABASE_URL or the project's
// throwaway server (scripts/postgres-server.sh). The data set lives in the database samenloop_bench_indicatoren and
// is kept: a rerun with the same seed, scale, years and measurement rules skips the generation.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openDatabase, type Database } from '../server/platform/db/database';
import { migrate } from '../server/platform/db/migrations';
import { indicatorCatalogus } from '../server/indicatoren/catalogus';
import { meetregels } from '../server/indicatoren/metingen/meetregels';
import { berekenIndicatoren } from '../server/indicatoren/waarden/bereken-indicatoren';
import { reeksIndeling, vorigePeriode, type Periode } from '../server/indicatoren/waarden/periode';
import { planVoorSamenvatten, vatMetingenSamen, type MetingSelectie, type SamenvattingRij } from '../server/indicatoren/waarden/waarden.storage';
import { laadSynthetischeData, laatsteJaren, zorgVoorVtRegios } from '../server/indicatoren/synthetisch/laad-synthetische-data';
import { herberekenAlleMetingen } from '../server/indicatoren/synthetisch/herbereken-metingen';
import { bench, log, root, status } from './support';

/** `npm run bench` uses a fifth of the national volume (the national set takes ~20 minutes to generate here). */
const NPM_RUN_BENCH_SCHAAL = 0.2;
const SEED = process.env.BENCH_INDICATOREN_SEED ?? '1';
const HERHALINGEN = Number(process.env.BENCH_INDICATOREN_HERHALINGEN ?? 7);
const JAREN = 10;
/** One kept database per scale (the national one is samenloop_bench_indicatoren), so switching scales regenerates nothing. */
const databaseNaam = (schaal: number) => (schaal === 1 ? 'samenloop_bench_indicatoren' : `samenloop_bench_indicatoren_${Math.round(schaal * 1000)}`);
/** The generator's source: a changed generator regenerates the kept data set. */
const GENERATOR_BRON = ['generator.ts', 'prng.ts', 'regios.ts'].map((f) => readFileSync(join(root, 'server/indicatoren/synthetisch', f), 'utf8')).join('\n');

function serverUrl(): string | null {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const started = spawnSync('bash', ['scripts/postgres-server.sh', 'start'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const line = `${started.stdout ?? ''}`.split('\n').find((l) => l.startsWith('TEST_DATABASE_URL='));
  if (started.status !== 0 || !line) return null;
  return line.slice('TEST_DATABASE_URL='.length).trim();
}

function psqlBinary(): string | null {
  const candidates = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin/psql`)
    : [];
  return [...candidates, '/usr/bin/psql'].find((p) => existsSync(p)) ?? null;
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * What the kept data set must match: the casussen (seed, scale, years, generator source) and, separately, the
 * measurement rules' source. Changed rules only recompute the measurements from the stored timelines.
 */
function merktekens(schaal: number, jaren: number[]): { generator: string; regels: string } {
  const regels = Object.entries(meetregels)
    .map(([id, f]) => `${id}:${f.toString()}`)
    .sort()
    .join('\n');
  return { generator: sha({ SEED, SCHAAL: schaal, jaren, GENERATOR_BRON }), regels: sha(regels) };
}

async function databaseMetData(url: string, schaal: number, jaren: number[], tot: Date): Promise<{ databaseUrl: string; gegenereerd: boolean }> {
  const DATABASE = databaseNaam(schaal);
  const parsed = new URL(url);
  parsed.pathname = `/${DATABASE}`;
  const databaseUrl = parsed.toString();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const bestaat = (await admin.query('select 1 from pg_database where datname = $1', [DATABASE])).rowCount === 1;
  const verwacht = merktekens(schaal, jaren);
  if (bestaat) {
    const check = new pg.Client({ connectionString: databaseUrl });
    await check.connect();
    const marker = await check
      .query<{ generator: string; regels: string }>('select generator, regels from bench_synthetisch_merkteken')
      .then((r) => r.rows[0] ?? null)
      .catch(() => null);
    await check.end();
    if (marker?.generator === verwacht.generator) {
      await admin.end();
      const db = await openDatabase({ databaseUrl, poolSize: 1 });
      try {
        await migrate(db);
        if (marker.regels === verwacht.regels) {
          log(`kept data set in ${DATABASE} matches seed ${SEED}, scale ${schaal}, years ${jaren[0]}-${jaren[jaren.length - 1]} and the measurement rules: generation skipped`);
        } else {
          log(`kept data set in ${DATABASE}: the measurement rules changed; recomputing the measurements from the stored timelines`);
          const started = performance.now();
          const metingen = await herberekenAlleMetingen(db, {
            onVoortgang: (n) => {
              if (n % 200_000 === 0) log(`  ${n.toLocaleString('en')} casussen recomputed`);
            },
          });
          await db.exec('vacuum analyze indicator_metingen');
          await db.query('update bench_synthetisch_merkteken set regels = $1', [verwacht.regels]);
          log(`recomputed ${metingen.toLocaleString('en')} measurements`);
          bench('indicatoren-synthetisch-herberekenen', (performance.now() - started) / 1000, 's', 0);
        }
      } finally {
        await db.close();
      }
      return { databaseUrl, gegenereerd: false };
    }
  }
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();

  const db = await openDatabase({ databaseUrl, poolSize: 3 });
  try {
    await migrate(db);
    const started = performance.now();
    const regios = await zorgVoorVtRegios(db);
    // Secondary indexes are dropped during the load and rebuilt after it (their definitions read from the catalogue).
    const { rows: indexen } = await db.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes
        where schemaname = 'public' and tablename in ('casussen', 'tijdlijn', 'indicator_metingen')
          and indexname not in (select conname from pg_constraint)`,
    );
    for (const i of indexen) await db.exec(`drop index ${i.indexname}`);
    let jarenKlaar = 0;
    const resultaat = await laadSynthetischeData(db, {
      seed: SEED,
      schaal,
      tot,
      jaren,
      regios,
      batch: 2000,
      parallel: 2,
      onVoortgang: (regel) => {
        if (regel.startsWith(regios[regios.length - 1]!.naam)) {
          jarenKlaar++;
          log(`  year ${jarenKlaar}/${jaren.length} loaded (${((performance.now() - started) / 1000).toFixed(0)} s so far)`);
        }
      },
    });
    const geladen = performance.now();
    for (const i of indexen) await db.exec(i.indexdef);
    for (const tabel of ['casussen', 'tijdlijn', 'indicator_metingen']) await db.exec(`vacuum analyze ${tabel}`);
    const klaar = performance.now();
    await db.exec(`create table bench_synthetisch_merkteken (generator text not null, regels text not null)`);
    await db.query('insert into bench_synthetisch_merkteken values ($1, $2)', [verwacht.generator, verwacht.regels]);
    log(
      `generated ${resultaat.casussen.toLocaleString('en')} casussen, ${resultaat.gebeurtenissen.toLocaleString('en')} timeline events, ` +
        `${resultaat.metingen.toLocaleString('en')} measurements (scale ${schaal}, ${regios.length} regions x ${jaren.length} years) in ` +
        `${((geladen - started) / 1000).toFixed(0)} s, indexes and vacuum analyze ${((klaar - geladen) / 1000).toFixed(0)} s`,
    );
    bench('indicatoren-synthetisch-genereren', (klaar - started) / 1000, 's', 0);
  } finally {
    await db.close();
  }
  return { databaseUrl, gegenereerd: true };
}

const mediaan = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Median of HERHALINGEN timed runs after warm-up; a query slower than 5 s gets one warm-up and three runs, so the
 * national set's slowest figures do not take half an hour. Returns the median and the last run's result.
 */
async function meet<T>(label: string, fn: () => Promise<T>): Promise<{ ms: number; resultaat: T }> {
  const eerste = performance.now();
  let resultaat = await fn();
  const traag = performance.now() - eerste > 5000;
  if (!traag) resultaat = await fn();
  const herhalingen = traag ? 3 : HERHALINGEN;
  const tijden: number[] = [];
  for (let i = 0; i < herhalingen; i++) {
    const started = performance.now();
    resultaat = await fn();
    tijden.push(performance.now() - started);
  }
  log(
    `${label}: median ${mediaan(tijden).toFixed(1)} ms of ${herhalingen} (min ${Math.min(...tijden).toFixed(1)}, max ${Math.max(...tijden).toFixed(1)}) ` +
      `after ${traag ? 1 : 2} warm-up run(s)`,
  );
  return { ms: mediaan(tijden), resultaat };
}

/** The measurements as Parquet: psql streams a CSV out of PostgreSQL, DuckDB turns it into a sorted Parquet file. */
async function exporteerParquet(databaseUrl: string, duck: DuckDBConnection, dir: string): Promise<string> {
  const psql = psqlBinary();
  if (!psql) throw new Error('psql not found (the Debian package postgresql-client)');
  const csv = join(dir, 'indicator_metingen.csv');
  const parquet = join(dir, 'indicator_metingen.parquet');
  // DuckDB has no time zone database offline (ICU is an extension), so PostgreSQL computes the Amsterdam month
  // and year of each measurement, exactly as vatMetingenSamen groups them; the instant goes as epoch milliseconds.
  const select = `select regio_id, indicator, organisatie_id, (extract(epoch from op) * 1000)::bigint as op_ms, waarde, kenmerk,
                         to_char(op at time zone 'Europe/Amsterdam', 'YYYY-MM') as maand, to_char(op at time zone 'Europe/Amsterdam', 'YYYY') as jaar
                    from indicator_metingen`;
  const started = performance.now();
  const r = spawnSync(psql, [databaseUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy (${select.replace(/\s+/g, ' ')}) to '${csv}' with (format csv)`], {
    encoding: 'utf8',
    timeout: 1_800_000,
  });
  if (r.status !== 0) throw new Error(`psql \\copy failed: ${r.stderr}`);
  const csvKlaar = performance.now();
  await duck.run(
    `copy (select * from read_csv('${csv}', header = false, columns = {
             'regio_id': 'VARCHAR', 'indicator': 'VARCHAR', 'organisatie_id': 'VARCHAR', 'op_ms': 'BIGINT', 'waarde': 'DOUBLE',
             'kenmerk': 'VARCHAR', 'maand': 'VARCHAR', 'jaar': 'VARCHAR'})
           order by regio_id, op_ms)
       to '${parquet}' (format parquet)`,
  );
  log(
    `exported indicator_metingen: CSV ${(statSync(csv).size / 1e6).toFixed(0)} MB in ${((csvKlaar - started) / 1000).toFixed(1)} s, ` +
      `Parquet ${(statSync(parquet).size / 1e6).toFixed(0)} MB in ${((performance.now() - csvKlaar) / 1000).toFixed(1)} s`,
  );
  rmSync(csv);
  return parquet;
}

const uuid = (s: string) => {
  if (!/^[0-9a-f-]{36}$/.test(s)) throw new Error(`not a uuid: ${s}`);
  return `'${s}'`;
};

/** vatMetingenSamen's aggregation in DuckDB over the Parquet file: the same grouping sets and figures. */
async function duckVatSamen(
  duck: DuckDBConnection,
  parquet: string,
  selectie: MetingSelectie & { vanMs: number; totMs: number },
  reeks: 'maand' | 'jaar' | null,
  mediaanIndicatoren: readonly string[],
): Promise<SamenvattingRij[]> {
  const mediaan = mediaanIndicatoren.map((id) => `'${id.replace(/'/g, "''")}'`).join(', ');
  const regios = selectie.regioIds ? `and regio_id in (${selectie.regioIds.map(uuid).join(', ')})` : '';
  const organisatie = selectie.organisatieId ? `and organisatie_id = ${uuid(selectie.organisatieId)}` : '';
  const reader = await duck.runAndReadAll(
    `select indicator, kenmerk, periode,
            (grouping(kenmerk) = 0)::int as per_kenmerk, (grouping(periode) = 0)::int as per_periode,
            count(*)::int as n, sum(waarde)::double as som, avg(waarde)::double as gemiddelde,
            ${mediaan ? `quantile_cont(waarde, 0.5) filter (where indicator in (${mediaan}))::double` : 'null::double'} as mediaan
       from (select indicator, kenmerk, waarde, ${reeks ? reeks : 'null::varchar'} as periode
               from read_parquet('${parquet}')
              where op_ms >= ${selectie.vanMs} and op_ms < ${selectie.totMs} ${regios} ${organisatie}) m
      group by grouping sets ((indicator), (indicator, kenmerk), (indicator, periode))`,
  );
  return (reader.getRowObjectsJS() as { indicator: string; kenmerk: string | null; periode: string | null; per_kenmerk: number; per_periode: number; n: number; som: number; gemiddelde: number | null; mediaan: number | null }[])
    .filter((r) => !(r.per_kenmerk === 1 && r.kenmerk === null) && !(r.per_periode === 1 && r.periode === null))
    .map((r) => ({
      indicator: r.indicator,
      kenmerk: r.per_kenmerk === 1 ? r.kenmerk : null,
      periode: r.per_periode === 1 ? r.periode : null,
      n: r.n,
      som: r.som,
      gemiddelde: r.gemiddelde,
      mediaan: r.mediaan,
    }));
}

/** Same rows, counts equal, figures within 1e-9 (relative for large sums). */
function vergelijk(label: string, pgRijen: SamenvattingRij[], duckRijen: SamenvattingRij[]): void {
  const sleutel = (r: SamenvattingRij) => `${r.indicator}|${r.kenmerk ?? '∅'}|${r.periode ?? '∅'}`;
  const duck = new Map(duckRijen.map((r) => [sleutel(r), r]));
  const gelijk = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
  const verschillen: string[] = [];
  if (pgRijen.length !== duckRijen.length) verschillen.push(`${pgRijen.length} rows in PostgreSQL, ${duckRijen.length} in DuckDB`);
  for (const p of pgRijen) {
    const d = duck.get(sleutel(p));
    if (!d) verschillen.push(`missing in DuckDB: ${sleutel(p)}`);
    else if (p.n !== d.n || !gelijk(p.som, d.som) || !gelijk(p.gemiddelde, d.gemiddelde) || !gelijk(p.mediaan, d.mediaan)) {
      verschillen.push(`${sleutel(p)}: PostgreSQL ${JSON.stringify(p)} DuckDB ${JSON.stringify(d)}`);
    }
  }
  if (verschillen.length > 0) {
    log(`WARNING ${label}: DuckDB and PostgreSQL differ (${verschillen.length}): ${verschillen.slice(0, 5).join('; ')}`);
    status.failures += 1;
  } else {
    log(`${label}: DuckDB and PostgreSQL agree on all ${pgRijen.length} rows (counts equal, sums, means and medians within 1e-9)`);
  }
}

async function grenzen(db: Database, p: Periode): Promise<{ vanMs: number; totMs: number }> {
  const { rows } = await db.query<{ van: Date; tot: Date }>(
    `select ($1::date::timestamp at time zone 'Europe/Amsterdam') as van, ($2::date::timestamp at time zone 'Europe/Amsterdam') as tot`,
    [p.van, p.tot],
  );
  return { vanMs: rows[0]!.van.getTime(), totMs: rows[0]!.tot.getTime() };
}

export async function indicatorBenchmarks(standaardSchaal = NPM_RUN_BENCH_SCHAAL): Promise<void> {
  const schaal = Number(process.env.BENCH_INDICATOREN_SCHAAL ?? standaardSchaal);
  if (!(schaal > 0)) throw new Error(`BENCH_INDICATOREN_SCHAAL must be a positive number, got ${process.env.BENCH_INDICATOREN_SCHAAL}`);
  const url = serverUrl();
  if (!url) {
    log('indicator benchmarks skipped: they need PostgreSQL (set BENCH_DATABASE_URL or install the Debian package postgresql)');
    return;
  }
  // Ten full calendar years up to the start of this year: fixed within a year, so the kept data set stays valid.
  const tot = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
  const jaren = laatsteJaren(new Date(tot.getTime() - 1), JAREN);
  const { databaseUrl } = await databaseMetData(url, schaal, jaren, tot);

  const db = await openDatabase({ databaseUrl, poolSize: 2 });
  const dir = join(tmpdir(), 'samenloop-bench-indicatoren');
  mkdirSync(dir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const duck = await instance.connect();
  try {
    const { rows: omvang } = await db.query<{ casussen: number; tijdlijn: number; metingen: number }>(
      `select (select count(*) from casussen)::int as casussen, (select count(*) from tijdlijn)::int as tijdlijn, (select count(*) from indicator_metingen)::int as metingen`,
    );
    log(`data set: ${omvang[0]!.casussen.toLocaleString('en')} casussen, ${omvang[0]!.tijdlijn.toLocaleString('en')} timeline events, ${omvang[0]!.metingen.toLocaleString('en')} measurements`);
    const { rows: regio } = await db.query<{ id: string; naam: string }>(`select id, naam from regios where code = 'brabant-zuidoost'`);
    const laatsteJaar = jaren[jaren.length - 1]!;
    const regioJaar: MetingSelectie = { regioIds: [regio[0]!.id], van: `${laatsteJaar}-01-01`, tot: `${laatsteJaar + 1}-01-01` };
    const alles: MetingSelectie = { regioIds: null, van: `${jaren[0]}-01-01`, tot: `${laatsteJaar + 1}-01-01` };
    const definities = indicatorCatalogus;
    const mediaanIndicatoren = definities.filter((d) => d.bron.soort === 'tijdlijn' && d.bron.aggregatie === 'mediaan').map((d) => d.id);

    const { ms: regioJaarMs } = await meet(`berekenIndicatoren ${regio[0]!.naam} ${laatsteJaar} (${definities.length} indicators)`, () => berekenIndicatoren(db, regioJaar, definities));
    bench('indicatoren-dashboard-regio-jaar', regioJaarMs, 'ms', 1);
    log(`target indicatoren-dashboard-regio-jaar < 300 ms: ${regioJaarMs < 300 ? 'met' : 'NOT met'}`);
    const { ms: allesMs } = await meet(`berekenIndicatoren all regions ${jaren[0]}-${laatsteJaar}`, () => berekenIndicatoren(db, alles, definities));
    bench('indicatoren-alle-regios-10-jaar', allesMs, 'ms', 1);
    log(`target indicatoren-alle-regios-10-jaar < 3000 ms: ${allesMs < 3000 ? 'met' : 'NOT met'}`);

    // DuckDB over Parquet: the measurement aggregations berekenIndicatoren runs (this period with its trend, and
    // the previous period), against the same two queries in PostgreSQL.
    const parquet = await exporteerParquet(databaseUrl, duck, dir);
    const vergelijking = async (label: string, selectie: MetingSelectie) => {
      const reeks = reeksIndeling(selectie);
      const vorige = { ...selectie, ...vorigePeriode(selectie) };
      const huidigD = { ...selectie, ...(await grenzen(db, selectie)) };
      const vorigeD = { ...vorige, ...(await grenzen(db, vorige)) };
      const pg = await meet(`${label}: PostgreSQL measurement aggregations (vatMetingenSamen, this and the previous period)`, () =>
        db.transaction(async (tx) => {
          await planVoorSamenvatten(tx);
          return [await vatMetingenSamen(tx, selectie, reeks, mediaanIndicatoren), await vatMetingenSamen(tx, vorige, null, mediaanIndicatoren)];
        }),
      );
      const duckdb = await meet(`${label}: DuckDB over Parquet, the same two aggregations`, async () => [
        await duckVatSamen(duck, parquet, huidigD, reeks, mediaanIndicatoren),
        await duckVatSamen(duck, parquet, vorigeD, null, mediaanIndicatoren),
      ]);
      vergelijk(`${label} (this period)`, pg.resultaat[0]!, duckdb.resultaat[0]!);
      vergelijk(`${label} (previous period)`, pg.resultaat[1]!, duckdb.resultaat[1]!);
      const pgMs = pg.ms;
      const duckMs = duckdb.ms;
      return { pgMs, duckMs };
    };
    const rj = await vergelijking(`${regio[0]!.naam} ${laatsteJaar}`, regioJaar);
    bench('indicatoren-duckdb-regio-jaar', rj.duckMs, 'ms', 1);
    const al = await vergelijking(`all regions ${jaren[0]}-${laatsteJaar}`, alles);
    bench('indicatoren-duckdb-alle-regios-10-jaar', al.duckMs, 'ms', 1);
    log(`PostgreSQL / DuckDB, one region and year: ${(rj.pgMs / rj.duckMs).toFixed(2)} (${rj.pgMs.toFixed(1)} ms vs ${rj.duckMs.toFixed(1)} ms)`);
    log(`PostgreSQL / DuckDB, all regions, 10 years: ${(al.pgMs / al.duckMs).toFixed(2)} (${al.pgMs.toFixed(1)} ms vs ${al.duckMs.toFixed(1)} ms); > 1 means DuckDB is faster`);
    bench('indicatoren-postgres-vs-duckdb-ratio', al.pgMs / al.duckMs, 'ratio', 2);
    bench('indicatoren-postgres-vs-duckdb-ratio-regio-jaar', rj.pgMs / rj.duckMs, 'ratio', 2);
  } finally {
    duck.closeSync();
    instance.closeSync();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await indicatorBenchmarks(1);
  } catch (error) {
    console.error(`bench: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    status.failures += 1;
  }
  process.exit(status.failures > 0 ? 1 : 0);
}
