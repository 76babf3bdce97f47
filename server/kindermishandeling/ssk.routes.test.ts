import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie, OrganisatieSoort } from '../organisations/schemas';
import type { Rol } from '../identity/schemas';
import { volgordeRegelTeksten } from './onderzoeksplan/volgorde-rules';

/**
 * Samenwerken bij strafbare kindermishandeling over HTTP: contact persons, the track on a casus and as an anonymous
 * consultation, triage, the research plan with its sequencing check, medical requests, the choice, closing; access.
 */
let env: TestEnv;
type Org = 'vt' | 'politie' | 'om' | 'rvdk' | 'fmek' | 'leck' | 'vt2' | 'vtElders';
const org = {} as Record<Org, Organisatie>;
const as = {} as Record<Org | 'analist' | 'beheerVt' | 'beheerPolitie', TestClient>;
const HOUR = 3_600_000;
const inUren = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

async function client(organisatie: Organisatie, rollen: Rol[] = ['medewerker']): Promise<TestClient> {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
}

beforeAll(async () => {
  env = await createTestEnv();
  const soorten: [Org, OrganisatieSoort, string?][] = [
    ['vt', 'veilig-thuis'],
    ['politie', 'politie'],
    ['om', 'openbaar-ministerie'],
    ['rvdk', 'raad-voor-de-kinderbescherming'],
    ['fmek', 'medisch-expert'],
    ['leck', 'medisch-expert'],
    ['vt2', 'veilig-thuis'],
    ['vtElders', 'veilig-thuis', 'elders'],
  ];
  for (const [naam, soort, regio] of soorten) org[naam] = await makeOrganisation(env, { soort, ...(regio ? { regio } : {}) });
  for (const [naam] of soorten) as[naam] = await client(org[naam], naam === 'om' ? ['officier-van-justitie'] : ['medewerker']);
  as.analist = await client(org.vt, ['analist']);
  as.beheerVt = await client(org.vt, ['functioneel-beheerder']);
  as.beheerPolitie = await client(org.politie, ['functioneel-beheerder']);
});
afterAll(async () => env?.close());

async function persoon(achternaam: string): Promise<string> {
  const { rows } = await env.db.query<{ id: string }>(
    `insert into personen (voornamen, achternaam, geboortedatum, zoeknaam, aangemaakt_door_organisatie_id)
     values ('Test', $1, '2019-05-01', lower('test ' || $1), $2) returning id`,
    [achternaam, org.vt.id],
  );
  return rows[0]!.id;
}

async function casusMetKind(): Promise<{ casusId: string; kind: string }> {
  const kind = await persoon(`Kind${Math.random().toString(36).slice(2, 7)}`);
  const { rows } = await env.db.query<{ id: string }>(`select id from grondslagen where code = 'WMO-5.2.4'`);
  const res = await as.vt.post('/api/v1/casussen', { doel: 'Vermoeden van strafbare kindermishandeling onderzoeken', grondslagId: rows[0]!.id, personen: [{ persoonId: kind, rol: 'kind' }] });
  expect(res.statusCode, res.body).toBe(201);
  return { casusId: res.json().id, kind };
}

async function etag(c: TestClient, url: string): Promise<string> {
  const res = await c.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return String(res.headers.etag);
}

