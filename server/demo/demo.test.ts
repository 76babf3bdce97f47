import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../testing/fixtures';
import { DEMO_PASSWORD, loadDemoRegion } from './demo-region';
import { loadDemoCasussen } from './demo-casussen';

/** The demo region as `npm start` loads it: the accounts log in and the demo cases tell a coherent story. */
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  expect(await loadDemoRegion(env.db)).toBe(true);
  await loadDemoCasussen(env.db, env.secretKey);
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
});
