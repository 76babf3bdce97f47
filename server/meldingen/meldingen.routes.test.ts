import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import { repeatEventFor } from './repeat-event';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

let env: TestEnv;
let vt: Organisatie;
let politie: Organisatie;
let vtClient: TestClient;
let politieClient: TestClient;
let otherVtClient: TestClient;
let analistClient: TestClient;

async function person(naam: string, organisatie: Organisatie): Promise<string> {
  const { rows } = await env.db.query<{ id: string }>(
    `insert into personen (achternaam, zoeknaam, aangemaakt_door_organisatie_id) values ($1, lower($1), $2) returning id`,
    [naam, organisatie.id],
  );
  return rows[0]!.id;
}

function melding(over: Record<string, unknown> & { personen: { persoonId: string; rol: string }[] }) {
  return { bron: 'vt-melding-professional', geweldsvormen: ['partnergeweld'], omschrijving: 'Ruzie in de keuken', ...over };
}

beforeAll(async () => {
  env = await createTestEnv();
  vt = await makeOrganisation(env, { soort: 'veilig-thuis' });
  politie = await makeOrganisation(env, { soort: 'politie' });
  const otherVt = await makeOrganisation(env, { soort: 'veilig-thuis' });
  const mk = async (organisatie: Organisatie, rol: 'medewerker' | 'analist') =>
    loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false }));
  vtClient = await mk(vt, 'medewerker');
  politieClient = await mk(politie, 'medewerker');
  otherVtClient = await mk(otherVt, 'medewerker');
  analistClient = await mk(vt, 'analist');
});
afterAll(async () => env?.close());

