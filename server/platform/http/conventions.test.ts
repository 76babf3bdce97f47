import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisationWithStaff, TestClient, type TestEnv, type TestUser } from '../../testing/fixtures';
import type { Rol } from '../../identity/schemas';
import { API_VERSION } from './security-headers';
import { describeResponse, expectProblem, isProblem, openApiDocument, registeredRoutes, toOpenApiPath } from '../../security/openapi-operations';

/**
 * The API conventions every response keeps (Dutch API Design Rules and our own): problem+json errors, the
 * API-Version header, security headers, request ids, no caching of API answers, no redirects, no leaked internals,
 * and an OpenAPI document that describes every route.
 */
let env: TestEnv;
let staff: Record<Rol, TestUser>;
let admin: TestClient;
let medewerker: TestClient;

beforeAll(async () => {
  env = await createTestEnv();
  ({ staff } = await makeOrganisationWithStaff(env));
  admin = await loginAs(env, staff['functioneel-beheerder']);
  medewerker = await loginAs(env, staff.medewerker);
});
afterAll(async () => env?.close());

const anonymous = (options: InjectOptions): Promise<LightMyRequestResponse> => env.app.inject(options);

/** A spread of responses: successes, every kind of error we can provoke, API, health and unknown routes. */
async function provokedResponses(): Promise<{ label: string; response: LightMyRequestResponse }[]> {
  const cases: [string, () => Promise<LightMyRequestResponse>][] = [
    ['API 200', () => admin.get('/api/v1/sessies/huidig')],
    ['API 200 list', () => admin.get('/api/v1/gebruikers')],
    ['API 201 login', () => anonymous({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: staff.analist.gebruikersnaam, wachtwoord: staff.analist.wachtwoord } })],
    ['health live', () => anonymous({ method: 'GET', url: '/health/live' })],
    ['health ready', () => anonymous({ method: 'GET', url: '/health/ready' })],
    ['OpenAPI', () => anonymous({ method: 'GET', url: '/api/v1/openapi.json' })],
    ['404 API', () => anonymous({ method: 'GET', url: '/api/v1/bestaat-niet' })],
    ['404 API POST', () => admin.post('/api/v1/bestaat-niet', {})],
    ['404 outside the API', () => anonymous({ method: 'GET', url: '/bestaat/niet' })],
    ['404 trailing slash', () => admin.get('/api/v1/sessies/huidig/')],
    ['404 unknown method', () => anonymous({ method: 'PATCH', url: '/health/live' })],
    ['400 invalid JSON', () => anonymous({ method: 'POST', url: '/api/v1/sessies', payload: '{"gebruikersnaam": ', headers: { 'content-type': 'application/json' } })],
    ['400 empty JSON', () => anonymous({ method: 'POST', url: '/api/v1/sessies', payload: '', headers: { 'content-type': 'application/json' } })],
    ['400 validation', () => admin.post('/api/v1/gebruikers', { gebruikersnaam: '!', rollen: ['koning'] })],
    ['400 query', () => admin.get('/api/v1/audit-log?limiet=9999')],
    ['400 path param', () => admin.get('/api/v1/gebruikers/geen-uuid')],
    ['401', () => anonymous({ method: 'GET', url: '/api/v1/gebruikers' })],
    ['401 login', () => anonymous({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: 'niemand', wachtwoord: 'fout' } })],
    ['403 role', () => medewerker.get('/api/v1/audit-log')],
    ['403 CSRF', () => medewerker.request({ method: 'DELETE', url: '/api/v1/sessies/huidig', headers: { 'x-csrf-token': 'fout' } })],
    ['403 cross-site', () => anonymous({ method: 'POST', url: '/api/v1/sessies', headers: { 'sec-fetch-site': 'cross-site' }, payload: {} })],
    ['404 object', () => admin.get('/api/v1/gebruikers/00000000-0000-4000-8000-000000000000')],
    ['413', () => anonymous({ method: 'POST', url: '/api/v1/sessies', payload: JSON.stringify({ gebruikersnaam: 'x'.repeat(1024 * 1024) }), headers: { 'content-type': 'application/json' } })],
    ['415', () => anonymous({ method: 'POST', url: '/api/v1/sessies', payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })],
    ['428', () => admin.patch(`/api/v1/gebruikers/${staff.analist.id}`, { naam: 'X' })],
    ['409', () => admin.request({ method: 'PATCH', url: `/api/v1/gebruikers/${staff.analist.id}`, json: { naam: 'X' }, headers: { 'if-match': '"999"' } })],
  ];
  const out: { label: string; response: LightMyRequestResponse }[] = [];
  for (const [label, run] of cases) out.push({ label, response: await run() });
  return out;
}

