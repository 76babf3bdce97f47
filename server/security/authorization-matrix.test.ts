import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestEnv,
  loginAs,
  makeOrganisation,
  makeOrganisationWithStaff,
  makeUser,
  TestClient,
  TEST_PASSWORD,
  type TestEnv,
  type TestUser,
} from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import { rollen, type Rol } from '../identity/schemas';
import { expectProblem, fillPath, operationsOf, type Operation } from './openapi-operations';

/**
 * The authorisation matrix: every operation in the OpenAPI document against every kind of caller. The table
 * below classifies each operation; an operation that is not in it fails the test, so a new endpoint is only
 * accepted once someone has decided who may call it.
 */
type Access = 'publiek' | 'sessie' | 'actief';

interface Ids {
  /** A user of the caller's own organisation who is not the caller. */
  gebruikerId: string;
  organisatieId: string;
}

interface Expectation {
  access: Access;
  /** Roles that may call it; 'alle' = every role of an established session. */
  roles: 'alle' | readonly Rol[];
  /** Objects of another organisation must be invisible: 404, never 403. */
  object?: boolean;
  /** Path parameter values (ids of the caller's own organisation). */
  params?: (ids: Ids) => Record<string, string>;
  /** A valid request, so that a refusal cannot be explained by validation. */
  valid?: (ids: Ids) => { body?: unknown; query?: string; headers?: Record<string, string> };
}

const BEHEERDER = ['functioneel-beheerder'] as const;
const gebruikerParam = (ids: Ids) => ({ id: ids.gebruikerId });

