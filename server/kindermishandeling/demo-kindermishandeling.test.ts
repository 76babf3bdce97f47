import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../testing/fixtures';
import { DEMO_PASSWORD, loadDemoRegion } from '../demo/demo-region';
import { loadDemoKindermishandeling } from '../demo/demo-kindermishandeling';

/** The demo's strafbare kindermishandeling as `npm start` loads it. */
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  expect(await loadDemoRegion(env.db)).toBe(true);
  await loadDemoKindermishandeling(env.db, env.secretKey);
});
afterAll(async () => env?.close());

async function demoLogin(gebruikersnaam: string): Promise<TestClient> {
  const client = new TestClient(env.app);
  const response = await client.post('/api/v1/sessies', { gebruikersnaam, wachtwoord: DEMO_PASSWORD });
  expect(response.statusCode, response.body).toBe(201);
  return client;
}

describe('demo strafbare kindermishandeling', () => {
  it('Veilig Thuis sees the track with its plan (no violations, waiting for confirmation) and the contact persons', async () => {
    const vt = await demoLogin('vt.medewerker');
    const trajecten = (await vt.get('/api/v1/ssk')).json().items;
    expect(trajecten).toHaveLength(1);
    const plan = (await vt.get(`/api/v1/ssk/${trajecten[0].id}/onderzoeksplan`)).json();
    expect(plan).toMatchObject({ status: 'onderzoeksplan', schendingen: [] });
    expect(plan.stappen).toHaveLength(4);
    const contactpersonen = (await vt.get('/api/v1/kindermishandeling/contactpersonen')).json().items;
    expect(contactpersonen).toHaveLength(10);
    expect(contactpersonen[0].niveau).toBe('bureaudienst');
  });

  it('the FMEK doctor sees the request with the child, not the track', async () => {
    const arts = await demoLogin('fmek.arts');
    const verzoeken = (await arts.get('/api/v1/medische-verzoeken')).json().items;
    expect(verzoeken).toHaveLength(1);
    expect(verzoeken[0].kind.naam).toBe('Noah Willems');
    expect((await arts.get(`/api/v1/ssk/${verzoeken[0].trajectId}`)).statusCode).toBe(404);
  });
});
