import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import type { Organisatie } from '../../organisations/schemas';
import { normaliseName } from '../../persons/name-normalisation';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

let env: TestEnv;
let vt: Organisatie;
let beheerder: TestClient;
let medewerker: TestClient;
let otherVt: TestClient;
let credentials: { clientId: string; secret: string; id: string };

const basic = (clientId: string, secret: string) => `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;

function intake(body: unknown, authorization: string | null = basic(credentials.clientId, credentials.secret), extra: Record<string, string> = {}) {
  return env.app.inject({
    method: 'POST',
    url: '/api/v1/intake/meldingen',
    headers: { ...(authorization ? { authorization } : {}), ...extra },
    payload: body as object,
  });
}

const corvBericht = (externBerichtId: string, over: Record<string, unknown> = {}) => ({
  bron: 'zorgmelding-politie',
  externBerichtId,
  incidentOp: ago(5 * HOUR),
  geweldsvormen: ['partnergeweld'],
  acuteOnveiligheid: true,
  omschrijving: 'Zorgmelding na incident',
  personen: [
    { rol: 'slachtoffer', voornamen: 'Anna', achternaam: 'de Vries', geboortedatum: '1990-04-01', bsn: '111222333' },
    { rol: 'verdachte', voornamen: 'Bert', achternaam: 'Özdemir', geboortedatum: '1988-02-02' },
  ],
  ...over,
});

beforeAll(async () => {
  env = await createTestEnv();
  vt = await makeOrganisation(env, { soort: 'veilig-thuis' });
  const mk = async (organisatie: Organisatie, rol: 'medewerker' | 'functioneel-beheerder') =>
    loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false }));
  beheerder = await mk(vt, 'functioneel-beheerder');
  medewerker = await mk(vt, 'medewerker');
  otherVt = await mk(await makeOrganisation(env, { soort: 'veilig-thuis' }), 'medewerker');
  const created = await beheerder.post('/api/v1/koppelingen', { naam: 'CORV' });
  expect(created.statusCode, created.body).toBe(201);
  credentials = created.json();
});
afterAll(async () => env?.close());

describe('koppelingen', () => {
  it('shows the secret once, lists without it, and is for the administrator only', async () => {
    expect(credentials.secret.length).toBeGreaterThanOrEqual(40);
    const list = await beheerder.get('/api/v1/koppelingen');
    expect(list.statusCode).toBe(200);
    expect(list.json().koppelingen[0]).toMatchObject({ clientId: credentials.clientId, actief: true });
    expect(list.body).not.toContain(credentials.secret);
    const stored = await env.db.query<{ secret_hash: string }>('select secret_hash from machine_clients where id = $1', [credentials.id]);
    expect(stored.rows[0]!.secret_hash).not.toContain(credentials.secret);
    expect((await medewerker.get('/api/v1/koppelingen')).statusCode).toBe(403);
    expect((await medewerker.post('/api/v1/koppelingen', { naam: 'x' })).statusCode).toBe(403);
  });
});

describe('intake', () => {
  it('is idempotent on the external message id: 201, then 200 with the same melding, nothing changed', async () => {
    const first = await intake(corvBericht('corv-1'));
    expect(first.statusCode, first.body).toBe(201);
    const melding = first.json();
    expect(melding.organisatie.id).toBe(vt.id);
    expect(melding.personen).toHaveLength(2);
    const again = await intake(corvBericht('corv-1', { omschrijving: 'anders' }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(melding);
    const count = await env.db.query<{ n: number }>(`select count(*)::int as n from meldingen where extern_bericht_id = 'corv-1'`);
    expect(count.rows[0]!.n).toBe(1);
    const audit = await env.db.query<{ gebruiker_id: string | null; rollen: string[]; doel: string; details: Record<string, unknown> }>(
      `select gebruiker_id, rollen, doel, details from audit_log where object_id = $1 order by seq`,
      [melding.id],
    );
    expect(audit.rows[0]).toMatchObject({ gebruiker_id: null, rollen: ['koppeling'], doel: 'intake', details: { machineClientId: credentials.id } });
    // The BSN is never stored or logged in clear.
    const bsnSomewhere = await env.db.query(`select 1 from personen where bsn_sealed like '%111222333%' or bsn_hash = '111222333'`);
    expect(bsnSomewhere.rows).toHaveLength(0);
  });

  it('stays idempotent under concurrent deliveries of the same message', async () => {
    const responses = await Promise.all([intake(corvBericht('corv-race')), intake(corvBericht('corv-race')), intake(corvBericht('corv-race'))]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
  });

  it('finds known persons by BSN and by name and date of birth instead of creating them again', async () => {
    const a = (await intake(corvBericht('corv-2'))).json();
    const b = (await intake(corvBericht('corv-3', { personen: [{ rol: 'slachtoffer', achternaam: 'Iemand Anders', bsn: '111 222 333' }, { rol: 'verdachte', voornamen: 'bert', achternaam: 'Ozdemir', geboortedatum: '1988-02-02' }] }))).json();
    const ids = (m: { personen: { rol: string; persoon: { id: string } }[] }) => Object.fromEntries(m.personen.map((p) => [p.rol, p.persoon.id]));
    expect(ids(b)).toEqual(ids(a));
  });

  it('finds a person entered by hand through the persons API by the same BSN', async () => {
    const created = await medewerker.post('/api/v1/personen', { voornamen: 'Carla', achternaam: 'Handmatig', geboortedatum: '1975-06-15', geslacht: 'vrouw', bsn: '123456782' });
    expect(created.statusCode, created.body).toBe(201);
    const melding = (await intake(corvBericht('corv-bsn-hand', { personen: [{ rol: 'slachtoffer', achternaam: 'Anders Gespeld', bsn: '123456782' }] }))).json();
    expect(melding.personen[0].persoon.id).toBe(created.json().id);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const future = await intake(corvBericht('corv-bad-1', { incidentOp: new Date(Date.now() + 2 * HOUR).toISOString() }));
    expect(future.statusCode).toBe(400);
    expect(future.json().invalidParams[0].name).toBe('incidentOp');
    const bsn = await intake(corvBericht('corv-bad-2', { personen: [{ rol: 'slachtoffer', achternaam: 'X', bsn: '123456789' }] }));
    expect(bsn.statusCode).toBe(400);
    expect(bsn.json().invalidParams[0].name).toBe('personen[0].bsn');
    const noId = await intake({ ...corvBericht('x'), externBerichtId: undefined });
    expect(noId.statusCode).toBe(400);
    expect(noId.json().invalidParams[0].name).toBe('externBerichtId');
  });

  it('answers 401 to wrong credentials and to a session cookie without credentials', async () => {
    expect((await intake(corvBericht('corv-401'), basic(credentials.clientId, 'fout-geheim'))).statusCode).toBe(401);
    expect((await intake(corvBericht('corv-401'), basic('sl-bestaat-niet', credentials.secret))).statusCode).toBe(401);
    expect((await intake(corvBericht('corv-401'), null)).statusCode).toBe(401);
    expect((await intake(corvBericht('corv-401'), `Bearer ${credentials.secret}`)).statusCode).toBe(401);
    const cookieOnly = await intake(corvBericht('corv-401'), null, { cookie: `samenloop_sessie=${medewerker.cookie}`, 'x-csrf-token': medewerker.csrfToken! });
    expect(cookieOnly.statusCode).toBe(401);
    // And a user session cannot reach the partner route through the normal client either.
    expect((await medewerker.post('/api/v1/intake/meldingen', corvBericht('corv-401'))).statusCode).toBe(401);
  });
});

describe('double intake', () => {
  it('proposes ZSM-then-CORV for merging; merge, a second merge 409, undo; both stay visible', async () => {
    const victim = 'Zsm-Slachtoffer';
    const zsm = await medewerker.post('/api/v1/meldingen', {
      bron: 'zsm',
      incidentOp: ago(10 * HOUR),
      geweldsvormen: ['partnergeweld'],
      personen: [{ persoonId: await personId(victim, '1991-01-01'), rol: 'slachtoffer' }, { persoonId: await personId('Zsm-Verdachte', '1990-01-01'), rol: 'verdachte' }],
    });
    expect(zsm.statusCode, zsm.body).toBe(201);
    const casusId = await casusWith(zsm.json().id);
    const corv = await intake(
      corvBericht('corv-zsm', {
        incidentOp: ago(9 * HOUR),
        personen: [
          { rol: 'slachtoffer', achternaam: victim, geboortedatum: '1991-01-01' },
          { rol: 'verdachte', achternaam: 'Zsm-Verdachte', geboortedatum: '1990-01-01' },
        ],
      }),
    );
    expect(corv.statusCode).toBe(201);
    const corvId = corv.json().id;
    // Same incident through another channel: double intake, not a repeat.
    expect(corv.json().herhaling).toBeNull();

    const proposals = await medewerker.get(`/api/v1/meldingen/${corvId}/samenvoegvoorstellen`);
    expect(proposals.statusCode).toBe(200);
    const [voorstel] = proposals.json().samenvoegvoorstellen;
    expect(voorstel).toMatchObject({ status: 'voorgesteld', primaireMelding: { id: zsm.json().id, bron: 'zsm' }, secundaireMelding: { id: corvId } });
    expect(voorstel.redenen).toContain('zelfde slachtoffer en verdachte');

    expect((await otherVt.post(`/api/v1/melding-samenvoegingen/${voorstel.id}/samenvoeging`)).statusCode).toBe(404);

    const [merged, second] = await Promise.all([
      medewerker.post(`/api/v1/melding-samenvoegingen/${voorstel.id}/samenvoeging`),
      medewerker.post(`/api/v1/melding-samenvoegingen/${voorstel.id}/samenvoeging`),
    ]);
    expect([merged.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const secondary = (await medewerker.get(`/api/v1/meldingen/${corvId}`)).json();
    expect(secondary).toMatchObject({ samengevoegdIn: zsm.json().id, casusId });
    expect((await medewerker.get(`/api/v1/meldingen/${zsm.json().id}`)).statusCode).toBe(200);

    const undo = await medewerker.post(`/api/v1/melding-samenvoegingen/${voorstel.id}/ongedaanmaking`);
    expect(undo.statusCode).toBe(200);
    expect(undo.json().status).toBe('ongedaan');
    // Undone entirely: the CORV melding no longer merged, and out of the casus the merge brought it into.
    expect((await medewerker.get(`/api/v1/meldingen/${corvId}`)).json()).toMatchObject({ samengevoegdIn: null, casusId: null });
    expect((await medewerker.post(`/api/v1/melding-samenvoegingen/${voorstel.id}/afwijzing`)).statusCode).toBe(409);

    const timeline = await env.db.query<{ soort: string }>('select soort from tijdlijn where casus_id = $1 order by volgnummer', [casusId]);
    expect(timeline.rows.map((r) => r.soort)).toEqual(['melding-samengevoegd', 'samenvoegen-ongedaan']);
  });

  async function personId(achternaam: string, geboortedatum: string): Promise<string> {
    const { rows } = await env.db.query<{ id: string }>(
      `insert into personen (achternaam, geboortedatum, zoeknaam, aangemaakt_door_organisatie_id) values ($1, $2, $3, $4) returning id`,
      [achternaam, geboortedatum, normaliseName(achternaam), vt.id],
    );
    return rows[0]!.id;
  }

  /** A casus the organisation takes part in, holding the melding (as the cases domain would link it). */
  async function casusWith(meldingId: string): Promise<string> {
    const g = await env.db.query<{ id: string }>(
      `insert into grondslagen (code, naam, wettelijke_basis) values ('test-' || gen_random_uuid(), 'Test', 'Test') returning id`,
    );
    const c = await env.db.query<{ id: string }>(
      `insert into casussen (nummer, regio_id, aangemaakt_door_organisatie_id) values ('T-' || gen_random_uuid(), $1, $2) returning id`,
      [vt.regio.id, vt.id],
    );
    const casusId = c.rows[0]!.id;
    await env.db.query(`insert into casus_deelnemers (casus_id, organisatie_id, doel, grondslag_id) values ($1, $2, 'test', $3)`, [casusId, vt.id, g.rows[0]!.id]);
    await env.db.query('update meldingen set casus_id = $1 where id = $2', [casusId, meldingId]);
    return casusId;
  }
});

describe('revocation', () => {
  it('stops revoked credentials at once (401), also when they were just verified', async () => {
    expect((await intake(corvBericht('corv-before-revoke'))).statusCode).toBe(201);
    const revoked = await beheerder.post(`/api/v1/koppelingen/${credentials.id}/intrekking`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().actief).toBe(false);
    expect((await intake(corvBericht('corv-after-revoke'))).statusCode).toBe(401);
    expect((await otherVt.post(`/api/v1/koppelingen/${credentials.id}/intrekking`)).statusCode).toBe(403);
  });
});
