// Shared plumbing of the benchmarks: child processes in their own process group, readiness polling,
// free ports, temporary directories, peak memory, and the BENCH output format.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const HOST = '127.0.0.1';
export const DURATION = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const WARMUP_SECONDS = 5;
export const DEMO_LOGIN = { gebruikersnaam: 'vt.medewerker', wachtwoord: 'Samenloop-Demo-2026' };

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
export const status = { failures: 0 };

export const log = (line: string) => console.log(`# ${line}`);
export const bench = (name: string, value: number, unit: string, digits = 1) =>
  console.log(`BENCH ${name} ${value.toFixed(digits)} ${unit}`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

export async function freePort(): Promise<number> {
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

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a child in its own process group (so all of it can be killed), keeping the last of its output. */
export function start(name: string, args: string[], env: Record<string, string | undefined>): Spawned {
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

export function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
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
export async function stop(spawned: Spawned, graceMs = 10_000) {
  killGroup(spawned.child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(spawned.child, 'SIGKILL'), graceMs);
  const result = await spawned.exited;
  clearTimeout(timer);
  return result;
}

export function cleanup() {
  for (const child of children) killGroup(child, 'SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** Polls url until it answers 200; throws after timeoutMs or when the process exits first. */
export async function waitReady(url: string, spawned: Spawned, timeoutMs: number, intervalMs = 50): Promise<void> {
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

export function peakRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 10, headers });
}

export function describe(label: string, r: Result) {
  log(
    `${label}: ${r.requests.average.toFixed(0)} req/s (min ${r.requests.min}, max ${r.requests.max}), ` +
      `latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
      `${r['2xx']} 2xx, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`,
  );
  if (r.non2xx > 0 || r.errors > 0 || r['2xx'] === 0) {
    log(`WARNING ${label}: not every response was a 2xx; the figures are not valid`);
    status.failures += 1;
  }
}

/** Environment for the children: this one minus anything that would point them at a database server. */
export function childEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.NODE_OPTIONS;
  return { ...env, ...extra };
}

