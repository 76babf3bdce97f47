// npm run bench: measures, in one run on this machine (loopback only, everything bounded in time):
//   (a) requests/s and p99 latency at 50 connections of GET /api/v1/sessies/huidig on the real server
//       (logged in as a demo account), side by side with a bare Fastify route (bench/bare-server.ts),
//       measured in interleaved halves so that other load on the machine weighs on both alike;
//   (b) the real server's peak resident memory over that run (VmHWM);
//   (c) the cold start of `npm start` (node scripts/start.mjs) with a new, empty DATA_DIR until
//       GET /health/ready answers 200, and that it stops on SIGTERM.
// Prints `BENCH <name> <value> <unit>` lines, with context lines starting with `#`.
// Settings: BENCH_DURATION (seconds per measurement, default 10), BENCH_CONNECTIONS (default 50).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP_SECONDS = 5;
const OVERALL_LIMIT_MS = 6 * 60_000;
const DEMO_LOGIN = { gebruikersnaam: 'vt.medewerker', wachtwoord: 'Samenloop-Demo-2026' };

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let failures = 0;

const log = (line: string) => console.log(`# ${line}`);
const bench = (name: string, value: number, unit: string, digits = 1) =>
  console.log(`BENCH ${name} ${value.toFixed(digits)} ${unit}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a child in its own process group (so all of it can be killed), keeping the last of its output. */
function start(name: string, args: string[], env: Record<string, string | undefined>): Spawned {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
    child.on('error', (error) => {
      tail += `\n[${name}: ${error.message}]`;
      children.delete(child);
      resolve({ code: 127, signal: null });
    });
  });
  return { child, output: () => tail, exited };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM, then SIGKILL to the whole group after graceMs. Resolves with how it exited. */
async function stop(spawned: Spawned, graceMs = 10_000) {
  killGroup(spawned.child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(spawned.child, 'SIGKILL'), graceMs);
  const result = await spawned.exited;
  clearTimeout(timer);
  return result;
}

function cleanup() {
  for (const child of children) killGroup(child, 'SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** Polls url until it answers 200; throws after timeoutMs or when the process exits first. */
async function waitReady(url: string, spawned: Spawned, timeoutMs: number, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void spawned.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`process exited before ${url} was ready:\n${spawned.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(intervalMs);
  }
  throw new Error(`${url} not ready within ${timeoutMs / 1000} s:\n${spawned.output()}`);
}

function peakRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 10, headers });
}

function describe(label: string, r: Result) {
  log(
    `${label}: ${r.requests.average.toFixed(0)} req/s (min ${r.requests.min}, max ${r.requests.max}), ` +
      `latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
      `${r['2xx']} 2xx, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`,
  );
  if (r.non2xx > 0 || r.errors > 0 || r['2xx'] === 0) {
    log(`WARNING ${label}: not every response was a 2xx; the figures are not valid`);
    failures += 1;
  }
}

/** Environment for the children: this one minus anything that would point them at a database server. */
function childEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.NODE_OPTIONS;
  return { ...env, ...extra };
}

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
    failures += 1;
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
    failures += 1;
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

  await httpBenchmarks();
  await coldStart();
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
  failures += 1;
} finally {
  cleanup();
}
process.exit(failures > 0 ? 1 : 0);
