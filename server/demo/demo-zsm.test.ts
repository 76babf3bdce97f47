import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../testing/fixtures';
import { DEMO_PASSWORD, loadDemoRegion } from './demo-region';
import { loadDemoZsm } from './demo-zsm';
import type { ZsmBord, ZsmZaakDetail } from '../zsm/zaken/schemas';
import type { BereikbaarheidLijst } from '../zsm/bereikbaarheid/schemas';

/** The demo's ZSM part as `npm start` loads it: VT availability and one running case for the Uden family. */
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  expect(await loadDemoRegion(env.db)).toBe(true);
  await loadDemoZsm(env.db, env.secretKey);
});
afterAll(async () => env?.close());

async function demoLogin(gebruikersnaam: string): Promise<TestClient> {
  const client = new TestClient(env.app);
  const response = await client.post('/api/v1/sessies', { gebruikersnaam, wachtwoord: DEMO_PASSWORD });
  expect(response.statusCode, response.body).toBe(201);
  return client;
}

describe('demo ZSM', () => {
  it('the police and VT Brabant-Noordoost see the running Uden case with its clock; VT Zuidoost-Brabant does not', async () => {
    const politie = (await (await demoLogin('politie.medewerker')).get('/api/v1/zsm-zaken')).json() as ZsmBord;
    expect(politie.zaken).toHaveLength(1);
    const zaak = politie.zaken[0]!;
    expect(zaak).toMatchObject({
      verdachte: { naam: 'Marco Hermans', minderjarig: false },
      vtOrganisatie: { naam: 'Veilig Thuis Brabant-Noordoost' },
      vtStatus: 'nog-geen-contact',
      kinderenBetrokken: true,
      status: 'lopend',
    });
    expect(Date.parse(zaak.aangehoudenOp)).toBeLessThan(Date.now() - 1.9 * 3_600_000);
    expect(zaak.vtNuBereikbaar).not.toBeNull();

    const vt = await demoLogin('vt.medewerker');
    const detail = (await vt.get(`/api/v1/zsm-zaken/${zaak.id}`)).json() as ZsmZaakDetail;
    expect(detail.kinderen.map((k) => k.naam)).toEqual(['Noor Hermans', 'Daan Hermans']);
    expect(((await (await demoLogin('vtzob.medewerker')).get('/api/v1/zsm-zaken')).json() as ZsmBord).zaken).toHaveLength(0);
  });

  it('both VT organisations are reachable at every hour: office hours or the on-call service', async () => {
    const lijst = (await (await demoLogin('om.officier')).get('/api/v1/zsm-bereikbaarheid')).json() as BereikbaarheidLijst;
    expect(lijst.organisaties).toHaveLength(2);
    for (const o of lijst.organisaties) {
      expect(o.nuBereikbaar).not.toBeNull();
      expect(o.blokken).toHaveLength(17);
    }
    const zob = lijst.organisaties.find((o) => o.organisatie.naam === 'Veilig Thuis Zuidoost-Brabant')!;
    expect(zob.blokken.filter((b) => b.wijze === 'aan-tafel').map((b) => b.weekdag)).toEqual([3, 4, 5]);
  });
});
