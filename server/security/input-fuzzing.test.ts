import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisationWithStaff, makeUser, TestClient } from '../testing/fixtures';
import { describeResponse, fillPath, isProblem, operationsOf, type Operation } from './openapi-operations';

/**
 * Property-based input fuzzing of every operation in the OpenAPI document, as an authenticated functional
 * administrator (with a valid CSRF token) and as an anonymous caller: whatever arrives, the answer is never a 5xx,
 * and every 4xx is a problem+json whose `status` is the HTTP status; a 400 names at least one field.
 *
 * The environment is created while the file is collected, so that there is one test per operation.
 */
const env = await createTestEnv();
afterAll(async () => env.close());
const operations = operationsOf(env.app);
const { organisatie, staff } = await makeOrganisationWithStaff(env);
// The target of the object endpoints: another user of the administrator's organisation (never the administrator).
const victim = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true, totp: false });
// Administrator and case worker at once, so that both the administration and the case-work handlers are reached.
const admin = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['functioneel-beheerder', 'medewerker'] }], demo: true, totp: false });
void staff;

const NUM_RUNS_AUTHENTICATED = 40;
const NUM_RUNS_ANONYMOUS = 25;

/** Valid-looking bodies per operation, of which the fuzzer breaks one field at a time. */
const SAMPLE_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/v1/sessies': { gebruikersnaam: 'fuzz-onbekend', wachtwoord: 'niet-het-wachtwoord', code: '123456' },
  'PUT /api/v1/sessies/huidig/organisatie': { organisatieId: organisatie.id },
  'POST /api/v1/sessies/huidig/tweede-factor/bevestiging': { code: '123456' },
  'PUT /api/v1/sessies/huidig/wachtwoord': { huidigWachtwoord: 'niet-het-goede', nieuwWachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7' },
  'POST /api/v1/gebruikers': { gebruikersnaam: 'fuzz-nieuw', naam: 'Fuzz', eMail: 'fuzz@example.org', wachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7', rollen: ['medewerker'] },
  'PATCH /api/v1/gebruikers/{id}': { naam: 'Fuzz', eMail: null, rollen: ['medewerker'], actief: true },
  'POST /api/v1/personen/zoekopdrachten': { naam: 'Fatima el Amrani', geboortedatum: '1990-04-01', postcode: '5211 AB', huisnummer: '12', bsn: '111222333' },
  'POST /api/v1/personen': { voornamen: 'Fuzz', achternaam: 'Persoon', geboortedatum: '1990-04-01', geslacht: 'vrouw', bsn: '111222333' },
  'POST /api/v1/meldingen': {
    bron: 'zsm',
    incidentOp: '2026-01-01T10:00:00Z',
    geweldsvormen: ['partnergeweld'],
    acuteOnveiligheid: true,
    omschrijving: 'Fuzz',
    personen: [{ persoonId: '00000000-0000-4000-8000-000000000001', rol: 'slachtoffer' }],
  },
  'POST /api/v1/casussen': {
    personen: [{ persoonId: '00000000-0000-4000-8000-000000000001', rol: 'slachtoffer' }],
    doel: 'Veiligheid van het gezin beoordelen',
    grondslagId: '00000000-0000-4000-8000-000000000002',
  },
  'POST /api/v1/casussen/{id}/informatie': { categorie: 'eerdere-meldingen', vertrouwelijkheid: 'normaal', zichtbaarVoor: null, titel: 'Fuzz', inhoud: 'Fuzz' },
  'POST /api/v1/casussen/{id}/bevragingen': {
    gevraagdeOrganisatieId: '00000000-0000-4000-8000-000000000003',
    doel: 'Is het gezin bekend bij de politie?',
    persoonIds: ['00000000-0000-4000-8000-000000000001'],
  },
  'POST /api/v1/bevragingen/{id}/antwoord': { vlaggen: ['vuurwapens'], antwoord: 'Bekend' },
};

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\uffff',
  '../',
  '../../etc/passwd',
  '..\\..\\windows',
  '%00',
  '%',
  '%E0%A4%A',
  '%2e%2e%2f',
  "' or '1'='1' --",
  '"; drop table gebruikers; --',
  '<script>alert(1)</script>',
  '${7*7}',
  '__proto__',
  'constructor',
  'null',
  'true',
  '1e999',
  '-0',
  'NaN',
  '😀👩‍👩‍👧‍👦',
  'İstanbul ß ﬃ',
  '\u202Egnp.exe',
);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 50 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 2_000 }) },
);