const EXPECTATIONS: Record<string, Expectation> = {
  'GET /health/live': { access: 'publiek', roles: 'alle' },
  'GET /health/ready': { access: 'publiek', roles: 'alle' },
  'POST /api/v1/sessies': { access: 'publiek', roles: 'alle', valid: () => ({ body: { gebruikersnaam: 'iemand', wachtwoord: 'iets' } }) },
  'DELETE /api/v1/sessies': { access: 'sessie', roles: 'alle' },
  'GET /api/v1/sessies/huidig': { access: 'sessie', roles: 'alle' },
  'DELETE /api/v1/sessies/huidig': { access: 'sessie', roles: 'alle' },
  'PUT /api/v1/sessies/huidig/organisatie': { access: 'sessie', roles: 'alle', valid: (ids) => ({ body: { organisatieId: ids.organisatieId } }) },
  'POST /api/v1/sessies/huidig/tweede-factor': { access: 'sessie', roles: 'alle', valid: () => ({ body: {} }) },
  'POST /api/v1/sessies/huidig/tweede-factor/bevestiging': { access: 'sessie', roles: 'alle', valid: () => ({ body: { code: '123456' } }) },
  'PUT /api/v1/sessies/huidig/wachtwoord': {
    access: 'actief',
    roles: 'alle',
    valid: () => ({ body: { huidigWachtwoord: 'niet-het-goede', nieuwWachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7' } }),
  },
  'GET /api/v1/gebruikers': { access: 'actief', roles: BEHEERDER },
  'POST /api/v1/gebruikers': {
    access: 'actief',
    roles: BEHEERDER,
    valid: () => ({ body: { gebruikersnaam: 'matrix-nieuw', naam: 'Nieuw', wachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7', rollen: ['medewerker'] } }),
  },
  'GET /api/v1/gebruikers/{id}': { access: 'actief', roles: BEHEERDER, object: true, params: gebruikerParam },
  'PATCH /api/v1/gebruikers/{id}': {
    access: 'actief',
    roles: BEHEERDER,
    object: true,
    params: gebruikerParam,
    valid: () => ({ body: { naam: 'Overgenomen', actief: false }, headers: { 'if-match': '"1"' } }),
  },
  'POST /api/v1/gebruikers/{id}/tweede-factor-reset': { access: 'actief', roles: BEHEERDER, object: true, params: gebruikerParam, valid: () => ({ body: {} }) },
  'GET /api/v1/organisaties': { access: 'actief', roles: 'alle' },
  'GET /api/v1/organisaties/{id}': { access: 'actief', roles: 'alle', params: (ids) => ({ id: ids.organisatieId }) },
  'GET /api/v1/regios': { access: 'actief', roles: 'alle' },
  'GET /api/v1/audit-log': { access: 'actief', roles: BEHEERDER },
};

let env: TestEnv;
let operations: Operation[];
let orgA: { organisatie: Organisatie; staff: Record<Rol, TestUser> };
let orgB: { organisatie: Organisatie; staff: Record<Rol, TestUser> };
/** Objects of organisation A that other callers try to reach. */
let victimA: TestUser;
let victimB: TestUser;
let idsA: Ids;
let idsB: Ids;

beforeAll(async () => {
  env = await createTestEnv();
  operations = operationsOf(env.app);
  orgA = await makeOrganisationWithStaff(env, 'veilig-thuis');
  orgB = await makeOrganisationWithStaff(env, 'politie');
  // The victim has a confirmed second factor, so a reset would be visible (tweedeFactorIngericht → false).
  victimA = await makeUser(env, { lidmaatschappen: [{ organisatie: orgA.organisatie, rollen: ['medewerker'] }], totp: true });
  victimB = await makeUser(env, { lidmaatschappen: [{ organisatie: orgB.organisatie, rollen: ['medewerker'] }], demo: true, totp: false });
  idsA = { gebruikerId: victimA.id, organisatieId: orgA.organisatie.id };
  idsB = { gebruikerId: victimB.id, organisatieId: orgB.organisatie.id };
});
afterAll(async () => env?.close());

function expectationOf(op: Operation): Expectation {
  const expectation = EXPECTATIONS[op.key];
  if (!expectation) throw new Error(`${op.key} is not classified in the authorisation matrix`);
  return expectation;
}

function urlOf(op: Operation, ids: Ids, query?: string): string {
  const expectation = expectationOf(op);
  const path = fillPath(op.path, expectation.params?.(ids) ?? {});
  return query ? `${path}?${query}` : path;
}

/** Sends the operation's valid request (or an empty one) as this client. */
function send(client: TestClient, op: Operation, ids: Ids, extra: { body?: unknown; headers?: Record<string, string> } = {}) {
  const valid = expectationOf(op).valid?.(ids) ?? {};
  const body = 'body' in extra ? extra.body : valid.body;
  return client.request({
    method: op.method,
    url: urlOf(op, ids, valid.query),
    headers: { ...valid.headers, ...extra.headers },
    ...(body !== undefined ? { json: body } : {}),
  });
}

const label = (op: Operation, who: string) => `${op.key} as ${who}`;

describe('the expectation table', () => {
  it('classifies every operation of the OpenAPI document, and nothing that is not in it', () => {
    const keys = operations.map((op) => op.key).sort();
    expect(keys.length).toBeGreaterThan(10);
    const unclassified = keys.filter((key) => !(key in EXPECTATIONS));
    expect(unclassified, 'operations without a decision about who may call them').toEqual([]);
    const stale = Object.keys(EXPECTATIONS).filter((key) => !keys.includes(key));
    expect(stale, 'table entries for operations the API no longer has').toEqual([]);
  });

  it('agrees with the OpenAPI document about which operations have path parameters', () => {
    for (const op of operations) {
      expect(() => urlOf(op, idsA), op.key).not.toThrow();
    }
  });
});

describe('without a session', () => {
  it('answers 401 problem+json on every operation except the public ones', async () => {
    for (const op of operations) {
      const expectation = expectationOf(op);
      if (expectation.access === 'publiek') continue;
      const anonymous = new TestClient(env.app);
      expectProblem(await send(anonymous, op, idsA), 401, label(op, 'anonymous'));
    }
  });

  it('answers 401 before validating anything: invalid bodies, parameters, queries and JSON', async () => {
    for (const op of operations) {
      if (expectationOf(op).access === 'publiek') continue;
      const path = fillPath(op.path, Object.fromEntries(op.pathParams.map((p) => [p, 'geen-geldige-id'])));
      const attempts: { payload?: string; contentType?: string; url: string }[] = [
        { url: `${path}?limiet=-1&zoek=&regioId=x`, payload: JSON.stringify({ onbekend: 1, gebruikersnaam: 42, rollen: 'alles' }), contentType: 'application/json' },
        { url: path, payload: '{"niet": json', contentType: 'application/json' },
        { url: path, payload: '[1,2,3]', contentType: 'application/json' },
        { url: path, payload: 'a=b', contentType: 'application/x-www-form-urlencoded' },
        { url: path, payload: 'x'.repeat(2 * 1024 * 1024), contentType: 'application/json' },
      ];
      for (const attempt of attempts) {
        const response = await env.app.inject({
          method: op.method,
          url: attempt.url,
          ...(attempt.payload !== undefined && !['GET', 'DELETE'].includes(op.method)
            ? { payload: attempt.payload, headers: { 'content-type': attempt.contentType! } }
            : {}),
        });
        expectProblem(response, 401, `${label(op, 'anonymous')} with ${attempt.url} ${attempt.contentType ?? ''} ${attempt.payload?.slice(0, 30) ?? ''}`);
      }
    }
  });

  it('answers 401 to a forged or ended session cookie', async () => {
    const user = orgA.staff.medewerker;
    const client = await loginAs(env, user);
    const ended = client.cookie!;
    expect((await client.delete('/api/v1/sessies/huidig')).statusCode).toBe(204);
    for (const cookie of ['verzonnen-token', ended, '', 'a'.repeat(4000)]) {
      for (const op of operations) {
        if (expectationOf(op).access === 'publiek') continue;
        const forged = new TestClient(env.app);
        forged.cookie = cookie;
        forged.csrfToken = 'willekeurig';
        expectProblem(await send(forged, op, idsA), 401, `${label(op, 'forged cookie')} ${cookie.slice(0, 20)}`);
      }
    }
  });

  it('serves the public operations without a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await env.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    // Login is reachable: a wrong password is a 401 about the credentials, not about a missing session.
    const login = await env.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: 'bestaat-niet', wachtwoord: 'fout' } });
    expect(expectProblem(login, 401, 'login').code).toBe('inloggegevens-onjuist');
    const invalid = await env.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: 5 } });
    expectProblem(invalid, 400, 'login with invalid body');
  });

  it('applies the same access check when the path is percent-encoded', async () => {
    // The router decodes %61 to "a", so /%61pi/v1/organisaties is the route /api/v1/organisaties.
    const failures: string[] = [];
    for (const op of operations) {
      if (expectationOf(op).access === 'publiek' || !op.path.startsWith('/api/')) continue;
      const url = urlOf(op, idsA).replace(/^\/api\//, '/%61pi/');
      const valid = expectationOf(op).valid?.(idsA) ?? {};
      const response = await env.app.inject({ method: op.method, url, ...(valid.body !== undefined ? { payload: valid.body as object } : {}) });
      if (response.statusCode !== 401) failures.push(`${op.method} ${url} → ${response.statusCode} ${response.body.slice(0, 80)}`);
    }
    expect(failures.join('\n'), 'operations reachable without a session through an encoded path').toBe('');
  });

  it('refuses a cross-site login also when the path is percent-encoded', async () => {
    const user = orgA.staff.medewerker;
    for (const url of ['/api/v1/sessies', '/%61pi/v1/sessies', '/api/v1/%73essies']) {
      const response = await env.app.inject({
        method: 'POST',
        url,
        headers: { 'sec-fetch-site': 'cross-site', origin: 'https://kwaadwillend.example' },
        payload: { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord },
      });
      expectProblem(response, 403, `cross-site login via ${url}`);
      expect(response.headers['set-cookie'], url).toBeUndefined();
    }
  });
});

