import { randomBytes } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createApp } from '../app';
import type { App } from '../platform/http/app';
import { loadConfig, type Config } from '../platform/config';
import { seal } from '../platform/secret-box';
import { ensureRegion, insertOrganisation } from '../organisations/organisations.storage';
import type { Organisatie, OrganisatieSoort } from '../organisations/schemas';
import { rollen, type Rol } from '../identity/schemas';
import { hashPassword } from '../identity/password-hashing';
import { confirmTotp, insertUser, setTotpSecret, upsertMembership } from '../identity/users.storage';
import { newTotpSecret, totpCode } from '../identity/totp';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * Fixture factories in the manner of Medplum's tests: a real app on a real, fresh database,
 * organisations and users made to measure, and a logged-in HTTP client per user.
 */
export const TEST_PASSWORD = 'Correct-Paard-Batterij-Niet';

export interface TestEnv {
  app: App;
  db: TestDatabase;
  config: Config;
  secretKey: Buffer;
  close(): Promise<void>;
}

export async function createTestEnv(env: Record<string, string> = {}): Promise<TestEnv> {
  const db = await createTestDatabase();
  const config = loadConfig({ DATA_DIR: 'memory://', DEMO_MODE: 'true', LOG_LEVEL: 'silent', ...env });
  const secretKey = randomBytes(32);
  const app = await createApp({ db, config, secretKey, logger: false }, { serveWeb: false });
  await app.ready();
  return {
    app,
    db,
    config,
    secretKey,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export async function makeOrganisation(env: TestEnv, input: { soort?: OrganisatieSoort; naam?: string; regio?: string } = {}): Promise<Organisatie> {
  const regio = await ensureRegion(env.db, input.regio ?? 'test-regio', input.regio ?? 'Testregio');
  return insertOrganisation(env.db, { naam: input.naam ?? unique('Organisatie'), soort: input.soort ?? 'veilig-thuis', regioId: regio.id });
}

export interface TestUser {
  id: string;
  gebruikersnaam: string;
  wachtwoord: string;
  /** Base32 TOTP secret when the user has a confirmed second factor. */
  totpSecret: string | null;
}

export async function makeUser(
  env: TestEnv,
  input: {
    lidmaatschappen: { organisatie: Organisatie; rollen: Rol[] }[];
    demo?: boolean;
    /** Enrol a confirmed second factor (default: true for non-demo users). */
    totp?: boolean;
    gebruikersnaam?: string;
  },
): Promise<TestUser> {
  const gebruikersnaam = input.gebruikersnaam ?? unique('gebruiker');
  const demo = input.demo ?? false;
  const user = await insertUser(env.db, {
    gebruikersnaam,
    naam: `Test ${gebruikersnaam}`,
    eMail: null,
    passwordHash: await hashPassword(TEST_PASSWORD),
    demo,
  });
  for (const lid of input.lidmaatschappen) await upsertMembership(env.db, user.id, lid.organisatie.id, lid.rollen);
  let totpSecret: string | null = null;
  if (input.totp ?? !demo) {
    totpSecret = newTotpSecret();
    await setTotpSecret(env.db, user.id, seal(env.secretKey, totpSecret));
    // Step 0: any real code is later than this, so the first login's code is accepted.
    await confirmTotp(env.db, user.id, 0);
  }
  return { id: user.id, gebruikersnaam, wachtwoord: TEST_PASSWORD, totpSecret };
}

/** An HTTP client bound to one session: sends its cookie and CSRF token like the web app does. */
export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly app: App) {}

  async request(options: InjectOptions & { json?: unknown }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    if (this.cookie) headers.cookie = `samenloop_sessie=${this.cookie}`;
    if (this.csrfToken && !['GET', 'HEAD'].includes(method) && headers['x-csrf-token'] === undefined) headers['x-csrf-token'] = this.csrfToken;
    const { json, ...rest } = options;
    const response = await this.app.inject({ ...rest, method: method as InjectOptions['method'], headers, ...(json !== undefined ? { payload: json as object } : {}) });
    const setCookie = response.cookies.find((c) => c.name === 'samenloop_sessie');
    if (setCookie) this.cookie = setCookie.value || undefined;
    const body = String(response.headers['content-type'] ?? '').includes('json') ? safeJson(response.body) : undefined;
    const csrf = (body as { csrfToken?: string; sessie?: { csrfToken?: string } } | undefined);
    if (csrf?.csrfToken) this.csrfToken = csrf.csrfToken;
    if (csrf?.sessie?.csrfToken) this.csrfToken = csrf.sessie.csrfToken;
    return response;
  }

  get = (url: string, headers?: Record<string, string>) => this.request({ method: 'GET', url, ...(headers ? { headers } : {}) });
  post = (url: string, json?: unknown, headers?: Record<string, string>) => this.request({ method: 'POST', url, json: json ?? {}, ...(headers ? { headers } : {}) });
  put = (url: string, json?: unknown, headers?: Record<string, string>) => this.request({ method: 'PUT', url, json: json ?? {}, ...(headers ? { headers } : {}) });
  patch = (url: string, json?: unknown, headers?: Record<string, string>) => this.request({ method: 'PATCH', url, json: json ?? {}, ...(headers ? { headers } : {}) });
  delete = (url: string, headers?: Record<string, string>) => this.request({ method: 'DELETE', url, ...(headers ? { headers } : {}) });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Logs a user in (with a fresh TOTP code when enrolled) and returns the client; fails the test on any other outcome. */
export async function loginAs(env: TestEnv, user: TestUser, extra: { organisatieId?: string } = {}): Promise<TestClient> {
  const client = new TestClient(env.app);
  const response = await client.post('/api/v1/sessies', {
    gebruikersnaam: user.gebruikersnaam,
    wachtwoord: user.wachtwoord,
    ...(user.totpSecret ? { code: totpCode(user.totpSecret, new Date()) } : {}),
    ...extra,
  });
  if (response.statusCode !== 201) throw new Error(`login of ${user.gebruikersnaam} failed: ${response.statusCode} ${response.body}`);
  return client;
}

/** One organisation with a user per role, the usual cast of an authorisation test. */
export async function makeOrganisationWithStaff(env: TestEnv, soort: OrganisatieSoort = 'veilig-thuis') {
  const organisatie = await makeOrganisation(env, { soort });
  const roles: Rol[] = [...rollen];
  const staff = {} as Record<Rol, TestUser>;
  for (const rol of roles) staff[rol] = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false });
  return { organisatie, staff };
}
