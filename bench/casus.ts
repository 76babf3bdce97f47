// The casus benchmarks (issue 3), on a PostgreSQL server with BENCH_PERSONS (default 1,000,000) synthetic persons:
//   (a) person search through the API (POST /api/v1/personen/zoekopdrachten) — p50/p95 — measured interleaved with
//       the raw SQL of the same search (the persons domain's own query, sent straight to PostgreSQL);
//   (b) sustained intake through the partner-system API (POST /api/v1/intake/meldingen, persons by data, resolved
//       against the million) in meldingen/s, interleaved with a bare Fastify POST route as the yardstick;
//   (c) the server's peak resident memory over both (VmHWM).
// PostgreSQL: BENCH_DATABASE_URL (a server where the role may create databases), else the project's throwaway
// server (scripts/postgres-server.sh). Without either, these benchmarks are skipped with a note.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Result } from 'autocannon';
import autocannon from 'autocannon';
import { openDatabase } from '../server/platform/db/database';
import { migrate } from '../server/platform/db/migrations';
import { loadDemoRegion } from '../server/demo/demo-region';
import { findOrganisationByName } from '../server/organisations/organisations.storage';
import { personSearchQuery } from '../server/persons/person-search.storage';
import { FIRST_NAMES, SYNTHETIC_SURNAMES, insertSyntheticPersons } from './synthetic-persons';
import { bench, childEnv, DURATION, freePort, HOST, log, peakRssMb, root, start, status, stop, waitReady } from './support';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 400);
const INTAKE_CONNECTIONS = Number(process.env.BENCH_INTAKE_CONNECTIONS ?? 10);
const DEMO_PASSWORD = 'Samenloop-Demo-2026';

function serverUrl(): string | null {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const started = spawnSync('bash', ['scripts/postgres-server.sh', 'start'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const line = `${started.stdout ?? ''}`.split('\n').find((l) => l.startsWith('TEST_DATABASE_URL='));
  if (started.status !== 0 || !line) {
    log(`no PostgreSQL server (scripts/postgres-server.sh: ${started.stderr?.trim().split('\n').pop() ?? started.status})`);
    return null;
  }
  return line.slice('TEST_DATABASE_URL='.length).trim();
}

async function freshDatabase(url: string): Promise<string> {
  const name = 'samenloop_bench';
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** A name as a person at the desk would type it: sometimes a letter dropped or two letters swapped. */
function typedName(seed: number): string {
  const voornaam = FIRST_NAMES[seed % FIRST_NAMES.length]!;
  const achternaam = SYNTHETIC_SURNAMES[(seed * 7) % SYNTHETIC_SURNAMES.length]!;
  let name = `${voornaam} ${achternaam}`;
  const at = 1 + (seed % (name.length - 2));
  if (seed % 3 === 1) name = name.slice(0, at) + name.slice(at + 1);
  if (seed % 3 === 2) name = name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
  return name;
}

async function logIn(base: string, gebruikersnaam: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${base}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ gebruikersnaam, wachtwoord: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { csrfToken?: string; sessie?: { csrfToken?: string } };
  if (response.status !== 201) throw new Error(`login ${gebruikersnaam}: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
  return { cookie, csrf: body.csrfToken ?? body.sessie?.csrfToken ?? '' };
}

async function searchBenchmark(base: string, databaseUrl: string) {
  const session = await logIn(base, 'vt.medewerker');
  const raw = new pg.Client({ connectionString: databaseUrl });
  await raw.connect();
  const api = async (naam: string) => {
    const started = performance.now();
    const response = await fetch(`${base}/api/v1/personen/zoekopdrachten`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf, origin: base },
      body: JSON.stringify({ naam }),
    });
    const body = (await response.json()) as { treffers?: unknown[] };
    if (response.status !== 200) throw new Error(`search answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return { ms: performance.now() - started, hits: body.treffers?.length ?? 0 };
  };
  const sql = async (naam: string) => {
    const query = personSearchQuery({ naam });
    const started = performance.now();
    const result = await raw.query(query.text, query.values as unknown[]);
    return { ms: performance.now() - started, hits: result.rowCount ?? 0 };
  };
  for (let i = 0; i < 30; i++) {
    await api(typedName(i + 10_000));
    await sql(typedName(i + 10_000));
  }
  const apiTimes: number[] = [];
  const sqlTimes: number[] = [];
  let emptyApi = 0;
  for (let i = 0; i < SEARCHES; i++) {
    const naam = typedName(i);
    // Alternate which goes first, so caching favours neither.
    const [a, s] = i % 2 === 0 ? [await api(naam), await sql(naam)] : await (async () => {
      const s1 = await sql(naam);
      return [await api(naam), s1] as const;
    })();
    apiTimes.push(a.ms);
    sqlTimes.push(s.ms);
    if (a.hits === 0) emptyApi++;
  }
  await raw.end();
  log(`person search: ${SEARCHES} names with typos over ${PERSONS.toLocaleString('en')} persons, one at a time; ${emptyApi} without any hit`);
  log(`API p50 ${percentile(apiTimes, 50).toFixed(1)} ms, raw SQL p50 ${percentile(sqlTimes, 50).toFixed(1)} ms`);
  const p95 = percentile(apiTimes, 95);
  bench('person_search_api_p95', p95, 'ms', 1);
  bench('person_search_sql_p95', percentile(sqlTimes, 95), 'ms', 1);
  log(`target person_search_api_p95 < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'}`);
}

function intakeLoad(url: string, headers: Record<string, string>, seconds: number, body: () => string): Promise<Result> {
  return autocannon({
    url,
    connections: INTAKE_CONNECTIONS,
    duration: seconds,
    timeout: 10,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: body() }) }],
  });
}