/** Errors raised by the router itself, before any route or hook: a malformed escape, an over-long parameter. */
async function routerLevelErrors(): Promise<{ label: string; response: LightMyRequestResponse }[]> {
  return [
    { label: 'malformed percent-encoding', response: await admin.get('/api/v1/gebruikers/%E0%A4%A') },
    { label: 'lone percent sign', response: await anonymous({ method: 'GET', url: '/api/v1/organisaties/%' }) },
    { label: 'over-long path parameter', response: await admin.get(`/api/v1/gebruikers/${'a'.repeat(500)}`) },
  ];
}

const SECURITY_HEADERS: Record<string, string | RegExp> = {
  'content-security-policy': /default-src 'self'.*frame-ancestors 'none'/,
  'strict-transport-security': /^max-age=\d{7,}/,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

function checkHeaders(label: string, response: LightMyRequestResponse, path: string): void {
  const where = `${label} → ${describeResponse(response)}`;
  expect(response.headers['api-version'], where).toBe(API_VERSION);
  expect(response.headers['x-request-id'], where).toMatch(/^[0-9a-f-]{36}$/);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (typeof value === 'string') expect(response.headers[name], `${where} (${name})`).toBe(value);
    else expect(String(response.headers[name]), `${where} (${name})`).toMatch(value);
  }
  if (path.startsWith('/api/') && !path.startsWith('/api/v1/openapi.json')) {
    expect(response.headers['cache-control'], `${where} (cache-control)`).toBe('no-store');
  }
}

const leakPatterns: [string, RegExp][] = [
  ['stack frame', /\n\s+at /],
  ['stack frame', /\bat [\w.<>]+ \(/],
  ['source path', /\.(ts|js|mjs):\d+/],
  ['node_modules', /node_modules/],
  ['SQL select', /\bselect\b[\s\S]*\bfrom\b/i],
  ['SQL insert', /\binsert\s+into\b/i],
  ['SQL update', /\bupdate\s+\w+\s+set\b/i],
  ['SQL delete', /\bdelete\s+from\b/i],
  ['SQL error', /syntax error at or near|violates \w+ constraint|relation "|column "|invalid byte sequence/i],
];

describe('unknown routes', () => {
  it('answer 404 problem+json, inside and outside the API, for any method', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/bestaat-niet'],
      ['POST', '/api/v1/bestaat-niet'],
      ['DELETE', '/api/v2/sessies'],
      ['GET', '/api'],
      ['GET', '/'],
      ['GET', '/bestaat/niet.js'],
      ['PUT', '/health/live'],
    ] as const) {
      const body = expectProblem(await anonymous({ method, url }), 404, `${method} ${url}`);
      expect(body.code).toBe('niet-gevonden');
    }
  });

  it('include a trailing slash: 404, not a redirect, also without a session', async () => {
    for (const client of [admin, new TestClient(env.app)]) {
      const response = await client.get('/api/v1/sessies/huidig/');
      expectProblem(response, 404, 'GET /api/v1/sessies/huidig/');
      expect(response.headers.location).toBeUndefined();
    }
    for (const url of ['/health/live/', '/api/v1/regios/', '/api/v1/sessies/huidig/organisatie/']) {
      const response = await admin.get(url);
      expectProblem(response, 404, url);
      expect(response.headers.location, url).toBeUndefined();
    }
    // Where a parameter follows, the slash is that parameter left empty: an invalid id, still no redirect.
    for (const url of ['/api/v1/organisaties/', '/api/v1/gebruikers/']) {
      const response = await admin.get(url);
      expect([400, 404], url).toContain(response.statusCode);
      expect(isProblem(response), url).toBe(true);
      expect(response.headers.location, url).toBeUndefined();
    }
  });
});

describe('headers on every response', () => {
  it('carry API-Version, x-request-id and the security headers; API answers are not cached', async () => {
    const responses = await provokedResponses();
    const statuses = new Set(responses.map((r) => r.response.statusCode));
    // The spread really covers successes and each kind of client error.
    for (const status of [200, 201, 400, 401, 403, 404, 409, 413, 415, 428]) expect(statuses, `status ${status} provoked`).toContain(status);
    for (const { label, response } of responses) {
      const path = label.startsWith('health') ? '/health/' : label === 'OpenAPI' ? '/api/v1/openapi.json' : label.includes('outside') || label.includes('unknown method') ? '/' : '/api/';
      checkHeaders(label, response, path);
    }
  });

  it('gives every response its own request id', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add(String((await anonymous({ method: 'GET', url: '/health/live' })).headers['x-request-id']));
    expect(ids.size).toBe(5);
    // A request id sent by the client is not echoed (it could be used to forge log correlation).
    const forged = await anonymous({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'door-de-client-gekozen' } });
    expect(forged.headers['x-request-id']).not.toBe('door-de-client-gekozen');
  });

  it('are also on the errors the router raises itself, which are problem+json like every other error', async () => {
    for (const { label, response } of await routerLevelErrors()) {
      const where = `${label} → ${describeResponse(response)}`;
      expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, where).toBeLessThan(500);
      expect(isProblem(response), where).toBe(true);
      expect(JSON.parse(response.body).status, where).toBe(response.statusCode);
      checkHeaders(label, response, '/api/');
    }
  });
});

