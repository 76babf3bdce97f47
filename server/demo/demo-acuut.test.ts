import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../testing/fixtures';
import { DEMO_PASSWORD, loadDemoRegion } from './demo-region';
import { loadDemoAcuut } from './demo-acuut';
import type { BereikbaarNu } from '../acuut/schemas';

/** The demo's Samen op in Acuut roster as `npm start` loads it. */
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  expect(await loadDemoRegion(env.db)).toBe(true);
  await loadDemoAcuut(env.db);
});
afterAll(async () => env?.close());

describe('demo Samen op in Acuut', () => {
  it('the police see someone on call now at both Veilig Thuis organisations and the CIT, on 0800-2000', async () => {
    const client = new TestClient(env.app);
    expect((await client.post('/api/v1/sessies', { gebruikersnaam: 'politie.medewerker', wachtwoord: DEMO_PASSWORD })).statusCode).toBe(201);
    const res = await client.get('/api/v1/acuut/bereikbaar-nu');
    expect(res.statusCode, res.body).toBe(200);
    const nu = res.json() as BereikbaarNu;
    expect(nu.organisaties).toHaveLength(3);
    for (const o of nu.organisaties) expect(o.nu.length, o.organisatie.naam).toBe(1);
    const vt = nu.organisaties.filter((o) => o.organisatie.soort === 'veilig-thuis');
    expect(vt.every((o) => o.nu[0]!.telefoon === '0800-2000')).toBe(true);
  });
});
