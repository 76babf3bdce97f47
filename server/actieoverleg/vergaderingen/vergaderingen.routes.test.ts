import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv, type TestUser } from '../../testing/fixtures';
import { makeCasusRows } from '../../testing/casus-fixture';
import type { Organisatie } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { nextOccurrences } from './occurrences';

/**
 * The Actieoverleg's meetings end to end: the chair sets up the region's series with fixed members and partners on
 * call, plans a meeting, draws up the agenda from tabled referrals; fixed members see every item and take part in
 * the casussen; a partner on call sees the meeting only once invited, and then only its item; others do not find it.
 */
let env: TestEnv;
const org: Record<'vt' | 'politie' | 'om' | 'rvdk' | 'reclassering' | 'gemeente' | 'limburg', Organisatie> = {} as never;
const users: Record<string, TestUser> = {};
let voorzitter: TestClient;
let vt: TestClient;
let politie: TestClient;
let om: TestClient;
let rvdk: TestClient;
let gemeente: TestClient;
let voorzitterLimburg: TestClient;
let analist: TestClient;

const referral = {
  omschrijving: 'Moeder is meermaals mishandeld; vader dreigt en ontkent het geweld. Zoon (8) was erbij.',
  krachten: 'Grootouders bieden opvang.',
  politieJustitie: 'Aangifte in behandeling bij de politie.',
  vraag: 'Welke afspraken maken we over de veiligheid van moeder en zoon nu vader dreigt terug te komen?',
  vraagRelevantVoor: ['veilig-thuis', 'politie', 'openbaar-ministerie'],
  vraagGerichtOp: 'acties',
  inhoudelijkeFactoren: ['ontkenning-geweld', 'lopend-strafrechtelijk-onderzoek'],
  betrokkenenGeinformeerd: { geinformeerd: false, wanneer: 'Morgen, na het huisbezoek' },
};

async function user(key: string, organisatie: Organisatie, rollen: Rol[]): Promise<TestClient> {
  users[key] = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false });
  return loginAs(env, users[key]!);
}

/** A referral made, submitted and tabled through the API, as the chair would find it. */
async function tabledReferral(): Promise<{ casusId: string; nummer: string; aanmeldingId: string }> {
  const casus = await makeCasusRows(env.db, {
    regie: org.vt,
    personen: [{ voornamen: 'Mirjam', achternaam: `Verbeek${Math.random()}`, geboortedatum: '1989-03-14' }],
  });
  const created = await vt.post('/api/v1/aanmeldingen', { casusId: casus.casusId, ...referral });
  expect(created.statusCode, created.body).toBe(201);
  const aanmeldingId = created.json().id;
  expect((await vt.post(`/api/v1/aanmeldingen/${aanmeldingId}/indiening`, {})).statusCode).toBe(200);
  const besluit = await voorzitter.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'agenderen', reden: 'Samenloop straf en zorg, vraag voor alle drie.' });
  expect(besluit.statusCode, besluit.body).toBe(200);
  return { casusId: casus.casusId, nummer: casus.nummer, aanmeldingId };
}

beforeAll(async () => {
  env = await createTestEnv();
  const regio = 'oost-brabant';
  org.vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio });
  org.politie = await makeOrganisation(env, { soort: 'politie', regio });
  org.om = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio });
  org.rvdk = await makeOrganisation(env, { soort: 'raad-voor-de-kinderbescherming', regio });
  org.reclassering = await makeOrganisation(env, { soort: 'reclassering', regio });
  org.gemeente = await makeOrganisation(env, { soort: 'gemeente', regio });
  org.limburg = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'limburg' });
  voorzitter = await user('voorzitter', org.vt, ['voorzitter-actieoverleg', 'medewerker']);
  vt = await user('vt', org.vt, ['medewerker']);
  politie = await user('politie', org.politie, ['medewerker']);
  om = await user('om', org.om, ['officier-van-justitie']);
  rvdk = await user('rvdk', org.rvdk, ['medewerker']);
  await user('reclassering', org.reclassering, ['medewerker']);
  gemeente = await user('gemeente', org.gemeente, ['medewerker']);
  voorzitterLimburg = await user('limburg', org.limburg, ['voorzitter-actieoverleg']);
  analist = await user('analist', org.vt, ['analist']);
});
afterAll(async () => env?.close());

