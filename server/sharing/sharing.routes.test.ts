import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';

let env: TestEnv;
let vtOrg: Organisatie;
let politieOrg: Organisatie;
let omOrg: Organisatie;
let vt: TestClient;
let politie: TestClient;
let om: TestClient;
let beheerder: TestClient;
let grondslag: Record<string, string>;
let politieContact: string;

beforeAll(async () => {
  env = await createTestEnv();
  vtOrg = await makeOrganisation(env, { soort: 'veilig-thuis', naam: 'Veilig Thuis Brabant-Noordoost', regio: 'oost-brabant' });
  politieOrg = await makeOrganisation(env, { soort: 'politie', naam: 'Politie Oost-Brabant', regio: 'oost-brabant' });
  omOrg = await makeOrganisation(env, { soort: 'openbaar-ministerie', naam: 'OM Oost-Brabant', regio: 'oost-brabant' });
  const user = (organisatie: Organisatie, rol: 'medewerker' | 'officier-van-justitie' | 'functioneel-beheerder' = 'medewerker') =>
    makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false });
  vt = await loginAs(env, await user(vtOrg));
  const politieUser = await user(politieOrg);
  politieContact = politieUser.id;
  politie = await loginAs(env, politieUser);
  om = await loginAs(env, await user(omOrg, 'officier-van-justitie'));
  beheerder = await loginAs(env, await user(vtOrg, 'functioneel-beheerder'));
  const { rows } = await env.db.query<{ id: string; code: string }>('select id, code from grondslagen');
  grondslag = Object.fromEntries(rows.map((r) => [r.code, r.id]));
});
afterAll(async () => env.close());

