import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../testing/fixtures';
import { DEMO_PASSWORD, loadDemoRegion } from '../demo/demo-region';
import { loadDemoCasussen } from '../demo/demo-casussen';
import { loadDemoActieoverleg } from '../demo/demo-actieoverleg';
import { loadDemoVeiligheidsplan } from '../demo/demo-veiligheidsplan';

/** The demo safety plan on the Oss casus: an open conflict between the police's contact ban and the Raad's access arrangement. */
let env: TestEnv;
let casusId: string;

beforeAll(async () => {
  env = await createTestEnv();
  expect(await loadDemoRegion(env.db)).toBe(true);
  await loadDemoCasussen(env.db, env.secretKey);
  await loadDemoActieoverleg(env.db);
  await loadDemoVeiligheidsplan(env.db);
  const { rows } = await env.db.query<{ casus_id: string }>('select casus_id from veiligheidsplannen');
  expect(rows).toHaveLength(1);
  casusId = rows[0]!.casus_id;
});
afterAll(async () => env?.close());

async function demoLogin(gebruikersnaam: string): Promise<TestClient> {
  const client = new TestClient(env.app);
  const response = await client.post('/api/v1/sessies', { gebruikersnaam, wachtwoord: DEMO_PASSWORD });
  expect(response.statusCode, response.body).toBe(201);
  return client;
}

describe('demo safety plan', () => {
  it('Veilig Thuis holds the regie and sees the unresolved crossing with both owners; the Raad does not see the police-only alarm', async () => {
    const vt = await demoLogin('vt.medewerker');
    const res = await vt.get(`/api/v1/casussen/${casusId}/veiligheidsplan`);
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json();
    expect(plan.regie.organisatie.naam).toBe('Veilig Thuis Brabant-Noordoost');
    expect(plan.inhoud.directeVeiligheid.onveiligeSituaties).toHaveLength(2);
    const conflicten = plan.interacties.filter((i: { soort: string; afgestemd: boolean }) => i.soort === 'doorkruist' && !i.afgestemd);
    expect(conflicten.map((c: { regel: string }) => c.regel)).toEqual(['contactverbod-omgang']);
    expect(plan.kanBevestigen).toBe(false);

    const raad = await demoLogin('rvdk.medewerker');
    const zicht = (await raad.get(`/api/v1/casussen/${casusId}/veiligheidsplan`)).json();
    expect(zicht.inhoud.interventies.map((i: { code: string }) => i.code)).not.toContain('noodalarm');
    expect(zicht.verborgenOnderdelen).toBe(1);
    const checkins = (await raad.get(`/api/v1/casussen/${casusId}/veiligheidsplan/checkins`)).json().checkins;
    expect(checkins).toHaveLength(2);
  });
});