describe('the meetings of the Actieoverleg', () => {
  let reeksId: string;
  let overlegId: string;
  let laterOverlegId: string;
  let a: { casusId: string; nummer: string; aanmeldingId: string };
  let b: { casusId: string; nummer: string; aanmeldingId: string };
  let puntA: string;
  let puntB: string;

  it('start with the region’s series, which only its chairs and members see', async () => {
    expect((await politie.post('/api/v1/actieoverleg-reeksen', {})).statusCode).toBe(403);
    const created = await voorzitter.post('/api/v1/actieoverleg-reeksen', { locatie: 'Politiebureau Oss' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ weekdag: 4, begintijd: '13:30', duurMinuten: 180, locatie: 'Politiebureau Oss', leden: [], versie: 1 });
    reeksId = created.json().id;
    const again = await voorzitter.post('/api/v1/actieoverleg-reeksen', {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'reeks-bestaat-al', kandidaten: [reeksId] });

    expect((await politie.get('/api/v1/actieoverleg-reeksen')).json().reeksen).toEqual([]);
    expect((await politie.get(`/api/v1/actieoverleg-reeksen/${reeksId}`)).statusCode).toBe(404);
    expect((await voorzitterLimburg.get(`/api/v1/actieoverleg-reeksen/${reeksId}`)).statusCode).toBe(404);
    expect((await analist.get('/api/v1/actieoverleg-reeksen')).statusCode).toBe(403);
  });

  it('takes fixed members with mandate and partners on call, refusing combinations that do not fit', async () => {
    const url = `/api/v1/actieoverleg-reeksen/${reeksId}/leden`;
    const fout = async (body: object, veld: string) => {
      const response = await voorzitter.post(url, body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().invalidParams[0].name).toBe(veld);
      expect(response.json().invalidParams[0].reason.length).toBeGreaterThan(10);
    };
    await fout({ organisatieId: org.rvdk.id, soort: 'vast' }, 'soort');
    await fout({ organisatieId: org.politie.id, soort: 'op-afroep' }, 'soort');
    await fout({ organisatieId: org.gemeente.id, soort: 'vast' }, 'organisatieId');
    await fout({ organisatieId: org.limburg.id, soort: 'vast' }, 'organisatieId');
    await fout({ organisatieId: org.politie.id, soort: 'vast', vertegenwoordigerGebruikerId: users.om!.id }, 'vertegenwoordigerGebruikerId');
    await fout({ organisatieId: org.politie.id, soort: 'lid' }, 'soort');
    expect((await politie.post(url, { organisatieId: org.politie.id, soort: 'vast' })).statusCode).toBe(404);

    const mandaat = 'Beslist over inzet van de wijkagent en over prioriteit van het onderzoek.';
    const added = await voorzitter.post(url, { organisatieId: org.politie.id, soort: 'vast', vertegenwoordigerGebruikerId: users.politie!.id, mandaat });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().leden).toEqual([
      expect.objectContaining({ organisatie: expect.objectContaining({ id: org.politie.id }), soort: 'vast', mandaat, vertegenwoordiger: { id: users.politie!.id, naam: expect.any(String) }, tot: null }),
    ]);
    expect((await voorzitter.post(url, { organisatieId: org.politie.id, soort: 'vast' })).json().code).toBe('al-lid');
    for (const [o, soort] of [[org.om, 'vast'], [org.vt, 'vast'], [org.rvdk, 'op-afroep'], [org.reclassering, 'op-afroep']] as const) {
      expect((await voorzitter.post(url, { organisatieId: o.id, soort })).statusCode).toBe(201);
    }
    // A member sees the series; ending a membership keeps its history but takes it off the list.
    const lijst = (await politie.get('/api/v1/actieoverleg-reeksen')).json().reeksen;
    expect(lijst.map((r: { id: string }) => r.id)).toEqual([reeksId]);
    expect(lijst[0].leden.map((l: { soort: string }) => l.soort)).toEqual(['vast', 'vast', 'vast', 'op-afroep', 'op-afroep']);
    const reclasseringLid = lijst[0].leden.find((l: { organisatie: { id: string } }) => l.organisatie.id === org.reclassering.id).id;
    const ended = await voorzitter.delete(`${url}/${reclasseringLid}`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().leden).toHaveLength(4);
    expect((await voorzitter.delete(`${url}/${reclasseringLid}`)).statusCode).toBe(404);
    expect((await voorzitter.post(url, { organisatieId: org.reclassering.id, soort: 'op-afroep' })).statusCode).toBe(201);
  });

  it('is changed by the chair with If-Match only (428 without, 409 stale, 400 naming the field)', async () => {
    const url = `/api/v1/actieoverleg-reeksen/${reeksId}`;
    const current = await voorzitter.get(url);
    const etag = String(current.headers.etag);
    expect((await voorzitter.patch(url, { locatie: 'Stadhuis' })).statusCode).toBe(428);
    expect((await voorzitter.patch(url, { locatie: 'Stadhuis' }, { 'if-match': '"1"' })).json()).toMatchObject({ code: 'versie-verouderd', huidigeVersie: current.json().versie });
    const bad = await voorzitter.patch(url, { weekdag: 9, begintijd: '25:00' }, { 'if-match': etag });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['begintijd', 'weekdag']);
    expect((await politie.patch(url, { locatie: 'Stadhuis' }, { 'if-match': etag })).statusCode).toBe(403);
    const changed = await voorzitter.patch(url, { locatie: 'Stadhuis Oss, zaal 2' }, { 'if-match': etag });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().locatie).toBe('Stadhuis Oss, zaal 2');

    const ics = await politie.get(`${url}/agenda.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\n');
    expect(ics.body).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:');
    expect(ics.body).toContain('T133000\r\n');
    expect(ics.body).toContain('LOCATION:Stadhuis Oss\\, zaal 2');
    expect((await gemeente.get(`${url}/agenda.ics`)).statusCode).toBe(404);
  });

  it('plans a meeting at the next occurrence, and refuses a second one at the same time', async () => {
    expect((await politie.post('/api/v1/actieoverleggen', { reeksId })).statusCode).toBe(403);
    const bad = await voorzitter.post('/api/v1/actieoverleggen', { reeksId: 'geen-id' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('reeksId');
    const past = await voorzitter.post('/api/v1/actieoverleggen', { reeksId, begintOp: '2020-01-02T13:30:00+01:00' });
    expect(past.json().invalidParams[0].name).toBe('begintOp');

    const response = await voorzitter.post('/api/v1/actieoverleggen', { reeksId });
    expect(response.statusCode, response.body).toBe(201);
    const expected = nextOccurrences({ weekdag: 4, begintijd: '13:30', duurMinuten: 180 }, new Date(), 2);
    expect(response.json()).toMatchObject({
      status: 'gepland',
      rol: 'voorzitter',
      begintOp: expected[0]!.begintOp.toISOString(),
      eindigtOp: expected[0]!.eindigtOp.toISOString(),
      locatie: 'Stadhuis Oss, zaal 2',
      agendapunten: [],
    });
    overlegId = response.json().id;
    const dubbel = await voorzitter.post('/api/v1/actieoverleggen', { reeksId, begintOp: expected[0]!.begintOp.toISOString() });
    expect(dubbel.statusCode).toBe(409);
    expect(dubbel.json().code).toBe('overleg-bestaat-al');
    // Without a time: the next free occurrence, a week later.
    const later = await voorzitter.post('/api/v1/actieoverleggen', { reeksId });
    expect(later.json().begintOp).toBe(expected[1]!.begintOp.toISOString());
    laterOverlegId = later.json().id;
  });

  it('draws up the agenda from the tabled referrals, oldest first, once; fixed members join the casussen', async () => {
    a = await tabledReferral();
    b = await tabledReferral();
    expect((await politie.get(`/api/v1/casussen/${a.casusId}`)).statusCode).toBe(404);
    expect((await politie.post(`/api/v1/actieoverleggen/${overlegId}/agenda/opstellen`, {})).statusCode).toBe(403);

    const response = await voorzitter.post(`/api/v1/actieoverleggen/${overlegId}/agenda/opstellen`, {});
    expect(response.statusCode, response.body).toBe(200);
    const punten = response.json().agendapunten;
    expect(punten.map((p: { casus: { id: string } }) => p.casus.id)).toEqual([a.casusId, b.casusId]);
    expect(punten[0]).toMatchObject({ soort: 'aanmelding', volgorde: 1, status: 'gepland', casus: { nummer: a.nummer }, aanmelding: { id: a.aanmeldingId, vraag: referral.vraag, herhaling: false } });
    [puntA, puntB] = punten.map((p: { id: string }) => p.id);
    const again = await voorzitter.post(`/api/v1/actieoverleggen/${overlegId}/agenda/opstellen`, {});
    expect(again.json().agendapunten).toHaveLength(2);

    // The fixed members take part in the casus now, on the Actieoverleg's legal basis; the timeline shows it.
    expect((await politie.get(`/api/v1/casussen/${a.casusId}`)).statusCode).toBe(200);
    expect((await om.get(`/api/v1/casussen/${a.casusId}`)).statusCode).toBe(200);
    const tijdlijn = (await vt.get(`/api/v1/casussen/${a.casusId}/tijdlijn`)).json().items;
    const gepland = tijdlijn.filter((e: { soort: string }) => e.soort === 'agendapunt-gepland');
    expect(gepland).toHaveLength(1);
    expect(gepland[0].gegevens).toMatchObject({ overlegId, agendapuntId: puntA, agendapuntSoort: 'aanmelding' });
    expect(tijdlijn.filter((e: { soort: string; gegevens: { grondslagCode?: string } }) => e.soort === 'deelnemer-toegevoegd' && e.gegevens.grondslagCode === 'ACTIEOVERLEG')).toHaveLength(2);
    // Already on an agenda: by hand it is 409.
    expect((await voorzitter.post(`/api/v1/actieoverleggen/${laterOverlegId}/agendapunten`, { aanmeldingId: a.aanmeldingId })).json().code).toBe('al-op-agenda');
    const beide = await voorzitter.post(`/api/v1/actieoverleggen/${overlegId}/agendapunten`, { aanmeldingId: a.aanmeldingId, casusId: a.casusId });
    expect(beide.statusCode).toBe(400);
    const vreemd = await voorzitter.post(`/api/v1/actieoverleggen/${overlegId}/agendapunten`, { casusId: (await makeCasusRows(env.db, { regie: org.gemeente, personen: [] })).casusId });
    expect(vreemd.json().invalidParams[0].name).toBe('casusId');
  });

  it('shows a fixed member every item with the referral’s question, and lists the meeting with its role', async () => {
    const response = await politie.get(`/api/v1/actieoverleggen/${overlegId}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rol: 'vast-lid', aantalAgendapunten: 2 });
    expect(response.json().agendapunten[1].aanmelding).toMatchObject({ id: b.aanmeldingId, vraag: referral.vraag });
    expect(response.headers.etag).toBe(`"${response.json().versie}"`);
    const lijst = (await politie.get('/api/v1/actieoverleggen')).json().actieoverleggen;
    expect(lijst.map((o: { id: string }) => o.id)).toEqual([overlegId, laterOverlegId]);
    expect(lijst[0]).toMatchObject({ rol: 'vast-lid', aantalAgendapunten: 2 });
    expect((await politie.get('/api/v1/actieoverleggen?vanaf=2026-02-30')).statusCode).toBe(400);
  });

  it('keeps the meeting from a partner on call until invited, and then shows only its item', async () => {
    expect((await rvdk.get(`/api/v1/actieoverleggen/${overlegId}`)).statusCode).toBe(404);
    expect((await rvdk.get('/api/v1/actieoverleggen')).json().actieoverleggen).toEqual([]);
    expect((await rvdk.put(`/api/v1/agendapunten/${puntA}/bijdragen/eigen`, { inhoud: 'x' })).statusCode).toBe(404);

    expect((await voorzitter.post(`/api/v1/agendapunten/${puntA}/uitnodigingen`, { organisatieId: org.gemeente.id })).json().invalidParams[0].name).toBe('organisatieId');
    expect((await voorzitter.post(`/api/v1/agendapunten/${puntA}/uitnodigingen`, { organisatieId: org.politie.id })).json().invalidParams[0].name).toBe('organisatieId');
    expect((await politie.post(`/api/v1/agendapunten/${puntA}/uitnodigingen`, { organisatieId: org.rvdk.id })).statusCode).toBe(403);
    const invited = await voorzitter.post(`/api/v1/agendapunten/${puntA}/uitnodigingen`, { organisatieId: org.rvdk.id });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().uitnodigingen.map((u: { organisatie: { id: string } }) => u.organisatie.id)).toEqual([org.rvdk.id]);
    expect((await voorzitter.post(`/api/v1/agendapunten/${puntA}/uitnodigingen`, { organisatieId: org.rvdk.id })).statusCode).toBe(200);

    const seen = await rvdk.get(`/api/v1/actieoverleggen/${overlegId}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ rol: 'op-afroep', aantalAgendapunten: 1 });
    expect(seen.json().agendapunten.map((p: { id: string }) => p.id)).toEqual([puntA]);
    expect((await rvdk.get('/api/v1/actieoverleggen')).json().actieoverleggen).toEqual([expect.objectContaining({ id: overlegId, rol: 'op-afroep', aantalAgendapunten: 1 })]);
    expect((await rvdk.put(`/api/v1/agendapunten/${puntB}/bijdragen/eigen`, { inhoud: 'x' })).statusCode).toBe(404);
    expect((await rvdk.get(`/api/v1/casussen/${a.casusId}`)).statusCode).toBe(200);
    expect((await rvdk.get(`/api/v1/casussen/${b.casusId}`)).statusCode).toBe(404);
    const taken = (await rvdk.get('/api/v1/taken')).json().taken;
    expect(taken).toEqual([expect.objectContaining({ soort: 'bijdrage-actieoverleg', casus: expect.objectContaining({ id: a.casusId }) })]);
    const tijdlijn = (await rvdk.get(`/api/v1/casussen/${a.casusId}/tijdlijn`)).json().items.map((e: { soort: string }) => e.soort);
    expect(tijdlijn).toContain('partner-uitgenodigd');
  });

  it('lists the people to choose from: case workers of the fixed members and of the partners invited to the items the caller sees', async () => {
    // Not listed: an administrator, an analyst, a deactivated membership, a member of an organisation not at the meeting.
    await makeUser(env, { lidmaatschappen: [{ organisatie: org.politie, rollen: ['functioneel-beheerder'] }], demo: true, totp: false });
    const weg = await makeUser(env, { lidmaatschappen: [{ organisatie: org.om, rollen: ['medewerker'] }], demo: true, totp: false });
    await env.db.query('update lidmaatschappen set actief = false where gebruiker_id = $1', [weg.id]);
    const url = `/api/v1/actieoverleggen/${overlegId}/medewerkers`;
    type Lijst = { medewerkers: Array<{ id: string; naam: string; organisatie: { id: string; naam: string } }> };
    const ids = async (client: TestClient) => {
      const response = await client.get(url);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as Lijst).medewerkers.map((m) => m.id).sort();
    };
    const lid = await politie.get(url);
    expect(lid.statusCode, lid.body).toBe(200);
    expect((lid.json() as Lijst).medewerkers).toContainEqual({ id: users.politie!.id, naam: expect.any(String), organisatie: { id: org.politie.id, naam: org.politie.naam } });
    const bijPunten = ['voorzitter', 'vt', 'politie', 'om', 'rvdk'].map((k) => users[k]!.id).sort();
    expect(await ids(politie)).toEqual(bijPunten);
    expect(await ids(voorzitter)).toEqual(bijPunten);

    // Reclassering invited to the other item: fixed members and the chair see its people, the Raad (on call for item A) does not.
    expect((await voorzitter.post(`/api/v1/agendapunten/${puntB}/uitnodigingen`, { organisatieId: org.reclassering.id })).statusCode).toBe(201);
    expect(await ids(om)).toEqual([...bijPunten, users.reclassering!.id].sort());
    expect(await ids(rvdk)).toEqual(bijPunten);
    expect((await voorzitter.delete(`/api/v1/agendapunten/${puntB}/uitnodigingen/${org.reclassering.id}`)).statusCode).toBe(200);

    expect((await gemeente.get(url)).statusCode).toBe(404);
    expect((await voorzitterLimburg.get(url)).statusCode).toBe(404);
    expect((await analist.get(url)).statusCode).toBe(403);
    const audit = await env.db.query<{ details: Record<string, unknown> }>(
      `select details from audit_log where object_type = 'actieoverleg' and object_id = $1 and actie = 'lezen' and details ? 'medewerkers' order by seq desc limit 1`,
      [overlegId],
    );
    expect(audit.rows[0]?.details).toEqual({ medewerkers: bijPunten.length });
  });

  it('lists one organisation’s case workers for the chair choosing a member’s representative', async () => {
    const url = (organisatieId: string) => `/api/v1/actieoverleg-reeksen/${reeksId}/medewerkers?organisatieId=${organisatieId}`;
    // Reclassering is a member on call; the organisation need not be a member at all, only of the region and active.
    const response = await voorzitter.get(url(org.reclassering.id));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().medewerkers).toEqual([{ id: users.reclassering!.id, naam: expect.any(String), organisatie: { id: org.reclassering.id, naam: org.reclassering.naam } }]);
    expect((await voorzitter.get(url(org.vt.id))).json().medewerkers.map((m: { id: string }) => m.id).sort()).toEqual([users.voorzitter!.id, users.vt!.id].sort());
    const andere = await voorzitter.get(url(org.limburg.id));
    expect(andere.statusCode).toBe(400);
    expect(andere.json().invalidParams[0].name).toBe('organisatieId');
    expect((await voorzitter.get(`/api/v1/actieoverleg-reeksen/${reeksId}/medewerkers`)).json().invalidParams[0].name).toMatch(/organisatieId$/);
    expect((await politie.get(url(org.politie.id))).statusCode).toBe(403);
    expect((await gemeente.get(url(org.gemeente.id))).statusCode).toBe(404);
    expect((await voorzitterLimburg.get(url(org.limburg.id))).statusCode).toBe(404);
    expect((await analist.get(url(org.vt.id))).statusCode).toBe(403);
  });

  it('collects each partner’s contribution before the meeting, visible by need-to-know', async () => {
    const url = `/api/v1/agendapunten/${puntA}/bijdragen/eigen`;
    const eigen = await rvdk.put(url, { inhoud: 'Raadsonderzoek naar gezag en verblijf loopt sinds januari.' });
    expect(eigen.statusCode, eigen.body).toBe(201);
    expect(eigen.json()).toMatchObject({ eigen: true, zichtbaarVoor: null, organisatie: { id: org.rvdk.id } });
    expect((await rvdk.get('/api/v1/taken')).json().taken).toEqual([]);

    const bad = await politie.put(url, { inhoud: 'Registraties', zichtbaarVoor: [org.gemeente.id] });
    expect(bad.json().invalidParams[0].name).toBe('zichtbaarVoor');
    expect((await politie.put(url, { inhoud: '' })).json().invalidParams[0].name).toBe('inhoud');
    const pol = await politie.put(url, { inhoud: 'Twee registraties huiselijke twist; geen aanhoudingen.', zichtbaarVoor: [org.om.id] });
    expect(pol.statusCode, pol.body).toBe(201);
    expect((await politie.put(url, { inhoud: 'Bijgewerkt' })).statusCode).toBe(428);
    expect((await politie.put(url, { inhoud: 'Bijgewerkt', zichtbaarVoor: [org.om.id] }, { 'if-match': '"7"' })).json()).toMatchObject({ code: 'versie-verouderd', huidigeVersie: 1 });
    const updated = await politie.put(url, { inhoud: 'Twee registraties huiselijke twist en één mutatie; geen aanhoudingen.', zichtbaarVoor: [org.om.id] }, { 'if-match': String(pol.headers.etag) });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().versie).toBe(2);

    const bijdragenVan = async (client: TestClient) =>
      (await client.get(`/api/v1/actieoverleggen/${overlegId}`)).json().agendapunten.find((p: { id: string }) => p.id === puntA).bijdragen.map((x: { organisatie: { id: string } }) => x.organisatie.id).sort();
    expect(await bijdragenVan(om)).toEqual([org.politie.id, org.rvdk.id].sort());
    expect(await bijdragenVan(rvdk)).toEqual([org.rvdk.id]);
    expect(await bijdragenVan(vt)).toEqual([org.rvdk.id]);
  });

  it('is not found by organisations neither member nor invited; the analyst gets 403', async () => {
    for (const url of [`/api/v1/actieoverleggen/${overlegId}`, `/api/v1/actieoverleggen/${overlegId}/agenda.ics`]) {
      expect((await gemeente.get(url)).statusCode).toBe(404);
      expect((await voorzitterLimburg.get(url)).statusCode).toBe(404);
      expect((await analist.get(url)).statusCode).toBe(403);
    }
    expect((await gemeente.put(`/api/v1/agendapunten/${puntA}/bijdragen/eigen`, { inhoud: 'x' })).statusCode).toBe(404);
    expect((await gemeente.get('/api/v1/actieoverleggen')).json().actieoverleggen).toEqual([]);
    expect((await analist.get('/api/v1/actieoverleggen')).statusCode).toBe(403);
    expect((await gemeente.post(`/api/v1/agendapunten/${puntA}/doorschuiven`, { overlegId: laterOverlegId })).statusCode).toBe(404);
  });

  it('exports the meeting as a calendar file with only the number of items', async () => {
    const ics = await voorzitter.get(`/api/v1/actieoverleggen/${overlegId}/agenda.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const unfolded = ics.body.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:actieoverleg-${overlegId}@samenloop`);
    expect(unfolded).toContain('SUMMARY:Actieoverleg oost-brabant');
    expect(unfolded).toContain('2 agendapunten');
    for (const geheim of [a.nummer, b.nummer, 'Mirjam', 'Verbeek', a.casusId]) expect(unfolded).not.toContain(geheim);
    expect((await rvdk.get(`/api/v1/actieoverleggen/${overlegId}/agenda.ics`)).body.replace(/\r\n /g, '')).toContain('1 agendapunt.');
  });

  it('records attendance and the order of the agenda with If-Match', async () => {
    const url = `/api/v1/actieoverleggen/${overlegId}`;
    const etag = String((await voorzitter.get(url)).headers.etag);
    const deelnemers = [
      { gebruikerId: users.politie!.id, status: 'aanwezig', metMandaat: true },
      { gebruikerId: users.rvdk!.id, status: 'afgemeld' },
    ];
    expect((await voorzitter.put(`${url}/aanwezigheid`, { deelnemers })).statusCode).toBe(428);
    const vreemd = await voorzitter.put(`${url}/aanwezigheid`, { deelnemers: [...deelnemers, { gebruikerId: users.gemeente!.id, status: 'aanwezig' }] }, { 'if-match': etag });
    expect(vreemd.json().invalidParams[0].name).toBe('deelnemers.2.gebruikerId');
    expect((await politie.put(`${url}/aanwezigheid`, { deelnemers }, { 'if-match': etag })).statusCode).toBe(403);
    const saved = await voorzitter.put(`${url}/aanwezigheid`, { deelnemers }, { 'if-match': etag });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().aanwezigheid).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ gebruiker: expect.objectContaining({ id: users.politie!.id }), status: 'aanwezig', metMandaat: true, organisatie: expect.objectContaining({ id: org.politie.id }) }),
        expect.objectContaining({ gebruiker: expect.objectContaining({ id: users.rvdk!.id }), status: 'afgemeld', metMandaat: false }),
      ]),
    );
    const stale = await voorzitter.put(`${url}/agenda/volgorde`, { agendapuntIds: [puntB, puntA] }, { 'if-match': etag });
    expect(stale.statusCode).toBe(409);
    const nu = String(saved.headers.etag);
    expect((await voorzitter.put(`${url}/agenda/volgorde`, { agendapuntIds: [puntB] }, { 'if-match': nu })).json().invalidParams[0].name).toBe('agendapuntIds');
    const ordered = await voorzitter.put(`${url}/agenda/volgorde`, { agendapuntIds: [puntB, puntA] }, { 'if-match': nu });
    expect(ordered.statusCode, ordered.body).toBe(200);
    expect(ordered.json().agendapunten.map((p: { id: string }) => p.id)).toEqual([puntB, puntA]);
  });

  it('moves an item to a later meeting with its invitations and contributions', async () => {
    expect((await voorzitter.post(`/api/v1/agendapunten/${puntA}/doorschuiven`, { overlegId })).json().invalidParams[0].name).toBe('overlegId');
    const moved = await voorzitter.post(`/api/v1/agendapunten/${puntA}/doorschuiven`, { overlegId: laterOverlegId });
    expect(moved.statusCode, moved.body).toBe(200);
    const nieuw = moved.json().agendapunten[0];
    expect(nieuw).toMatchObject({ casus: { id: a.casusId }, aanmelding: { id: a.aanmeldingId }, status: 'gepland' });
    expect(nieuw.uitnodigingen.map((u: { organisatie: { id: string } }) => u.organisatie.id)).toEqual([org.rvdk.id]);
    // The chair (Veilig Thuis) sees the Raad's contribution; the police's is for the OM only. Both moved along.
    expect(nieuw.bijdragen.map((x: { organisatie: { id: string } }) => x.organisatie.id)).toEqual([org.rvdk.id]);
    const { rows } = await env.db.query<{ n: number }>('select count(*)::int as n from agendapunt_bijdragen where agendapunt_id = $1', [nieuw.id]);
    expect(rows[0]!.n).toBe(2);
    const oud = (await voorzitter.get(`/api/v1/actieoverleggen/${overlegId}`)).json();
    expect(oud.agendapunten.find((p: { id: string }) => p.id === puntA).status).toBe('doorgeschoven');
    expect(oud.aantalAgendapunten).toBe(1);
    // The partner on call still sees the old item on the first meeting, and the new one on the later meeting.
    expect((await rvdk.get(`/api/v1/actieoverleggen/${laterOverlegId}`)).json().agendapunten.map((p: { id: string }) => p.id)).toEqual([nieuw.id]);
    expect((await rvdk.get('/api/v1/taken')).json().taken).toHaveLength(1);
    puntA = nieuw.id;
  });

  it('withdraws an invitation before the meeting starts: the partner loses the meeting and the casus', async () => {
    const withdrawn = await voorzitter.delete(`/api/v1/agendapunten/${puntA}/uitnodigingen/${org.rvdk.id}`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().uitnodigingen).toEqual([]);
    expect((await rvdk.get(`/api/v1/actieoverleggen/${laterOverlegId}`)).statusCode).toBe(404);
    // Still invited to the moved-away item of the first meeting, so still taking part in the casus.
    expect((await rvdk.get(`/api/v1/actieoverleggen/${overlegId}`)).statusCode).toBe(200);
    expect((await rvdk.get('/api/v1/taken')).json().taken).toEqual([]);
    expect((await voorzitter.delete(`/api/v1/agendapunten/${puntA}/uitnodigingen/${org.rvdk.id}`)).statusCode).toBe(404);
  });

  it('starts a meeting; a started meeting cannot be moved, cancelled or lose invitations', async () => {
    const url = `/api/v1/actieoverleggen/${overlegId}`;
    expect((await politie.post(`${url}/starten`, {})).statusCode).toBe(403);
    const started = await voorzitter.post(`${url}/starten`, {});
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'gestart', gestartOp: expect.any(String) });
    expect((await voorzitter.post(`${url}/starten`, {})).json().code).toBe('overleg-gestart');
    expect((await voorzitter.patch(url, { locatie: 'Elders' }, { 'if-match': String(started.headers.etag) })).statusCode).toBe(409);
    expect((await voorzitter.post(`${url}/annuleren`, { reden: 'anders' })).statusCode).toBe(409);

    const later = `/api/v1/actieoverleggen/${laterOverlegId}`;
    const current = await voorzitter.get(later);
    const moved = await voorzitter.patch(later, { locatie: 'Politiebureau Oss', duurMinuten: 120 }, { 'if-match': String(current.headers.etag) });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(new Date(moved.json().eindigtOp).getTime() - new Date(moved.json().begintOp).getTime()).toBe(120 * 60_000);
    expect((await voorzitter.post(`${later}/annuleren`, { reden: 'ziek' })).json().invalidParams[0].name).toBe('reden');
    const cancelled = await voorzitter.post(`${later}/annuleren`, { reden: 'voorzitter-afwezig' });
    expect(cancelled.json().status).toBe('geannuleerd');
    expect((await voorzitter.get(`${later}/agenda.ics`)).body).toContain('STATUS:CANCELLED');
    expect((await voorzitter.patch(later, { locatie: 'Elders' }, { 'if-match': String(cancelled.headers.etag) })).json().code).toBe('overleg-geannuleerd');

    // The cancelled meeting's item moves on to a meeting a week later.
    const weekLater = new Date(new Date(cancelled.json().begintOp).getTime() + 7 * 86_400_000).toISOString();
    const derde = await voorzitter.post('/api/v1/actieoverleggen', { reeksId, begintOp: weekLater });
    expect(derde.statusCode, derde.body).toBe(201);
    const verder = await voorzitter.post(`/api/v1/agendapunten/${puntA}/doorschuiven`, { overlegId: derde.json().id });
    expect(verder.statusCode, verder.body).toBe(200);
    expect(verder.json().agendapunten.map((p: { casus: { id: string } }) => p.casus.id)).toEqual([a.casusId]);
  });
});
