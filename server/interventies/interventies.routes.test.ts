import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, TestClient, type TestEnv } from '../testing/fixtures';
import { interventieCodes, type Interventie } from './schemas';

let env: TestEnv;
let politieClient: TestClient;
let analistClient: TestClient;

beforeAll(async () => {
  env = await createTestEnv();
  const politie = await makeOrganisation(env, { soort: 'politie' });
  const vt = await makeOrganisation(env, { soort: 'veilig-thuis' });
  politieClient = await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: politie, rollen: ['medewerker'] }], demo: true, totp: false }));
  analistClient = await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: vt, rollen: ['analist'] }], demo: true, totp: false }));
});

afterAll(async () => {
  await env?.close();
});

describe('GET /api/v1/interventies', () => {
  it('gives the whole catalogue to any signed-in user, the analyst too (no personal data)', async () => {
    for (const client of [politieClient, analistClient]) {
      const response = await client.get('/api/v1/interventies');
      expect(response.statusCode).toBe(200);
      const { interventies } = response.json() as { interventies: Interventie[] };
      expect(interventies.map((i) => i.code)).toEqual([...interventieCodes]);
    }
  });

  it('filters by phase and legal domain', async () => {
    const response = await politieClient.get('/api/v1/interventies?fase=acuut&rechtsdomein=bestuursrecht');
    expect(response.statusCode).toBe(200);
    expect((response.json() as { interventies: Interventie[] }).interventies.map((i) => i.code)).toEqual(['tijdelijk-huisverbod']);

    const straf = (await politieClient.get('/api/v1/interventies?rechtsdomein=strafrecht')).json() as { interventies: Interventie[] };
    expect(straf.interventies.length).toBeGreaterThan(1);
    expect(straf.interventies.every((i) => i.rechtsdomein === 'strafrecht')).toBe(true);
  });

  it('refuses an unknown phase or legal domain with a 400 naming the field', async () => {
    const fase = await politieClient.get('/api/v1/interventies?fase=crisis');
    expect(fase.statusCode).toBe(400);
    expect(fase.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['querystring.fase']);
    const domein = await politieClient.get('/api/v1/interventies?rechtsdomein=civiel-recht');
    expect(domein.statusCode).toBe(400);
    expect(domein.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['querystring.rechtsdomein']);
  });

  it('needs a session', async () => {
    const response = await new TestClient(env.app).get('/api/v1/interventies');
    expect(response.statusCode).toBe(401);
  });
});