describe('registering and reading meldingen', () => {
  it('creates a melding (201, Location, ETag) and reads it back with its persons', async () => {
    const anna = await person('Jansen', vt);
    const bert = await person('Bakker', vt);
    const response = await vtClient.post(
      '/api/v1/meldingen',
      melding({ incidentOp: ago(2 * HOUR), acuteOnveiligheid: true, personen: [{ persoonId: anna, rol: 'slachtoffer' }, { persoonId: bert, rol: 'verdachte' }] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(response.headers.location).toBe(`/api/v1/meldingen/${created.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(created).toMatchObject({ bron: 'vt-melding-professional', acuteOnveiligheid: true, casusId: null, herhaling: null, zorgmeldingDeadline: null });
    expect(created.organisatie).toMatchObject({ id: vt.id, soort: 'veilig-thuis' });
    expect(created.personen.map((p: { rol: string }) => p.rol).sort()).toEqual(['slachtoffer', 'verdachte']);

    const read = await vtClient.get(`/api/v1/meldingen/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().id).toBe(created.id);

    const list = await vtClient.get('/api/v1/meldingen?zonderCasus=true&bron=vt-melding-professional&limit=1');
    expect(list.statusCode).toBe(200);
    expect(list.json().meldingen[0].id).toBe(created.id);

    const audit = await env.db.query<{ actie: string }>(`select actie from audit_log where object_type = 'melding' and object_id = $1 order by seq`, [created.id]);
    expect(audit.rows.map((r) => r.actie)).toEqual(['aanmaken', 'lezen']);
  });

  it('paginates with a cursor, newest first', async () => {
    const p = await person('Pagina', vt);
    for (let i = 0; i < 3; i++) {
      await vtClient.post('/api/v1/meldingen', melding({ bron: 'vt-melding-burger', ontvangenOp: ago((10 - i) * DAY), personen: [{ persoonId: p, rol: 'melder' }] }));
    }
    const first = (await vtClient.get('/api/v1/meldingen?bron=vt-melding-burger&limit=2')).json();
    expect(first.meldingen).toHaveLength(2);
    expect(first.meldingen[0].ontvangenOp > first.meldingen[1].ontvangenOp).toBe(true);
    const second = (await vtClient.get(`/api/v1/meldingen?bron=vt-melding-burger&limit=2&cursor=${first.volgende}`)).json();
    expect(second.meldingen).toHaveLength(1);
    expect(second.volgende).toBeNull();
    expect((await vtClient.get('/api/v1/meldingen?cursor=rommel')).json().invalidParams[0].name).toBe('cursor');
  });

  it('refuses bad input with 400 naming the field', async () => {
    const anna = await person('Fout', vt);
    const future = await vtClient.post('/api/v1/meldingen', melding({ incidentOp: new Date(Date.now() + DAY).toISOString(), personen: [{ persoonId: anna, rol: 'slachtoffer' }] }));
    expect(future.statusCode).toBe(400);
    expect(future.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['incidentOp']);

    const unknown = await vtClient.post('/api/v1/meldingen', melding({ personen: [{ persoonId: '00000000-0000-4000-8000-000000000000', rol: 'slachtoffer' }] }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams[0].name).toBe('personen[0].persoonId');

    const empty = await vtClient.post('/api/v1/meldingen', melding({ geweldsvormen: [], personen: [{ persoonId: anna, rol: 'slachtoffer' }] }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().invalidParams[0].name).toBe('geweldsvormen');
  });

  it('hides a melding from another organisation (404) and refuses the analyst (403)', async () => {
    const anna = await person('Geheim', vt);
    const id = (await vtClient.post('/api/v1/meldingen', melding({ personen: [{ persoonId: anna, rol: 'slachtoffer' }] }))).json().id;
    expect((await otherVtClient.get(`/api/v1/meldingen/${id}`)).statusCode).toBe(404);
    expect((await otherVtClient.get(`/api/v1/meldingen/${id}/samenvoegvoorstellen`)).statusCode).toBe(404);
    expect((await otherVtClient.get('/api/v1/meldingen')).json().meldingen.map((m: { id: string }) => m.id)).not.toContain(id);
    expect((await analistClient.get(`/api/v1/meldingen/${id}`)).statusCode).toBe(403);
    expect((await analistClient.get('/api/v1/meldingen')).statusCode).toBe(403);
    expect((await analistClient.post('/api/v1/meldingen', melding({ personen: [{ persoonId: anna, rol: 'slachtoffer' }] }))).statusCode).toBe(403);
  });
});

describe('repeat', () => {
  it('flags a melding for the same pair within 12 months and links the earlier one; not after 13 months', async () => {
    const victim = await person('Herhaal', vt);
    const perpetrator = await person('Dader', vt);
    const pair = [{ persoonId: victim, rol: 'slachtoffer' }, { persoonId: perpetrator, rol: 'pleger' }];
    const old = (await vtClient.post('/api/v1/meldingen', melding({ ontvangenOp: ago(500 * DAY), incidentOp: ago(500 * DAY), personen: pair }))).json();
    // 13 months after the old one: not a repeat.
    const middle = (await vtClient.post('/api/v1/meldingen', melding({ ontvangenOp: ago(100 * DAY), incidentOp: ago(100 * DAY), personen: pair }))).json();
    expect(middle.herhaling).toBeNull();
    const nieuw = (await vtClient.post('/api/v1/meldingen', melding({ incidentOp: ago(1 * HOUR), personen: pair }))).json();
    expect(nieuw.herhaling).toEqual({ eerdereMeldingId: middle.id, dagenSindsEerdere: 99 });
    expect(old.herhaling).toBeNull();

    // The police see a repeat of a VT melding, without the id of the melding they may not see.
    const politieVictim = (await politieClient.post('/api/v1/meldingen', melding({ bron: 'aangifte', incidentOp: ago(30 * HOUR), personen: pair }))).json();
    expect(politieVictim.herhaling).toMatchObject({ eerdereMeldingId: null });

    const event = await repeatEventFor(env.db, nieuw.id);
    expect(event).toEqual({ soort: 'herhaling-gesignaleerd', gegevens: { meldingId: nieuw.id, eerdereMeldingId: middle.id, dagenSindsEerdere: 99 } });
    expect(await repeatEventFor(env.db, old.id)).toBeNull();
  });
});

describe('zorgmelding clock', () => {
  it('a police melding creates the 24-hour task; a later CORV zorgmelding at Veilig Thuis completes it', async () => {
    const victim = await person('Zorg', politie);
    const incident = ago(30 * HOUR);
    const police = (await politieClient.post('/api/v1/meldingen', melding({ bron: '112-meldkamer', incidentOp: incident, personen: [{ persoonId: victim, rol: 'slachtoffer' }] }))).json();
    expect(police.zorgmeldingDeadline).toBe(new Date(new Date(incident).getTime() + 24 * HOUR).toISOString());
    expect(police.zorgmeldingTeLaat).toBe(true);
    const task = await env.db.query<{ status: string; organisatie_id: string; titel: string }>('select status, organisatie_id, titel from taken where sleutel = $1', [
      `zorgmelding:${police.id}`,
    ]);
    expect(task.rows[0]).toEqual({ status: 'open', organisatie_id: politie.id, titel: 'Zorgmelding aan Veilig Thuis' });

    const corv = await vtClient.post('/api/v1/meldingen', melding({ bron: 'zorgmelding-politie', incidentOp: incident, personen: [{ persoonId: victim, rol: 'slachtoffer' }] }));
    expect(corv.statusCode).toBe(201);
    const done = await env.db.query<{ status: string }>('select status from taken where sleutel = $1', [`zorgmelding:${police.id}`]);
    expect(done.rows[0]!.status).toBe('afgerond');
    // Done after the deadline: still shown as late.
    expect((await politieClient.get(`/api/v1/meldingen/${police.id}`)).json().zorgmeldingTeLaat).toBe(true);
  });
});
