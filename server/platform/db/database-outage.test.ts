import { randomBytes } from 'node:crypto';
import net from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import type { App } from '../http/app';
import { loadConfig } from '../config';
import { openDatabase, type Database } from './database';
import { migrate } from './migrations';
import { createTestDatabase, testBackend, type TestDatabase } from '../../testing/test-database';
import { createTestEnv, loginAs, makeOrganisation, makeUser, TestClient, TEST_PASSWORD, type TestEnv } from '../../testing/fixtures';

/**
 * The database going away under a running app: readiness says so, requests get 503 problem+json with
 * Retry-After instead of hanging or crashing, liveness stays green; on a database server the app recovers by
 * itself once the connection is back, without losing committed data.
 */
function expectUnavailable(response: LightMyRequestResponse, label: string): void {
  const where = `${label} → ${response.statusCode} ${String(response.headers['content-type'])} ${response.body.slice(0, 200)}`;
  expect(response.statusCode, where).toBe(503);
  expect(String(response.headers['content-type']), where).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(response.body);
  expect(body).toMatchObject({ status: 503, code: 'niet-beschikbaar' });
  expect(typeof body.title).toBe('string');
  expect(Number(response.headers['retry-after']), where).toBeGreaterThanOrEqual(1);
  // The answer does not echo the driver's error.
  expect(response.body).not.toMatch(/PGlite|ECONNREFUSED|terminated|closed|select/i);
}

describe.runIf(testBackend() === 'pglite')('embedded database closed under a running app', () => {
  let env: TestEnv;
  let client: TestClient;
  let cookieOnly: string;

  beforeAll(async () => {
    env = await createTestEnv();
    const organisatie = await makeOrganisation(env);
    const admin = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['functioneel-beheerder'] }], demo: true, totp: false });
    client = await loginAs(env, admin);
    cookieOnly = client.cookie!;
    expect((await client.get('/api/v1/gebruikers')).statusCode).toBe(200);
    await env.db.close();
  });
  afterAll(async () => env?.close());

  it('reports not ready with 503 JSON', async () => {
    const response = await env.app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toMatchObject({ status: 'niet-gereed', database: 'onbereikbaar' });
  });

  it('answers authenticated requests with 503 problem+json and Retry-After', async () => {
    expectUnavailable(await client.get('/api/v1/gebruikers'), 'GET /api/v1/gebruikers');
    expectUnavailable(await client.get('/api/v1/audit-log'), 'GET /api/v1/audit-log');
    expectUnavailable(await client.get('/api/v1/organisaties'), 'GET /api/v1/organisaties');
    expectUnavailable(
      await client.request({ method: 'PUT', url: '/api/v1/sessies/huidig/wachtwoord', json: { huidigWachtwoord: TEST_PASSWORD, nieuwWachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7' } }),
      'PUT /api/v1/sessies/huidig/wachtwoord',
    );
  });

  it('answers a login and a request with an unknown session with 503, not 401 or 500', async () => {
    expectUnavailable(
      await env.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: 'iemand', wachtwoord: 'iets-iets' } }),
      'POST /api/v1/sessies',
    );
    const stranger = new TestClient(env.app);
    stranger.cookie = `${cookieOnly.slice(0, -4)}xxxx`;
    expectUnavailable(await stranger.get('/api/v1/sessies/huidig'), 'GET /api/v1/sessies/huidig with an unknown token');
  });

  it('keeps the process alive: liveness 200, unknown routes still 404', async () => {
    const live = await env.app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/bestaat-niet' })).statusCode).toBe(404);
  });
});

/** A TCP proxy between the app and the database server that can be cut and restored. */
class CuttableProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    const server = net.createServer((downstream) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const socket of [downstream, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          downstream.destroy();
          upstream.destroy();
        });
      }
      downstream.pipe(upstream);
      upstream.pipe(downstream);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Stops accepting connections and kills every open one: the database is gone. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }

  /** Listens again on the same port. */
  async restore(): Promise<void> {
    await this.start();
  }

  async stop(): Promise<void> {
    await this.cut();
  }
}