describe('sessions that are not yet established', () => {
  it("refuse the 'actief' operations until an organisation is chosen, and allow the 'sessie' ones", async () => {
    const user = await makeUser(env, {
      lidmaatschappen: [
        { organisatie: orgA.organisatie, rollen: ['functioneel-beheerder'] },
        { organisatie: orgB.organisatie, rollen: ['functioneel-beheerder'] },
      ],
      demo: true,
      totp: false,
    });
    const client = await loginAs(env, user);
    expect((await client.get('/api/v1/sessies/huidig')).json().status).toBe('organisatie-kiezen');
    for (const op of operations) {
      const expectation = expectationOf(op);
      if (expectation.access !== 'actief') continue;
      const body = expectProblem(await send(client, op, idsA), 403, label(op, 'session choosing an organisation'));
      expect(body.code, op.key).toBe('organisatie-kiezen');
    }
    expect((await client.get('/api/v1/sessies/huidig')).statusCode).toBe(200);
    expect((await client.put('/api/v1/sessies/huidig/organisatie', { organisatieId: orgA.organisatie.id })).statusCode).toBe(200);
  });
});

describe('objects of another organisation', () => {
  async function snapshot(): Promise<unknown> {
    const { rows: gebruiker } = await env.db.query('select * from gebruikers where id = $1', [victimA.id]);
    const { rows: lidmaatschappen } = await env.db.query('select * from lidmaatschappen where gebruiker_id = $1 order by organisatie_id', [victimA.id]);
    return { gebruiker, lidmaatschappen };
  }

  it('are not found (404, not 403) by the functional administrator of another organisation, and stay unchanged', async () => {
    const ownAdmin = await loginAs(env, orgA.staff['functioneel-beheerder']);
    const own = await ownAdmin.get(`/api/v1/gebruikers/${victimA.id}`);
    expect(own.statusCode).toBe(200);
    const etag = String(own.headers.etag);
    const before = await snapshot();
    expect(own.json().tweedeFactorIngericht).toBe(true);

    const intruder = await loginAs(env, orgB.staff['functioneel-beheerder']);
    const objectOps = operations.filter((op) => expectationOf(op).object);
    expect(objectOps.map((op) => op.key).sort()).toEqual([
      'GET /api/v1/gebruikers/{id}',
      'PATCH /api/v1/gebruikers/{id}',
      'POST /api/v1/gebruikers/{id}/tweede-factor-reset',
    ]);
    for (const op of objectOps) {
      // The intruder aims at organisation A's user, with A's current version in If-Match.
      const response = await send(intruder, op, idsA, { headers: { 'if-match': etag } });
      const body = expectProblem(response, 404, label(op, "another organisation's administrator"));
      expect(body.code).toBe('niet-gevonden');
      // The same answer as for an id that does not exist at all: existence does not leak.
      const unknown = await send(intruder, op, { ...idsA, gebruikerId: '00000000-0000-4000-8000-000000000000' }, { headers: { 'if-match': etag } });
      expectProblem(unknown, 404, label(op, 'administrator, unknown id'));
      expect(JSON.parse(unknown.body).detail).toBe(body.detail);
    }
    expect(await snapshot()).toEqual(before);
    const after = await ownAdmin.get(`/api/v1/gebruikers/${victimA.id}`);
    expect(after.json()).toEqual(own.json());
    expect(after.headers.etag).toBe(etag);

    // Sanity: on its own organisation's user the intruder's requests do work, so the 404s above are about scope.
    const ownB = await intruder.get(`/api/v1/gebruikers/${victimB.id}`);
    expect(ownB.statusCode).toBe(200);
  });

  it('are not reachable for the other organisation through a user who belongs to both', async () => {
    const both = await makeUser(env, {
      lidmaatschappen: [
        { organisatie: orgA.organisatie, rollen: ['medewerker'] },
        { organisatie: orgB.organisatie, rollen: ['analist'] },
      ],
      demo: true,
      totp: false,
    });
    const adminB = await loginAs(env, orgB.staff['functioneel-beheerder']);
    const seen = await adminB.get(`/api/v1/gebruikers/${both.id}`);
    expect(seen.statusCode).toBe(200);
    // B's administrator sees and changes only B's membership.
    expect(seen.json().rollen).toEqual(['analist']);
    const changed = await adminB.request({ method: 'PATCH', url: `/api/v1/gebruikers/${both.id}`, json: { rollen: ['medewerker'], actief: false }, headers: { 'if-match': String(seen.headers.etag) } });
    expect(changed.statusCode).toBe(200);
    const adminA = await loginAs(env, orgA.staff['functioneel-beheerder']);
    const inA = await adminA.get(`/api/v1/gebruikers/${both.id}`);
    expect(inA.json()).toMatchObject({ rollen: ['medewerker'] });
    const { rows } = await env.db.query<{ actief: boolean }>('select actief from lidmaatschappen where gebruiker_id = $1 and organisatie_id = $2', [both.id, orgA.organisatie.id]);
    expect(rows[0]?.actief).toBe(true);
  });
});