/** Strings up to just under the 1 MB body limit. */
const huge = fc.constantFrom(10_000, 100_000, 500_000, 1_000_000).map((n) => 'x'.repeat(n));

/** Deeply nested objects and arrays. */
const deep = fc.tuple(fc.integer({ min: 20, max: 2_000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 'bodem';
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  return value;
});

const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e308, 2 ** 31),
);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 20 }) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 2 }) },
  { weight: 1, arbitrary: deep },
);

/** A body: anything at all, or an object with the operation's own field names holding wrong (or right) values. */
function bodyArbitrary(op: Operation): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [anyValue, fc.object(), fc.constant(null), fc.array(anyValue), huge.map((s) => ({ tekst: s }))];
  const fields = op.bodyFields;
  if (fields.length > 0) {
    const field = fc.constantFrom(...fields);
    options.push(fc.dictionary(field, anyValue, { maxKeys: fields.length }));
    const sample = SAMPLE_BODIES[op.key] ?? {};
    // The valid sample with exactly one field replaced by a value of any type (or removed, or huge).
    options.push(
      fc.tuple(field, fc.oneof({ weight: 3, arbitrary: text }, { weight: 3, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: huge })).map(([name, value]) => ({ ...sample, [name]: value })),
    );
    // The valid sample plus unknown fields.
    options.push(fc.tuple(fc.string(), anyValue).map(([name, value]) => ({ ...sample, [name]: value })));
  }
  return fc.oneof(...options);
}

/** Path parameter values, as they appear in the URL (already encoded, or deliberately raw). */
const pathParam = (valid: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(valid) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: text.map(encode) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('..', '%2e%2e', '..%2F..%2Fetc%2Fpasswd', '%00', '%E0%A4%A', '%', '.', '~', '%2F', 'a'.repeat(199), 'a'.repeat(201), 'b'.repeat(5_000)),
    },
  );

/** A raw query string: known and unknown names, odd values, duplicate keys and broken escapes. */
function queryArbitrary(op: Operation): fc.Arbitrary<string> {
  const name = fc.oneof(fc.constantFrom(...op.queryParams, 'zoek', 'limiet', '__proto__', 'a[b]'), fc.string({ maxLength: 10 }));
  const value = fc.oneof(text, fc.integer().map(String), fc.double().map(String), huge.map((s) => s.slice(0, 5_000)));
  const pair = fc.tuple(name, value).map(([k, v]) => `${encode(k)}=${encode(v)}`);
  const raw = fc.constantFrom('%00', '%', '%E0%A4%A', '&&&', '=', '==', 'limiet[]=1', 'limiet=1&limiet=2', 'zoek', '__proto__[x]=1', 'zoek=%ff%fe');
  return fc.array(fc.oneof(pair, raw), { maxLength: 5 }).map((parts) => parts.join('&'));
}

