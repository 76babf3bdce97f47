import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';

let env: TestEnv;
let vt: Organisatie;
let politie: Organisatie;
let om: Organisatie;
let vtClient: TestClient;
let politieClient: TestClient;
let omClient: TestClient;
let analist: TestClient;
let politieContact: string;
let grondslagId: string;

beforeAll(async () => {
  env = await createTestEnv();
  vt = await makeOrganisation(env, { soort: 'veilig-thuis', naam: 'Veilig Thuis Testregio' });
  politie = await makeOrganisation(env, { soort: 'politie', naam: 'Politie Testeenheid' });
  om = await makeOrganisation(env, { soort: 'openbaar-ministerie', naam: 'OM Testparket' });
  const worker = async (organisatie: Organisatie) => makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true, totp: false });
  vtClient = await loginAs(env, await worker(vt));
  const politieUser = await worker(politie);
  politieContact = politieUser.id;
  politieClient = await loginAs(env, politieUser);
  omClient = await loginAs(env, await worker(om));
  analist = await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: vt, rollen: ['analist'] }], demo: true, totp: false }));
  const g = await env.db.query<{ id: string }>(
    `insert into grondslagen (code, naam, wettelijke_basis) values ('test-wmo', 'Test grondslag', 'Wmo 2015 art. 4.1.1') returning id`,
  );
  grondslagId = g.rows[0]!.id;
}, 60_000);
afterAll(async () => env.close());

async function create(client: TestClient, body: Record<string, unknown>) {
  return client.post('/api/v1/personen', { geslacht: 'onbekend', ...body });
}

/** A casus holding `persoonId` with the given participants (direct SQL: the casus endpoints are another helper's). */
async function casusWith(persoonId: string, deelnemers: { organisatie: Organisatie; contactpersoon?: string }[]): Promise<string> {
  const c = await env.db.query<{ id: string }>(
    `insert into casussen (nummer, regio_id, aangemaakt_door_organisatie_id) values ('C-TEST-' || nextval('casus_nummer_seq'), $1, $2) returning id`,
    [deelnemers[0]!.organisatie.regio.id, deelnemers[0]!.organisatie.id],
  );
  const casusId = c.rows[0]!.id;
  await env.db.query(`insert into casus_personen (casus_id, persoon_id, rol) values ($1, $2, 'slachtoffer')`, [casusId, persoonId]);
  for (const d of deelnemers) {
    await env.db.query(
      `insert into casus_deelnemers (casus_id, organisatie_id, doel, grondslag_id, contactpersoon_gebruiker_id) values ($1, $2, 'Veiligheid van het gezin borgen', $3, $4)`,
      [casusId, d.organisatie.id, grondslagId, d.contactpersoon ?? null],
    );
  }
  return casusId;
}

