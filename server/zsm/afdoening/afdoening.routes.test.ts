import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import type { Organisatie, OrganisatieSoort } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { maakTestZaak } from './zsm-testzaak';
import { DEMO_ZSM_CHECKLIST, loadDemoZsmChecklist } from '../../demo/demo-zsm-checklist';

/** The region's checklist, the afdoeningsoverleg, and the OM decision with its gating, flag and feedback. */
let env: TestEnv;
type Org = 'vt' | 'politie' | 'om' | 'reclassering' | 'rvdk' | 'omElders' | 'politieElders';
const org = {} as Record<Org, Organisatie>;
const as = {} as Record<Org | 'officier' | 'officierElders' | 'beheerPolitie' | 'beheerVt' | 'beheerElders', TestClient>;

async function client(organisatie: Organisatie, rollen: Rol[] = ['medewerker']): Promise<TestClient> {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
}

beforeAll(async () => {
  env = await createTestEnv();
  const soorten: [Org, OrganisatieSoort, string?][] = [
    ['vt', 'veilig-thuis'],
    ['politie', 'politie'],
    ['om', 'openbaar-ministerie'],
    ['reclassering', 'reclassering'],
    ['rvdk', 'raad-voor-de-kinderbescherming'],
    ['omElders', 'openbaar-ministerie', 'elders'],
    ['politieElders', 'politie', 'elders'],
  ];
  for (const [naam, soort, regio] of soorten) org[naam] = await makeOrganisation(env, { soort, ...(regio ? { regio } : {}) });
  for (const [naam] of soorten) as[naam] = await client(org[naam]);
  as.officier = await client(org.om, ['officier-van-justitie']);
  as.officierElders = await client(org.omElders, ['officier-van-justitie']);
  as.beheerPolitie = await client(org.politie, ['functioneel-beheerder']);
  as.beheerVt = await client(org.vt, ['functioneel-beheerder']);
  as.beheerElders = await client(org.politieElders, ['functioneel-beheerder']);
});
afterAll(async () => env?.close());

const zaak = (opties: { vt?: Organisatie | null; aangehoudenOp?: Date; huiselijkGeweld?: boolean } = {}) =>
  maakTestZaak(env, { client: as.politie, organisatie: org.politie }, { ...opties, vt: opties.vt === undefined ? org.vt : opties.vt });
const url = (zaakId: string, deel: string) => `/api/v1/zsm-zaken/${zaakId}/${deel}`;
const acuutOnveilig = { acuutOnveilig: true, veiligheidsvoorwaardenNodig: true, geadviseerdeVoorwaarden: ['contactverbod', 'locatieverbod'] };

