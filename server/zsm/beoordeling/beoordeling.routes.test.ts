import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import type { Organisatie, OrganisatieSoort } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { maakTestZaak } from '../afdoening/zsm-testzaak';

/** The VT safety assessment and the 3RO / RvdK input on a ZSM case, with who may do what. */
let env: TestEnv;
const org = {} as Record<'vt' | 'vt2' | 'politie' | 'om' | 'reclassering' | 'rvdk' | 'vtElders', Organisatie>;
const as = {} as Record<'vt' | 'vt2' | 'politie' | 'om' | 'reclassering' | 'rvdk' | 'vtElders' | 'analist', TestClient>;

async function client(organisatie: Organisatie, rollen: Rol[] = ['medewerker']): Promise<TestClient> {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
}

beforeAll(async () => {
  env = await createTestEnv();
  const soorten: [keyof typeof org, OrganisatieSoort, string?][] = [
    ['vt', 'veilig-thuis'],
    ['vt2', 'veilig-thuis'],
    ['politie', 'politie'],
    ['om', 'openbaar-ministerie'],
    ['reclassering', 'reclassering'],
    ['rvdk', 'raad-voor-de-kinderbescherming'],
    ['vtElders', 'veilig-thuis', 'elders'],
  ];
  for (const [naam, soort, regio] of soorten) org[naam] = await makeOrganisation(env, { soort, ...(regio ? { regio } : {}) });
  for (const naam of Object.keys(org) as (keyof typeof org)[]) as[naam] = await client(org[naam]);
  as.analist = await client(org.politie, ['analist']);
});
afterAll(async () => env?.close());

const zaak = (vt: Organisatie | null = null) => maakTestZaak(env, { client: as.politie, organisatie: org.politie }, { vt });
const url = (zaakId: string, deel: string) => `/api/v1/zsm-zaken/${zaakId}/${deel}`;
const beoordeling = { acuutOnveilig: true, veiligheidsvoorwaardenNodig: true, geadviseerdeVoorwaarden: ['contactverbod'], context: 'Eerder bekend.', overdracht: '' };

async function tijdlijn(c: TestClient, casusId: string): Promise<{ soort: string; gegevens: Record<string, unknown> }[]> {
  const res = await c.get(`/api/v1/casussen/${casusId}/tijdlijn`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

describe('the VT safety assessment', () => {
  it('is for Veilig Thuis only: police 403, analist 403, a VT of another region 404', async () => {
    const { zaakId } = await zaak();
    expect((await as.politie.put(url(zaakId, 'veiligheidsbeoordeling'), beoordeling)).statusCode).toBe(403);
    expect((await as.analist.put(url(zaakId, 'veiligheidsbeoordeling'), beoordeling)).statusCode).toBe(403);
    expect((await as.vtElders.put(url(zaakId, 'veiligheidsbeoordeling'), beoordeling)).statusCode).toBe(404);
    expect((await as.vtElders.get(url(zaakId, 'veiligheidsbeoordeling'))).statusCode).toBe(404);
  });

  it('makes the assessing VT the case\'s VT: it joins the casus, the other VT no longer sees the case', async () => {
    const { zaakId, casusId } = await zaak();
    expect((await as.vt2.get(url(zaakId, 'veiligheidsbeoordeling'))).json()).toEqual({ veiligheidsbeoordeling: null });
    const res = await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), beoordeling);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json()).toMatchObject({ zaakId, vtOrganisatie: { id: org.vt.id }, acuutOnveilig: true, geadviseerdeVoorwaarden: ['contactverbod'], versie: 1 });
    expect((await as.vt2.get(url(zaakId, 'veiligheidsbeoordeling'))).statusCode).toBe(404);
    expect((await as.vt.get(`/api/v1/casussen/${casusId}`)).statusCode).toBe(200);
    const events = await tijdlijn(as.vt, casusId);
    expect(events.filter((e) => e.soort === 'zsm-veiligheidsbeoordeling')).toEqual([
      expect.objectContaining({ gegevens: expect.objectContaining({ zaakId, acuutOnveilig: true, voorwaardenNodig: true, minutenNaAanhouding: expect.any(Number) }) }),
    ]);
  });

  it('updates with If-Match only (428 without, 409 when stale), one timeline event, and completes the VT task', async () => {
    const { zaakId, casusId } = await zaak(org.vt);
    expect((await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), beoordeling)).statusCode).toBe(201);
    const taken = (await as.vt.get('/api/v1/taken?status=afgerond')).json().taken;
    expect(taken).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'zsm-veiligheidsbeoordeling', casus: expect.objectContaining({ id: casusId }) })]));

    const zonder = await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), { ...beoordeling, acuutOnveilig: false });
    expect(zonder.statusCode).toBe(428);
    const oud = await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), beoordeling, { 'if-match': '"7"' });
    expect(oud.statusCode).toBe(409);
    expect(oud.json()).toMatchObject({ code: 'versie-verouderd', huidigeVersie: 1 });
    const goed = await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), { ...beoordeling, acuutOnveilig: false, overdracht: 'Na 17:00 schriftelijk.' }, { 'if-match': '"1"' });
    expect(goed.statusCode, goed.body).toBe(200);
    expect(goed.json()).toMatchObject({ acuutOnveilig: false, overdracht: 'Na 17:00 schriftelijk.', versie: 2 });

    const gelezen = await as.politie.get(url(zaakId, 'veiligheidsbeoordeling'));
    expect(gelezen.statusCode).toBe(200);
    expect(gelezen.headers.etag).toBe('"2"');
    expect(gelezen.json().veiligheidsbeoordeling).toMatchObject({ acuutOnveilig: false, versie: 2 });
    expect((await tijdlijn(as.politie, casusId)).filter((e) => e.soort === 'zsm-veiligheidsbeoordeling')).toHaveLength(1);
  });

  it('refuses advised conditions when conditions are not needed, and unknown conditions (400 naming the field)', async () => {
    const { zaakId } = await zaak(org.vt);
    const tegenstrijdig = await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), { ...beoordeling, veiligheidsvoorwaardenNodig: false });
    expect(tegenstrijdig.statusCode).toBe(400);
    expect(tegenstrijdig.json().invalidParams).toEqual([expect.objectContaining({ name: 'geadviseerdeVoorwaarden' })]);
    const onbekend = await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), { ...beoordeling, geadviseerdeVoorwaarden: ['huisarrest'] });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().invalidParams[0].name).toMatch(/^geadviseerdeVoorwaarden/);
    expect((await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), { acuutOnveilig: true })).json().invalidParams[0].name).toBe('veiligheidsvoorwaardenNodig');
  });
});