describe('errors', () => {
  it('are problem+json with a numeric status equal to the HTTP status, a title and a type', async () => {
    for (const { label, response } of await provokedResponses()) {
      if (response.statusCode < 400) continue;
      const body = expectProblem(response, response.statusCode, label);
      expect(body.type, label).toMatch(/^https?:\/\//);
    }
  });

  it('answer an invalid JSON body with 400 naming the body', async () => {
    for (const [client, url, method] of [
      [undefined, '/api/v1/sessies', 'POST'],
      [admin, '/api/v1/gebruikers', 'POST'],
      [admin, `/api/v1/gebruikers/${staff.analist.id}`, 'PATCH'],
    ] as const) {
      for (const payload of ['{"a": ', '{a: 1}', "{'a': 1}", '[1, 2', 'nul', '{"a": 1} extra', '']) {
        const options = { method, url, payload, headers: { 'content-type': 'application/json', 'if-match': '"1"' } } as const;
        const response = client ? await client.request(options) : await anonymous(options);
        const body = expectProblem(response, 400, `${method} ${url} with ${JSON.stringify(payload)}`) as { invalidParams?: { name: string }[] };
        expect(body.invalidParams?.map((p) => p.name), payload).toContain('body');
      }
    }
  });

  it('name every invalid field in invalidParams', async () => {
    const response = await admin.post('/api/v1/gebruikers', { gebruikersnaam: '!', naam: '', wachtwoord: 5, rollen: ['koning'] });
    const body = expectProblem(response, 400, 'create user with four bad fields') as { invalidParams: { name: string; reason: string }[] };
    expect(body.invalidParams.map((p) => p.name)).toEqual(expect.arrayContaining(['gebruikersnaam', 'naam', 'wachtwoord']));
    for (const param of body.invalidParams) expect(param.reason.length).toBeGreaterThan(0);
    const query = expectProblem(await admin.get('/api/v1/audit-log?limiet=0'), 400, 'audit-log limiet=0') as { invalidParams: { name: string }[] };
    expect(query.invalidParams.map((p) => p.name)).toEqual(['querystring.limiet']);
    const params = expectProblem(await admin.get('/api/v1/gebruikers/geen-uuid'), 400, 'user id not a uuid') as { invalidParams: { name: string }[] };
    expect(params.invalidParams.map((p) => p.name)).toEqual(['params.id']);
  });

  it('never contain a stack trace, source paths or SQL', async () => {
    const responses = [
      ...(await provokedResponses()),
      // Inputs that reach the database in odd shapes; whatever the status, the body must not echo internals.
      { label: 'NUL in login', response: await anonymous({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: 'a\u0000b', wachtwoord: 'x' } }) },
      { label: 'NUL in search', response: await admin.get('/api/v1/gebruikers?zoek=%00') },
      { label: 'quote in search', response: await admin.get(`/api/v1/gebruikers?zoek=${encodeURIComponent("'; select 1; --")}`) },
      { label: 'huge offset', response: await admin.get('/api/v1/audit-log?voor=99999999999999999999') },
      ...(await routerLevelErrors()),
    ];
    for (const { label, response } of responses) {
      if (response.statusCode < 400) continue;
      for (const [what, pattern] of leakPatterns) {
        expect(pattern.test(response.body), `${label}: ${what} in ${response.body.slice(0, 300)}`).toBe(false);
      }
    }
  });
});

describe('the OpenAPI document', () => {
  it('is served without authentication as OpenAPI 3.x JSON', async () => {
    const response = await anonymous({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode, describeResponse(response)).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.version).toBe(API_VERSION);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(5);
  });

  it('describes every route the app registered under /api/v1, and nothing more', () => {
    const doc = openApiDocument(env.app);
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)),
    );
    const routes = registeredRoutes(env.app);
    expect(routes.length).toBeGreaterThan(10);
    // The document itself is the only route that does not describe itself.
    const registered = routes
      .filter((r) => r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json')
      .map((r) => `${r.method} ${toOpenApiPath(r.url)}`);
    expect(registered).toContain('GET /api/v1/gebruikers/{id}');
    const undocumented = registered.filter((key) => !documented.has(key));
    expect(undocumented, 'routes missing from the OpenAPI document').toEqual([]);
    const phantom = [...documented].filter((key) => key.includes('/api/v1/') && !registered.includes(key));
    expect(phantom, 'documented operations without a route').toEqual([]);
  });

  it('documents the problem responses and the session security of the operations', () => {
    const doc = openApiDocument(env.app) as unknown as { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/v1/')) continue;
      for (const [method, op] of Object.entries(item)) {
        const statuses = Object.keys(op.responses ?? {});
        expect(statuses.some((s) => s.startsWith('2')), `${method} ${path} documents a success`).toBe(true);
        expect(statuses.some((s) => s.startsWith('4')), `${method} ${path} documents its errors`).toBe(true);
      }
    }
  });
});