describe('search before create', () => {
  let mohamed: string;
  let aylin: string;

  it('creates persons with addresses and finds them tolerant of typos and diacritics, the right one first', async () => {
    const m = await create(vtClient, {
      voornamen: 'Mohamed',
      tussenvoegsel: 'el',
      achternaam: 'Idrissi',
      geboortedatum: '1984-03-12',
      geslacht: 'man',
      bsn: '111222333',
      adressen: [{ straat: 'Kerkstraat', huisnummer: '12', postcode: '5211 ab', woonplaats: "'s-Hertogenbosch" }],
    });
    expect(m.statusCode).toBe(201);
    mohamed = m.json().id;
    expect(m.headers.location).toBe(`/api/v1/personen/${mohamed}`);
    expect(m.headers.etag).toBe('"1"');
    expect(m.json()).toMatchObject({ naam: 'Mohamed el Idrissi', bsn: '111222333', adressen: [{ postcode: '5211AB', actueel: true }] });

    const a = await create(vtClient, { voornamen: 'Aylin', achternaam: 'Özdemir', geboortedatum: '1990-07-01', geslacht: 'vrouw' });
    expect(a.statusCode).toBe(201);
    aylin = a.json().id;
    await create(vtClient, { voornamen: 'Mohamed', achternaam: 'Bouzid', geboortedatum: '1970-01-01' });
    await create(vtClient, { voornamen: 'Jan', tussenvoegsel: 'de', achternaam: 'Vries', geboortedatum: '1984-03-12' });

    const typo = await politieClient.post('/api/v1/personen/zoekopdrachten', { naam: 'Mohammed El-Idrisi' });
    expect(typo.statusCode).toBe(200);
    const first = typo.json().treffers[0];
    expect(first.persoon).toEqual({ id: mohamed, naam: 'Mohamed el Idrissi', geboortedatum: '1984-03-12', woonplaats: "'s-Hertogenbosch" });
    expect(first.redenen).toContain('naam lijkt sterk');
    expect(first.magInzien).toBe(false);

    const withDate = await politieClient.post('/api/v1/personen/zoekopdrachten', { naam: 'Mohammed Idrisi', geboortedatum: '1984-12-03' });
    expect(withDate.json().treffers[0]).toMatchObject({ persoon: { id: mohamed }, waarschijnlijkDezelfde: true });
    expect(withDate.json().treffers[0].redenen).toContain('geboortedatum met dag en maand omgewisseld');

    const diacritics = await vtClient.post('/api/v1/personen/zoekopdrachten', { naam: 'ozdemir' });
    expect(diacritics.json().treffers[0]).toMatchObject({ persoon: { id: aylin, naam: 'Aylin Özdemir' }, magInzien: true });
  });

  it('finds by BSN exactly, and by address with the household living there', async () => {
    const byBsn = await politieClient.post('/api/v1/personen/zoekopdrachten', { bsn: '1112.22.333' });
    expect(byBsn.json().treffers).toHaveLength(1);
    expect(byBsn.json().treffers[0]).toMatchObject({ persoon: { id: mohamed }, score: 1, waarschijnlijkDezelfde: true, redenen: ['BSN gelijk'] });
    const otherBsn = await politieClient.post('/api/v1/personen/zoekopdrachten', { bsn: '123456782' });
    expect(otherBsn.json().treffers).toEqual([]);

    const partner = await create(vtClient, {
      voornamen: 'Samira',
      achternaam: 'el Idrissi',
      geboortedatum: '1986-05-05',
      adressen: [{ straat: 'Kerkstraat', huisnummer: '12', postcode: '5211AB', woonplaats: "'s-Hertogenbosch" }],
      relaties: [{ persoonId: mohamed, soort: 'partner' }],
    });
    expect(partner.statusCode).toBe(201);
    expect(partner.json().relaties).toEqual([expect.objectContaining({ soort: 'partner', persoon: expect.objectContaining({ id: mohamed }) })]);

    const byAddress = await politieClient.post('/api/v1/personen/zoekopdrachten', { postcode: '5211 AB', huisnummer: '12' });
    expect(byAddress.statusCode).toBe(200);
    expect(byAddress.json().treffers.map((t: { persoon: { id: string } }) => t.persoon.id).sort()).toEqual([mohamed, partner.json().id].sort());
    expect(byAddress.json().treffers[0].redenen).toEqual(['zelfde adres']);
    expect(byAddress.json().huishoudens[0].leden).toHaveLength(2);
  });

  it('refuses to create a likely duplicate until the user confirms "niet dezelfde"; a known BSN never', async () => {
    const dup = await create(politieClient, { voornamen: 'Mohammed', achternaam: 'El-Idrisi', geboortedatum: '1984-03-12' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'mogelijke-dubbele-persoon', kandidaten: [mohamed] });
    expect(dup.json().invalidParams[0]).toMatchObject({ name: 'nietDezelfdeAls', code: 'mogelijke-dubbele-persoon' });

    const confirmed = await create(politieClient, { voornamen: 'Mohammed', achternaam: 'El-Idrisi', geboortedatum: '1984-03-12', nietDezelfdeAls: [mohamed] });
    expect(confirmed.statusCode).toBe(201);
    const notSame = await env.db.query('select * from personen_niet_dezelfde where persoon_id = $1 and andere_persoon_id = $2', [confirmed.json().id, mohamed]);
    expect(notSame.rows).toHaveLength(1);

    const sameBsn = await create(politieClient, { voornamen: 'Iemand', achternaam: 'Anders', bsn: '111222333', nietDezelfdeAls: [mohamed] });
    expect(sameBsn.statusCode).toBe(409);
    expect(sameBsn.json()).toMatchObject({ code: 'bsn-bestaat', kandidaten: [mohamed] });
  });

  it('answers bad input with 400 naming the field', async () => {
    const bsn = await create(vtClient, { achternaam: 'Jansen', bsn: '123456789' });
    expect(bsn.statusCode).toBe(400);
    expect(bsn.json().invalidParams).toEqual([expect.objectContaining({ name: 'bsn', reason: 'geen geldig BSN (elfproef)' })]);
    const future = await create(vtClient, { achternaam: 'Jansen', geboortedatum: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().invalidParams[0].name).toBe('geboortedatum');
    const empty = await vtClient.post('/api/v1/personen/zoekopdrachten', {});
    expect(empty.statusCode).toBe(400);
    const postcodeOnly = await vtClient.post('/api/v1/personen/zoekopdrachten', { postcode: '5211AB' });
    expect(postcodeOnly.json().invalidParams[0].name).toBe('huisnummer');
    const badSearchBsn = await vtClient.post('/api/v1/personen/zoekopdrachten', { bsn: '123456789' });
    expect(badSearchBsn.json().invalidParams[0].name).toBe('bsn');
  });

  it('shows "bekend bij" with the contact point, and the casus id only when the searcher takes part too', async () => {
    const persoon = (await create(vtClient, { voornamen: 'Fleur', achternaam: 'Hoekstra', geboortedatum: '2015-02-02' })).json().id;
    const casusId = await casusWith(persoon, [{ organisatie: vt }, { organisatie: politie, contactpersoon: politieContact }]);

    const asOm = await omClient.post('/api/v1/personen/zoekopdrachten', { naam: 'Fleur Hoekstra' });
    const hit = asOm.json().treffers[0];
    expect(hit.persoon.id).toBe(persoon);
    expect(hit.magInzien).toBe(false);
    expect(hit.bekendBij).toEqual(
      expect.arrayContaining([
        { organisatie: { id: vt.id, naam: 'Veilig Thuis Testregio', soort: 'veilig-thuis' }, contactpunt: 'Veilig Thuis Testregio', casusId: null },
        { organisatie: { id: politie.id, naam: 'Politie Testeenheid', soort: 'politie' }, contactpunt: expect.stringContaining('Test '), casusId: null },
      ]),
    );

    const asPolitie = await politieClient.post('/api/v1/personen/zoekopdrachten', { naam: 'Fleur Hoekstra' });
    expect(asPolitie.json().treffers[0].magInzien).toBe(true);
    expect(asPolitie.json().treffers[0].bekendBij.every((b: { casusId: string | null }) => b.casusId === casusId)).toBe(true);
    // Taking part in the casus makes the person visible in detail too.
    expect((await politieClient.get(`/api/v1/personen/${persoon}`)).statusCode).toBe(200);
  });
});

describe('detail, changes, relations and household', () => {
  let moeder: string;
  let kind: string;
  let vader: string;

  beforeAll(async () => {
    const adres = { straat: 'Dorpsstraat', huisnummer: '7', huisnummerToevoeging: 'b', postcode: '1234AB', woonplaats: 'Ergens' };
    moeder = (await create(vtClient, { voornamen: 'Sanne', achternaam: 'Bakker', geboortedatum: '1988-01-01', geslacht: 'vrouw', adressen: [adres] })).json().id;
    kind = (
      await create(vtClient, { voornamen: 'Daan', achternaam: 'Bakker', geboortedatum: '2016-06-06', adressen: [adres], relaties: [{ persoonId: moeder, soort: 'ouder' }] })
    ).json().id;
    vader = (await create(politieClient, { voornamen: 'Thijs', achternaam: 'Smit', geboortedatum: '1985-05-05', geslacht: 'man' })).json().id;
  });

  it('hides a person entered by another organisation and in no shared casus (404), and analysts see no persons (403)', async () => {
    expect((await politieClient.get(`/api/v1/personen/${moeder}`)).statusCode).toBe(404);
    expect((await politieClient.get(`/api/v1/personen/${moeder}/huishouden`)).statusCode).toBe(404);
    expect((await politieClient.patch(`/api/v1/personen/${moeder}`, { telefoon: '0612345678' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await analist.get(`/api/v1/personen/${moeder}`)).statusCode).toBe(403);
    expect((await analist.post('/api/v1/personen/zoekopdrachten', { naam: 'Bakker' })).statusCode).toBe(403);
    expect((await create(analist, { achternaam: 'Bakker' })).statusCode).toBe(403);
    expect((await analist.get(`/api/v1/personen/${moeder}/huishouden`)).statusCode).toBe(403);
  });

  it('reads the detail with relations from its own side and changes it with If-Match', async () => {
    const detail = await vtClient.get(`/api/v1/personen/${moeder}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().relaties).toEqual([expect.objectContaining({ soort: 'kind', persoon: expect.objectContaining({ id: kind, naam: 'Daan Bakker' }) })]);
    const versie = detail.headers.etag as string;

    const missing = await vtClient.patch(`/api/v1/personen/${moeder}`, { telefoon: '0612345678' });
    expect(missing.statusCode).toBe(428);
    const changed = await vtClient.patch(`/api/v1/personen/${moeder}`, { tussenvoegsel: 'de', telefoon: '0612345678', bsn: '123456782' }, { 'if-match': versie });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ naam: 'Sanne de Bakker', telefoon: '0612345678', bsn: '123456782' });
    const stale = await vtClient.patch(`/api/v1/personen/${moeder}`, { telefoon: '0687654321' }, { 'if-match': versie });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().huidigeVersie).toBe(changed.json().versie);
    const takenBsn = await vtClient.patch(`/api/v1/personen/${moeder}`, { bsn: '111222333' }, { 'if-match': `"${changed.json().versie}"` });
    expect(takenBsn.json().code).toBe('bsn-bestaat');
    // The new name is what search finds now.
    const found = await vtClient.post('/api/v1/personen/zoekopdrachten', { naam: 'Sanne de Bakker', geboortedatum: '1988-01-01' });
    expect(found.json().treffers[0].persoon.id).toBe(moeder);
  });

  it('adds relations only between persons the caller may see, and shows others in the household only as a count', async () => {
    const hidden = await vtClient.post(`/api/v1/personen/${kind}/relaties`, { persoonId: vader, soort: 'ouder' });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().invalidParams[0]).toMatchObject({ name: 'persoonId', code: 'onbekende-persoon' });

    // The police took part in the casus of the child: it sees the child and links the father.
    await casusWith(kind, [{ organisatie: politie }]);
    const linked = await politieClient.post(`/api/v1/personen/${kind}/relaties`, { persoonId: vader, soort: 'ouder' });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ soort: 'ouder', persoon: { id: vader } });
    expect((await politieClient.post(`/api/v1/personen/${vader}/relaties`, { persoonId: kind, soort: 'kind' })).statusCode).toBe(409);

    const forVt = await vtClient.get(`/api/v1/personen/${kind}/huishouden`);
    expect(forVt.statusCode).toBe(200);
    expect(forVt.json().adres).toBe('Dorpsstraat 7 b, 1234AB Ergens');
    expect(forVt.json().leden).toEqual([{ persoon: expect.objectContaining({ id: moeder }), redenen: ['zelfde-adres', 'ouder'] }]);
    expect(forVt.json().aantalNietZichtbaar).toBe(1);
    expect(JSON.stringify(forVt.json())).not.toContain('Smit');
    const kindDetail = (await vtClient.get(`/api/v1/personen/${kind}`)).json();
    expect(kindDetail.relatiesNietZichtbaar).toBe(1);
    expect(JSON.stringify(kindDetail)).not.toContain('Smit');

    const forPolitie = (await politieClient.get(`/api/v1/personen/${kind}/huishouden`)).json();
    expect(forPolitie.leden).toEqual([{ persoon: expect.objectContaining({ id: vader, naam: 'Thijs Smit' }), redenen: ['ouder'] }]);
    expect(forPolitie.aantalNietZichtbaar).toBe(1);
  });

  it('ends an address and a relation with geldigTot, keeping the history', async () => {
    const detail = (await vtClient.get(`/api/v1/personen/${kind}`)).json();
    const adresId = detail.adressen[0].id;
    const relatieId = detail.relaties[0].id;
    const badEnd = await vtClient.patch(`/api/v1/personen/${kind}/adressen/${adresId}`, { geldigTot: '2999-01-01' });
    expect(badEnd.json().invalidParams[0].name).toBe('geldigTot');
    const ended = await vtClient.patch(`/api/v1/personen/${kind}/adressen/${adresId}`, { geldigTot: '2024-12-31' });
    expect(ended.json()).toMatchObject({ id: adresId, geldigTot: '2024-12-31', actueel: false });
    const endedRelation = await vtClient.patch(`/api/v1/personen/${kind}/relaties/${relatieId}`, { geldigTot: '2024-12-31' });
    expect(endedRelation.json()).toMatchObject({ soort: 'ouder', geldigTot: '2024-12-31' });
    const household = (await vtClient.get(`/api/v1/personen/${kind}/huishouden`)).json();
    expect(household).toMatchObject({ adres: null, leden: [] });
    const added = await vtClient.post(`/api/v1/personen/${kind}/adressen`, { straat: 'Nieuweweg', huisnummer: '1', postcode: '1234AC', woonplaats: 'Ergens' });
    expect(added.statusCode).toBe(201);
    expect((await vtClient.get(`/api/v1/personen/${kind}`)).json().adressen).toHaveLength(2);
    expect((await vtClient.patch(`/api/v1/personen/${kind}/adressen/${crypto.randomUUID()}`, { geldigTot: '2024-12-31' })).statusCode).toBe(404);
  });

  it('writes audit entries without personal data', async () => {
    const { rows } = await env.db.query<{ actie: string; object_type: string; doel: string; details: Record<string, unknown> }>(
      `select actie, object_type, doel, details from audit_log where object_type = 'persoon' order by seq`,
    );
    const acties = new Set(rows.map((r) => r.actie));
    for (const actie of ['zoeken', 'aanmaken', 'lezen', 'wijzigen', 'koppelen', 'toevoegen']) expect(acties).toContain(actie);
    const search = rows.find((r) => r.actie === 'zoeken' && (r.details.criteria as string[]).includes('bsn'));
    expect(search).toMatchObject({ doel: 'registratie-zoeken', details: { criteria: ['bsn'] } });
    const text = JSON.stringify(rows);
    for (const personal of ['111222333', '123456782', 'Idrissi', 'idrissi', 'Bakker', 'Smit', 'Özdemir', '1984-03-12', 'Kerkstraat', '5211AB', '0612345678']) {
      expect(text).not.toContain(personal);
    }
  });
});