async function casusWithPerson(): Promise<string> {
  const { rows } = await env.db.query<{ id: string }>(
    `insert into personen (achternaam, zoeknaam, aangemaakt_door_organisatie_id) values ('Delen', 'delen', $1) returning id`,
    [vtOrg.id],
  );
  const response = await vt.post('/api/v1/casussen', {
    personen: [{ persoonId: rows[0]!.id, rol: 'slachtoffer' }],
    doel: 'Veiligheid van het gezin beoordelen en borgen',
    grondslagId: grondslag['WMO-5.2.4'],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const politieDeelname = () => ({
  organisatieId: politieOrg.id,
  doel: 'Politie-informatie over eerdere incidenten en aanhoudingen inbrengen',
  grondslagId: grondslag['WPG-19'],
  contactpersoonId: politieContact,
});

describe('the grondslagen register', () => {
  it('is seeded with Dutch legal bases that case workers can choose from', async () => {
    const response = await vt.get('/api/v1/grondslagen');
    expect(response.statusCode).toBe(200);
    const codes = response.json().grondslagen.map((g: { code: string }) => g.code);
    expect(codes).toEqual(expect.arrayContaining(['WMO-4.1.1', 'WMO-5.2.4', 'WPG-16', 'WPG-19', 'WPG-20', 'WJSG-39F', 'JW-7.4.4', 'BW-1:238', 'CONVENANT-ZVH']));
  });

  it('the functional administrator adds and deactivates one; a deactivated one can no longer be chosen', async () => {
    const created = await beheerder.post('/api/v1/grondslagen', {
      code: 'TEST-1',
      naam: 'Testgrondslag',
      wettelijkeBasis: 'Testwet art. 1',
      omschrijving: 'Alleen voor de test.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const g = created.json();
    expect(g).toMatchObject({ code: 'TEST-1', actief: true, versie: 1 });
    expect((await beheerder.post('/api/v1/grondslagen', { code: 'TEST-1', naam: 'Nog een', wettelijkeBasis: 'Testwet art. 2' })).statusCode).toBe(409);
    expect((await beheerder.patch(`/api/v1/grondslagen/${g.id}`, { actief: false })).statusCode).toBe(428);
    const off = await beheerder.patch(`/api/v1/grondslagen/${g.id}`, { actief: false }, { 'if-match': '"1"' });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ actief: false, versie: 2 });
    expect((await beheerder.patch(`/api/v1/grondslagen/${g.id}`, { naam: 'Oud' }, { 'if-match': '"1"' })).json()).toMatchObject({ huidigeVersie: 2 });

    expect((await vt.get('/api/v1/grondslagen')).json().grondslagen.map((x: { id: string }) => x.id)).not.toContain(g.id);
    expect((await beheerder.get('/api/v1/grondslagen')).json().grondslagen.map((x: { id: string }) => x.id)).toContain(g.id);
    const casusId = await casusWithPerson();
    const refused = await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, { ...politieDeelname(), grondslagId: g.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams[0].name).toBe('grondslagId');

    expect((await vt.post('/api/v1/grondslagen', { code: 'TEST-2', naam: 'Geen beheerder', wettelijkeBasis: 'Testwet' })).statusCode).toBe(403);
    const { rows } = await env.db.query<{ actie: string; doel: string }>(`select actie, doel from audit_log where object_type = 'grondslag' order by seq`);
    expect(rows).toEqual([
      { actie: 'aanmaken', doel: 'grondslagbeheer' },
      { actie: 'deactiveren', doel: 'grondslagbeheer' },
    ]);
  });
});

describe('participation with purpose', () => {
  it('a participant adds the police with doel and grondslag; the police read it; after leaving the police get 404 again', async () => {
    const casusId = await casusWithPerson();
    expect((await politie.get(`/api/v1/casussen/${casusId}`)).statusCode).toBe(404);

    const added = await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, politieDeelname());
    expect(added.statusCode, added.body).toBe(201);
    const deelnemer = added.json();
    expect(deelnemer).toMatchObject({
      organisatie: { id: politieOrg.id, soort: 'politie' },
      grondslag: { code: 'WPG-19' },
      contactpersoon: { id: politieContact },
      tot: null,
    });
    expect((await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, politieDeelname())).statusCode).toBe(409);

    const read = await politie.get(`/api/v1/casussen/${casusId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().eigenDeelname).toMatchObject({ doel: politieDeelname().doel, grondslag: { code: 'WPG-19' } });
    expect(read.json().deelnemers.map((d: { organisatie: { id: string } }) => d.organisatie.id)).toEqual([vtOrg.id, politieOrg.id]);
    expect((await politie.get('/api/v1/casussen')).json().casussen.map((c: { id: string }) => c.id)).toContain(casusId);

    // The police give themselves regie, then leave: regie is released and their access ends at once.
    const etag = read.headers.etag as string;
    expect((await politie.patch(`/api/v1/casussen/${casusId}`, { regieOrganisatieId: politieOrg.id }, { 'if-match': etag })).statusCode).toBe(200);
    const vtDeelnemer = read.json().deelnemers[0].id;
    // An open task of the police on this casus lapses when they leave: no inbox points at a casus they cannot open.
    await env.db.query(
      `insert into taken (soort, sleutel, titel, casus_id, organisatie_id, deadline) values ('test', 'vertrek:' || $1::text, 'Testtaak', $1::uuid, $2, now() + interval '1 day')`,
      [casusId, politieOrg.id],
    );
    expect((await politie.post(`/api/v1/casussen/${casusId}/deelnemers/${vtDeelnemer}/vertrek`, { reden: 'Niet onze deelname' })).statusCode).toBe(403);
    const left = await politie.post(`/api/v1/casussen/${casusId}/deelnemers/${deelnemer.id}/vertrek`, { reden: 'Geen politietaak meer' });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json().tot).not.toBeNull();
    expect((await politie.get(`/api/v1/casussen/${casusId}`)).statusCode).toBe(404);
    expect((await politie.get(`/api/v1/casussen/${casusId}/tijdlijn`)).statusCode).toBe(404);
    const lapsed = await env.db.query<{ status: string }>(`select status from taken where sleutel = 'vertrek:' || $1`, [casusId]);
    expect(lapsed.rows[0]!.status).toBe('vervallen');
    expect((await politie.get('/api/v1/taken')).json().taken.map((t: { titel: string }) => t.titel)).not.toContain('Testtaak');

    const casus = (await vt.get(`/api/v1/casussen/${casusId}`)).json();
    expect(casus.regie.organisatie).toBeNull();
    expect(casus.deelnemers).toHaveLength(1);
    const alle = (await vt.get(`/api/v1/casussen/${casusId}/deelnemers`)).json().deelnemers;
    expect(alle).toHaveLength(2);
    expect(alle[1].tot).not.toBeNull();
    const omschrijvingen = (await vt.get(`/api/v1/casussen/${casusId}/tijdlijn`)).json().items.map((i: { omschrijving: string }) => i.omschrijving);
    expect(omschrijvingen).toEqual(
      expect.arrayContaining([
        'Politie Oost-Brabant neemt deel (grondslag WPG-19)',
        'Regie op veiligheid bij Politie Oost-Brabant',
        'Politie Oost-Brabant neemt niet meer deel',
        'Regie op veiligheid vrijgegeven',
      ]),
    );

    // The last participant cannot leave an open casus.
    const last = await vt.post(`/api/v1/casussen/${casusId}/deelnemers/${vtDeelnemer}/vertrek`, { reden: 'Afgerond' });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('laatste-deelnemer');

    const { rows } = await env.db.query<{ actie: string; object_type: string }>(
      `select actie, object_type from audit_log where object_type = 'casus-deelnemer' and object_id = $1 order by seq`,
      [deelnemer.id],
    );
    expect(rows.map((r) => r.actie)).toEqual(['toevoegen', 'vertrekken']);
  });

  it('refuses an unknown or inactive organisation and a contact person of another organisation', async () => {
    const casusId = await casusWithPerson();
    const unknown = await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, { ...politieDeelname(), organisatieId: '00000000-0000-4000-8000-000000000009' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams[0].name).toBe('organisatieId');
    const inactive = await makeOrganisation(env, { soort: 'gemeente', regio: 'oost-brabant' });
    await env.db.query('update organisaties set actief = false where id = $1', [inactive.id]);
    expect((await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, { ...politieDeelname(), organisatieId: inactive.id })).json().invalidParams[0].name).toBe('organisatieId');
    const wrongContact = await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, { ...politieDeelname(), organisatieId: omOrg.id });
    expect(wrongContact.statusCode).toBe(400);
    expect(wrongContact.json().invalidParams[0].name).toBe('contactpersoonId');
    const shortDoel = await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, { ...politieDeelname(), doel: 'want' });
    expect(shortDoel.json().invalidParams[0].name).toBe('doel');
    // Only participants add participants.
    expect((await om.post(`/api/v1/casussen/${casusId}/deelnemers`, { ...politieDeelname(), organisatieId: omOrg.id, contactpersoonId: undefined })).statusCode).toBe(404);
  });
});

describe('information items and need-to-know', () => {
  it('an item for VT only is not seen by the OM, nor its timeline event; every read is audited', async () => {
    const casusId = await casusWithPerson();
    expect((await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, politieDeelname())).statusCode).toBe(201);
    const omDeelname = { organisatieId: omOrg.id, doel: 'Lopend strafrechtelijk onderzoek afstemmen met de zorg', grondslagId: grondslag['WJSG-39F'] };
    expect((await vt.post(`/api/v1/casussen/${casusId}/deelnemers`, omDeelname)).statusCode).toBe(201);

    const shared = await politie.post(`/api/v1/casussen/${casusId}/informatie`, {
      categorie: 'aanhoudingen',
      vertrouwelijkheid: 'vertrouwelijk',
      zichtbaarVoor: [vtOrg.id],
      titel: 'Aanhouding vorige maand',
      inhoud: 'Verdachte aangehouden na incident op het woonadres.',
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const item = shared.json();
    expect(item).toMatchObject({
      bronOrganisatie: { id: politieOrg.id, soort: 'politie' },
      categorie: 'aanhoudingen',
      vertrouwelijkheid: 'vertrouwelijk',
      zichtbaarVoor: [{ id: vtOrg.id, naam: 'Veilig Thuis Brabant-Noordoost' }],
    });
    const voorIedereen = await politie.post(`/api/v1/casussen/${casusId}/informatie`, { categorie: 'registraties', titel: 'Registraties', inhoud: 'Twee eerdere registraties.' });
    expect(voorIedereen.statusCode).toBe(201);
    expect(voorIedereen.json().zichtbaarVoor).toBeNull();

    const ids = async (client: TestClient) => (await client.get(`/api/v1/casussen/${casusId}/informatie`)).json().items.map((i: { id: string }) => i.id);
    expect(await ids(vt)).toEqual([item.id, voorIedereen.json().id]);
    expect(await ids(politie)).toEqual([item.id, voorIedereen.json().id]);
    expect(await ids(om)).toEqual([voorIedereen.json().id]);

    const gedeeld = async (client: TestClient) =>
      (await client.get(`/api/v1/casussen/${casusId}/tijdlijn`)).json().items.filter((i: { soort: string }) => i.soort === 'informatie-gedeeld').length;
    expect(await gedeeld(vt)).toBe(2);
    expect(await gedeeld(politie)).toBe(2);
    expect(await gedeeld(om)).toBe(1);

    const { rows } = await env.db.query<{ organisatie_id: string; details: { aantal: number; casusId: string } }>(
      `select organisatie_id, details from audit_log where object_type = 'informatie-item' and actie = 'lezen' and details->>'casusId' = $1 order by seq`,
      [casusId],
    );
    expect(rows.map((r) => [r.organisatie_id, r.details.aantal])).toEqual([
      [vtOrg.id, 2],
      [politieOrg.id, 2],
      [omOrg.id, 1],
    ]);
  });

  it('refuses a category that is not the sharing organisation\'s and an audience outside the participants', async () => {
    const casusId = await casusWithPerson();
    const wrong = await vt.post(`/api/v1/casussen/${casusId}/informatie`, { categorie: 'aanhoudingen', titel: 'Niet van VT', inhoud: 'x' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams[0]).toMatchObject({ name: 'categorie', code: 'categorie-past-niet' });
    const unknownCategory = await vt.post(`/api/v1/casussen/${casusId}/informatie`, { categorie: 'roddels', titel: 'Onbekend', inhoud: 'x' });
    expect(unknownCategory.statusCode).toBe(400);
    expect(unknownCategory.json().invalidParams[0].name).toBe('categorie');
    const strictForAll = await vt.post(`/api/v1/casussen/${casusId}/informatie`, {
      categorie: 'eerdere-meldingen',
      vertrouwelijkheid: 'strikt-vertrouwelijk',
      titel: 'Strikt vertrouwelijk voor iedereen',
      inhoud: 'x',
    });
    expect(strictForAll.statusCode).toBe(400);
    expect(strictForAll.json().invalidParams[0]).toMatchObject({ name: 'zichtbaarVoor', code: 'te-ruim-gedeeld' });
    const outsider = await vt.post(`/api/v1/casussen/${casusId}/informatie`, {
      categorie: 'eerdere-meldingen',
      zichtbaarVoor: [vtOrg.id, omOrg.id],
      titel: 'Niet voor het OM',
      inhoud: 'x',
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().invalidParams).toEqual([expect.objectContaining({ name: 'zichtbaarVoor[1]', code: 'geen-deelnemer' })]);
    expect((await om.post(`/api/v1/casussen/${casusId}/informatie`, { categorie: 'interventies', titel: 'Geen deelnemer', inhoud: 'x' })).statusCode).toBe(404);
  });
});
