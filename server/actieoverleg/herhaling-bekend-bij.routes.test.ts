import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import type { Rol } from '../identity/schemas';
import { makeCasusRows } from '../testing/casus-fixture';

/**
 * The repeat within 12 months (tabled again whatever the criteria, flagged for the chair), a referral that opens its
 * own casus, and the automatic check whether the persons are known at reclassering or the Raad.
 */
let env: TestEnv;
let vtOrg: Organisatie;
let reclassering: Organisatie;
let raad: Organisatie;
let vt: TestClient;
let voorzitter: TestClient;
let grondslagId: string;

const compleet = {
  vraag: 'Welke afspraken maken we over de veiligheid nu de ex-partner haar blijft volgen?',
  vraagRelevantVoor: ['veilig-thuis', 'politie', 'openbaar-ministerie'],
  vraagGerichtOp: 'acties',
  inhoudelijkeFactoren: ['ex-partnerstalking'],
};

async function user(organisatie: Organisatie, rollen: Rol[]) {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
}

let volgnummer = 0;
const persoon = () => ({ voornamen: 'Anouk', achternaam: `Hermans${++volgnummer}`, geboortedatum: '1994-08-30' });

async function casusMet(persoonIds: string[], regie: Organisatie = vtOrg): Promise<string> {
  const { casusId } = await makeCasusRows(env.db, { regie, personen: [] });
  for (const id of persoonIds) await env.db.query(`insert into casus_personen (casus_id, persoon_id, rol) values ($1, $2, 'betrokkene')`, [casusId, id]);
  return casusId;
}

async function tabled(casusId: string, body: object = compleet): Promise<string> {
  const draft = await vt.post('/api/v1/aanmeldingen', { casusId, ...body });
  expect(draft.statusCode, draft.body).toBe(201);
  expect((await vt.post(`/api/v1/aanmeldingen/${draft.json().id}/indiening`, {})).statusCode).toBe(200);
  const besluit = await voorzitter.post(`/api/v1/aanmeldingen/${draft.json().id}/besluit`, { besluit: 'agenderen', reden: 'Samenloop straf en zorg, voor alle drie.' });
  expect(besluit.statusCode, besluit.body).toBe(200);
  return draft.json().id;
}

beforeAll(async () => {
  env = await createTestEnv();
  vtOrg = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'oost-brabant' });
  reclassering = await makeOrganisation(env, { soort: 'reclassering', naam: 'Reclassering Nederland', regio: 'oost-brabant' });
  raad = await makeOrganisation(env, { soort: 'raad-voor-de-kinderbescherming', naam: 'Raad voor de Kinderbescherming', regio: 'oost-brabant' });
  await makeOrganisation(env, { soort: 'politie', regio: 'oost-brabant' });
  vt = await user(vtOrg, ['medewerker']);
  voorzitter = await user(vtOrg, ['voorzitter-actieoverleg']);
  const { rows } = await env.db.query<{ id: string }>(`select id from grondslagen where code = 'WMO-5.2.4'`);
  grondslagId = rows[0]!.id;
});
afterAll(async () => env?.close());

describe('a repeat within 12 months', () => {
  it('is submitted despite failing the criteria, flagged for the chair, and on the timeline', async () => {
    const eerste = await makeCasusRows(env.db, { regie: vtOrg, personen: [persoon(), persoon()] });
    const eerdereId = await tabled(eerste.casusId);
    // A new casus that shares a person with the tabled one: a new incident with the same ex-partner.
    const nieuw = await casusMet([eerste.persoonIds[1]!]);
    const draft = await vt.post('/api/v1/aanmeldingen', { casusId: nieuw, omschrijving: 'Weer bedreigd bij de woning.' });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ criteria: { voldaan: false }, herhaling: { vanAanmeldingId: eerdereId, dagenSinds: 0 } });

    const submitted = await vt.post(`/api/v1/aanmeldingen/${draft.json().id}/indiening`, {});
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'ingediend', criteria: { voldaan: false }, herhaling: { vanAanmeldingId: eerdereId } });

    const overzicht = (await voorzitter.get('/api/v1/actieoverleg/overzicht')).json();
    expect(overzicht.wachtend).toEqual([expect.objectContaining({ id: draft.json().id, herhaling: { vanAanmeldingId: eerdereId, dagenSinds: 0 }, criteriaVoldaan: false })]);
    expect(overzicht.herhalingen.map((h: { id: string }) => h.id)).toEqual([draft.json().id]);

    await voorzitter.post(`/api/v1/aanmeldingen/${draft.json().id}/besluit`, { besluit: 'agenderen', reden: 'Herhaling binnen twaalf maanden.' });
    const items = (await vt.get(`/api/v1/casussen/${nieuw}/tijdlijn`)).json().items;
    expect(items.find((e: { soort: string }) => e.soort === 'aanmelding-ontvangen')).toMatchObject({
      gegevens: { herhalingVanId: eerdereId, herhalingDagen: 0, criteriaVoldaan: false },
      omschrijving: expect.stringContaining('(herhaling, 0 dagen na de vorige agendering)'),
    });
    expect(items.find((e: { soort: string }) => e.soort === 'aanmelding-geagendeerd')).toMatchObject({ gegevens: { herhaling: true }, omschrijving: 'Aanmelding geagendeerd voor het Actieoverleg (herhaling)' });
  });

  it('of the same casus, once the earlier referral was discussed, is a repeat too', async () => {
    const casus = await makeCasusRows(env.db, { regie: vtOrg, personen: [persoon()] });
    const eerdereId = await tabled(casus.casusId);
    // The meeting (a later slice) marks the referral 'besproken', ten days ago.
    await env.db.query(`update aanmeldingen set status = 'besproken', besloten_op = now() - interval '10 days' where id = $1`, [eerdereId]);
    const draft = await vt.post('/api/v1/aanmeldingen', { casusId: casus.casusId });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().herhaling).toEqual({ vanAanmeldingId: eerdereId, dagenSinds: 10 });
  });

  it('is not a repeat after more than 12 months: the criteria apply again', async () => {
    const eerste = await makeCasusRows(env.db, { regie: vtOrg, personen: [persoon()] });
    const eerdereId = await tabled(eerste.casusId);
    await env.db.query(`update aanmeldingen set besloten_op = now() - interval '400 days' where id = $1`, [eerdereId]);
    const draft = await vt.post('/api/v1/aanmeldingen', { casusId: await casusMet(eerste.persoonIds), vraag: 'Nog steeds zorgen over het gezin' });
    expect(draft.json().herhaling).toBeNull();
    const refused = await vt.post(`/api/v1/aanmeldingen/${draft.json().id}/indiening`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['vraagGerichtOp', 'vraagRelevantVoor', 'inhoudelijkeFactoren']);
  });
});

