import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../testing/fixtures';
import { DEMO_PASSWORD, loadDemoRegion } from './demo-region';
import { loadDemoNetwerk } from './demo-netwerk';

/** The demo's regional network: chair, members, five themes with leads, this year's plan, six meetings, a doubt case. */
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  await loadDemoRegion(env.db);
  await loadDemoNetwerk(env.db);
});
afterAll(async () => env?.close());

async function demoLogin(gebruikersnaam: string): Promise<TestClient> {
  const client = new TestClient(env.app);
  const response = await client.post('/api/v1/sessies', { gebruikersnaam, wachtwoord: DEMO_PASSWORD });
  expect(response.statusCode, response.body).toBe(201);
  return client;
}

describe('demo network Oost-Brabant', () => {
  it('gives rnzs.lid a network it chairs, with five themes, a set work plan and six meetings', async () => {
    const lid = await demoLogin('rnzs.lid');
    const leden = (await lid.get('/api/v1/netwerk/leden')).json();
    expect(leden.voorzitter).toMatchObject({ naam: 'Marloes van Dijk', organisatieNaam: 'OM Oost-Brabant' });
    expect(leden.organisaties.flatMap((o: { leden: unknown[] }) => o.leden)).toHaveLength(3);
    const themas = (await lid.get('/api/v1/netwerk/themas')).json().themas;
    expect(themas).toHaveLength(5);
    expect(themas.every((t: { trekker: unknown }) => t.trekker !== null)).toBe(true);
    const jaar = new Date().getUTCFullYear();
    const plan = (await lid.get(`/api/v1/netwerk/werkplannen/${jaar}`)).json();
    expect(plan.themas).toHaveLength(5);
    expect(plan.vastgesteldOp).not.toBeNull();
    const bijeenkomsten = (await lid.get(`/api/v1/netwerk/bijeenkomsten?jaar=${jaar}`)).json();
    expect(bijeenkomsten).toMatchObject({ aantalGepland: 6, teWeinig: false });
    expect((await lid.get('/api/v1/netwerk/twijfelcasussen')).json().twijfelcasussen).toHaveLength(1);
  });
});
