import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../testing/fixtures';
import { DEMO_PASSWORD, loadDemoRegion } from './demo-region';
import { loadDemoCasussen } from './demo-casussen';
import { loadDemoActieoverleg } from './demo-actieoverleg';

/** The demo region as `npm start` loads it: the accounts log in and the demo cases tell a coherent story. */
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  expect(await loadDemoRegion(env.db)).toBe(true);
  await loadDemoCasussen(env.db, env.secretKey);
  await loadDemoActieoverleg(env.db);
});
afterAll(async () => env?.close());

async function demoLogin(gebruikersnaam: string): Promise<TestClient> {
  const client = new TestClient(env.app);
  const response = await client.post('/api/v1/sessies', { gebruikersnaam, wachtwoord: DEMO_PASSWORD });
  expect(response.statusCode, response.body).toBe(201);
  return client;
}

describe('demo region', () => {
  it('does not load twice', async () => {
    expect(await loadDemoRegion(env.db)).toBe(false);
  });

  it('gives Veilig Thuis Brabant-Noordoost a casus whose timeline shows the whole run so far', async () => {
    const vt = await demoLogin('vt.medewerker');
    const lijst = (await vt.get('/api/v1/casussen')).json();
    expect(lijst.casussen).toHaveLength(1);
    const casusId = lijst.casussen[0].id;
    const soorten = (await vt.get(`/api/v1/casussen/${casusId}/tijdlijn`)).json().items.map((e: { soort: string }) => e.soort);
    for (const soort of ['casus-geopend', 'melding-gekoppeld', 'deelnemer-toegevoegd', 'bevraging-gesteld', 'bevraging-beantwoord', 'informatie-gedeeld', 'taak-aangemaakt']) {
      expect(soorten, soort).toContain(soort);
    }
    const taken = (await vt.get('/api/v1/taken')).json().taken.map((t: { soort: string }) => t.soort);
    expect(taken).toEqual(expect.arrayContaining(['veiligheidstaxatie', 'afstemming-politie-om']));
  });

  it('gives the Actieoverleg chair the Oss family\'s referral, waiting for a decision', async () => {
    const voorzitter = await demoLogin('ao.voorzitter');
    const overzicht = (await voorzitter.get('/api/v1/actieoverleg/overzicht')).json();
    expect(overzicht.wachtend).toHaveLength(1);
    expect(overzicht.wachtend[0]).toMatchObject({ status: 'ingediend', criteriaVoldaan: true, herhaling: null });
  });

  it('keeps the two Veilig Thuis organisations apart, and the police see the casus they joined', async () => {
    const vt = await demoLogin('vt.medewerker');
    const vtzob = await demoLogin('vtzob.medewerker');
    const politie = await demoLogin('politie.medewerker');
    const eigen = (await vt.get('/api/v1/casussen')).json().casussen[0].id;
    const ander = (await vtzob.get('/api/v1/casussen')).json().casussen;
    expect(ander).toHaveLength(1);
    expect(ander[0].id).not.toBe(eigen);
    expect((await vtzob.get(`/api/v1/casussen/${eigen}`)).statusCode).toBe(404);
    expect((await politie.get(`/api/v1/casussen/${eigen}`)).statusCode).toBe(200);
  });

  it('gives the region its weekly Actieoverleg with fixed members, partners on call and the next meeting planned', async () => {
    const politie = await demoLogin('politie.medewerker');
    const reeksen = (await politie.get('/api/v1/actieoverleg-reeksen')).json().reeksen;
    expect(reeksen).toHaveLength(1);
    expect(reeksen[0]).toMatchObject({ weekdag: 4, begintijd: '13:30', duurMinuten: 180 });
    const leden = reeksen[0].leden.map((l: { organisatie: { naam: string }; soort: string; vertegenwoordiger: { naam: string } | null }) => [l.organisatie.naam, l.soort, l.vertegenwoordiger?.naam]);
    expect(leden).toEqual(
      expect.arrayContaining([
        ['Veilig Thuis Brabant-Noordoost', 'vast', 'Fatima el Amrani'],
        ['Politie Oost-Brabant', 'vast', 'Sanne Verhoeven'],
        ['OM Oost-Brabant', 'vast', 'mr. Pieter de Wit'],
        ['Raad voor de Kinderbescherming', 'op-afroep', 'Ahmed Yilmaz'],
        ['Reclassering Nederland', 'op-afroep', 'Lotte Peeters'],
      ]),
    );
    const overleggen = (await politie.get('/api/v1/actieoverleggen')).json().actieoverleggen;
    expect(overleggen).toEqual([expect.objectContaining({ status: 'gepland', rol: 'vast-lid', aantalAgendapunten: 0 })]);
    // The partners on call see nothing until the chair invites them to an item.
    expect((await (await demoLogin('rvdk.medewerker')).get('/api/v1/actieoverleggen')).json().actieoverleggen).toEqual([]);
  });
});