async function intakeBenchmark(base: string, bareUrl: string) {
  const admin = await logIn(base, 'beheer.vt');
  const created = await fetch(`${base}/api/v1/koppelingen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf, origin: base },
    body: JSON.stringify({ naam: 'Benchmark CORV' }),
  });
  const koppeling = (await created.json()) as { clientId: string; secret: string };
  if (created.status !== 201) throw new Error(`koppeling answered ${created.status}: ${JSON.stringify(koppeling).slice(0, 300)}`);
  const authorization = `Basic ${Buffer.from(`${koppeling.clientId}:${koppeling.secret}`).toString('base64')}`;
  let n = 0;
  const runId = randomBytes(4).toString('hex');
  const body = () => {
    n++;
    const day = String(1 + (n % 28)).padStart(2, '0');
    return JSON.stringify({
      bron: 'zorgmelding-politie',
      externBerichtId: `bench-${runId}-${n}`,
      incidentOp: new Date(Date.now() - 3_600_000).toISOString(),
      geweldsvormen: ['partnergeweld'],
      acuteOnveiligheid: n % 5 === 0,
      wapens: false,
      kinderenAanwezig: n % 3 === 0,
      verdachteAangehouden: false,
      vermoedenStrafbareKindermishandeling: false,
      omschrijving: 'Zorgmelding na huiselijk geweld (synthetisch).',
      personen: [
        { rol: 'slachtoffer', voornamen: FIRST_NAMES[n % FIRST_NAMES.length], achternaam: `Bench${n % 5000}`, geboortedatum: `1985-03-${day}` },
        { rol: 'verdachte', voornamen: FIRST_NAMES[(n * 3) % FIRST_NAMES.length], achternaam: `Bench${n % 5000}`, geboortedatum: `1983-07-${day}` },
      ],
    });
  };
  const check = await fetch(`${base}/api/v1/intake/meldingen`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: body() });
  if (check.status !== 201) throw new Error(`intake answered ${check.status}: ${(await check.text()).slice(0, 300)}`);
  const describe = (label: string, r: Result) => {
    log(`${label}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms; ${r['2xx']} 2xx, ${r.non2xx} non-2xx, ${r.errors} errors`);
    if (r.non2xx > 0 || r.errors > 0 || r['2xx'] === 0) {
      log(`WARNING ${label}: not every response was a 2xx; the figures are not valid`);
      status.failures += 1;
    }
  };
  const half = DURATION / 2;
  describe('intake warm-up', await intakeLoad(`${base}/api/v1/intake/meldingen`, { authorization }, 3, body));
  describe('bare POST warm-up', await intakeLoad(bareUrl, {}, 3, body));
  const intake: Result[] = [];
  const bare: Result[] = [];
  for (let round = 1; round <= 2; round++) {
    const b = await intakeLoad(bareUrl, {}, half, body);
    describe(`bare POST (half ${round})`, b);
    bare.push(b);
    const r = await intakeLoad(`${base}/api/v1/intake/meldingen`, { authorization }, half, body);
    describe(`intake (half ${round})`, r);
    intake.push(r);
  }
  const mean = (rs: Result[]) => rs.reduce((s, r) => s + r.requests.average, 0) / rs.length;
  const rate = mean(intake);
  bench('intake_meldingen_per_s', rate, 'meldingen/s', 0);
  bench('bare_post_rps', mean(bare), 'req/s', 0);
  bench('intake_p99', Math.max(...intake.map((r) => r.latency.p99)), 'ms', 1);
  log(`intake: ${INTAKE_CONNECTIONS} connections, each request a new melding with two persons resolved by name and date of birth`);
  log(`target intake_meldingen_per_s >= 100: ${rate >= 100 ? 'met' : 'NOT met'}`);
}

export async function casusBenchmarks(): Promise<void> {
  const url = serverUrl();
  if (!url) {
    log('casus benchmarks skipped: they need PostgreSQL (set BENCH_DATABASE_URL or install the Debian package postgresql)');
    return;
  }
  const databaseUrl = await freshDatabase(url);
  const db = await openDatabase({ databaseUrl, poolSize: 2 });
  const loadStarted = performance.now();
  try {
    await migrate(db);
    await loadDemoRegion(db);
    const politie = await findOrganisationByName(db, 'Politie Oost-Brabant');
    await insertSyntheticPersons(db, politie!.id, PERSONS, (done) => {
      if (done % 500_000 === 0) log(`  ${done.toLocaleString('en')} persons inserted`);
    });
  } finally {
    await db.close();
  }
  log(`database ready with ${PERSONS.toLocaleString('en')} synthetic persons in ${((performance.now() - loadStarted) / 1000).toFixed(0)} s (trigram index included)`);

  const port = await freePort();
  const server = start('server', ['dist/server/main.js'], childEnv({
    PORT: String(port),
    HOST,
    DATABASE_URL: databaseUrl,
    SECRET_KEY: randomBytes(32).toString('hex'),
    DEMO_MODE: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  }));
  const base = `http://${HOST}:${port}`;
  const barePort = await freePort();
  const bareServer = start('bare-server', ['--import', 'tsx', 'bench/bare-server.ts'], childEnv({ PORT: String(barePort), HOST }));
  try {
    await waitReady(`${base}/health/ready`, server, 60_000);
    await waitReady(`http://${HOST}:${barePort}/health/ready`, bareServer, 30_000);
    await searchBenchmark(base, databaseUrl);
    await intakeBenchmark(base, `http://${HOST}:${barePort}/api/v1/bare`);
    const rss = server.child.pid !== undefined ? peakRssMb(server.child.pid) : undefined;
    if (rss === undefined) {
      log('WARNING could not read VmHWM of the server');
      status.failures += 1;
    } else {
      bench('casus_server_peak_rss', rss, 'MB', 1);
      log(`target casus_server_peak_rss < 400 MB (during search and intake): ${rss < 400 ? 'met' : 'NOT met'}`);
    }
  } finally {
    await Promise.all([stop(server), stop(bareServer)]);
  }
}