describe('role-restricted operations', () => {
  const otherRoles = rollen.filter((rol) => rol !== 'functioneel-beheerder');

  it('answer 403 to every role other than functioneel-beheerder, and change nothing', async () => {
    const restricted = operations.filter((op) => expectationOf(op).roles !== 'alle');
    expect(restricted.map((op) => op.key)).toEqual(expect.arrayContaining(['GET /api/v1/audit-log', 'POST /api/v1/gebruikers']));
    for (const op of operations.filter((o) => o.path.startsWith('/api/v1/gebruikers'))) {
      expect(expectationOf(op).roles, `${op.key} must be for administrators only`).toEqual(BEHEERDER);
    }
    const { rows: beforeRows } = await env.db.query('select id, naam, actief, versie from gebruikers order by id');
    for (const rol of otherRoles) {
      const client = await loginAs(env, orgA.staff[rol]);
      for (const op of restricted) {
        const body = expectProblem(await send(client, op, idsA), 403, label(op, rol));
        expect(body.code, label(op, rol)).toBe('geen-toegang');
      }
      // Still logged in: the refusals did not cost the session.
      expect((await client.get('/api/v1/sessies/huidig')).statusCode).toBe(200);
    }
    const { rows: afterRows } = await env.db.query('select id, naam, actief, versie from gebruikers order by id');
    expect(afterRows).toEqual(beforeRows);
  });

  it('are allowed for the functional administrator, and the open reads for every role', async () => {
    const reads = operations.filter((op) => op.method === 'GET' && expectationOf(op).access === 'actief');
    for (const rol of rollen) {
      const client = await loginAs(env, orgA.staff[rol]);
      for (const op of reads) {
        const allowed = expectationOf(op).roles === 'alle' || (expectationOf(op).roles as readonly Rol[]).includes(rol);
        const response: LightMyRequestResponse = await send(client, op, idsA);
        expect(response.statusCode, `${label(op, rol)}: ${response.body.slice(0, 200)}`).toBe(allowed ? 200 : 403);
      }
    }
  });
});

