import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import type { Organisatie, OrganisatieSoort } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { maakTestZaak } from '../../zsm/afdoening/zsm-testzaak';

/** The tijdelijk huisverbod: consider, impose with its tasks, address, extend, violation, end; access and versions. */
let env: TestEnv;
type Org = 'vt' | 'politie' | 'reclassering' | 'politieElders';
const org = {} as Record<Org, Organisatie>;
const as = {} as Record<Org | 'analist', TestClient>;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function client(organisatie: Organisatie, rollen: Rol[] = ['medewerker']): Promise<TestClient> {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
}

beforeAll(async () => {
  env = await createTestEnv();
  const soorten: [Org, OrganisatieSoort, string?][] = [
    ['vt', 'veilig-thuis'],
    ['politie', 'politie'],
    ['reclassering', 'reclassering'],
    ['politieElders', 'politie', 'elders'],
  ];
  for (const [naam, soort, regio] of soorten) org[naam] = await makeOrganisation(env, { soort, ...(regio ? { regio } : {}) });
  for (const [naam] of soorten) as[naam] = await client(org[naam]);
  as.analist = await client(org.politie, ['analist']);
});
afterAll(async () => env?.close());

async function casusMetZaak(): Promise<{ casusId: string; zaakId: string; verdachte: string }> {
  const { casusId, zaakId } = await maakTestZaak(env, { client: as.politie, organisatie: org.politie }, { vt: org.vt });
  const { rows } = await env.db.query<{ persoon_id: string }>(`select persoon_id from casus_personen where casus_id = $1 and rol = 'verdachte'`, [casusId]);
  return { casusId, zaakId, verdachte: rows[0]!.persoon_id };
}

