import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import type { Rol } from '../identity/schemas';
import { makeCasusRows } from '../testing/casus-fixture';
import type { Bevraging, BevragingBeantwoord } from './schemas';
import type { Taak } from '../tasks/schemas';

let env: TestEnv;
let vt: Organisatie;
let politie: Organisatie;
let vtClient: TestClient;
let politieClient: TestClient;
let omClient: TestClient;
let andereVtClient: TestClient;
let vtAnalist: TestClient;
let casus: { casusId: string; nummer: string; persoonIds: string[] };
let buitenCasusPersoonId: string;
let om: Organisatie;

async function clientFor(organisatie: Organisatie, rollen: Rol[] = ['medewerker']): Promise<TestClient> {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
}

const vraag = (extra: Record<string, unknown> = {}) => ({
  gevraagdeOrganisatieId: politie.id,
  doel: 'Veiligheidstaxatie na politiemelding: is het gezin bekend?',
  vraag: 'Zijn er eerdere incidenten of wapens bekend?',
  persoonIds: casus.persoonIds,
  adres: 'Dorpsstraat 1, 1234 AB Ergens',
  ...extra,
});

async function timelineSoorten(casusId: string): Promise<string[]> {
  const { rows } = await env.db.query<{ soort: string }>('select soort from tijdlijn where casus_id = $1 order by op, geregistreerd_op', [casusId]);
  return rows.map((r) => r.soort);
}

beforeAll(async () => {
  env = await createTestEnv();
  vt = await makeOrganisation(env, { soort: 'veilig-thuis' });
  politie = await makeOrganisation(env, { soort: 'politie' });
  om = await makeOrganisation(env, { soort: 'openbaar-ministerie' });
  const andereVt = await makeOrganisation(env, { soort: 'veilig-thuis' });
  vtClient = await clientFor(vt);
  politieClient = await clientFor(politie);
  omClient = await clientFor(om, ['officier-van-justitie']);
  andereVtClient = await clientFor(andereVt);
  vtAnalist = await clientFor(vt, ['analist']);
  casus = await makeCasusRows(env.db, {
    regie: vt,
    personen: [
      { voornamen: 'Anna', achternaam: 'Jansen', geboortedatum: '1990-04-01' },
      { voornamen: 'Bram', achternaam: 'Jansen', geboortedatum: '1988-11-12' },
    ],
  });
  const ander = await makeCasusRows(env.db, { regie: andereVt, personen: [{ voornamen: 'Carla', achternaam: 'Elders', geboortedatum: '1970-01-01' }] });
  buitenCasusPersoonId = ander.persoonIds[0]!;
}, 60_000);

afterAll(async () => {
  await env?.close();
});

