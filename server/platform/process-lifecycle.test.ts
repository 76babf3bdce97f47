import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-region';

/**
 * The server as a real process on an embedded database on disk: it starts from nothing, drains on SIGTERM,
 * and a hard kill loses nothing that was committed.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'samenloop-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function startServer(): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', DEMO_MODE: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/draait op (http:\/\/localhost:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!.replace('localhost', '127.0.0.1'), output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

async function loginAsAdmin(url: string) {
  const response = await fetch(`${url}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: 'beheer.vt', wachtwoord: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(201);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('the server process', () => {
  it('starts on a new embedded database, keeps committed data through kill -9, and drains on SIGTERM', async () => {
    const first = await startServer();
    expect(first.output()).toMatch(/beheer\.vt/);
    const ready = await fetch(`${first.url}/health/ready`);
    expect(ready.status).toBe(200);

    const admin = await loginAsAdmin(first.url);
    const created = await fetch(`${first.url}/api/v1/gebruikers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      body: JSON.stringify({ gebruikersnaam: 'blijft.bestaan', naam: 'Blijft Bestaan', wachtwoord: 'Duurzaam-Wachtwoord-42', rollen: ['medewerker'] }),
    });
    expect(created.status).toBe(201);

    const killed = exited(first.child);
    first.child.kill('SIGKILL');
    expect((await killed).signal).toBe('SIGKILL');

    const second = await startServer();
    const again = await loginAsAdmin(second.url);
    const list = await fetch(`${second.url}/api/v1/gebruikers`, { headers: { cookie: again.cookie } });
    const { gebruikers } = (await list.json()) as { gebruikers: { gebruikersnaam: string }[] };
    expect(gebruikers.map((g) => g.gebruikersnaam)).toContain('blijft.bestaan');

    // SIGTERM while a request is in flight: the request completes, then the process exits 0.
    const inFlight = fetch(`${second.url}/api/v1/sessies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gebruikersnaam: 'vt.medewerker', wachtwoord: DEMO_PASSWORD }),
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const stopped = exited(second.child);
    second.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(201);
    expect((await stopped).code, second.output()).toBe(0);
  }, 180_000);
});