async function versieVan(c: TestClient, id: string): Promise<string> {
  const res = await c.get(`/api/v1/thv/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return String(res.headers.etag);
}

async function wijzig(c: TestClient, id: string, pad: string, body: unknown = {}) {
  return c.post(`/api/v1/thv/${id}/${pad}`, body, { 'if-match': await versieVan(as.politie, id) });
}

async function taken(c: TestClient, casusId: string, soort: string) {
  const res = await c.get('/api/v1/taken');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().taken as { soort: string; deadline: string; casus: { id: string } | null; status: string; onderwerp: unknown }[]).filter(
    (t) => t.soort === soort && t.casus?.id === casusId,
  );
}

async function tijdlijn(casusId: string): Promise<{ soort: string; gegevens: Record<string, unknown> }[]> {
  const res = await as.politie.get(`/api/v1/casussen/${casusId}/tijdlijn`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

describe('a tijdelijk huisverbod from consideration to its end', () => {
  it('consider → impose → address → extend → violation → end, with tasks in the right inboxes', async () => {
    const { casusId, zaakId, verdachte } = await casusMetZaak();
    const overwogen = await as.politie.post(`/api/v1/casussen/${casusId}/thv`, { uithuisgeplaatstePersoonId: verdachte, vtGeraadpleegd: true, zsmZaakId: zaakId });
    expect(overwogen.statusCode, overwogen.body).toBe(201);
    const thv = overwogen.json();
    expect(thv).toMatchObject({ status: 'overwogen', zsmZaakId: zaakId, vtGeraadpleegd: true, termijnen: [], overtredingen: [] });

    // Imposed two hours ago; not in the future.
    const toekomst = await wijzig(as.politie, thv.id, 'opleggen', { opgelegdOp: new Date(Date.now() + DAY).toISOString(), opgelegdDoor: 'J. de Vries' });
    expect(toekomst.statusCode).toBe(400);
    expect(toekomst.json().invalidParams[0].name).toBe('opgelegdOp');
    expect((await wijzig(as.politie, thv.id, 'opleggen', { opgelegdOp: new Date().toISOString(), opgelegdDoor: ' ' })).statusCode).toBe(400);
    const opgelegdOp = new Date(Date.now() - 2 * HOUR);
    const vtOpleggen = await as.vt.post(`/api/v1/thv/${thv.id}/opleggen`, { opgelegdOp: opgelegdOp.toISOString(), opgelegdDoor: 'J. de Vries' }, { 'if-match': await versieVan(as.vt, thv.id) });
    expect(vtOpleggen.statusCode).toBe(403);
    const opgelegd = await wijzig(as.politie, thv.id, 'opleggen', { opgelegdOp: opgelegdOp.toISOString(), opgelegdDoor: 'J. de Vries' });
    expect(opgelegd.statusCode, opgelegd.body).toBe(200);
    const einde = new Date(opgelegdOp.getTime() + 10 * DAY);
    expect(opgelegd.json()).toMatchObject({ status: 'opgelegd', eindeOp: einde.toISOString(), opgelegdDoor: 'J. de Vries' });
    expect(opgelegd.json().termijnen).toEqual([
      { soort: 'adres-binnen-24-uur', deadline: new Date(opgelegdOp.getTime() + DAY).toISOString() },
      { soort: 'verlengingsbesluit', deadline: new Date(einde.getTime() - DAY).toISOString() },
      { soort: 'einde', deadline: einde.toISOString() },
    ]);
    expect((await wijzig(as.politie, thv.id, 'opleggen', { opgelegdOp: opgelegdOp.toISOString(), opgelegdDoor: 'J. de Vries' })).json()).toMatchObject({
      status: 409,
      detail: 'Dit huisverbod is opgelegd: opleggen kan alleen bij een huisverbod dat wordt overwogen.',
    });

    // Tasks: address and extension decision for the police, the end for Veilig Thuis.
    expect((await taken(as.politie, casusId, 'thv-adres')).map((t) => t.deadline)).toEqual([new Date(opgelegdOp.getTime() + DAY).toISOString()]);
    expect((await taken(as.politie, casusId, 'thv-verlengingsbesluit')).map((t) => t.deadline)).toEqual([new Date(einde.getTime() - DAY).toISOString()]);
    expect(await taken(as.politie, casusId, 'thv-einde')).toEqual([]);
    expect((await taken(as.vt, casusId, 'thv-einde')).map((t) => t.deadline)).toEqual([einde.toISOString()]);
    expect(await taken(as.vt, casusId, 'thv-adres')).toEqual([]);
    expect((await taken(as.politie, casusId, 'thv-adres')).map((t) => t.onderwerp)).toEqual([{ soort: 'thv', id: thv.id }]);

    // The address: the task is done, the deadline leaves the THV.
    const leeg = await wijzig(as.politie, thv.id, 'adres', { verblijfadres: '  ' });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().invalidParams[0].name).toBe('verblijfadres');
    const adres = await wijzig(as.politie, thv.id, 'adres', { verblijfadres: 'Logeeradres, Kerkstraat 1, Oss' });
    expect(adres.statusCode, adres.body).toBe(200);
    expect(adres.json().adresGeregistreerdOp).not.toBeNull();
    expect(adres.json().verblijfadres).toBe('Logeeradres, Kerkstraat 1, Oss');
    expect(adres.json().termijnen.map((t: { soort: string }) => t.soort)).toEqual(['verlengingsbesluit', 'einde']);
    expect(await taken(as.politie, casusId, 'thv-adres')).toEqual([]);
    expect((await wijzig(as.politie, thv.id, 'adres', { verblijfadres: 'Elders 2' })).statusCode).toBe(409);

    // Extension: beyond 4 weeks → 400 nieuweEindeOp; decision after the end → 400 besluitOp; within → OK.
    const teVer = await wijzig(as.politie, thv.id, 'verlengen', { nieuweEindeOp: new Date(opgelegdOp.getTime() + 28 * DAY + 1000).toISOString(), besluitOp: new Date().toISOString() });
    expect(teVer.statusCode).toBe(400);
    expect(teVer.json().invalidParams[0].name).toBe('nieuweEindeOp');
    const nietNa = await wijzig(as.politie, thv.id, 'verlengen', { nieuweEindeOp: einde.toISOString(), besluitOp: new Date().toISOString() });
    expect(nietNa.json().invalidParams[0].name).toBe('nieuweEindeOp');
    const laatBesluit = await wijzig(as.politie, thv.id, 'verlengen', { nieuweEindeOp: new Date(opgelegdOp.getTime() + 20 * DAY).toISOString(), besluitOp: einde.toISOString() });
    expect(laatBesluit.statusCode).toBe(400);
    expect(laatBesluit.json().invalidParams[0].name).toBe('besluitOp');
    const nieuweEinde = new Date(opgelegdOp.getTime() + 20 * DAY);
    const verlengd = await wijzig(as.politie, thv.id, 'verlengen', { nieuweEindeOp: nieuweEinde.toISOString(), besluitOp: new Date().toISOString() });
    expect(verlengd.statusCode, verlengd.body).toBe(200);
    expect(verlengd.json()).toMatchObject({ status: 'verlengd', eindeOp: nieuweEinde.toISOString() });
    expect((await taken(as.vt, casusId, 'thv-einde')).map((t) => t.deadline)).toEqual([nieuweEinde.toISOString()]);
    // The first decision is done; a further extension up to 4 weeks is still possible: a new decision task.
    expect((await taken(as.politie, casusId, 'thv-verlengingsbesluit')).map((t) => t.deadline)).toEqual([new Date(nieuweEinde.getTime() - DAY).toISOString()]);

    // Extended to the very last day: no decision left to take.
    const uiterst = new Date(opgelegdOp.getTime() + 28 * DAY);
    const tweede = await wijzig(as.politie, thv.id, 'verlengen', { nieuweEindeOp: uiterst.toISOString(), besluitOp: new Date().toISOString() });
    expect(tweede.statusCode, tweede.body).toBe(200);
    expect(tweede.json().termijnen.map((t: { soort: string }) => t.soort)).toEqual(['einde']);
    expect(await taken(as.politie, casusId, 'thv-verlengingsbesluit')).toEqual([]);

    // A violation, recorded by Veilig Thuis; its description stays off the timeline.
    const vtVersie = await versieVan(as.vt, thv.id);
    const overtreding = await as.vt.post(`/api/v1/thv/${thv.id}/overtredingen`, { op: new Date(Date.now() - HOUR).toISOString(), omschrijving: 'Stond om 23:00 voor de deur' }, { 'if-match': vtVersie });
    expect(overtreding.statusCode, overtreding.body).toBe(200);
    expect(overtreding.json().overtredingen).toEqual([expect.objectContaining({ omschrijving: 'Stond om 23:00 voor de deur', doorOrganisatieId: org.vt.id })]);
    expect((await wijzig(as.politie, thv.id, 'overtredingen', { op: new Date(opgelegdOp.getTime() - HOUR).toISOString() })).json().invalidParams[0].name).toBe('op');

    // The end: open tasks lapse.
    const beeindigd = await wijzig(as.politie, thv.id, 'beeindigen');
    expect(beeindigd.statusCode, beeindigd.body).toBe(200);
    expect(beeindigd.json()).toMatchObject({ status: 'beeindigd', termijnen: [] });
    expect(await taken(as.vt, casusId, 'thv-einde')).toEqual([]);
    expect((await wijzig(as.politie, thv.id, 'verlengen', { nieuweEindeOp: uiterst.toISOString(), besluitOp: new Date().toISOString() })).statusCode).toBe(409);

    const soorten = (await tijdlijn(casusId)).filter((e) => e.soort.startsWith('thv-'));
    expect(soorten.map((e) => e.soort).sort()).toEqual(['thv-beeindigd', 'thv-opgelegd', 'thv-overtreding', 'thv-overwogen', 'thv-verlengd', 'thv-verlengd'].sort());
    expect(soorten.find((e) => e.soort === 'thv-opgelegd')!.gegevens.zsmZaakId).toBe(zaakId);
    expect(soorten.filter((e) => e.soort === 'thv-verlengd').map((e) => e.gegevens.dagenNaOpleggen).sort()).toEqual([20, 28]);
    expect(JSON.stringify(soorten)).not.toContain('voor de deur');

    const lijst = await as.vt.get(`/api/v1/casussen/${casusId}/thv`);
    expect(lijst.statusCode).toBe(200);
    expect(lijst.json().items).toEqual([expect.objectContaining({ id: thv.id, status: 'beeindigd', overtredingen: [expect.anything()] })]);
  });

  it('waiving a considered ban keeps the reason off the timeline', async () => {
    const { casusId, verdachte } = await casusMetZaak();
    const thv = (await as.politie.post(`/api/v1/casussen/${casusId}/thv`, { uithuisgeplaatstePersoonId: verdachte, vtGeraadpleegd: false })).json();
    const afgezien = await wijzig(as.politie, thv.id, 'afzien', { reden: 'Betrokkene verblijft al elders' });
    expect(afgezien.statusCode, afgezien.body).toBe(200);
    expect(afgezien.json()).toMatchObject({ status: 'afgezien', afgezienReden: 'Betrokkene verblijft al elders' });
    expect((await wijzig(as.politie, thv.id, 'beeindigen')).statusCode).toBe(409);
    const events = (await tijdlijn(casusId)).filter((e) => e.soort === 'thv-afgezien');
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('elders');
  });
});

describe('access and input', () => {
  it('400 naming the person or ZSM case not of the casus; 404 for non-participants; 403 for VT, reclassering and analist', async () => {
    const { casusId, verdachte } = await casusMetZaak();
    const ander = await casusMetZaak();
    const vreemdePersoon = await as.politie.post(`/api/v1/casussen/${casusId}/thv`, { uithuisgeplaatstePersoonId: ander.verdachte, vtGeraadpleegd: true });
    expect(vreemdePersoon.statusCode).toBe(400);
    expect(vreemdePersoon.json().invalidParams[0].name).toBe('uithuisgeplaatstePersoonId');
    const vreemdeZaak = await as.politie.post(`/api/v1/casussen/${casusId}/thv`, { uithuisgeplaatstePersoonId: verdachte, vtGeraadpleegd: true, zsmZaakId: ander.zaakId });
    expect(vreemdeZaak.json().invalidParams[0].name).toBe('zsmZaakId');
    expect((await as.politie.post(`/api/v1/casussen/${casusId}/thv`, { vtGeraadpleegd: true })).json().invalidParams[0].name).toBe('uithuisgeplaatstePersoonId');

    const body = { uithuisgeplaatstePersoonId: verdachte, vtGeraadpleegd: true };
    expect((await as.vt.post(`/api/v1/casussen/${casusId}/thv`, body)).statusCode).toBe(403);
    expect((await as.analist.post(`/api/v1/casussen/${casusId}/thv`, body)).statusCode).toBe(403);
    expect((await as.politieElders.post(`/api/v1/casussen/${casusId}/thv`, body)).statusCode).toBe(404);
    expect((await as.reclassering.post(`/api/v1/casussen/${casusId}/thv`, body)).statusCode).toBe(404);

    const thv = (await as.politie.post(`/api/v1/casussen/${casusId}/thv`, body)).json();
    expect((await as.politieElders.get(`/api/v1/thv/${thv.id}`)).statusCode).toBe(404);
    expect((await as.politieElders.get(`/api/v1/casussen/${casusId}/thv`)).statusCode).toBe(404);
    expect((await as.politieElders.post(`/api/v1/thv/${thv.id}/afzien`, { reden: 'x' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as.analist.get(`/api/v1/thv/${thv.id}`)).statusCode).toBe(403);
    expect((await as.analist.get(`/api/v1/thv/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(403);
    expect((await as.politie.get(`/api/v1/thv/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await as.vt.get(`/api/v1/thv/${thv.id}`)).statusCode).toBe(200);
  });

  it('If-Match: missing 428, stale 409 with the current version', async () => {
    const { casusId, verdachte } = await casusMetZaak();
    const thv = (await as.politie.post(`/api/v1/casussen/${casusId}/thv`, { uithuisgeplaatstePersoonId: verdachte, vtGeraadpleegd: true })).json();
    const body = { opgelegdOp: new Date().toISOString(), opgelegdDoor: 'J. de Vries' };
    expect((await as.politie.post(`/api/v1/thv/${thv.id}/opleggen`, body)).statusCode).toBe(428);
    const etag = await versieVan(as.politie, thv.id);
    expect((await as.politie.post(`/api/v1/thv/${thv.id}/opleggen`, body, { 'if-match': etag })).statusCode).toBe(200);
    const stale = await as.politie.post(`/api/v1/thv/${thv.id}/beeindigen`, {}, { 'if-match': etag });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'versie-verouderd', huidigeVersie: 2 });
  });
});