function encode(value: string): string {
  // Lone surrogates cannot be percent-encoded; replace them the way String.prototype.toWellFormed does.
  return encodeURIComponent(value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

interface FuzzRequest {
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

function requestArbitrary(op: Operation): fc.Arbitrary<FuzzRequest> {
  const validIds: Record<string, string> = { id: op.path.startsWith('/api/v1/organisaties') ? organisatie.id : victim.id };
  const params = fc.record(Object.fromEntries(op.pathParams.map((p) => [p, pathParam(validIds[p] ?? victim.id)])) as Record<string, fc.Arbitrary<string>>);
  const ifMatch = fc.option(fc.oneof(fc.constantFrom('"1"', '"2"', 'W/"1"', '*', '"999999999"', '"-1"', '""'), fc.string({ maxLength: 30 })), { nil: undefined });
  return fc
    .record({
      params,
      query: fc.option(queryArbitrary(op), { nil: undefined }),
      body: op.hasBody || op.method !== 'GET' ? fc.option(bodyArbitrary(op), { nil: undefined, freq: 5 }) : fc.constant(undefined),
      ifMatch: op.headerParams.includes('if-match') ? ifMatch : fc.constant(undefined),
    })
    .map(({ params: values, query, body, ifMatch: match }): FuzzRequest => ({
      url: fillPath(op.path, values as Record<string, string>, false) + (query !== undefined ? `?${query}` : ''),
      body,
      headers: match !== undefined ? { 'if-match': match } : {},
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// The contract every response must keep

function checkResponse(response: LightMyRequestResponse, request: string): void {
  const where = `${request}\n→ ${describeResponse(response)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  if (response.statusCode < 400) return;
  expect(isProblem(response), where).toBe(true);
  const body = JSON.parse(response.body) as { status?: unknown; title?: unknown; invalidParams?: { name?: unknown }[] };
  expect(body.status, where).toBe(response.statusCode);
  expect(typeof body.title === 'string' && body.title.length > 0, where).toBe(true);
  if (response.statusCode === 400) {
    expect(Array.isArray(body.invalidParams) && body.invalidParams.length > 0, where).toBe(true);
    for (const param of body.invalidParams!) expect(typeof param.name === 'string' && param.name.length > 0, where).toBe(true);
  }
}

function summary(op: Operation, request: FuzzRequest, payload: string | undefined): string {
  const shownBody = payload === undefined ? '(geen body)' : payload.length > 200 ? `${payload.slice(0, 200)}… (${payload.length} tekens)` : payload;
  return `${op.method} ${request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url} ${JSON.stringify(request.headers)} ${shownBody}`;
}

function serialise(body: unknown): string | undefined {
  try {
    return JSON.stringify(body);
  } catch {
    return undefined;
  }
}

/**
 * Logs the administrator in. Fuzzing PUT /sessies/huidig/wachtwoord with wrong current passwords counts as failed
 * logins of the administrator's name (brute-force protection), so the attempts are cleared first.
 */
async function loginAdmin(): Promise<TestClient> {
  await env.db.query('delete from login_attempts where gebruikersnaam = $1', [admin.gebruikersnaam]);
  return loginAs(env, admin);
}

/** The administrator's client; replaced by a fresh login whenever a fuzzed request ended the session. */
let adminClient: TestClient = await loginAdmin();

/** Machine credentials of the organisation, so the intake API of partner systems is fuzzed past its door too. */
const koppeling = (await adminClient.post('/api/v1/koppelingen', { naam: 'Fuzz-koppeling' })).json() as { clientId: string; secret: string };
const machineHeaders = (op: Operation): Record<string, string> =>
  op.path.startsWith('/api/v1/intake/') ? { authorization: `Basic ${Buffer.from(`${koppeling.clientId}:${koppeling.secret}`).toString('base64')}` } : {};

async function sendAsAdmin(op: Operation, request: FuzzRequest, payload: string | undefined): Promise<LightMyRequestResponse> {
  const response = await adminClient.request({
    method: op.method,
    url: request.url,
    headers: { ...request.headers, ...machineHeaders(op), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(payload !== undefined ? { payload } : {}),
  });
  if ((response.statusCode < 300 && op.method !== 'GET') || response.statusCode === 401) {
    const check = await adminClient.get('/api/v1/sessies/huidig');
    if (check.statusCode !== 200 || check.json().status !== 'actief') adminClient = await loginAdmin();
  }
  return response;
}

async function sendAnonymously(op: Operation, request: FuzzRequest, payload: string | undefined): Promise<LightMyRequestResponse> {
  return env.app.inject({
    method: op.method,
    url: request.url,
    headers: { ...request.headers, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(payload !== undefined ? { payload } : {}),
  });
}

describe.each([
  { caller: 'an authenticated administrator and case worker (and a partner system on the intake API)', send: sendAsAdmin, numRuns: NUM_RUNS_AUTHENTICATED },
  { caller: 'an anonymous caller', send: sendAnonymously, numRuns: NUM_RUNS_ANONYMOUS },
])('fuzzing every operation as $caller', ({ send, numRuns }) => {
  it('covers the operations of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  for (const op of operations) {
    it(`${op.key}: never a 5xx, every 4xx a problem+json`, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(op), async (request) => {
          const payload = request.body === undefined ? undefined : serialise(request.body);
          const response = await send(op, request, payload);
          checkResponse(response, summary(op, request, payload));
        }),
        { numRuns },
      );
    });
  }
});

/** Every path parameter of the operation filled with a well-formed id. */
function anyIds(op: Operation): Record<string, string> {
  return Object.fromEntries(op.pathParams.map((p) => [p, victim.id]));
}

describe('bodies that are not JSON', () => {
  const withBody = operations.filter((op) => op.hasBody);
  const contentTypes = [
    { type: 'text/plain', payload: 'hallo' },
    { type: 'text/plain; charset=utf-8', payload: '{"gebruikersnaam":"a","wachtwoord":"b"}' },
    { type: 'application/x-www-form-urlencoded', payload: 'gebruikersnaam=a&wachtwoord=b' },
    { type: 'multipart/form-data; boundary=x', payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--' },
    { type: 'application/xml', payload: '<a/>' },
    { type: 'application/octet-stream', payload: '\u0000\u0001' },
  ];

  it('are refused with 415 problem+json on every operation that takes a body', async () => {
    expect(withBody.length).toBeGreaterThan(3);
    const client = await loginAdmin();
    const failures: string[] = [];
    for (const op of withBody) {
      const url = fillPath(op.path, anyIds(op));
      for (const { type, payload } of contentTypes) {
        const response = await client.request({ method: op.method, url, payload, headers: { 'content-type': type, 'if-match': '"1"', ...machineHeaders(op) } });
        const ok =
          response.statusCode === 415 && isProblem(response) && (JSON.parse(response.body) as { status?: number }).status === 415;
        if (!ok) failures.push(`${op.key} with ${type} → ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
    }
    expect(failures.join('\n'), 'non-JSON bodies that were not refused with 415').toBe('');
  });

  it('are refused on the public login as well, and without a session every other operation stays 401', async () => {
    for (const { type, payload } of contentTypes) {
      const login = await env.app.inject({ method: 'POST', url: '/api/v1/sessies', payload, headers: { 'content-type': type } });
      expect(login.statusCode, `login with ${type}: ${login.body.slice(0, 120)}`).toBe(415);
      expect(isProblem(login)).toBe(true);
      for (const op of withBody.filter((o) => o.key !== 'POST /api/v1/sessies')) {
        const response = await env.app.inject({ method: op.method, url: fillPath(op.path, anyIds(op)), payload, headers: { 'content-type': type } });
        expect(response.statusCode, `${op.key} with ${type}`).toBe(401);
      }
    }
  });
});

describe('characters a database cannot store', () => {
  // PostgreSQL text cannot hold U+0000; such input must be refused as invalid (400), not fail in the database (500).
  it('refuses a NUL character in the login name with a 4xx, not a 500', async () => {
    const response = await env.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: 'a\u0000b', wachtwoord: 'iets' } });
    checkResponse(response, 'POST /api/v1/sessies with NUL in gebruikersnaam');
  });

  it('refuses a NUL character in the user search with a 4xx, not a 500', async () => {
    const client = await loginAdmin();
    const response = await client.get('/api/v1/gebruikers?zoek=%00');
    checkResponse(response, 'GET /api/v1/gebruikers?zoek=%00');
  });

  it('refuses a NUL character in a new user’s name with a 4xx, not a 500', async () => {
    const client = await loginAdmin();
    const response = await client.post('/api/v1/gebruikers', { ...SAMPLE_BODIES['POST /api/v1/gebruikers'], gebruikersnaam: 'fuzz-nul', naam: 'Nul\u0000Naam' });
    checkResponse(response, 'POST /api/v1/gebruikers with NUL in naam');
  });
});