describe('a referral that opens its casus', () => {
  it('opens the casus with the referrer as participant and shows who knows the persons at reclassering or the Raad', async () => {
    const elders = await makeCasusRows(env.db, { regie: reclassering, deelnemers: [raad], personen: [persoon(), persoon()] });
    const [pleger, ander] = elders.persoonIds as [string, string];
    const response = await vt.post('/api/v1/aanmeldingen', {
      nieuweCasus: { personen: [{ persoonId: pleger, rol: 'pleger' }], doel: 'Veiligheid van mevrouw na stalking door de ex-partner', grondslagId },
      ...compleet,
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.personen).toEqual([expect.objectContaining({ id: pleger, rol: 'pleger' })]);
    expect(body.bekendBij).toEqual(
      expect.arrayContaining([
        { persoonId: pleger, organisatie: { id: reclassering.id, naam: 'Reclassering Nederland', soort: 'reclassering' }, contactpunt: 'Reclassering Nederland' },
        { persoonId: pleger, organisatie: { id: raad.id, naam: 'Raad voor de Kinderbescherming', soort: 'raad-voor-de-kinderbescherming' }, contactpunt: 'Raad voor de Kinderbescherming' },
      ]),
    );
    expect(body.bekendBij).toHaveLength(2);
    expect(body.bekendBij.every((b: { persoonId: string }) => b.persoonId !== ander)).toBe(true);
    // No content of the other casus: organisation and contact point only.
    expect(Object.keys(body.bekendBij[0]).sort()).toEqual(['contactpunt', 'organisatie', 'persoonId']);

    const casus = await vt.get(`/api/v1/casussen/${body.casus.id}`);
    expect(casus.statusCode).toBe(200);
    expect(casus.json().deelnemers.map((d: { organisatie: { id: string } }) => d.organisatie.id)).toEqual([vtOrg.id]);
    expect((await vt.get(`/api/v1/aanmeldingen/${body.id}`)).json().bekendBij).toHaveLength(2);
  });

  it('saves nothing when the referral is refused: no casus without its referral', async () => {
    const { persoonIds } = await makeCasusRows(env.db, { regie: vtOrg, personen: [persoon()] });
    const count = async () => (await env.db.query<{ n: number }>('select count(*)::int as n from casussen')).rows[0]!.n;
    const before = await count();
    const response = await vt.post('/api/v1/aanmeldingen', {
      nieuweCasus: { personen: [{ persoonId: persoonIds[0], rol: 'slachtoffer' }], doel: 'Veiligheid van mevrouw beoordelen', grondslagId },
      raadBetrokken: { betrokken: true, kinderen: [{ persoonId: '00000000-0000-4000-8000-000000000009', soortOnderzoek: 'beschermingsonderzoek' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe('raadBetrokken.kinderen[0].persoonId');
    expect(await count()).toBe(before);
    const both = await vt.post('/api/v1/aanmeldingen', { casusId: '00000000-0000-4000-8000-000000000001', nieuweCasus: { personen: [{ persoonId: persoonIds[0], rol: 'slachtoffer' }], doel: 'Veiligheid beoordelen nu', grondslagId } });
    expect(both.statusCode).toBe(400);
  });
});
