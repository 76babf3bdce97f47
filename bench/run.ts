// npm run bench: measures, in one run on this machine (loopback only, everything bounded in time):
//   (a) requests/s and p99 latency at 50 connections of GET /api/v1/sessies/huidig on the real server
//       (logged in as a demo account), side by side with a bare Fastify route (bench/bare-server.ts),
//       measured in interleaved halves so that other load on the machine weighs on both alike;
//   (b) the real server's peak resident memory over that run (VmHWM);
//   (c) the cold start of `npm start` (node scripts/start.mjs) with a new, empty DATA_DIR until
//       GET /health/ready answers 200, and that it stops on SIGTERM;
//   (d) the casus benchmarks on PostgreSQL with a million persons: person search, intake, memory (bench/casus.ts).
// Prints `BENCH <name> <value> <unit>` lines, with context lines starting with `#`.
// Settings: BENCH_DURATION (seconds per measurement, default 10), BENCH_CONNECTIONS (default 50),
// BENCH_ONLY (http or casus), and those of bench/casus.ts (BENCH_PERSONS, BENCH_DATABASE_URL, ...).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { type Result } from 'autocannon';
import {
  bench,
  childEnv,
  cleanup,
  CONNECTIONS,
  DEMO_LOGIN,
  describe,
  DURATION,
  freePort,
  HOST,
  killGroup,
  load,
  log,
  peakRssMb,
  root,
  start,
  status,
  stop,
  tempDir,
  waitReady,
  WARMUP_SECONDS,
} from './support';
import { casusBenchmarks } from './casus';
import { indicatorBenchmarks } from './indicatoren';

const OVERALL_LIMIT_MS = 20 * 60_000;

