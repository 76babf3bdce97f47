import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv, type TestUser } from '../../testing/fixtures';
import { makeCasusRows } from '../../testing/casus-fixture';
import type { Organisatie } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { makeAgendapunt, makeOverleg, makeReeks } from '../bespreking/meeting-fixture';

/**
 * A scenario agreed at the Actieoverleg stays on the casus. A later melding on its persons — a ZSM intake through the
 * intake API, or a melding someone registers — sets it in motion: the casus's timeline says so, its owner gets a
 * task due today, and whoever handles the melding sees the scenario with the owner to contact.
 */
let env: TestEnv;
let vt: Organisatie;
let politie: Organisatie;
let om: Organisatie;
let reclassering: Organisatie;
let voorzitter: TestClient;
let politieUser: TestUser;
let politieClient: TestClient;
let omClient: TestClient;
let reclasseringClient: TestClient;
let zuidoost: TestClient;
let analist: TestClient;
let credentials: { clientId: string; secret: string };
let casusId: string;
let persoonIds: string[];
let puntId: string;
let scenarioId: string;

const HOUR = 3_600_000;
const achternaam = `Dongen${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;

async function user(organisatie: Organisatie, rollen: Rol[]) {
  return makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false });
}

function zsmIntake(externBerichtId: string) {
  return env.app.inject({
    method: 'POST',
    url: '/api/v1/intake/meldingen',
    headers: { authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.secret}`).toString('base64')}` },
    payload: {
      bron: 'zsm',
      externBerichtId,
      incidentOp: new Date(Date.now() - 3 * HOUR).toISOString(),
      geweldsvormen: ['partnergeweld'],
      verdachteAangehouden: true,
      personen: [{ rol: 'verdachte', voornamen: 'Ruben', achternaam, geboortedatum: '1985-11-02' }],
    },
  });
}

const melding = (personen: { persoonId: string; rol: string }[]) => ({ bron: 'aangifte', geweldsvormen: ['partnergeweld'], personen });

async function events(soort: string) {
  const { rows } = await env.db.query<{ gegevens: Record<string, unknown> }>('select gegevens from tijdlijn where casus_id = $1 and soort = $2 order by volgnummer', [casusId, soort]);
  return rows.map((r) => r.gegevens);
}

beforeAll(async () => {
  env = await createTestEnv();
  vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'oost-brabant' });
  politie = await makeOrganisation(env, { soort: 'politie', regio: 'oost-brabant' });
  om = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio: 'oost-brabant' });
  reclassering = await makeOrganisation(env, { soort: 'reclassering', regio: 'oost-brabant' });
  const vtZuidoost = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'oost-brabant' });
  voorzitter = await loginAs(env, await user(vt, ['voorzitter-actieoverleg', 'medewerker']));
  politieUser = await user(politie, ['medewerker']);
  politieClient = await loginAs(env, politieUser);
  omClient = await loginAs(env, await user(om, ['officier-van-justitie']));
  reclasseringClient = await loginAs(env, await user(reclassering, ['medewerker']));
  zuidoost = await loginAs(env, await user(vtZuidoost, ['medewerker']));
  analist = await loginAs(env, await user(vt, ['analist']));
  const beheerder = await loginAs(env, await user(om, ['functioneel-beheerder']));
  const koppeling = await beheerder.post('/api/v1/koppelingen', { naam: 'ZSM-systeem OM' });
  expect(koppeling.statusCode, koppeling.body).toBe(201);
  credentials = koppeling.json();

  const casus = await makeCasusRows(env.db, {
    regie: vt,
    deelnemers: [politie, om],
    personen: [
      { voornamen: 'Ruben', achternaam, geboortedatum: '1985-11-02' },
      { voornamen: 'Sanne', achternaam, geboortedatum: '1987-01-09' },
    ],
  });
  casusId = casus.casusId;
  persoonIds = casus.persoonIds;
  const reeksId = await makeReeks(env.db, vt.regio.id, [vt.id, politie.id, om.id]);
  const overlegId = await makeOverleg(env.db, reeksId, new Date(Date.now() - HOUR));
  puntId = await makeAgendapunt(env.db, { overlegId, casusId });
});
afterAll(async () => env?.close());

describe('a scenario', () => {
  it('is recorded at an agenda item with an owner; bad input is 400 naming the field', async () => {
    const url = `/api/v1/agendapunten/${puntId}/scenarios`;
    const noOwner = await voorzitter.post(url, { soort: 'zsm', wat: 'Bij een nieuw incident: voorgeleiden' });
    expect(noOwner.statusCode).toBe(400);
    expect(noOwner.json().invalidParams[0].name).toBe('eigenaarOrganisatieId');
    const badSoort = await voorzitter.post(url, { soort: 'iets', wat: 'x', eigenaarOrganisatieId: politie.id });
    expect(badSoort.json().invalidParams[0].name).toBe('soort');
    const outsider = await voorzitter.post(url, { soort: 'zsm', wat: 'x', eigenaarOrganisatieId: reclassering.id });
    expect(outsider.json().invalidParams[0].name).toBe('eigenaarOrganisatieId');
    expect((await zuidoost.post(url, { soort: 'zsm', wat: 'x', eigenaarOrganisatieId: politie.id })).statusCode).toBe(404);

    const created = await voorzitter.post(url, {
      soort: 'zsm',
      wat: 'Bij een nieuw incident: verdachte voorgeleiden, Veilig Thuis direct aan tafel bij ZSM',
      eigenaarOrganisatieId: politie.id,
      eigenaarGebruikerId: politieUser.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    scenarioId = created.json().id;
    expect(created.json()).toMatchObject({ actief: true, soort: 'zsm', eigenaarOrganisatie: { id: politie.id }, activeringen: [] });
    expect(await events('scenario-vastgelegd')).toEqual([{ scenarioId, scenarioSoort: 'zsm', eigenaarOrganisatieId: politie.id }]);
    const bespreking = (await voorzitter.get(`/api/v1/agendapunten/${puntId}/bespreking`)).json();
    expect(bespreking.stap2.scenarios.map((s: { id: string }) => s.id)).toEqual([scenarioId]);
  });

  it('is listed on the casus for its participants only', async () => {
    expect((await omClient.get(`/api/v1/casussen/${casusId}/scenarios`)).json().scenarios.map((s: { id: string }) => s.id)).toEqual([scenarioId]);
    expect((await zuidoost.get(`/api/v1/casussen/${casusId}/scenarios`)).statusCode).toBe(404);
    expect((await analist.get(`/api/v1/casussen/${casusId}/scenarios`)).statusCode).toBe(403);
  });

  it('comes into effect when a ZSM intake names one of its persons: timeline, owner task due today, shown with the melding', async () => {
    const delivered = await zsmIntake('zsm-1');
    expect(delivered.statusCode, delivered.body).toBe(201);
    const meldingId = delivered.json().id;
    expect(delivered.json().personen[0].persoon.id).toBe(persoonIds[0]);

    expect(await events('scenario-geactiveerd')).toEqual([
      { scenarioId, scenarioSoort: 'zsm', aanleiding: 'zsm-intake', meldingId, eigenaarOrganisatieId: politie.id },
    ]);
    const taak = (await politieClient.get('/api/v1/taken')).json().taken.find((t: { soort: string }) => t.soort === 'scenario-geactiveerd');
    expect(taak).toMatchObject({ casus: { id: casusId }, gebruiker: { id: politieUser.id }, status: 'open' });
    const left = new Date(taak.deadline).getTime() - Date.now();
    expect(left).toBeGreaterThan(3.9 * HOUR);
    expect(left).toBeLessThanOrEqual(4 * HOUR);

    const shown = await omClient.get(`/api/v1/meldingen/${meldingId}/scenarios`);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json().scenarios).toEqual([
      expect.objectContaining({
        id: scenarioId,
        soort: 'zsm',
        wat: expect.stringContaining('voorgeleiden'),
        eigenaarOrganisatie: { id: politie.id, naam: politie.naam },
        eigenaarGebruiker: { id: politieUser.id, naam: expect.any(String) },
        casus: expect.objectContaining({ id: casusId }),
        aanleiding: 'zsm-intake',
      }),
    ]);
    const audit = await env.db.query(`select details from audit_log where object_type = 'melding' and object_id = $1 and actie = 'lezen'`, [meldingId]);
    expect(audit.rows).toHaveLength(1);
    // Others who may not see the melding do not find it.
    expect((await zuidoost.get(`/api/v1/meldingen/${meldingId}/scenarios`)).statusCode).toBe(404);

    // A repeated delivery of the same message activates nothing again.
    expect((await zsmIntake('zsm-1')).statusCode).toBe(200);
    expect(await events('scenario-geactiveerd')).toHaveLength(1);
  });

  it('shows the scenario to an organisation outside the casus, without the casus', async () => {
    const registered = await reclasseringClient.post('/api/v1/meldingen', melding([{ persoonId: persoonIds[1]!, rol: 'slachtoffer' }]));
    expect(registered.statusCode, registered.body).toBe(201);
    const shown = (await reclasseringClient.get(`/api/v1/meldingen/${registered.json().id}/scenarios`)).json().scenarios;
    expect(shown).toEqual([expect.objectContaining({ id: scenarioId, aanleiding: 'melding', casus: null, eigenaarOrganisatie: { id: politie.id, naam: politie.naam } })]);
    expect(await events('scenario-geactiveerd')).toHaveLength(2);
  });

  it('comes into effect when a new melding is linked to its casus, once', async () => {
    const other = await makeCasusRows(env.db, { regie: politie, personen: [{ voornamen: 'Ander', achternaam: 'Persoon', geboortedatum: '1970-01-01' }] });
    const registered = await politieClient.post('/api/v1/meldingen', melding([{ persoonId: other.persoonIds[0]!, rol: 'slachtoffer' }]));
    expect(registered.statusCode, registered.body).toBe(201);
    expect(await events('scenario-geactiveerd')).toHaveLength(2);
    const linked = await politieClient.post(`/api/v1/casussen/${casusId}/meldingen`, { meldingId: registered.json().id });
    expect(linked.statusCode, linked.body).toBe(200);
    const activated = await events('scenario-geactiveerd');
    expect(activated).toHaveLength(3);
    expect(activated[2]).toMatchObject({ meldingId: registered.json().id, aanleiding: 'melding' });
  });

  it('is withdrawn by its owner (others in the casus 403, outsiders 404), and then no longer comes into effect', async () => {
    const url = `/api/v1/scenarios/${scenarioId}/intrekken`;
    expect((await omClient.post(url)).statusCode).toBe(403);
    expect((await zuidoost.post(url)).statusCode).toBe(404);
    expect((await politieClient.post(url, {}, { 'if-match': '"9"' })).statusCode).toBe(409);
    const withdrawn = await politieClient.post(url);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ actief: false, activeringen: expect.any(Array) });
    expect(withdrawn.json().activeringen).toHaveLength(3);
    expect(await events('scenario-ingetrokken')).toEqual([{ scenarioId }]);
    expect((await politieClient.post(url)).statusCode).toBe(409);

    const later = await zsmIntake('zsm-2');
    expect(later.statusCode).toBe(201);
    expect(await events('scenario-geactiveerd')).toHaveLength(3);
    expect((await omClient.get(`/api/v1/meldingen/${later.json().id}/scenarios`)).json().scenarios).toEqual([]);
  });
});