describe("the functional administrator's view", () => {
  it('lists only users of the own organisation, with or without a search term', async () => {
    const adminA = await loginAs(env, orgA.staff['functioneel-beheerder']);
    const { rows } = await env.db.query<{ gebruiker_id: string; organisatie_id: string }>('select gebruiker_id, organisatie_id from lidmaatschappen');
    const membersA = new Set(rows.filter((r) => r.organisatie_id === orgA.organisatie.id).map((r) => r.gebruiker_id));
    const onlyB = Object.values(orgB.staff).map((u) => u.id).concat(victimB.id);
    for (const zoek of [undefined, 'gebruiker', 'Test', 'e', '%', '_', orgB.staff.medewerker.gebruikersnaam]) {
      const response = await adminA.get(`/api/v1/gebruikers${zoek ? `?zoek=${encodeURIComponent(zoek)}` : ''}`);
      expect(response.statusCode).toBe(200);
      const ids: string[] = response.json().gebruikers.map((g: { id: string }) => g.id);
      for (const id of ids) expect(membersA.has(id), `user ${id} listed for ${String(zoek)} is not a member of A`).toBe(true);
      for (const id of onlyB) expect(ids).not.toContain(id);
      if (zoek === undefined) {
        expect(ids).toEqual(expect.arrayContaining([...Object.values(orgA.staff).map((u) => u.id), victimA.id]));
      }
    }
  });

  it("reads an audit log with entries of the own organisation only", async () => {
    const adminB = await loginAs(env, orgB.staff['functioneel-beheerder']);
    await adminB.get('/api/v1/gebruikers');
    const adminA = await loginAs(env, orgA.staff['functioneel-beheerder']);
    await adminA.get('/api/v1/gebruikers');
    const response = await adminA.get('/api/v1/audit-log?limiet=200');
    expect(response.statusCode).toBe(200);
    const items: { organisatieId: string | null }[] = response.json().items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.organisatieId).toBe(orgA.organisatie.id);
  });

  it('creates users only in the own organisation, whatever the body says', async () => {
    const adminA = await loginAs(env, orgA.staff['functioneel-beheerder']);
    const extra = await makeOrganisation(env);
    const created = await adminA.post('/api/v1/gebruikers', {
      gebruikersnaam: `matrix-${Date.now()}`,
      naam: 'Nieuw',
      wachtwoord: TEST_PASSWORD,
      rollen: ['medewerker'],
      organisatieId: extra.id,
    });
    if (created.statusCode === 201) {
      const { rows } = await env.db.query<{ organisatie_id: string }>('select organisatie_id from lidmaatschappen where gebruiker_id = $1', [created.json().id]);
      expect(rows.map((r) => r.organisatie_id)).toEqual([orgA.organisatie.id]);
    } else {
      expectProblem(created, created.statusCode, 'create user with an extra field');
      expect(created.statusCode).toBeLessThan(500);
    }
  });
});