describe('3RO advice and RvdK involvement', () => {
  it('takes 3RO advice from reclassering and involvement from the Raad; both join the casus; listed oldest first', async () => {
    const { zaakId, casusId } = await zaak(org.vt);
    const advies = await as.reclassering.post(url(zaakId, 'adviezen'), { soort: '3ro-advies', inhoud: 'Toezicht met contactverbod haalbaar.' });
    expect(advies.statusCode, advies.body).toBe(201);
    expect(advies.json()).toMatchObject({ soort: '3ro-advies', organisatie: { id: org.reclassering.id } });
    expect((await as.rvdk.post(url(zaakId, 'adviezen'), { soort: 'rvdk-betrokkenheid', inhoud: 'Twee kinderen; raadsonderzoek loopt.' })).statusCode).toBe(201);
    expect((await as.reclassering.post(url(zaakId, 'adviezen'), { soort: 'hg-spreekuur', inhoud: 'Ingepland donderdag.' })).statusCode).toBe(201);

    const lijst = (await as.vt.get(url(zaakId, 'adviezen'))).json().adviezen;
    expect(lijst.map((a: { soort: string }) => a.soort)).toEqual(['3ro-advies', 'rvdk-betrokkenheid', 'hg-spreekuur']);
    expect((await as.reclassering.get(`/api/v1/casussen/${casusId}`)).statusCode).toBe(200);
    expect((await as.rvdk.get(`/api/v1/casussen/${casusId}`)).statusCode).toBe(200);
    const events = (await tijdlijn(as.om, casusId)).filter((e) => e.soort === 'zsm-advies');
    expect(events.map((e) => e.gegevens.adviesSoort)).toEqual(['3ro-advies', 'rvdk-betrokkenheid', 'hg-spreekuur']);
    expect(JSON.stringify(events)).not.toContain('contactverbod haalbaar');
  });

  it('asks the Raad of the region for its involvement when children are involved; recording it completes the task', async () => {
    const { zaakId } = await maakTestZaak(env, { client: as.politie, organisatie: org.politie }, { vt: org.vt, kinderen: 2 });
    const open = async () =>
      ((await as.rvdk.get('/api/v1/taken')).json().taken as { soort: string; status: string; casus: { id: string } | null; titel: string }[]).filter(
        (t) => t.soort === 'zsm-advies' && t.status === 'open',
      );
    expect((await open()).map((t) => t.titel)).toContain('ZSM: kinderen betrokken — betrokkenheid van de Raad');
    const before = (await open()).length;
    expect((await as.rvdk.post(url(zaakId, 'adviezen'), { soort: 'rvdk-betrokkenheid', inhoud: 'Gezin bekend; geen lopend onderzoek.' })).statusCode).toBe(201);
    expect((await open()).length).toBe(before - 1);
    // Without children (and an adult suspect) the Raad is not asked.
    await maakTestZaak(env, { client: as.politie, organisatie: org.politie }, { vt: org.vt });
    expect((await open()).length).toBe(before - 1);
  });

  it('refuses the wrong kind of organisation: other partner 400 naming soort, police and VT 403, empty text 400', async () => {
    const { zaakId } = await zaak(org.vt);
    const verkeerd = await as.reclassering.post(url(zaakId, 'adviezen'), { soort: 'rvdk-betrokkenheid', inhoud: 'x' });
    expect(verkeerd.statusCode).toBe(400);
    expect(verkeerd.json().invalidParams).toEqual([expect.objectContaining({ name: 'soort', code: 'soort-niet-voor-organisatie' })]);
    expect((await as.rvdk.post(url(zaakId, 'adviezen'), { soort: '3ro-advies', inhoud: 'x' })).statusCode).toBe(400);
    const politie = await as.politie.post(url(zaakId, 'adviezen'), { soort: '3ro-advies', inhoud: 'x' });
    expect(politie.statusCode).toBe(403);
    expect(politie.json().detail).toMatch(/reclassering/);
    expect((await as.vt.post(url(zaakId, 'adviezen'), { soort: 'rvdk-betrokkenheid', inhoud: 'x' })).statusCode).toBe(403);
    expect((await as.reclassering.post(url(zaakId, 'adviezen'), { soort: '3ro-advies', inhoud: '  ' })).json().invalidParams[0].name).toBe('inhoud');
  });

  it('hides the case from a VT that is not the case\'s (404) and from the analist (403)', async () => {
    const { zaakId } = await zaak(org.vt);
    expect((await as.vt2.get(url(zaakId, 'adviezen'))).statusCode).toBe(404);
    expect((await as.analist.get(url(zaakId, 'adviezen'))).statusCode).toBe(403);
  });
});