async function taken(c: TestClient, soort: string, status: 'open' | 'afgerond' = 'open') {
  const res = await c.get(`/api/v1/taken?status=${status}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().taken as { soort: string; deadline: string; casus: { id: string } | null; titel: string; onderwerp: { soort: string; id: string } | null }[]).filter(
    (t) => t.soort === soort,
  );
}

async function tijdlijn(c: TestClient, casusId: string): Promise<{ soort: string; gegevens: Record<string, unknown> }[]> {
  const res = await c.get(`/api/v1/casussen/${casusId}/tijdlijn`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

const veld = (res: { json(): { invalidParams?: { name: string; reason: string }[] } }) => res.json().invalidParams?.map((p) => p.name);

describe('contact persons for child abuse', () => {
  it('the administrator keeps the own list; case workers of the region see every organisation in escalation order', async () => {
    const basis = { telefoon: '088-000 00 01' };
    expect((await as.vt.post('/api/v1/kindermishandeling/contactpersonen', { ...basis, niveau: 'bureaudienst', naam: 'Bureaudienst' })).statusCode).toBe(403);
    const leeg = await as.beheerVt.post('/api/v1/kindermishandeling/contactpersonen', { niveau: 'contactpersoon', naam: ' ', telefoon: '1' });
    expect(leeg.statusCode).toBe(400);
    expect(veld(leeg)).toContain('naam');
    const cp = await as.beheerVt.post('/api/v1/kindermishandeling/contactpersonen', { ...basis, niveau: 'contactpersoon', volgorde: 1, naam: 'A. Gedragswetenschapper', functie: 'gedragswetenschapper' });
    expect(cp.statusCode, cp.body).toBe(201);
    const bd = await as.beheerVt.post('/api/v1/kindermishandeling/contactpersonen', { ...basis, niveau: 'bureaudienst', volgorde: 2, naam: 'Bureaudienst VT', altijdBereikbaar: true });
    expect(bd.statusCode).toBe(201);
    const pol = await as.beheerPolitie.post('/api/v1/kindermishandeling/contactpersonen', { ...basis, niveau: 'bureaudienst', naam: 'Bureaudienst politie', altijdBereikbaar: true });
    expect(pol.statusCode).toBe(201);
    await as.beheerPolitie.post('/api/v1/kindermishandeling/contactpersonen', { ...basis, niveau: 'contactpersoon', naam: 'Rechercheofficier KM' });

    const lijst = await as.rvdk.get('/api/v1/kindermishandeling/contactpersonen');
    expect(lijst.statusCode, lijst.body).toBe(200);
    const vanVt = lijst.json().items.filter((c: { organisatie: { id: string } }) => c.organisatie.id === org.vt.id).map((c: { naam: string }) => c.naam);
    expect(vanVt).toEqual(['Bureaudienst VT', 'A. Gedragswetenschapper']);
    expect(lijst.json().items).toHaveLength(4);
    expect((await as.vtElders.get('/api/v1/kindermishandeling/contactpersonen')).json().items).toEqual([]);
    expect((await as.analist.get('/api/v1/kindermishandeling/contactpersonen')).statusCode).toBe(403);

    const url = `/api/v1/kindermishandeling/contactpersonen/${cp.json().id}`;
    expect((await as.beheerVt.patch(url, { telefoon: '06-1' })).statusCode).toBe(428);
    expect((await as.beheerVt.patch(url, { telefoon: '06-1' }, { 'if-match': '"9"' })).statusCode).toBe(409);
    expect((await as.beheerPolitie.patch(url, { telefoon: '06-1' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    const gewijzigd = await as.beheerVt.patch(url, { telefoon: '06-1' }, { 'if-match': '"1"' });
    expect(gewijzigd.statusCode, gewijzigd.body).toBe(200);
    expect(gewijzigd.json()).toMatchObject({ telefoon: '06-1', versie: 2, naam: 'A. Gedragswetenschapper', functie: 'gedragswetenschapper', volgorde: 1 });
    expect((await as.beheerPolitie.delete(url)).statusCode).toBe(404);
    expect((await as.beheerVt.delete(url)).statusCode).toBe(204);
    const na = (await as.vt.get(`/api/v1/kindermishandeling/contactpersonen?organisatieId=${org.vt.id}`)).json().items.map((c: { naam: string }) => c.naam);
    expect(na).toEqual(['Bureaudienst VT']);
  });
});

describe('an SSK track on a casus', () => {
  let casusId: string;
  let kind: string;
  let id: string;

  it('opens with OM and police joining on SSK, each with a triage task; one open track per casus; others 404', async () => {
    ({ casusId, kind } = await casusMetKind());
    expect((await as.politie.post(`/api/v1/casussen/${casusId}/ssk`, {})).statusCode).toBe(404);
    const res = await as.vt.post(`/api/v1/casussen/${casusId}/ssk`, { consultatie: 'Blauwe plekken op de rug, school meldt.' });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'triage', anoniemGestart: false, casus: { id: casusId }, consultatie: 'Blauwe plekken op de rug, school meldt.' });
    const orgIds = res.json().organisaties.map((o: { id: string }) => o.id);
    expect(orgIds).toEqual(expect.arrayContaining([org.vt.id, org.om.id, org.politie.id]));
    expect(orgIds).not.toContain(org.fmek.id);
    expect(res.json().contactpersonen.map((c: { naam: string }) => c.naam)).toContain('Bureaudienst politie');
    expect((await as.vt.post(`/api/v1/casussen/${casusId}/ssk`, {})).statusCode).toBe(409);

    expect((await as.om.get(`/api/v1/ssk/${id}`)).statusCode).toBe(200);
    expect((await as.vt2.get(`/api/v1/ssk/${id}`)).statusCode).toBe(404);
    expect((await as.analist.get(`/api/v1/ssk/${id}`)).statusCode).toBe(403);
    expect((await as.om.get('/api/v1/ssk')).json().items.map((t: { id: string }) => t.id)).toContain(id);
    expect((await as.politie.get(`/api/v1/casussen/${casusId}/ssk`)).json().items.map((t: { id: string }) => t.id)).toEqual([id]);
    expect((await as.vt2.get(`/api/v1/casussen/${casusId}/ssk`)).statusCode).toBe(404);
    expect((await taken(as.om, 'ssk-triage')).map((t) => [t.casus?.id, t.onderwerp])).toEqual([[casusId, { soort: 'ssk-traject', id }]]);
    expect(await taken(as.politie, 'ssk-triage')).toHaveLength(1);
    const events = await tijdlijn(as.vt, casusId);
    expect(events.filter((e) => e.soort === 'deelnemer-toegevoegd' && e.gegevens.grondslagCode === 'SSK').map((e) => e.gegevens.organisatieId)).toEqual(
      expect.arrayContaining([org.om.id, org.politie.id]),
    );
    expect(events.find((e) => e.soort === 'ssk-geopend')?.gegevens).toEqual({ trajectId: id, anoniemGestart: false, partners: 2 });
  });

  it('triage by OM or police only, with If-Match', async () => {
    const body = { directActieNodig: true, toelichting: 'Letsel vers, kind vandaag nog zien.' };
    expect((await as.vt.put(`/api/v1/ssk/${id}/triage`, body, { 'if-match': await etag(as.vt, `/api/v1/ssk/${id}`) })).statusCode).toBe(403);
    expect((await as.om.put(`/api/v1/ssk/${id}/triage`, body)).statusCode).toBe(428);
    expect((await as.om.put(`/api/v1/ssk/${id}/triage`, body, { 'if-match': '"99"' })).statusCode).toBe(409);
    const zonder = await as.om.put(`/api/v1/ssk/${id}/triage`, { directActieNodig: true }, { 'if-match': '"1"' });
    expect(zonder.statusCode).toBe(400);
    expect(veld(zonder)).toContain('toelichting');
    const res = await as.om.put(`/api/v1/ssk/${id}/triage`, body, { 'if-match': '"1"' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'onderzoeksplan', triage: { organisatie: { id: org.om.id }, directActieNodig: true } });
    expect(await taken(as.om, 'ssk-triage')).toEqual([]);
    expect(await taken(as.politie, 'ssk-triage')).toEqual([]);
    expect((await taken(as.om, 'ssk-triage', 'afgerond')).length).toBe(1);
  });

  let ouders: string;
  let om: string;
  it('the research plan: bad steps refused by field, a violation shown and refused on confirm, fixed and confirmed', async () => {
    const stap = (body: Record<string, unknown>) => as.vt.post(`/api/v1/ssk/${id}/stappen`, body);
    const onbekend = await stap({ soort: 'verhoor-oma', eigenaarOrganisatieId: org.vt.id, geplandOp: inUren(1) });
    expect(onbekend.statusCode).toBe(400);
    expect(veld(onbekend)).toContain('soort');
    const pastNiet = await stap({ soort: 'politie-verhoor-verdachte', eigenaarOrganisatieId: org.vt.id, geplandOp: inUren(1) });
    expect(pastNiet.statusCode).toBe(400);
    expect(veld(pastNiet)).toEqual(['eigenaarOrganisatieId']);
    const geenPartner = await stap({ soort: 'vt-huisbezoek', eigenaarOrganisatieId: org.vt2.id, geplandOp: inUren(1) });
    expect(veld(geenPartner)).toEqual(['eigenaarOrganisatieId']);
    expect(veld(await stap({ soort: 'vt-huisbezoek', eigenaarOrganisatieId: org.vt.id }))).toContain('geplandOp');
    expect((await as.vt2.post(`/api/v1/ssk/${id}/stappen`, { soort: 'overig', eigenaarOrganisatieId: org.vt.id, geplandOp: inUren(1) })).statusCode).toBe(404);

    const o = await stap({ soort: 'vt-gesprek-ouders', eigenaarOrganisatieId: org.vt.id, geplandOp: inUren(2) });
    expect(o.statusCode, o.body).toBe(201);
    ouders = o.json().id;
    const a = await stap({ soort: 'om-afstemming', eigenaarOrganisatieId: org.om.id, geplandOp: inUren(3), omschrijving: 'Wat zeggen we de ouders' });
    expect(a.statusCode).toBe(201);
    om = a.json().id;
    expect((await taken(as.om, 'ssk-onderzoeksstap')).map((t) => [t.deadline, t.casus?.id])).toEqual([[a.json().geplandOp, casusId]]);

    const plan = await as.politie.get(`/api/v1/ssk/${id}/onderzoeksplan`);
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json().stappen.map((s: { id: string }) => s.id)).toEqual([ouders, om]);
    expect(plan.json().schendingen).toEqual([{ regel: 'om-voor-gesprek-ouders', stapIds: [ouders, om], melding: volgordeRegelTeksten['om-voor-gesprek-ouders'] }]);
    expect(plan.json().contactpersonen.length).toBeGreaterThan(0);

    const geweigerd = await as.vt.post(`/api/v1/ssk/${id}/onderzoeksplan/bevestigen`, { overrides: [] });
    expect(geweigerd.statusCode).toBe(400);
    expect(geweigerd.json().invalidParams).toEqual([{ name: 'overrides', code: 'om-voor-gesprek-ouders', reason: volgordeRegelTeksten['om-voor-gesprek-ouders'] }]);
    const zonderReden = await as.vt.post(`/api/v1/ssk/${id}/onderzoeksplan/bevestigen`, { overrides: [{ regel: 'om-voor-gesprek-ouders', stapIds: [ouders, om], reden: ' ' }] });
    expect(zonderReden.statusCode).toBe(400);
    const nietsOpgeslagen = (await as.vt.get(`/api/v1/ssk/${id}/onderzoeksplan`)).json();
    expect(nietsOpgeslagen).toMatchObject({ status: 'onderzoeksplan', laatsteBevestiging: null });

    // Fixed: the talk with the parents moves after the OM alignment.
    expect((await as.vt.patch(`/api/v1/ssk/${id}/stappen/${ouders}`, { geplandOp: inUren(4) })).statusCode).toBe(428);
    expect((await as.vt.patch(`/api/v1/ssk/${id}/stappen/${ouders}`, { geplandOp: inUren(4) }, { 'if-match': '"7"' })).statusCode).toBe(409);
    const verzet = await as.vt.patch(`/api/v1/ssk/${id}/stappen/${ouders}`, { geplandOp: inUren(4) }, { 'if-match': '"1"' });
    expect(verzet.statusCode, verzet.body).toBe(200);
    expect((await as.vt.get(`/api/v1/ssk/${id}/onderzoeksplan`)).json().schendingen).toEqual([]);
    const ok = await as.vt.post(`/api/v1/ssk/${id}/onderzoeksplan/bevestigen`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'bevestigd', laatsteBevestiging: { stappen: 2, overrides: [] } });
    expect((await as.vt.post(`/api/v1/ssk/${id}/onderzoeksplan/bevestigen`, {})).statusCode).toBe(409);
    expect((await tijdlijn(as.om, casusId)).find((e) => e.soort === 'ssk-onderzoeksplan-bevestigd')?.gegevens).toEqual({ trajectId: id, stappen: 2, overrides: 0, regels: [] });
  });

  it('a changed plan must be confirmed again; a violation can be confirmed with a reason; a done step stays confirmed', async () => {
    const huisbezoek = await as.vt.post(`/api/v1/ssk/${id}/stappen`, { soort: 'vt-huisbezoek', eigenaarOrganisatieId: org.vt.id, geplandOp: inUren(1) });
    expect(huisbezoek.statusCode).toBe(201);
    const plan = (await as.vt.get(`/api/v1/ssk/${id}/onderzoeksplan`)).json();
    expect(plan.status).toBe('onderzoeksplan');
    expect(plan.schendingen).toHaveLength(1);
    const reden = 'Acute onveiligheid: huisbezoek kan niet wachten, OM is telefonisch geïnformeerd.';
    const ok = await as.vt.post(`/api/v1/ssk/${id}/onderzoeksplan/bevestigen`, {
      overrides: [{ regel: 'om-voor-gesprek-ouders', stapIds: [om, huisbezoek.json().id], reden }, { regel: 'letsel-binnen-24-uur', stapIds: [om], reden: 'geen schending' }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().laatsteBevestiging.overrides).toEqual([{ regel: 'om-voor-gesprek-ouders', stapIds: [om, huisbezoek.json().id], reden }]);

    const stapVersie = (await as.vt.get(`/api/v1/ssk/${id}/onderzoeksplan`)).json().stappen.find((s: { id: string }) => s.id === om).versie;
    const gedaan = await as.om.patch(`/api/v1/ssk/${id}/stappen/${om}`, { status: 'uitgevoerd' }, { 'if-match': `"${stapVersie}"` });
    expect(gedaan.statusCode, gedaan.body).toBe(200);
    expect(gedaan.json().uitgevoerdOp).not.toBeNull();
    expect((await as.vt.get(`/api/v1/ssk/${id}/onderzoeksplan`)).json().status).toBe('bevestigd');
    expect(await taken(as.om, 'ssk-onderzoeksstap')).toEqual([]);
    expect((await tijdlijn(as.vt, casusId)).filter((e) => e.soort === 'ssk-stap-uitgevoerd').map((e) => e.gegevens.stapId)).toEqual([om]);
  });

  let verzoekId: string;
  it('a medical request: the expert sees only its request with the child, never the track or the casus', async () => {
    const url = `/api/v1/ssk/${id}/medische-verzoeken`;
    const verkeerd = await as.vt.post(url, { expert: 'fmek', expertOrganisatieId: org.politie.id, persoonId: kind, vraag: 'Past het letsel bij de val?' });
    expect(veld(verkeerd)).toEqual(['expertOrganisatieId']);
    expect(veld(await as.vt.post(url, { expert: 'vertrouwensarts', expertOrganisatieId: org.fmek.id, vraag: 'x' }))).toEqual(['expertOrganisatieId']);
    expect(veld(await as.vt.post(url, { expert: 'fmek', expertOrganisatieId: org.fmek.id, persoonId: await persoon('Ander'), vraag: 'x' }))).toEqual(['persoonId']);
    // The injury step, owned by the expert; the request refers to it (and not to another kind of step).
    const stap = await as.vt.post(`/api/v1/ssk/${id}/stappen`, { soort: 'medisch-letselonderzoek', eigenaarOrganisatieId: org.fmek.id, geplandOp: inUren(5) });
    expect(stap.statusCode, stap.body).toBe(201);
    expect((await taken(as.fmek, 'ssk-onderzoeksstap')).map((t) => [t.casus, t.onderwerp])).toEqual([[null, null]]);
    expect(veld(await as.vt.post(url, { expert: 'fmek', expertOrganisatieId: org.fmek.id, stapId: om, vraag: 'x' }))).toEqual(['stapId']);
    const res = await as.vt.post(url, { expert: 'fmek', expertOrganisatieId: org.fmek.id, persoonId: kind, stapId: stap.json().id, vraag: 'Past het letsel bij de val van de trap?' });
    expect(res.statusCode, res.body).toBe(201);
    verzoekId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'aangevraagd', kind: { id: kind, geboortedatum: '2019-05-01' }, expertOrganisatie: { id: org.fmek.id } });
    const ander = await as.vt.post(url, { expert: 'leck', expertOrganisatieId: org.leck.id, vraag: 'Second opinion' });
    expect(ander.statusCode).toBe(201);

    const inbox = await as.fmek.get('/api/v1/medische-verzoeken');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json().items.map((v: { id: string }) => v.id)).toEqual([verzoekId]);
    expect(inbox.json().items[0].kind.naam).toMatch(/^Test Kind/);
    expect((await as.fmek.get(`/api/v1/medische-verzoeken/${verzoekId}`)).statusCode).toBe(200);
    expect((await as.fmek.get(`/api/v1/medische-verzoeken/${ander.json().id}`)).statusCode).toBe(404);
    expect((await as.fmek.get(`/api/v1/ssk/${id}`)).statusCode).toBe(404);
    expect((await as.fmek.get(`/api/v1/ssk/${id}/onderzoeksplan`)).statusCode).toBe(404);
    expect((await as.fmek.get(`/api/v1/ssk/${id}/medische-verzoeken`)).statusCode).toBe(404);
    expect((await as.fmek.get(`/api/v1/casussen/${casusId}`)).statusCode).toBe(404);
    expect((await as.fmek.get(`/api/v1/casussen/${casusId}/tijdlijn`)).statusCode).toBe(404);
    expect((await as.vt2.get(`/api/v1/medische-verzoeken/${verzoekId}`)).statusCode).toBe(404);
    const taak = await taken(as.fmek, 'ssk-medisch-verzoek');
    expect(taak.map((t) => [t.casus, t.onderwerp])).toEqual([[null, { soort: 'medisch-verzoek', id: verzoekId }]]);

    const uitkomst = { onderzochtOp: new Date().toISOString(), uitkomst: 'Patroonletsel, past niet bij een val.', letselPastBijVerklaring: false };
    expect((await as.vt.put(`/api/v1/medische-verzoeken/${verzoekId}/uitkomst`, uitkomst, { 'if-match': '"1"' })).statusCode).toBe(403);
    expect((await as.vt2.put(`/api/v1/medische-verzoeken/${verzoekId}/uitkomst`, uitkomst, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as.fmek.put(`/api/v1/medische-verzoeken/${verzoekId}/uitkomst`, uitkomst)).statusCode).toBe(428);
    const geenUitkomst = await as.fmek.put(`/api/v1/medische-verzoeken/${verzoekId}/uitkomst`, { ...uitkomst, uitkomst: '' }, { 'if-match': '"1"' });
    expect(veld(geenUitkomst)).toContain('uitkomst');
    const vastgelegd = await as.fmek.put(`/api/v1/medische-verzoeken/${verzoekId}/uitkomst`, uitkomst, { 'if-match': '"1"' });
    expect(vastgelegd.statusCode, vastgelegd.body).toBe(200);
    expect((await as.fmek.put(`/api/v1/medische-verzoeken/${verzoekId}/uitkomst`, uitkomst, { 'if-match': '"1"' })).statusCode).toBe(409);
    expect((await as.politie.get(`/api/v1/medische-verzoeken/${verzoekId}`)).json()).toMatchObject({ status: 'uitgevoerd', letselPastBijVerklaring: false });
    expect(await taken(as.fmek, 'ssk-medisch-verzoek')).toEqual([]);
    // The examination was the injury step: it is done, its task too.
    const letselStap = (await as.vt.get(`/api/v1/ssk/${id}/onderzoeksplan`)).json().stappen.find((s: { id: string }) => s.id === stap.json().id);
    expect(letselStap).toMatchObject({ status: 'uitgevoerd', uitgevoerdOp: uitkomst.onderzochtOp });
    expect(await taken(as.fmek, 'ssk-onderzoeksstap')).toEqual([]);
    const soorten = (await tijdlijn(as.vt, casusId)).map((e) => e.soort);
    expect(soorten).toEqual(expect.arrayContaining(['ssk-medisch-verzoek', 'ssk-medisch-uitkomst']));
  });

  it('the choice needs a reason; a closed track takes no changes', async () => {
    const v = await etag(as.vt, `/api/v1/ssk/${id}`);
    const zonder = await as.vt.put(`/api/v1/ssk/${id}/keuze`, { keuze: 'aangifte' }, { 'if-match': v });
    expect(zonder.statusCode).toBe(400);
    expect(veld(zonder)).toContain('reden');
    const keuze = await as.vt.put(`/api/v1/ssk/${id}/keuze`, { keuze: 'beide', reden: 'Letsel past niet bij de verklaring; VT onderzoekt de veiligheid.' }, { 'if-match': v });
    expect(keuze.statusCode, keuze.body).toBe(200);
    expect(keuze.json().keuze).toMatchObject({ keuze: 'beide' });
    const dicht = await as.om.post(`/api/v1/ssk/${id}/afsluiten`, {}, { 'if-match': await etag(as.om, `/api/v1/ssk/${id}`) });
    expect(dicht.statusCode, dicht.body).toBe(200);
    expect(dicht.json().status).toBe('afgesloten');
    expect((await as.vt.post(`/api/v1/ssk/${id}/stappen`, { soort: 'overig', eigenaarOrganisatieId: org.vt.id, geplandOp: inUren(1) })).statusCode).toBe(409);
    expect(await taken(as.fmek, 'ssk-onderzoeksstap')).toEqual([]);
    const events = await tijdlijn(as.vt, casusId);
    expect(events.find((e) => e.soort === 'ssk-keuze')?.gegevens).toEqual({ trajectId: id, keuze: 'beide' });
    expect(events.some((e) => e.soort === 'ssk-afgesloten')).toBe(true);
    // A new track may open on the casus once the previous one is closed.
    expect((await as.vt.post(`/api/v1/casussen/${casusId}/ssk`, {})).statusCode).toBe(201);
  });
});

describe('an anonymous consultation', () => {
  it('is seen by the consulted organisations only, and converts to a named casus keeping the consultation', async () => {
    const buiten = await as.politie.post('/api/v1/ssk', { consultatie: 'Baby met botbreuk, ouders geven geen verklaring.', partnerOrganisatieIds: [org.vtElders.id] });
    expect(buiten.statusCode).toBe(400);
    expect(veld(buiten)).toEqual(['partnerOrganisatieIds[0]']);
    expect(veld(await as.politie.post('/api/v1/ssk', { consultatie: 'x', partnerOrganisatieIds: [org.fmek.id] }))).toEqual(['partnerOrganisatieIds[0]']);
    expect((await as.fmek.post('/api/v1/ssk', { consultatie: 'x', partnerOrganisatieIds: [org.vt.id] })).statusCode).toBe(403);
    const res = await as.politie.post('/api/v1/ssk', { consultatie: 'Baby met botbreuk, ouders geven geen verklaring.', partnerOrganisatieIds: [org.vt.id] });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect(res.json()).toMatchObject({ casus: null, anoniemGestart: true, status: 'triage' });
    expect((await as.vt.get(`/api/v1/ssk/${id}`)).statusCode).toBe(200);
    expect((await as.om.get(`/api/v1/ssk/${id}`)).statusCode).toBe(404);
    expect((await as.rvdk.get(`/api/v1/ssk/${id}`)).statusCode).toBe(404);
    expect(veld(await as.vt.post(`/api/v1/ssk/${id}/medische-verzoeken`, { expert: 'fmek', expertOrganisatieId: org.fmek.id, persoonId: await persoon('Anoniem'), vraag: 'x' }))).toEqual(['persoonId']);

    // Converting: not into a casus the caller is not in; then into a new casus with the child.
    const { casusId: vreemd } = await casusMetKind();
    const nietVanMij = await as.politie.post(`/api/v1/ssk/${id}/omzetten`, { casusId: vreemd }, { 'if-match': '"1"' });
    expect(nietVanMij.statusCode).toBe(400);
    expect(veld(nietVanMij)).toEqual(['casusId']);
    expect(veld(await as.politie.post(`/api/v1/ssk/${id}/omzetten`, {}, { 'if-match': '"1"' }))).toEqual(['casusId']);
    const baby = await persoon('Baby');
    const omgezet = await as.politie.post(`/api/v1/ssk/${id}/omzetten`, { personen: [{ persoonId: baby, rol: 'kind' }], doel: 'Strafrechtelijk onderzoek naar letsel bij een baby' }, { 'if-match': '"1"' });
    expect(omgezet.statusCode, omgezet.body).toBe(200);
    const casusId = omgezet.json().casus.id;
    expect(omgezet.json()).toMatchObject({ anoniemGestart: true, consultatie: 'Baby met botbreuk, ouders geven geen verklaring.', geopendOp: res.json().geopendOp });
    expect(omgezet.json().omgezetOp).not.toBeNull();
    expect((await as.vt.get(`/api/v1/casussen/${casusId}`)).statusCode).toBe(200);
    expect((await as.om.get(`/api/v1/ssk/${id}`)).statusCode).toBe(404);
    const events = await tijdlijn(as.vt, casusId);
    expect(events.find((e) => e.soort === 'ssk-omgezet')?.gegevens).toEqual({ trajectId: id, consultatieOp: res.json().geopendOp, organisaties: 2 });
    expect(events.filter((e) => e.soort === 'deelnemer-toegevoegd').map((e) => e.gegevens.grondslagCode)).toEqual(['SSK', 'SSK']);
    expect((await as.politie.post(`/api/v1/ssk/${id}/omzetten`, { casusId }, { 'if-match': String(omgezet.headers.etag) })).statusCode).toBe(409);
  });
});