async function httpBenchmarks() {
  const realPort = await freePort();
  const dataDir = tempDir('samenloop-bench-data-');
  const real = start('server', ['dist/server/main.js'], childEnv({
    PORT: String(realPort),
    HOST,
    DATA_DIR: dataDir,
    DEMO_MODE: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  }));
  const base = `http://${HOST}:${realPort}`;
  await waitReady(`${base}/health/ready`, real, 60_000);
  log(`server (node dist/server/main.js, pid ${real.child.pid}) ready on ${base}, DATA_DIR ${dataDir}`);

  const login = await fetch(`${base}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(DEMO_LOGIN),
    signal: AbortSignal.timeout(10_000),
  });
  const loginBody = await login.text();
  if (login.status !== 201) throw new Error(`login answered ${login.status}, expected 201: ${loginBody.slice(0, 500)}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!.trim())
    .filter(Boolean)
    .join('; ');
  if (!cookie) throw new Error('login answered 201 without a set-cookie header');
  const realHeaders = { cookie };
  const realUrl = `${base}/api/v1/sessies/huidig`;
  const check = await fetch(realUrl, { headers: realHeaders, signal: AbortSignal.timeout(10_000) });
  const checkBody = await check.text();
  if (check.status !== 200) throw new Error(`GET /api/v1/sessies/huidig answered ${check.status}: ${checkBody.slice(0, 500)}`);
  log(`logged in as ${DEMO_LOGIN.gebruikersnaam}; GET /api/v1/sessies/huidig answers 200 with ${checkBody.length} bytes of JSON`);

  const barePort = await freePort();
  const bare = start('bare-server', ['--import', 'tsx', 'bench/bare-server.ts'], childEnv({ PORT: String(barePort), HOST }));
  const bareBaseUrl = `http://${HOST}:${barePort}`;
  await waitReady(`${bareBaseUrl}/health/ready`, bare, 30_000);
  const bareUrl = `${bareBaseUrl}/api/v1/bare`;
  const bareCheck = await (await fetch(bareUrl)).text();
  log(`bare Fastify route ready on ${bareUrl} (${bareCheck.length} bytes of JSON)`);

  // Measured in two interleaved halves (bare, real, bare, real), so that a change in what else the machine
  // is doing weighs on both alike. req/s is the mean of the halves; p99 is the worse of the two halves.
  const half = DURATION / 2;
  log(
    `load: autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up each, then 2 x ${half} s measured per server, ` +
      `interleaved, one server at a time; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  );
  describe('bare warm-up', await load(bareUrl, {}, WARMUP_SECONDS));
  describe('sessies/huidig warm-up', await load(realUrl, realHeaders, WARMUP_SECONDS));
  const bareRounds: Result[] = [];
  const realRounds: Result[] = [];
  for (let round = 1; round <= 2; round++) {
    const b = await load(bareUrl, {}, half);
    describe(`bare route (half ${round})`, b);
    bareRounds.push(b);
    const r = await load(realUrl, realHeaders, half);
    describe(`sessies/huidig (half ${round})`, r);
    realRounds.push(r);
  }
  const combine = (rounds: Result[]) => ({
    rps: rounds.reduce((sum, r) => sum + r.requests.average, 0) / rounds.length,
    p99: Math.max(...rounds.map((r) => r.latency.p99)),
  });
  const bareResult = combine(bareRounds);
  const realResult = combine(realRounds);

  const rss = real.child.pid !== undefined ? peakRssMb(real.child.pid) : undefined;
  const bareRss = bare.child.pid !== undefined ? peakRssMb(bare.child.pid) : undefined;

  bench('sessies_huidig_rps', realResult.rps, 'req/s', 0);
  bench('sessies_huidig_p99', realResult.p99, 'ms', 1);
  bench('bare_route_rps', bareResult.rps, 'req/s', 0);
  bench('bare_route_p99', bareResult.p99, 'ms', 1);
  const ratio = (realResult.rps / bareResult.rps) * 100;
  bench('sessies_huidig_vs_bare', ratio, '%', 1);
  log(`target sessies_huidig_vs_bare >= 60 %: ${ratio >= 60 ? 'met' : 'NOT met'}`);
  if (rss === undefined) {
    log('WARNING could not read VmHWM of the server');
    status.failures += 1;
  } else {
    bench('server_peak_rss', rss, 'MB', 1);
    log(`target server_peak_rss < 300 MB: ${rss < 300 ? 'met' : 'NOT met'}${bareRss ? ` (bare Fastify: ${bareRss.toFixed(1)} MB)` : ''}`);
  }

  const [realExit] = await Promise.all([stop(real), stop(bare)]);
  log(`server stopped on SIGTERM (${realExit.code !== null ? `exit ${realExit.code}` : realExit.signal})`);
}

async function coldStart() {
  const port = await freePort();
  const dataDir = tempDir('samenloop-bench-cold-');
  const env = childEnv({ PORT: String(port), HOST, DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  delete env.DEMO_MODE;
  const started = performance.now();
  const app = start('npm start', ['scripts/start.mjs'], env);
  await waitReady(`http://${HOST}:${port}/health/ready`, app, 60_000, 25);
  const seconds = (performance.now() - started) / 1000;
  bench('cold_start', seconds, 's', 2);
  log(`cold start: node scripts/start.mjs (build up to date) with an empty DATA_DIR until /health/ready answered 200`);
  log(`target cold_start < 15 s: ${seconds < 15 ? 'met' : 'NOT met'}`);
  // SIGTERM to start.mjs only (not its group): it must pass the signal on to the server.
  const stopStarted = performance.now();
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => killGroup(app.child, 'SIGKILL'), 15_000);
  const exit = await app.exited;
  clearTimeout(timer);
  const stopSeconds = (performance.now() - stopStarted) / 1000;
  if (exit.code === 0) {
    log(`npm start stopped on SIGTERM with exit 0 in ${stopSeconds.toFixed(2)} s`);
  } else {
    log(`WARNING npm start did not stop cleanly on SIGTERM (${exit.code !== null ? `exit ${exit.code}` : exit.signal}, ${stopSeconds.toFixed(2)} s):\n${app.output()}`);
    status.failures += 1;
  }
}

async function main() {
  const overall = setTimeout(() => {
    console.error('bench: took longer than the limit; stopping');
    cleanup();
    process.exit(1);
  }, OVERALL_LIMIT_MS);
  overall.unref();

  log(`node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log('building (node scripts/build.mjs)');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
  if (build.status !== 0) throw new Error(`build failed (exit ${build.status ?? build.signal})`);

  // BENCH_ONLY=casus (or http) runs one part, for working on it; the full run measures everything.
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'http') {
    await httpBenchmarks();
    await coldStart();
  }
  if (!only || only === 'casus') await casusBenchmarks();
  if (!only || only === 'indicatoren') await indicatorBenchmarks();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

try {
  await main();
} catch (error) {
  console.error(`bench: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  status.failures += 1;
} finally {
  cleanup();
}
process.exit(status.failures > 0 ? 1 : 0);