async function tijdlijn(c: TestClient, casusId: string): Promise<{ soort: string; op: string; gegevens: Record<string, unknown> }[]> {
  const res = await c.get(`/api/v1/casussen/${casusId}/tijdlijn`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

describe('the checklist of the region', () => {
  it('is kept by a functional administrator of the police or OM of the region: others 403', async () => {
    expect((await as.politie.get('/api/v1/zsm-checklist')).json()).toEqual({ punten: [] });
    const body = { punten: [{ tekst: 'Is Veilig Thuis geïnformeerd en gehoord?' }, { tekst: 'Ex-partner: is er sprake van stalking?' }] };
    expect((await as.beheerVt.put('/api/v1/zsm-checklist', body)).statusCode).toBe(403);
    expect((await as.politie.put('/api/v1/zsm-checklist', body)).statusCode).toBe(403);
    expect((await as.officier.put('/api/v1/zsm-checklist', body)).statusCode).toBe(403);
    const res = await as.beheerPolitie.put('/api/v1/zsm-checklist', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().punten.map((p: { tekst: string }) => p.tekst)).toEqual(body.punten.map((p) => p.tekst));
    expect((await as.vt.get('/api/v1/zsm-checklist')).json().punten).toHaveLength(2);
    expect((await as.politieElders.get('/api/v1/zsm-checklist')).json().punten).toEqual([]);
  });

  it('replaces the list: kept ids stay, missing points lapse, new ones are added; unknown or foreign ids are 400 naming the item', async () => {
    const huidig = (await as.politie.get('/api/v1/zsm-checklist')).json().punten as { id: string; tekst: string }[];
    const res = await as.beheerPolitie.put('/api/v1/zsm-checklist', {
      punten: [{ id: huidig[1]!.id, tekst: 'Ex-partner: stalking?' }, { tekst: 'Wie koppelt de beslissing terug aan Veilig Thuis?' }, { id: huidig[0]!.id, tekst: huidig[0]!.tekst }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const nieuw = res.json().punten as { id: string; tekst: string; volgorde: number }[];
    expect(nieuw.map((p) => p.tekst)).toEqual(['Ex-partner: stalking?', 'Wie koppelt de beslissing terug aan Veilig Thuis?', huidig[0]!.tekst]);
    expect(nieuw[0]!.id).toBe(huidig[1]!.id);

    const elders = await as.beheerElders.put('/api/v1/zsm-checklist', { punten: [{ id: nieuw[0]!.id, tekst: 'x' }] });
    expect(elders.statusCode).toBe(400);
    expect(elders.json().invalidParams).toEqual([expect.objectContaining({ name: 'punten[0].id', code: 'onbekend-punt' })]);
    const dubbel = await as.beheerPolitie.put('/api/v1/zsm-checklist', { punten: [{ id: nieuw[0]!.id, tekst: 'a' }, { id: nieuw[0]!.id, tekst: 'b' }] });
    expect(dubbel.json().invalidParams).toEqual([expect.objectContaining({ name: 'punten[1].id', code: 'dubbel-punt' })]);
    expect((await as.beheerPolitie.put('/api/v1/zsm-checklist', { punten: [{ tekst: ' ' }] })).json().invalidParams[0].name).toBe('punten[0].tekst');
  });

  it('gives the demo region its default list once', async () => {
    const demo = await makeOrganisation(env, { soort: 'politie', regio: 'oost-brabant' });
    await loadDemoZsmChecklist(env.db);
    await loadDemoZsmChecklist(env.db);
    const c = await client(demo);
    expect((await c.get('/api/v1/zsm-checklist')).json().punten.map((p: { tekst: string }) => p.tekst)).toEqual(DEMO_ZSM_CHECKLIST);
  });
});

describe('the afdoeningsoverleg', () => {
  it('is recorded by police or OM (VT 403, other region 404) with If-Match on change; held once is a timeline event with the ticked count', async () => {
    const { zaakId, casusId } = await zaak();
    const { checklist } = (await as.politie.get(url(zaakId, 'afdoeningsoverleg'))).json();
    expect(checklist.length).toBe(3);
    const plan = { geplandOp: new Date(Date.now() + 3_600_000).toISOString(), vtDeelname: 'telefonisch', checklist: [], gehouden: false };
    expect((await as.vt.put(url(zaakId, 'afdoeningsoverleg'), plan)).statusCode).toBe(403);
    expect((await as.politieElders.put(url(zaakId, 'afdoeningsoverleg'), plan)).statusCode).toBe(404);

    const gepland = await as.politie.put(url(zaakId, 'afdoeningsoverleg'), plan);
    expect(gepland.statusCode, gepland.body).toBe(201);
    expect(gepland.json()).toMatchObject({ vtDeelname: 'telefonisch', gehouden: false, versie: 1 });
    expect(gepland.json().checklist).toHaveLength(3);
    expect(gepland.json().checklist.every((p: { afgevinkt: boolean }) => !p.afgevinkt)).toBe(true);

    const gehouden = { vtDeelname: 'telefonisch', gehouden: true, checklist: [{ puntId: checklist[0].id, afgevinkt: true, toelichting: 'VT gebeld' }, { puntId: checklist[2].id, afgevinkt: true }] };
    expect((await as.officier.put(url(zaakId, 'afdoeningsoverleg'), gehouden)).statusCode).toBe(428);
    const oud = await as.officier.put(url(zaakId, 'afdoeningsoverleg'), gehouden, { 'if-match': '"0"' });
    expect(oud.statusCode).toBe(409);
    expect(oud.json()).toMatchObject({ code: 'versie-verouderd', huidigeVersie: 1 });
    const res = await as.officier.put(url(zaakId, 'afdoeningsoverleg'), gehouden, { 'if-match': '"1"' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ gehouden: true, versie: 2, geplandOp: plan.geplandOp });
    expect(res.json().checklist.filter((p: { afgevinkt: boolean }) => p.afgevinkt)).toHaveLength(2);

    // Once held, it stays held; a change of the region's list leaves the recorded texts alone.
    expect((await as.officier.put(url(zaakId, 'afdoeningsoverleg'), { ...gehouden, gehouden: false }, { 'if-match': '"2"' })).statusCode).toBe(409);
    await as.beheerPolitie.put('/api/v1/zsm-checklist', { punten: [{ tekst: 'Een heel nieuw punt' }] });
    const later = (await as.vt.get(url(zaakId, 'afdoeningsoverleg'))).json();
    expect(later.afdoeningsoverleg.checklist.map((p: { tekst: string }) => p.tekst)).toEqual(checklist.map((p: { tekst: string }) => p.tekst));
    expect(later.checklist.map((p: { tekst: string }) => p.tekst)).toEqual(['Een heel nieuw punt']);
    expect((await as.officier.put(url(zaakId, 'afdoeningsoverleg'), gehouden, { 'if-match': '"2"' })).statusCode).toBe(200);

    const events = (await tijdlijn(as.politie, casusId)).filter((e) => e.soort === 'zsm-afdoeningsoverleg');
    expect(events).toEqual([expect.objectContaining({ gegevens: { zaakId, vtDeelname: 'telefonisch', afgevinkt: 2, punten: 3 } })]);
  });

  it('names an unknown or repeated checklist point (400)', async () => {
    const { zaakId } = await zaak();
    const res = await as.politie.put(url(zaakId, 'afdoeningsoverleg'), {
      vtDeelname: 'niet',
      gehouden: false,
      checklist: [{ puntId: '00000000-0000-4000-8000-000000000000', afgevinkt: true }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'checklist[0].puntId' })]);
    expect((await as.politie.put(url(zaakId, 'afdoeningsoverleg'), { vtDeelname: 'misschien', gehouden: false })).json().invalidParams[0].name).toBe('vtDeelname');
  });
});

describe('the decision', () => {
  const heenzenden = { soort: 'heenzenden', voorwaarden: [], toelichting: '' };

  it('is for the officier van justitie of the OM only: police and an OM medewerker 403, an officier of another region 404', async () => {
    const { zaakId } = await zaak();
    const politie = await as.politie.post(url(zaakId, 'beslissing'), { ...heenzenden, zonderVtInformatieReden: 'x' });
    expect(politie.statusCode).toBe(403);
    expect(politie.json().detail).toMatch(/officier van justitie/);
    expect((await as.om.post(url(zaakId, 'beslissing'), { ...heenzenden, zonderVtInformatieReden: 'x' })).statusCode).toBe(403);
    expect((await as.officierElders.post(url(zaakId, 'beslissing'), { ...heenzenden, zonderVtInformatieReden: 'x' })).statusCode).toBe(404);
    expect((await as.politie.get(url(zaakId, 'beslissing'))).json()).toEqual({ beslissing: null });
  });

  it('refuses a decision without VT information and without reason (409 naming zonderVtInformatieReden); with a reason it is taken and counted', async () => {
    const { zaakId, casusId } = await zaak();
    const geweigerd = await as.officier.post(url(zaakId, 'beslissing'), heenzenden);
    expect(geweigerd.statusCode).toBe(409);
    expect(geweigerd.json()).toMatchObject({ code: 'vt-informatie-ontbreekt', invalidParams: [expect.objectContaining({ name: 'zonderVtInformatieReden' })] });
    expect(geweigerd.json().detail).toMatch(/Veilig Thuis/);

    const res = await as.officier.post(url(zaakId, 'beslissing'), { ...heenzenden, zonderVtInformatieReden: 'Weekend, VT niet bereikt; termijn verstrijkt.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      soort: 'heenzenden',
      vtInformatieAanwezig: false,
      zonderVtInformatieReden: 'Weekend, VT niet bereikt; termijn verstrijkt.',
      onveiligeVrijlating: false,
      zonderVtContact: true,
      binnenTermijn: true,
      beslistDoorOrganisatie: { id: org.om.id },
    });
    const events = await tijdlijn(as.officier, casusId);
    expect(events.find((e) => e.soort === 'zsm-beslissing')?.gegevens).toEqual({
      zaakId,
      beslissing: 'heenzenden',
      voorwaarden: [],
      vtInformatieAanwezig: false,
      onveiligeVrijlating: false,
      binnenTermijn: true,
    });
    expect(JSON.stringify(events)).not.toContain('Weekend');
    const nogmaals = await as.officier.post(url(zaakId, 'beslissing'), { ...heenzenden, zonderVtInformatieReden: 'x' });
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.json().code).toBe('zaak-al-beslist');
  });

  it('tells every Veilig Thuis of the region when a domestic-violence case had no VT assigned', async () => {
    const { zaakId } = await zaak({ vt: null });
    const res = await as.officier.post(url(zaakId, 'beslissing'), { ...heenzenden, zonderVtInformatieReden: 'Geen VT gekozen; termijn verstrijkt.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().terugkoppeling.map((t: { organisatie: { id: string } }) => t.organisatie.id)).toContain(org.vt.id);
    const taken = (await as.vt.get('/api/v1/taken')).json().taken as { soort: string; status: string }[];
    expect(taken.some((t) => t.soort === 'zsm-beslissing-lezen' && t.status === 'open')).toBe(true);
  });

  it('does not gate a case that is not domestic violence: no VT information needed, no gap counted, no VT feedback', async () => {
    const { zaakId } = await zaak({ vt: null, huiselijkGeweld: false });
    const res = await as.officier.post(url(zaakId, 'beslissing'), { soort: 'dagvaarden' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ vtInformatieAanwezig: false, zonderVtContact: false, onveiligeVrijlating: false, terugkoppeling: [] });
  });

  it('refuses a decision before the arrest or in the future (400 naming beslistOp), and conditions with voorgeleiden (400)', async () => {
    const aangehoudenOp = new Date(Date.now() - 3 * 3_600_000);
    const { zaakId } = await zaak({ aangehoudenOp });
    const body = { ...heenzenden, zonderVtInformatieReden: 'x' };
    const voor = await as.officier.post(url(zaakId, 'beslissing'), { ...body, beslistOp: new Date(aangehoudenOp.getTime() - 60_000).toISOString() });
    expect(voor.statusCode).toBe(400);
    expect(voor.json().invalidParams).toEqual([expect.objectContaining({ name: 'beslistOp', code: 'voor-aanhouding' })]);
    const toekomst = await as.officier.post(url(zaakId, 'beslissing'), { ...body, beslistOp: new Date(Date.now() + 86_400_000).toISOString() });
    expect(toekomst.json().invalidParams).toEqual([expect.objectContaining({ name: 'beslistOp' })]);
    const rc = await as.officier.post(url(zaakId, 'beslissing'), { soort: 'voorgeleiden-rc', voorwaarden: ['meldplicht'], zonderVtInformatieReden: 'x' });
    expect(rc.json().invalidParams).toEqual([expect.objectContaining({ name: 'voorwaarden' })]);
    expect((await as.officier.post(url(zaakId, 'beslissing'), { soort: 'opsluiten' })).json().invalidParams[0].name).toBe('soort');
  });

  it('after acute unsafety, a release without conditions needs a reason (400 naming onveiligeVrijlatingReden) and is flagged', async () => {
    const { zaakId, casusId } = await zaak();
    expect((await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), acuutOnveilig)).statusCode).toBe(201);
    const zonderReden = await as.officier.post(url(zaakId, 'beslissing'), { soort: 'sepot' });
    expect(zonderReden.statusCode).toBe(400);
    expect(zonderReden.json().invalidParams).toEqual([expect.objectContaining({ name: 'onveiligeVrijlatingReden' })]);
    const res = await as.officier.post(url(zaakId, 'beslissing'), { soort: 'sepot', onveiligeVrijlatingReden: 'Geen bewijs; slachtoffer verblijft elders.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ onveiligeVrijlating: true, vtInformatieAanwezig: true, zonderVtContact: false, zonderVtInformatieReden: null });
    const event = (await tijdlijn(as.vt, casusId)).find((e) => e.soort === 'zsm-beslissing');
    expect(event?.gegevens).toMatchObject({ onveiligeVrijlating: true, vtInformatieAanwezig: true });
  });

  it('sends the decision at once to the VT and the reclassering and RvdK taking part: tasks, timeline; reading it completes the task', async () => {
    const { zaakId, casusId } = await zaak();
    // The clock ran out a minute ago (the intake computed it from the arrest; set it back to test "not in time").
    await env.db.query('update zsm_zaken set beslissen_uiterlijk = $2 where id = $1', [zaakId, new Date(Date.now() - 60_000)]);
    expect((await as.vt.put(url(zaakId, 'veiligheidsbeoordeling'), acuutOnveilig)).statusCode).toBe(201);
    expect((await as.reclassering.post(url(zaakId, 'adviezen'), { soort: '3ro-advies', inhoud: 'Contactverbod en meldplicht.' })).statusCode).toBe(201);
    expect((await as.rvdk.post(url(zaakId, 'adviezen'), { soort: 'rvdk-betrokkenheid', inhoud: 'Kinderen in beeld.' })).statusCode).toBe(201);

    const res = await as.officier.post(url(zaakId, 'beslissing'), { soort: 'heenzenden', voorwaarden: ['contactverbod', 'locatieverbod'], toelichting: 'Met voorwaarden.' });
    expect(res.statusCode, res.body).toBe(201);
    const beslissing = res.json();
    expect(beslissing).toMatchObject({ onveiligeVrijlating: false, binnenTermijn: false, voorwaarden: ['contactverbod', 'locatieverbod'] });
    expect(beslissing.terugkoppeling.map((t: { organisatie: { id: string } }) => t.organisatie.id).sort()).toEqual([org.vt.id, org.reclassering.id, org.rvdk.id].sort());
    expect(beslissing.terugkoppeling.every((t: { gelezen: boolean }) => !t.gelezen)).toBe(true);

    const inbox = (await as.vt.get('/api/v1/taken')).json().taken;
    const taak = inbox.find((t: { soort: string; casus: { id: string } | null }) => t.soort === 'zsm-beslissing-lezen' && t.casus?.id === casusId);
    expect(taak).toMatchObject({ titel: 'Beslissing OM op ZSM lezen', status: 'open' });
    expect((await as.reclassering.get('/api/v1/taken')).json().taken.some((t: { soort: string; casus: { id: string } | null }) => t.soort === 'zsm-beslissing-lezen' && t.casus?.id === casusId)).toBe(true);

    const events = await tijdlijn(as.vt, casusId);
    const terug = events.find((e) => e.soort === 'zsm-terugkoppeling');
    expect((terug?.gegevens.organisatieIds as string[]).sort()).toEqual([org.vt.id, org.reclassering.id, org.rvdk.id].sort());
    expect(events.find((e) => e.soort === 'zsm-beslissing')?.gegevens).toMatchObject({ binnenTermijn: false, voorwaarden: ['contactverbod', 'locatieverbod'] });

    const gelezen = await as.vt.get(url(zaakId, 'beslissing'));
    expect(gelezen.statusCode).toBe(200);
    const vtTerug = gelezen.json().beslissing.terugkoppeling.find((t: { organisatie: { id: string } }) => t.organisatie.id === org.vt.id);
    expect(vtTerug).toMatchObject({ gelezen: true, gelezenOp: expect.any(String) });
    expect((await as.vt.get('/api/v1/taken')).json().taken.some((t: { soort: string; casus: { id: string } | null }) => t.soort === 'zsm-beslissing-lezen' && t.casus?.id === casusId)).toBe(false);
    // Reading by the police (not told) changes nothing for the others.
    const politie = (await as.politie.get(url(zaakId, 'beslissing'))).json().beslissing;
    expect(politie.terugkoppeling.filter((t: { gelezen: boolean }) => t.gelezen)).toHaveLength(1);
  });
});