describe('bevraging: VT asks the police whether the family is known', () => {
  let bevraging: Bevraging;

  it('VT asks; the police gets a task due in 24 hours; the timeline records it', async () => {
    const response = await vtClient.post(`/api/v1/casussen/${casus.casusId}/bevragingen`, vraag());
    expect(response.statusCode, response.body).toBe(201);
    bevraging = response.json();
    expect(response.headers.location).toBe(`/api/v1/bevragingen/${bevraging.id}`);
    expect(bevraging).toMatchObject({
      casusId: casus.casusId,
      casusNummer: casus.nummer,
      vragendeOrganisatie: { id: vt.id },
      gevraagdeOrganisatie: { id: politie.id, soort: 'politie' },
      status: 'open',
      vlaggen: [],
      antwoord: null,
      beantwoordDoor: null,
      positief: false,
    });
    expect(bevraging.personen.map((p) => p.naam)).toEqual(['Anna Jansen', 'Bram Jansen']);

    const taken: Taak[] = (await politieClient.get('/api/v1/taken')).json().taken;
    const taak = taken.find((t) => t.soort === 'bevraging-beantwoorden');
    expect(taak).toMatchObject({ titel: 'Bevraging beantwoorden', organisatie: { id: politie.id }, status: 'open', teLaat: false });
    expect(new Date(taak!.deadline).getTime() - new Date(bevraging.gesteldOp).getTime()).toBe(24 * 3_600_000);
    expect(await timelineSoorten(casus.casusId)).toEqual(['bevraging-gesteld', 'taak-aangemaakt']);
  });

  it('the police sees it in its incoming list with the persons, but not the casus', async () => {
    const inkomend: Bevraging[] = (await politieClient.get('/api/v1/bevragingen?richting=inkomend')).json().bevragingen;
    expect(inkomend.map((b) => b.id)).toEqual([bevraging.id]);
    expect(inkomend[0]!.personen).toEqual([
      { id: casus.persoonIds[0], naam: 'Anna Jansen', geboortedatum: '1990-04-01' },
      { id: casus.persoonIds[1], naam: 'Bram Jansen', geboortedatum: '1988-11-12' },
    ]);
    const een = await politieClient.get(`/api/v1/bevragingen/${bevraging.id}`);
    expect(een.statusCode).toBe(200);
    expect(een.headers.etag).toBe('"1"');

    expect((await politieClient.get(`/api/v1/casussen/${casus.casusId}`)).statusCode).toBe(404);
    expect((await politieClient.get(`/api/v1/casussen/${casus.casusId}/bevragingen`)).statusCode).toBe(404);
    expect((await politieClient.get(`/api/v1/casussen/${casus.casusId}/taken`)).statusCode).toBe(404);

    const uitgaand: Bevraging[] = (await vtClient.get('/api/v1/bevragingen?richting=uitgaand')).json().bevragingen;
    expect(uitgaand.map((b) => b.id)).toEqual([bevraging.id]);
    expect((await vtClient.get('/api/v1/bevragingen?richting=inkomend')).json().bevragingen).toEqual([]);
    const vanCasus: Bevraging[] = (await vtClient.get(`/api/v1/casussen/${casus.casusId}/bevragingen`)).json().bevragingen;
    expect(vanCasus.map((b) => b.id)).toEqual([bevraging.id]);
  });

  it('organisations outside it see nothing: OM not asked and another VT get 404', async () => {
    for (const client of [omClient, andereVtClient]) {
      expect((await client.get(`/api/v1/bevragingen/${bevraging.id}`)).statusCode).toBe(404);
      expect((await client.post(`/api/v1/bevragingen/${bevraging.id}/antwoord`, { vlaggen: [], antwoord: 'x' }, { 'if-match': '"1"' })).statusCode).toBe(404);
      expect((await client.get('/api/v1/bevragingen?richting=inkomend')).json().bevragingen).toEqual([]);
    }
    expect((await andereVtClient.post(`/api/v1/casussen/${casus.casusId}/bevragingen`, vraag())).statusCode).toBe(404);
  });

  it('refuses a non-VT asker (403 with reason), the analyst (403) and bad input (400 naming the field)', async () => {
    const nietVt = await politieClient.post(`/api/v1/casussen/${casus.casusId}/bevragingen`, vraag());
    expect(nietVt.statusCode).toBe(403);
    expect(nietVt.json().detail).toMatch(/Alleen Veilig Thuis/);
    expect((await vtAnalist.post(`/api/v1/casussen/${casus.casusId}/bevragingen`, vraag())).statusCode).toBe(403);
    expect((await vtAnalist.get('/api/v1/bevragingen')).statusCode).toBe(403);
    expect((await vtAnalist.get(`/api/v1/bevragingen/${bevraging.id}`)).statusCode).toBe(403);

    const field = async (body: Record<string, unknown>) => {
      const response = await vtClient.post(`/api/v1/casussen/${casus.casusId}/bevragingen`, body);
      expect(response.statusCode, response.body).toBe(400);
      return (response.json().invalidParams as { name: string }[]).map((p) => p.name);
    };
    expect(await field(vraag({ persoonIds: [randomUUID()] }))).toEqual(['persoonIds[0]']);
    expect(await field(vraag({ persoonIds: [casus.persoonIds[0], buitenCasusPersoonId] }))).toEqual(['persoonIds[1]']);
    expect(await field(vraag({ persoonIds: [] }))).toEqual(['persoonIds']);
    expect(await field(vraag({ gevraagdeOrganisatieId: om.id }))).toEqual(['gevraagdeOrganisatieId']);
    expect(await field(vraag({ gevraagdeOrganisatieId: randomUUID() }))).toEqual(['gevraagdeOrganisatieId']);
    expect(await field(vraag({ doel: 'kort' }))).toEqual(['doel']);
  });

  it('only the asked organisation answers, with If-Match', async () => {
    const url = `/api/v1/bevragingen/${bevraging.id}/antwoord`;
    expect((await vtClient.post(url, { vlaggen: [], antwoord: 'Niet bekend' }, { 'if-match': '"1"' })).statusCode).toBe(403);
    expect((await politieClient.post(url, { vlaggen: [], antwoord: 'Niet bekend' })).statusCode).toBe(428);
    expect((await politieClient.post(url, { vlaggen: [], antwoord: 'Niet bekend' }, { 'if-match': '"7"' })).statusCode).toBe(409);
    const onbekend = await politieClient.post(url, { vlaggen: ['messen'], antwoord: 'x' }, { 'if-match': '"1"' });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().invalidParams[0].name).toBe('vlaggen[0]');
  });

  it('a positive answer (vuurwapens) puts "Afstemming met politie en OM" in VT\'s inbox and proposes the Actieoverleg', async () => {
    const response = await politieClient.post(
      `/api/v1/bevragingen/${bevraging.id}/antwoord`,
      { vlaggen: ['vuurwapens'], antwoord: 'Vader heeft een vuurwapenvergunning; in 2024 een melding van bedreiging.' },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode, response.body).toBe(200);
    const result: BevragingBeantwoord = response.json();
    expect(result.bevraging).toMatchObject({ status: 'beantwoord', vlaggen: ['vuurwapens'], positief: true, versie: 2 });
    expect(result.bevraging.beantwoordDoor?.naam).toBeTruthy();
    expect(result.routeadvies.map((a) => a.moment)).toEqual(['actieoverleg']);
    expect(result.routeadvies[0]!.redenen).toContain('Signaal: vuurwapenbezit bekend.');
    expect(result.afstemmingTaakId).toBeTruthy();

    const vtTaken: Taak[] = (await vtClient.get('/api/v1/taken')).json().taken;
    const afstemming = vtTaken.find((t) => t.soort === 'afstemming-politie-om');
    expect(afstemming).toMatchObject({ id: result.afstemmingTaakId, titel: 'Afstemming met politie en OM', casus: { id: casus.casusId, nummer: casus.nummer } });

    const politieOpen: Taak[] = (await politieClient.get('/api/v1/taken')).json().taken;
    expect(politieOpen.filter((t) => t.soort === 'bevraging-beantwoorden')).toEqual([]);
    const politieAf: Taak[] = (await politieClient.get('/api/v1/taken?status=afgerond')).json().taken;
    expect(politieAf.find((t) => t.soort === 'bevraging-beantwoorden')).toMatchObject({ status: 'afgerond', teLaat: false });

    // VT sees every task on its casus, including the police's (done) one.
    const casusTaken: Taak[] = (await vtClient.get(`/api/v1/casussen/${casus.casusId}/taken`)).json().taken;
    expect(casusTaken.map((t) => t.soort).sort()).toEqual(['afstemming-politie-om', 'bevraging-beantwoorden']);

    expect(await timelineSoorten(casus.casusId)).toEqual([
      'bevraging-gesteld',
      'taak-aangemaakt',
      'bevraging-beantwoord',
      'taak-afgerond',
      'taak-aangemaakt',
    ]);
    const { rows } = await env.db.query<{ gegevens: Record<string, unknown> }>(
      `select gegevens from tijdlijn where casus_id = $1 and soort = 'bevraging-beantwoord'`,
      [casus.casusId],
    );
    expect(rows[0]!.gegevens).toMatchObject({ bevragingId: bevraging.id, vlaggen: ['vuurwapens'], positief: true });
  });

  it('answering twice is a conflict', async () => {
    const again = await politieClient.post(`/api/v1/bevragingen/${bevraging.id}/antwoord`, { vlaggen: [], antwoord: 'Toch niet' }, { 'if-match': '"2"' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('bevraging-beantwoord');
  });

  it('a "not known" answer creates no alignment task and proposes nothing', async () => {
    const rvdk = await makeOrganisation(env, { soort: 'raad-voor-de-kinderbescherming' });
    const rvdkClient = await clientFor(rvdk);
    const gesteld: Bevraging = (await vtClient.post(`/api/v1/casussen/${casus.casusId}/bevragingen`, vraag({ gevraagdeOrganisatieId: rvdk.id, adres: undefined }))).json();
    const response = await rvdkClient.post(`/api/v1/bevragingen/${gesteld.id}/antwoord`, { vlaggen: ['drugs'], antwoord: 'Geen lopend onderzoek of maatregel.' }, { 'if-match': '"1"' });
    expect(response.statusCode, response.body).toBe(200);
    const result: BevragingBeantwoord = response.json();
    expect(result.bevraging.positief).toBe(false);
    expect(result.routeadvies).toEqual([]);
    expect(result.afstemmingTaakId).toBeNull();
  });

  it('a police force taking part in the casus gets the advice from all casus facts: a running Actieoverleg is not proposed again', async () => {
    const gedeeld = await makeCasusRows(env.db, { regie: vt, deelnemers: [politie], personen: [{ voornamen: 'Eva', achternaam: 'de Vries', geboortedatum: '2015-06-06' }] });
    await env.db.query(`insert into coordinatiemomenten (casus_id, soort) values ($1, 'actieoverleg')`, [gedeeld.casusId]);
    await env.db.query(
      `insert into meldingen (organisatie_id, regio_id, bron, ontvangen_op, acute_onveiligheid, casus_id) values ($1, $2, 'aangifte', now(), true, $3)`,
      [politie.id, politie.regio.id, gedeeld.casusId],
    );
    const gesteld: Bevraging = (await vtClient.post(`/api/v1/casussen/${gedeeld.casusId}/bevragingen`, vraag({ persoonIds: gedeeld.persoonIds }))).json();
    const response = await politieClient.post(`/api/v1/bevragingen/${gesteld.id}/antwoord`, { vlaggen: ['zedendelicten'], antwoord: 'Zedenzaak in 2019.' }, { 'if-match': '"1"' });
    expect(response.statusCode, response.body).toBe(200);
    const result: BevragingBeantwoord = response.json();
    expect(result.routeadvies.map((a) => a.moment)).toEqual(['samen-op-in-acuut']);
    expect(result.afstemmingTaakId).toBeTruthy();
  });

  it('audits the asking, reading and answering, without personal data in the details', async () => {
    const { rows } = await env.db.query<{ actie: string; doel: string; organisatie_id: string; details: Record<string, unknown> }>(
      `select actie, doel, organisatie_id, details from audit_log where object_type = 'bevraging' and object_id = $1 order by seq`,
      [bevraging.id],
    );
    expect(rows.map((r) => [r.actie, r.doel, r.organisatie_id])).toEqual([
      ['aanmaken', 'casusbehandeling', vt.id],
      ['lezen', 'bevraging', politie.id],
      ['beantwoorden', 'bevraging', politie.id],
    ]);
    const text = JSON.stringify(rows.map((r) => r.details));
    expect(text).not.toMatch(/Jansen|1990-04-01|Dorpsstraat|vuurwapenvergunning/);
  });
});

describe('intrekking: VT withdraws a bevraging that is still open', () => {
  const reden = 'Verkeerde organisatie gevraagd, het gezin woont in een andere regio.';
  const intrekken = (client: TestClient, id: string, body: unknown = { reden }, versie = '"1"') =>
    client.post(`/api/v1/bevragingen/${id}/intrekking`, body, { 'if-match': versie });
  let casusIntrekking: { casusId: string; nummer: string; persoonIds: string[] };
  const stel = async (): Promise<Bevraging> => {
    const response = await vtClient.post(`/api/v1/casussen/${casusIntrekking.casusId}/bevragingen`, vraag({ persoonIds: casusIntrekking.persoonIds }));
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  beforeAll(async () => {
    casusIntrekking = await makeCasusRows(env.db, { regie: vt, personen: [{ voornamen: 'Dirk', achternaam: 'Intrek', geboortedatum: '1985-03-03' }] });
  });

  it('withdraws: the police reads it as ingetrokken without the reason and cannot answer; its task lapses; the timeline records it', async () => {
    const gesteld = await stel();
    const response = await intrekken(vtClient, gesteld.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    const ingetrokken: Bevraging = response.json();
    expect(ingetrokken).toMatchObject({ status: 'ingetrokken', versie: 2, antwoord: null, intrekking: { reden } });
    expect(ingetrokken.intrekking?.door.naam).toBeTruthy();

    // The asked police still reads it, as withdrawn, without the casus side's free text.
    const politieZiet: Bevraging = (await politieClient.get(`/api/v1/bevragingen/${gesteld.id}`)).json();
    expect(politieZiet.status).toBe('ingetrokken');
    expect(politieZiet.intrekking).toMatchObject({ reden: null });
    const inkomend: Bevraging[] = (await politieClient.get('/api/v1/bevragingen?richting=inkomend')).json().bevragingen;
    expect(inkomend.find((b) => b.id === gesteld.id)?.status).toBe('ingetrokken');
    expect(inkomend.filter((b) => b.status === 'open').map((b) => b.id)).not.toContain(gesteld.id);

    const antwoord = await politieClient.post(`/api/v1/bevragingen/${gesteld.id}/antwoord`, { vlaggen: [], antwoord: 'Niet bekend' }, { 'if-match': '"2"' });
    expect(antwoord.statusCode).toBe(409);
    expect(antwoord.json()).toMatchObject({ code: 'bevraging-ingetrokken', detail: 'Deze bevraging is ingetrokken.' });

    const { rows: taken } = await env.db.query<{ status: string }>('select status from taken where sleutel = $1', [`bevraging:${gesteld.id}`]);
    expect(taken.map((t) => t.status)).toEqual(['vervallen']);
    const politieOpen: Taak[] = (await politieClient.get('/api/v1/taken')).json().taken;
    expect(politieOpen.map((t) => t.casus?.id)).not.toContain(casusIntrekking.casusId);

    const { rows: events } = await env.db.query<{ soort: string; gegevens: Record<string, unknown> }>(
      `select soort, gegevens from tijdlijn where casus_id = $1 and soort = 'bevraging-ingetrokken'`,
      [casusIntrekking.casusId],
    );
    expect(events).toEqual([{ soort: 'bevraging-ingetrokken', gegevens: { bevragingId: gesteld.id, gevraagdeOrganisatieId: politie.id } }]);
    const tijdlijn = (await vtClient.get(`/api/v1/casussen/${casusIntrekking.casusId}/tijdlijn`)).json();
    expect(JSON.stringify(tijdlijn)).toMatch(/ingetrokken \(de reden staat bij de bevraging\)/);
    expect(JSON.stringify(tijdlijn)).not.toContain('andere regio');

    const { rows: audit } = await env.db.query<{ actie: string; doel: string; details: Record<string, unknown> }>(
      `select actie, doel, details from audit_log where object_type = 'bevraging' and object_id = $1 and actie = 'intrekken'`,
      [gesteld.id],
    );
    expect(audit).toEqual([{ actie: 'intrekken', doel: 'casusbehandeling', details: { casusId: casusIntrekking.casusId, gevraagdeOrganisatieId: politie.id, taakVervallen: true } }]);

    const nogmaals = await intrekken(vtClient, gesteld.id, { reden }, '"2"');
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.json()).toMatchObject({ code: 'bevraging-ingetrokken', detail: 'Deze bevraging is al ingetrokken.' });
  });

  it('an answered bevraging cannot be withdrawn (409 with the reason)', async () => {
    const gesteld = await stel();
    const antwoord = await politieClient.post(`/api/v1/bevragingen/${gesteld.id}/antwoord`, { vlaggen: [], antwoord: 'Niet bekend' }, { 'if-match': '"1"' });
    expect(antwoord.statusCode, antwoord.body).toBe(200);
    const response = await intrekken(vtClient, gesteld.id, { reden }, '"2"');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'bevraging-beantwoord', detail: 'Deze bevraging is al beantwoord en kan niet meer worden ingetrokken.' });
  });

  it('refuses the police (403 with reason), another VT (404), the analyst (403), a stale or missing version and a missing reason (400 naming reden)', async () => {
    const gesteld = await stel();
    const politie403 = await intrekken(politieClient, gesteld.id);
    expect(politie403.statusCode).toBe(403);
    expect(politie403.json().detail).toMatch(/gevraagde organisatie kan een bevraging niet intrekken/);
    expect((await intrekken(andereVtClient, gesteld.id)).statusCode).toBe(404);
    expect((await intrekken(omClient, gesteld.id)).statusCode).toBe(404);
    expect((await intrekken(vtAnalist, gesteld.id)).statusCode).toBe(403);
    expect((await intrekken(vtClient, randomUUID())).statusCode).toBe(404);
    expect((await vtClient.post(`/api/v1/bevragingen/${gesteld.id}/intrekking`, { reden })).statusCode).toBe(428);
    expect((await intrekken(vtClient, gesteld.id, { reden }, '"5"')).statusCode).toBe(409);

    for (const body of [{}, { reden: 'te kort' }, { reden: '          ' }]) {
      const response = await intrekken(vtClient, gesteld.id, body);
      expect(response.statusCode, response.body).toBe(400);
      expect((response.json().invalidParams as { name: string }[]).map((p) => p.name)).toEqual(['reden']);
    }
    expect((await politieClient.get(`/api/v1/bevragingen/${gesteld.id}`)).json().status).toBe('open');
  });
});
