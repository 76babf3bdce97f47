import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import type { Rol } from '../identity/schemas';
import { makeCasusRows } from '../testing/casus-fixture';

/**
 * A Veilig Thuis worker refers a casus to the Actieoverleg: drafts that do not meet the criteria are kept and refused
 * at submission with every missing criterion; the chair of the region sees the referral waiting and decides, the
 * decision goes back to the referrer. Others do not find the referral.
 */
let env: TestEnv;
let vtNoordoost: Organisatie;
let vtZuidoost: Organisatie;
let politie: Organisatie;
let om: Organisatie;
let vt: TestClient;
let vtUserId: string;
let voorzitter: TestClient;
let voorzitterLimburg: TestClient;
let zuidoost: TestClient;
let politieUser: TestClient;
let analist: TestClient;

const compleet = {
  omschrijving: 'Moeder is meermaals mishandeld; vader dreigt en ontkent het geweld. Zoon (8) was erbij.',
  krachten: 'Grootouders bieden opvang.',
  politieJustitie: 'Aangifte in behandeling bij de politie.',
  vraag: 'Welke afspraken maken we over de veiligheid van moeder en zoon nu vader dreigt terug te komen?',
  vraagRelevantVoor: ['veilig-thuis', 'politie', 'openbaar-ministerie'],
  vraagGerichtOp: 'acties',
  inhoudelijkeFactoren: ['ontkenning-geweld', 'lopend-strafrechtelijk-onderzoek'],
  betrokkenenGeinformeerd: { geinformeerd: false, wanneer: 'Morgen, na het huisbezoek' },
};

async function user(organisatie: Organisatie, rollen: Rol[]) {
  return makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false });
}

async function casusVan(...deelnemers: Organisatie[]) {
  return makeCasusRows(env.db, {
    regie: vtNoordoost,
    deelnemers,
    personen: [
      { voornamen: 'Mirjam', achternaam: `Verbeek${Math.random()}`, geboortedatum: '1989-03-14' },
      { voornamen: 'Sem', achternaam: `Dongen${Math.random()}`, geboortedatum: '2018-06-21' },
    ],
  });
}

beforeAll(async () => {
  env = await createTestEnv();
  vtNoordoost = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'oost-brabant' });
  vtZuidoost = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'oost-brabant' });
  politie = await makeOrganisation(env, { soort: 'politie', regio: 'oost-brabant' });
  om = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio: 'oost-brabant' });
  const vtLimburg = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'limburg' });
  const vtUser = await user(vtNoordoost, ['medewerker']);
  vtUserId = vtUser.id;
  vt = await loginAs(env, vtUser);
  // Like the demo account ao.voorzitter: chair and case worker at VT Brabant-Noordoost.
  voorzitter = await loginAs(env, await user(vtNoordoost, ['voorzitter-actieoverleg', 'medewerker']));
  voorzitterLimburg = await loginAs(env, await user(vtLimburg, ['voorzitter-actieoverleg']));
  zuidoost = await loginAs(env, await user(vtZuidoost, ['medewerker']));
  politieUser = await loginAs(env, await user(politie, ['medewerker']));
  analist = await loginAs(env, await user(vtNoordoost, ['analist']));
});
afterAll(async () => env?.close());