async function waitFor(predicate: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await predicate()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(testBackend() === 'postgres')('database server unreachable through a cut connection', () => {
  let direct: TestDatabase;
  let appDb: Database;
  let app: App;
  let proxy: CuttableProxy;
  let env: TestEnv;
  let adminClient: TestClient;
  let createdBeforeId: string;
  let createdViaApiId: string;
  let adminName: string;

  beforeAll(async () => {
    // A fresh, migrated database; `direct` talks to the server, the app talks through the proxy.
    direct = await createTestDatabase();
    const target = new URL(direct.url!);
    proxy = new CuttableProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const viaProxy = new URL(direct.url!);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    appDb = await openDatabase({ databaseUrl: viaProxy.toString(), poolSize: 5 });
    await migrate(appDb);
    const config = loadConfig({ DATA_DIR: 'memory://', DEMO_MODE: 'true', LOG_LEVEL: 'silent' });
    const secretKey = randomBytes(32);
    app = await createApp({ db: appDb, config, secretKey, logger: false }, { serveWeb: false });
    await app.ready();
    // The fixtures write through the direct connection; the app under test only sees the proxy.
    env = { app, db: direct, config, secretKey, close: async () => undefined };

    const organisatie = await makeOrganisation(env);
    const admin = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['functioneel-beheerder'] }], demo: true, totp: false });
    adminName = admin.gebruikersnaam;
    const before = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true, totp: false });
    createdBeforeId = before.id;
    adminClient = await loginAs(env, admin);
    const created = await adminClient.post('/api/v1/gebruikers', {
      gebruikersnaam: `voor-storing-${randomBytes(3).toString('hex')}`,
      naam: 'Aangemaakt voor de storing',
      wachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7',
      rollen: ['analist'],
    });
    expect(created.statusCode, created.body).toBe(201);
    createdViaApiId = created.json().id;
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
    await appDb?.close().catch(() => undefined);
    await proxy?.stop();
    await direct?.drop();
  });

  it('reports not ready, answers 503 problem+json, stays alive, and recovers once the connection is back', async () => {
    await proxy.cut();

    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode, ready.body).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'niet-gereed', database: 'onbereikbaar' });

    const started = Date.now();
    expectUnavailable(await adminClient.get('/api/v1/gebruikers'), 'GET /api/v1/gebruikers during the outage');
    expectUnavailable(
      await app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: adminName, wachtwoord: TEST_PASSWORD } }),
      'POST /api/v1/sessies during the outage',
    );
    expectUnavailable(await adminClient.get('/api/v1/organisaties'), 'GET /api/v1/organisaties during the outage');
    // Refused connections fail fast; nobody waits for a timeout.
    expect(Date.now() - started).toBeLessThan(10_000);

    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    // Still unavailable a moment later (no half-recovered state).
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(503);

    await proxy.restore();
    await waitFor(async () => (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode === 200, 5_000);

    // A new login works, and the session from before the outage is still valid.
    const fresh = new TestClient(app);
    const login = await fresh.post('/api/v1/sessies', { gebruikersnaam: adminName, wachtwoord: TEST_PASSWORD });
    expect(login.statusCode, login.body).toBe(201);
    const list = await fresh.get('/api/v1/gebruikers');
    expect(list.statusCode, list.body).toBe(200);
    const ids = list.json().gebruikers.map((g: { id: string }) => g.id);
    expect(ids).toEqual(expect.arrayContaining([createdBeforeId, createdViaApiId]));
    const old = await adminClient.get('/api/v1/gebruikers');
    expect(old.statusCode, old.body).toBe(200);

    // Committed data is still there, as seen over a connection that never went through the proxy.
    const { rows } = await direct.query<{ id: string }>('select id from gebruikers where id = any($1::uuid[])', [[createdBeforeId, createdViaApiId]]);
    expect(rows.map((r) => r.id).sort()).toEqual([createdBeforeId, createdViaApiId].sort());
  });

  it('survives a second outage and a write right after recovery', async () => {
    await proxy.cut();
    expectUnavailable(await adminClient.get('/api/v1/gebruikers'), 'GET /api/v1/gebruikers during the second outage');
    await proxy.restore();
    await waitFor(async () => (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode === 200, 5_000);
    const created = await adminClient.post('/api/v1/gebruikers', {
      gebruikersnaam: `na-storing-${randomBytes(3).toString('hex')}`,
      naam: 'Aangemaakt na de storing',
      wachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7',
      rollen: ['medewerker'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { rows } = await direct.query('select 1 from gebruikers where id = $1', [created.json().id]);
    expect(rows).toHaveLength(1);
  });
});