describe('a referral to the Actieoverleg', () => {
  let casusId: string;
  let aanmeldingId: string;
  let etag: string;

  it('is saved as a draft even when it does not meet the criteria, with the reasons', async () => {
    casusId = (await casusVan(politie)).casusId;
    const response = await vt.post('/api/v1/aanmeldingen', {
      casusId,
      omschrijving: compleet.omschrijving,
      vraagRelevantVoor: ['veilig-thuis', 'politie'],
      inhoudelijkeFactoren: ['ontkenning-geweld'],
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    aanmeldingId = body.id;
    etag = String(response.headers.etag);
    expect(response.headers.location).toBe(`/api/v1/aanmeldingen/${aanmeldingId}`);
    expect(body).toMatchObject({ status: 'concept', omschrijving: compleet.omschrijving, casus: { id: casusId }, herhaling: null, besluit: null });
    expect(body.criteria.voldaan).toBe(false);
    expect(body.criteria.inhoud.voldaan).toBe(true);
    expect(body.criteria.relevantie.ontbreekt.map((o: { veld: string }) => o.veld)).toEqual(['vraag', 'vraagGerichtOp', 'vraagRelevantVoor']);
    expect(body.criteria.relevantie.ontbreekt[2].reden).toContain('nu niet voor OM');
    expect(body.personen).toHaveLength(2);
  });

  it('is refused at submission with every missing criterion, and the draft stays as it was', async () => {
    const response = await vt.post(`/api/v1/aanmeldingen/${aanmeldingId}/indiening`, {});
    expect(response.statusCode).toBe(409);
    const problem = response.json();
    expect(problem.code).toBe('criteria-niet-voldaan');
    expect(problem.invalidParams.map((p: { name: string }) => p.name)).toEqual(['vraag', 'vraagGerichtOp', 'vraagRelevantVoor']);
    expect(problem.invalidParams.every((p: { reason: string }) => p.reason.length > 10)).toBe(true);
    const after = await vt.get(`/api/v1/aanmeldingen/${aanmeldingId}`);
    expect(after.json()).toMatchObject({ status: 'concept', omschrijving: compleet.omschrijving, inhoudelijkeFactoren: ['ontkenning-geweld'] });
    expect(String(after.headers.etag)).toBe(etag);
  });

  it('is completed with If-Match (a stale version is 409, none is 428) and then submitted', async () => {
    expect((await vt.patch(`/api/v1/aanmeldingen/${aanmeldingId}`, { vraag: compleet.vraag })).statusCode).toBe(428);
    const changed = await vt.patch(`/api/v1/aanmeldingen/${aanmeldingId}`, compleet, { 'if-match': etag });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().criteria.voldaan).toBe(true);
    expect(changed.json().criteria.inhoud.voldaanOmdat).toHaveLength(2);
    const stale = await vt.patch(`/api/v1/aanmeldingen/${aanmeldingId}`, { krachten: 'Ander' }, { 'if-match': etag });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'versie-verouderd', huidigeVersie: changed.json().versie });

    // The police take part in the casus and see the referral, but submitting is the referrer's.
    expect((await politieUser.get(`/api/v1/aanmeldingen/${aanmeldingId}`)).statusCode).toBe(200);
    expect((await politieUser.post(`/api/v1/aanmeldingen/${aanmeldingId}/indiening`, {})).statusCode).toBe(403);
    // The chair (of the referring organisation here) cannot decide on a draft: only submitted referrals reach the pre-consult.
    expect((await voorzitter.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'agenderen', reden: 'Past goed bij het overleg' })).statusCode).toBe(409);

    const submitted = await vt.post(`/api/v1/aanmeldingen/${aanmeldingId}/indiening`, {});
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'ingediend', criteria: { voldaan: true } });
    expect(submitted.json().ingediendOp).toEqual(expect.any(String));
    expect((await vt.post(`/api/v1/aanmeldingen/${aanmeldingId}/indiening`, {})).json().code).toBe('aanmelding-niet-concept');
    expect((await vt.patch(`/api/v1/aanmeldingen/${aanmeldingId}`, { krachten: 'x' }, { 'if-match': String(submitted.headers.etag) })).json().code).toBe('aanmelding-niet-concept');
  });

  it('is the only running referral of its casus: a second one is 409 pointing at it', async () => {
    const second = await vt.post('/api/v1/aanmeldingen', { casusId, vraag: 'Nog een vraag' });
    expect(second.statusCode).toBe(409);
    const problem = second.json();
    expect(problem.code).toBe('aanmelding-loopt-al');
    expect(problem.kandidaten).toEqual([aanmeldingId]);
    expect(problem.detail).toContain(aanmeldingId);
  });

  it('waits in the chair’s overview and list, and is not found by others', async () => {
    const overzicht = await voorzitter.get('/api/v1/actieoverleg/overzicht');
    expect(overzicht.statusCode, overzicht.body).toBe(200);
    const wachtend = overzicht.json().wachtend;
    expect(wachtend.map((w: { id: string }) => w.id)).toContain(aanmeldingId);
    expect(wachtend.find((w: { id: string }) => w.id === aanmeldingId)).toMatchObject({ herhaling: null, criteriaVoldaan: true, criteria: { voldaan: true }, wachtOpBesluit: true, besluit: null });
    const perOrg = overzicht.json().perOrganisatie;
    expect(perOrg.find((p: { organisatie: { id: string } }) => p.organisatie.id === vtNoordoost.id)).toMatchObject({ ditJaar: 1, totaal: 1 });
    // Seed: the police rarely refer; the count shows it.
    expect(perOrg.find((p: { organisatie: { id: string } }) => p.organisatie.id === politie.id)).toMatchObject({ ditJaar: 0, totaal: 0 });

    expect((await voorzitter.get('/api/v1/aanmeldingen')).json().aanmeldingen.map((a: { id: string }) => a.id)).toContain(aanmeldingId);
    expect((await vt.get('/api/v1/aanmeldingen')).json().aanmeldingen.map((a: { id: string }) => a.id)).toContain(aanmeldingId);
    expect((await zuidoost.get('/api/v1/aanmeldingen')).json().aanmeldingen).toEqual([]);

    expect((await zuidoost.get(`/api/v1/aanmeldingen/${aanmeldingId}`)).statusCode).toBe(404);
    expect((await voorzitterLimburg.get(`/api/v1/aanmeldingen/${aanmeldingId}`)).statusCode).toBe(404);
    expect((await voorzitterLimburg.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'afwijzen', reden: 'Niet onze regio hier' })).statusCode).toBe(404);
    expect((await voorzitterLimburg.get('/api/v1/actieoverleg/overzicht')).json().wachtend).toEqual([]);
    expect((await analist.get(`/api/v1/aanmeldingen/${aanmeldingId}`)).statusCode).toBe(403);
    expect((await analist.get('/api/v1/aanmeldingen')).statusCode).toBe(403);
    expect((await vt.get('/api/v1/actieoverleg/overzicht')).statusCode).toBe(403);
    expect((await vt.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'agenderen', reden: 'Ik besluit het zelf' })).statusCode).toBe(403);
  });

  it('is tabled by the chair with a reason: the referrer gets a task, the casus timeline both events', async () => {
    const kort = await voorzitter.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'agenderen', reden: 'kort' });
    expect(kort.statusCode).toBe(400);
    expect(kort.json().invalidParams[0].name).toBe('reden');
    const partnerZonderContact = await voorzitter.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'agenderen', reden: 'Past bij het overleg', partnerOrganisatieId: politie.id });
    expect(partnerZonderContact.json().invalidParams[0].name).toBe('partnerOrganisatieId');

    const response = await voorzitter.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'agenderen', reden: 'Samenloop straf en zorg, vraag voor alle drie.' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'geagendeerd', besluit: { besluit: 'agenderen', reden: 'Samenloop straf en zorg, vraag voor alle drie.', partnerOrganisatie: null, doorOrganisatie: { id: vtNoordoost.id } } });
    expect((await voorzitter.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'afwijzen', reden: 'Toch maar niet doen' })).json().code).toBe('aanmelding-niet-ingediend');

    // The referrer's list shows the decision with its reason; organisations that do not refer do not get the referral listed.
    const lijst = (await vt.get('/api/v1/aanmeldingen')).json().aanmeldingen;
    expect(lijst.find((a: { id: string }) => a.id === aanmeldingId)).toMatchObject({
      status: 'geagendeerd',
      herhaling: null,
      wachtOpBesluit: false,
      besluit: { besluit: 'agenderen', reden: 'Samenloop straf en zorg, vraag voor alle drie.', partnerOrganisatie: null },
    });
    expect((await politieUser.get('/api/v1/aanmeldingen')).json().aanmeldingen.map((a: { id: string }) => a.id)).not.toContain(aanmeldingId);
    expect((await zuidoost.get('/api/v1/aanmeldingen')).json().aanmeldingen).toEqual([]);

    const taken = (await vt.get('/api/v1/taken?voor=mij')).json().taken;
    const taak = taken.find((t: { soort: string }) => t.soort === 'aanmelding-besluit-lezen');
    expect(taak).toMatchObject({ casus: { id: casusId } });
    const { rows } = await env.db.query<{ gebruiker_id: string; organisatie_id: string }>("select gebruiker_id, organisatie_id from taken where soort = 'aanmelding-besluit-lezen'");
    expect(rows).toEqual([{ gebruiker_id: vtUserId, organisatie_id: vtNoordoost.id }]);

    const tijdlijn = (await vt.get(`/api/v1/casussen/${casusId}/tijdlijn`)).json().items;
    const soorten = tijdlijn.map((e: { soort: string }) => e.soort);
    expect(soorten).toEqual(expect.arrayContaining(['aanmelding-ontvangen', 'aanmelding-geagendeerd', 'coordinatiemoment-geopend']));
    // Tabled: the Actieoverleg runs as a coordination moment on the casus.
    const casus = (await vt.get(`/api/v1/casussen/${casusId}`)).json();
    expect(casus.coordinatiemomenten).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'actieoverleg', status: 'geopend' })]));
    expect(tijdlijn.find((e: { soort: string }) => e.soort === 'aanmelding-geagendeerd').omschrijving).toBe('Aanmelding geagendeerd voor het Actieoverleg');
    expect(tijdlijn.find((e: { soort: string }) => e.soort === 'aanmelding-ontvangen').omschrijving).toContain('Aanmelding voor het Actieoverleg ingediend door');

    // The chair's overview counts it as still to be put on an agenda; no meeting is planned in this region yet.
    const overzicht = (await voorzitter.get('/api/v1/actieoverleg/overzicht')).json();
    expect(overzicht).toMatchObject({ nogTeAgenderen: 1, volgendOverleg: null, verlopenAfspraken: [] });

    // A tabled referral still runs (until it is discussed): a new one for the casus is refused.
    expect((await vt.post('/api/v1/aanmeldingen', { casusId })).json().code).toBe('aanmelding-loopt-al');
  });

  it('can be declined, or sent to the one partner the question is for, each with its event', async () => {
    const afwijzen = (await casusVan()).casusId;
    const doorverwijzen = (await casusVan()).casusId;
    const ids: string[] = [];
    for (const id of [afwijzen, doorverwijzen]) {
      const draft = await vt.post('/api/v1/aanmeldingen', { casusId: id, ...compleet });
      expect(draft.statusCode, draft.body).toBe(201);
      expect((await vt.post(`/api/v1/aanmeldingen/${draft.json().id}/indiening`, {})).statusCode).toBe(200);
      ids.push(draft.json().id);
    }
    const overzicht = (await voorzitter.get('/api/v1/actieoverleg/overzicht')).json();
    expect(overzicht.wachtend.map((w: { id: string }) => w.id)).toEqual(ids);

    const declined = await voorzitter.post(`/api/v1/aanmeldingen/${ids[0]}/besluit`, { besluit: 'afwijzen', reden: 'Geen gezamenlijke aanpak nodig, de zorg loopt.' });
    expect(declined.json()).toMatchObject({ status: 'afgewezen', besluit: { besluit: 'afwijzen' } });

    const zonderPartner = await voorzitter.post(`/api/v1/aanmeldingen/${ids[1]}/besluit`, { besluit: 'direct-contact', reden: 'De vraag is alleen voor de politie.' });
    expect(zonderPartner.statusCode).toBe(400);
    expect(zonderPartner.json().invalidParams[0].name).toBe('partnerOrganisatieId');
    const zichzelf = await voorzitter.post(`/api/v1/aanmeldingen/${ids[1]}/besluit`, { besluit: 'direct-contact', reden: 'De vraag is alleen voor de politie.', partnerOrganisatieId: vtNoordoost.id });
    expect(zichzelf.statusCode).toBe(400);
    const direct = await voorzitter.post(`/api/v1/aanmeldingen/${ids[1]}/besluit`, { besluit: 'direct-contact', reden: 'De vraag is alleen voor het OM.', partnerOrganisatieId: om.id });
    expect(direct.statusCode, direct.body).toBe(200);
    expect(direct.json()).toMatchObject({ status: 'direct-contact', besluit: { partnerOrganisatie: { id: om.id, soort: 'openbaar-ministerie' } } });

    const eventsAf = (await vt.get(`/api/v1/casussen/${afwijzen}/tijdlijn`)).json().items;
    expect(eventsAf.find((e: { soort: string }) => e.soort === 'aanmelding-afgewezen')).toMatchObject({
      gegevens: { aanmeldingId: ids[0] },
      omschrijving: 'Aanmelding voor het Actieoverleg niet geagendeerd (de reden staat bij de aanmelding)',
    });
    // The chair's free-text reason is on the referral, never on the timeline every participant reads.
    expect(JSON.stringify(eventsAf)).not.toContain('de zorg loopt');
    const eventsDirect = (await vt.get(`/api/v1/casussen/${doorverwijzen}/tijdlijn`)).json().items;
    expect(eventsDirect.find((e: { soort: string }) => e.soort === 'aanmelding-doorverwezen')).toMatchObject({ gegevens: { partnerOrganisatieId: om.id } });
    // Decided other than tabled: the casus can be referred again.
    expect((await vt.post('/api/v1/aanmeldingen', { casusId: afwijzen })).statusCode).toBe(201);
    expect((await voorzitter.get('/api/v1/actieoverleg/overzicht')).json().wachtend).toEqual([]);
  });

  it('refuses bad input naming the field, and a casus the organisation does not take part in', async () => {
    const neither = await vt.post('/api/v1/aanmeldingen', { vraag: 'Iets' });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().invalidParams[0].name).toBe('casusId');
    const wrongEnum = await vt.post('/api/v1/aanmeldingen', { casusId, vraagRelevantVoor: ['iedereen'] });
    expect(wrongEnum.statusCode).toBe(400);
    expect(wrongEnum.json().invalidParams[0].name).toMatch(/^vraagRelevantVoor/);
    const andere = (await casusVan()).casusId;
    const kind = await vt.post('/api/v1/aanmeldingen', { casusId: andere, ots: { ots: true, kinderen: [{ persoonId: '00000000-0000-4000-8000-000000000001', gezinsvoogd: 'GV' }] } });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().invalidParams[0].name).toBe('ots.kinderen[0].persoonId');
    expect((await zuidoost.post('/api/v1/aanmeldingen', { casusId: andere })).statusCode).toBe(404);
    expect((await analist.post('/api/v1/aanmeldingen', { casusId: andere })).statusCode).toBe(403);
    expect((await vt.patch(`/api/v1/aanmeldingen/${aanmeldingId}`, {}, { 'if-match': '"1"' })).statusCode).toBe(400);
  });

  it('audits every read and write with the purpose actieoverleg, without content', async () => {
    const { rows } = await env.db.query<{ actie: string; doel: string; details: Record<string, unknown> }>(
      "select actie, doel, details from audit_log where object_type = 'aanmelding'",
    );
    expect(new Set(rows.map((r) => r.actie))).toEqual(new Set(['aanmaken', 'wijzigen', 'indienen', 'besluiten', 'lezen', 'zoeken']));
    expect(rows.every((r) => r.doel === 'actieoverleg')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('mishandeld');
  });
});
