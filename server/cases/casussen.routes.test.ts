import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import { addWorkingDays } from '../tasks/deadlines';

let env: TestEnv;
let vtNoordoost: Organisatie;
let vtZuidoost: Organisatie;
let politie: Organisatie;
let vt: TestClient;
let vtCollega: TestClient;
let zuidoost: TestClient;
let analist: TestClient;
let politieUser: TestClient;
let grondslagId: string;
let vtUserId: string;

beforeAll(async () => {
  env = await createTestEnv();
  vtNoordoost = await makeOrganisation(env, { soort: 'veilig-thuis', naam: 'Veilig Thuis Brabant-Noordoost', regio: 'oost-brabant' });
  vtZuidoost = await makeOrganisation(env, { soort: 'veilig-thuis', naam: 'Veilig Thuis Zuidoost-Brabant', regio: 'oost-brabant' });
  politie = await makeOrganisation(env, { soort: 'politie', naam: 'Politie Oost-Brabant', regio: 'oost-brabant' });
  const medewerker = (organisatie: Organisatie, rol: 'medewerker' | 'analist' = 'medewerker') =>
    makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false });
  const vtUser = await medewerker(vtNoordoost);
  vtUserId = vtUser.id;
  vt = await loginAs(env, vtUser);
  vtCollega = await loginAs(env, await medewerker(vtNoordoost));
  zuidoost = await loginAs(env, await medewerker(vtZuidoost));
  analist = await loginAs(env, await medewerker(vtNoordoost, 'analist'));
  politieUser = await loginAs(env, await medewerker(politie));
  const { rows } = await env.db.query<{ id: string }>(`select id from grondslagen where code = 'WMO-5.2.4'`);
  grondslagId = rows[0]!.id;
});
afterAll(async () => env.close());

async function insertPersoon(organisatie: Organisatie, achternaam: string): Promise<string> {
  const { rows } = await env.db.query<{ id: string }>(
    `insert into personen (voornamen, achternaam, geboortedatum, zoeknaam, aangemaakt_door_organisatie_id)
     values ('Test', $1, '1990-01-01', lower('test ' || $1), $2) returning id`,
    [achternaam, organisatie.id],
  );
  return rows[0]!.id;
}

async function insertMelding(
  organisatie: Organisatie,
  input: { ontvangenOp: Date; acuut?: boolean; bron?: string; personen?: { persoonId: string; rol: string }[]; herhalingVanId?: string; wapens?: boolean },
): Promise<string> {
  const { rows } = await env.db.query<{ id: string }>(
    `insert into meldingen (organisatie_id, regio_id, bron, ontvangen_op, incident_op, acute_onveiligheid, wapens, herhaling_van_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      organisatie.id,
      organisatie.regio.id,
      input.bron ?? 'zorgmelding-politie',
      input.ontvangenOp,
      new Date(input.ontvangenOp.getTime() - 3_600_000),
      input.acuut ?? false,
      input.wapens ?? false,
      input.herhalingVanId ?? null,
    ],
  );
  for (const p of input.personen ?? []) {
    await env.db.query('insert into melding_personen (melding_id, persoon_id, rol) values ($1, $2, $3)', [rows[0]!.id, p.persoonId, p.rol]);
  }
  return rows[0]!.id;
}

const doel = 'Veiligheid van moeder en kinderen beoordelen en borgen';

async function openCasus(client: TestClient, body: Record<string, unknown>) {
  const response = await client.post('/api/v1/casussen', { doel, grondslagId, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('opening a casus from a melding', () => {
  it('links the melding with its persons, records each step on the timeline in order, and gives VT its safety assessment task', async () => {
    const slachtoffer = await insertPersoon(vtNoordoost, 'Jansen');
    const verdachte = await insertPersoon(vtNoordoost, 'Pietersen');
    const kind = await insertPersoon(vtNoordoost, 'Jansen-Kind');
    const ontvangenOp = new Date('2026-03-02T10:00:00Z'); // a Monday
    const meldingId = await insertMelding(vtNoordoost, {
      ontvangenOp,
      personen: [
        { persoonId: slachtoffer, rol: 'slachtoffer' },
        { persoonId: verdachte, rol: 'verdachte' },
      ],
    });

    const response = await vt.post('/api/v1/casussen', { meldingIds: [meldingId], personen: [{ persoonId: kind, rol: 'kind' }], doel, grondslagId });
    expect(response.statusCode, response.body).toBe(201);
    const casus = response.json();
    expect(response.headers.location).toBe(`/api/v1/casussen/${casus.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(casus.nummer).toMatch(/^C-\d{4}-\d{6}$/);
    expect(casus).toMatchObject({ status: 'open', regio: { id: vtNoordoost.regio.id }, regie: { organisatie: null, gebruiker: null }, versie: 1 });
    expect(casus.personen.map((p: { rol: string }) => p.rol).sort()).toEqual(['kind', 'slachtoffer', 'verdachte']);
    expect(casus.personen.find((p: { rol: string }) => p.rol === 'slachtoffer').persoon).toEqual({ id: slachtoffer, naam: 'Test Jansen', geboortedatum: '1990-01-01' });
    expect(casus.deelnemers).toHaveLength(1);
    expect(casus.deelnemers[0]).toMatchObject({ organisatie: { id: vtNoordoost.id, soort: 'veilig-thuis' }, doel, grondslag: { code: 'WMO-5.2.4' }, tot: null });
    expect(casus.meldingen).toEqual([
      expect.objectContaining({ id: meldingId, bron: 'zorgmelding-politie', ontvangenOp: ontvangenOp.toISOString(), acuteOnveiligheid: false, samengevoegdIn: null }),
    ]);
    expect(casus.eigenDeelname).toMatchObject({ doel, grondslag: { id: grondslagId, code: 'WMO-5.2.4' } });

    const tijdlijn = await vt.get(`/api/v1/casussen/${casus.id}/tijdlijn`);
    expect(tijdlijn.statusCode).toBe(200);
    const items = tijdlijn.json().items as { soort: string; op: string; omschrijving: string; gegevens: Record<string, unknown>; organisatie: { id: string } }[];
    expect(items.map((i) => i.soort)).toEqual([
      'melding-gekoppeld',
      'casus-geopend',
      'deelnemer-toegevoegd',
      'persoon-toegevoegd',
      'persoon-toegevoegd',
      'persoon-toegevoegd',
      'taak-aangemaakt',
    ]);
    expect(items[0]).toMatchObject({
      op: ontvangenOp.toISOString(),
      omschrijving: 'Melding ontvangen via Zorgmelding politie (CORV)',
      gegevens: { meldingId, bron: 'zorgmelding-politie', acuteOnveiligheid: false },
      organisatie: { id: vtNoordoost.id },
    });
    expect(items[2]!.omschrijving).toBe('Veilig Thuis Brabant-Noordoost neemt deel (grondslag WMO-5.2.4)');

    const { rows: taken } = await env.db.query<{ titel: string; deadline: Date; organisatie_id: string; sleutel: string }>(
      'select titel, deadline, organisatie_id, sleutel from taken where casus_id = $1',
      [casus.id],
    );
    expect(taken).toEqual([
      { titel: 'Veiligheidstaxatie', deadline: addWorkingDays(ontvangenOp, 5), organisatie_id: vtNoordoost.id, sleutel: `veiligheidstaxatie:${casus.id}` },
    ]);
    expect(new Date(taken[0]!.deadline).toISOString()).toBe('2026-03-09T10:00:00.000Z');

    const { rows: audit } = await env.db.query<{ actie: string; object_type: string; doel: string }>(
      `select actie, object_type, doel from audit_log where object_id = $1 order by seq`,
      [casus.id],
    );
    expect(audit.map((a) => `${a.actie}:${a.object_type}`)).toEqual(['aanmaken:casus', 'lezen:tijdlijn']);
    expect(audit.every((a) => a.doel === 'casusbehandeling')).toBe(true);

    // The melding is now in a casus: it cannot open or join another one.
    const again = await vt.post('/api/v1/casussen', { meldingIds: [meldingId], doel, grondslagId });
    expect(again.statusCode).toBe(400);
    expect(again.json().invalidParams).toEqual([expect.objectContaining({ name: 'meldingIds[0]', code: 'melding-niet-koppelbaar' })]);
  });

  it("the police's overdue report to Veilig Thuis is on the casus, for the police and for VT once it takes part", async () => {
    const slachtoffer = await insertPersoon(politie, 'Laatmelding');
    const melding = await politieUser.post('/api/v1/meldingen', {
      bron: '112-meldkamer',
      incidentOp: new Date(Date.now() - 30 * 3_600_000).toISOString(),
      geweldsvormen: ['partnergeweld'],
      personen: [{ persoonId: slachtoffer, rol: 'slachtoffer' }],
    });
    expect(melding.statusCode, melding.body).toBe(201);
    const { rows } = await env.db.query<{ id: string }>(`select id from grondslagen where code = 'WPG-19'`);
    const casus = await openCasus(politieUser, { meldingIds: [melding.json().id], grondslagId: rows[0]!.id });
    expect((await politieUser.post(`/api/v1/casussen/${casus.id}/deelnemers`, { organisatieId: vtNoordoost.id, doel: 'Veilig Thuis beoordeelt de veiligheid.', grondslagId })).statusCode).toBe(201);
    for (const client of [politieUser, vt]) {
      const taken = (await client.get(`/api/v1/casussen/${casus.id}/taken`)).json().taken;
      expect(taken).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'zorgmelding-vt', teLaat: true })]));
    }
  });

  it('an acutely unsafe melding gives a safety assessment within 2 hours, and the route map proposes Samen op in Acuut', async () => {
    const persoon = await insertPersoon(vtNoordoost, 'Acuut');
    const ontvangenOp = new Date(Date.now() - 10 * 60_000);
    const meldingId = await insertMelding(vtNoordoost, { ontvangenOp, acuut: true, bron: '112-meldkamer', personen: [{ persoonId: persoon, rol: 'slachtoffer' }] });
    const casus = await openCasus(vt, { meldingIds: [meldingId] });
    const { rows } = await env.db.query<{ deadline: Date }>('select deadline from taken where casus_id = $1', [casus.id]);
    expect(new Date(rows[0]!.deadline).getTime() - ontvangenOp.getTime()).toBeLessThanOrEqual(2 * 3_600_000);

    const advies = await vt.get(`/api/v1/casussen/${casus.id}/routeadvies`);
    expect(advies.statusCode).toBe(200);
    expect(advies.json().advies.map((a: { moment: string }) => a.moment)).toEqual(['samen-op-in-acuut']);
    expect(advies.json().feiten).toMatchObject({ acuteOnveiligheid: true, lopend: [] });

    const bevestigd = await vt.post(`/api/v1/casussen/${casus.id}/coordinatiemomenten`, { momenten: ['samen-op-in-acuut'] });
    expect(bevestigd.statusCode, bevestigd.body).toBe(201);
    expect(bevestigd.json().coordinatiemomenten).toEqual([
      expect.objectContaining({ soort: 'samen-op-in-acuut', status: 'geopend', redenen: [expect.stringContaining('acute onveiligheid')] }),
    ]);
    const detail = (await vt.get(`/api/v1/casussen/${casus.id}`)).json();
    expect(detail.coordinatiemomenten.map((m: { soort: string }) => m.soort)).toEqual(['samen-op-in-acuut']);
    expect((await vt.get(`/api/v1/casussen/${casus.id}/routeadvies`)).json().advies).toEqual([]);

    const twice = await vt.post(`/api/v1/casussen/${casus.id}/coordinatiemomenten`, { momenten: ['samen-op-in-acuut'] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('moment-loopt-al');

    const soorten = (await vt.get(`/api/v1/casussen/${casus.id}/tijdlijn`)).json().items.map((i: { soort: string }) => i.soort);
    expect(soorten.slice(-2)).toEqual(['routeadvies-bevestigd', 'coordinatiemoment-geopend']);
  });

  it('links a later repeat melding: its persons join and the repeat is signalled', async () => {
    const persoon = await insertPersoon(vtNoordoost, 'Herhaal');
    const dader = await insertPersoon(vtNoordoost, 'Dader');
    const eerste = await insertMelding(vtNoordoost, { ontvangenOp: new Date('2026-01-05T09:00:00Z'), personen: [{ persoonId: persoon, rol: 'slachtoffer' }] });
    const casus = await openCasus(vt, { meldingIds: [eerste] });
    const tweede = await insertMelding(vtNoordoost, {
      ontvangenOp: new Date('2026-02-04T09:00:00Z'),
      herhalingVanId: eerste,
      wapens: true,
      personen: [{ persoonId: persoon, rol: 'slachtoffer' }, { persoonId: dader, rol: 'pleger' }],
    });
    const linked = await vt.post(`/api/v1/casussen/${casus.id}/meldingen`, { meldingId: tweede });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().meldingen).toHaveLength(2);
    expect(linked.json().personen).toHaveLength(2);
    const items = (await vt.get(`/api/v1/casussen/${casus.id}/tijdlijn`)).json().items as { soort: string; gegevens: Record<string, unknown>; omschrijving: string }[];
    const herhaling = items.find((i) => i.soort === 'herhaling-gesignaleerd')!;
    expect(herhaling.gegevens).toEqual({ meldingId: tweede, eerdereMeldingId: eerste, dagenSindsEerdere: 30 });
    expect(herhaling.omschrijving).toBe('Herhaald incident gesignaleerd (30 dagen na de vorige)');
    expect(items.filter((i) => i.soort === 'taak-aangemaakt')).toHaveLength(1);

    const advies = (await vt.get(`/api/v1/casussen/${casus.id}/routeadvies`)).json();
    expect(advies.advies[0].moment).toBe('actieoverleg');
    expect(advies.feiten.risicoSignalen).toEqual(['wapens genoemd in een melding', 'herhaald incident binnen 12 maanden na een eerdere melding']);

    // Another organisation's melding cannot be linked.
    const vreemd = await insertMelding(vtZuidoost, { ontvangenOp: new Date() });
    const refused = await vt.post(`/api/v1/casussen/${casus.id}/meldingen`, { meldingId: vreemd });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams[0].name).toBe('meldingId');
  });

  it('adds and removes persons, naming unknown ones', async () => {
    const a = await insertPersoon(vtNoordoost, 'Een');
    const b = await insertPersoon(vtNoordoost, 'Twee');
    const casus = await openCasus(vt, { personen: [{ persoonId: a, rol: 'slachtoffer' }] });
    const added = await vt.post(`/api/v1/casussen/${casus.id}/personen`, { persoonId: b, rol: 'getuige' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ persoon: { id: b, naam: 'Test Twee' }, rol: 'getuige' });
    expect((await vt.post(`/api/v1/casussen/${casus.id}/personen`, { persoonId: b, rol: 'getuige' })).statusCode).toBe(409);
    expect((await vt.delete(`/api/v1/casussen/${casus.id}/personen/${b}`)).statusCode).toBe(204);
    expect((await vt.delete(`/api/v1/casussen/${casus.id}/personen/${b}`)).statusCode).toBe(404);
    const soorten = (await vt.get(`/api/v1/casussen/${casus.id}/tijdlijn`)).json().items.map((i: { soort: string }) => i.soort);
    expect(soorten).toContain('persoon-verwijderd');
  });

  it('refuses bad input naming the field', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    const noPersons = await vt.post('/api/v1/casussen', { doel, grondslagId });
    expect(noPersons.statusCode).toBe(400);
    expect(noPersons.json().invalidParams[0].name).toBe('personen');
    const unknownPerson = await vt.post('/api/v1/casussen', { doel, grondslagId, personen: [{ persoonId: unknown, rol: 'slachtoffer' }] });
    expect(unknownPerson.json().invalidParams[0].name).toBe('personen[0].persoonId');
    const shortDoel = await vt.post('/api/v1/casussen', { doel: 'kort', grondslagId, personen: [] });
    expect(shortDoel.statusCode).toBe(400);
    expect(shortDoel.json().invalidParams.map((p: { name: string }) => p.name)).toContain('doel');
    const p = await insertPersoon(vtNoordoost, 'Grond');
    const badGrondslag = await vt.post('/api/v1/casussen', { doel, grondslagId: unknown, personen: [{ persoonId: p, rol: 'slachtoffer' }] });
    expect(badGrondslag.json().invalidParams[0].name).toBe('grondslagId');
    const badRol = await vt.post('/api/v1/casussen', { doel, grondslagId, personen: [{ persoonId: p, rol: 'buurman' }] });
    expect(badRol.statusCode).toBe(400);
    expect(badRol.json().invalidParams[0].name).toBe('personen[0].rol');
  });
});

describe('who sees a casus', () => {
  it('another Veilig Thuis in the same region gets 404 on the casus, its timeline and its information; an analyst gets 403', async () => {
    const p = await insertPersoon(vtNoordoost, 'Geheim');
    const casus = await openCasus(vt, { personen: [{ persoonId: p, rol: 'slachtoffer' }] });
    for (const path of ['', '/tijdlijn', '/informatie', '/deelnemers', '/routeadvies']) {
      expect((await zuidoost.get(`/api/v1/casussen/${casus.id}${path}`)).statusCode, path).toBe(404);
    }
    expect((await zuidoost.patch(`/api/v1/casussen/${casus.id}`, { status: 'gesloten' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await zuidoost.get('/api/v1/casussen')).json().casussen.map((c: { id: string }) => c.id)).not.toContain(casus.id);

    expect((await analist.get(`/api/v1/casussen/${casus.id}`)).statusCode).toBe(403);
    expect((await analist.get('/api/v1/casussen')).statusCode).toBe(403);
    expect((await analist.get('/api/v1/grondslagen')).statusCode).toBe(403);
    expect((await analist.post('/api/v1/casussen', { doel, grondslagId, personen: [{ persoonId: p, rol: 'slachtoffer' }] })).statusCode).toBe(403);

    const lijst = await vt.get('/api/v1/casussen?status=open');
    expect(lijst.statusCode).toBe(200);
    const row = lijst.json().casussen.find((c: { id: string }) => c.id === casus.id);
    expect(row).toMatchObject({ nummer: casus.nummer, status: 'open', personen: [{ naam: 'Test Geheim', rol: 'slachtoffer' }], openTaken: 1, verlopenTaken: 0 });
    expect(row.laatsteGebeurtenisOp).not.toBeNull();
    const gezocht = (await vt.get(`/api/v1/casussen?zoek=${casus.nummer}`)).json();
    expect(gezocht.casussen.map((c: { id: string }) => c.id)).toEqual([casus.id]);
    expect(gezocht.totaal).toBe(1);
  });
});

describe('editing a casus', () => {
  it('two people with the same version: one wins, the other gets 409 with the current version, nothing is lost', async () => {
    const p = await insertPersoon(vtNoordoost, 'Samen');
    const casus = await openCasus(vt, { personen: [{ persoonId: p, rol: 'slachtoffer' }] });
    const etag = (await vt.get(`/api/v1/casussen/${casus.id}`)).headers.etag as string;
    const [a, b] = await Promise.all([
      vt.patch(`/api/v1/casussen/${casus.id}`, { regieOrganisatieId: vtNoordoost.id, regieGebruikerId: vtUserId }, { 'if-match': etag }),
      vtCollega.patch(`/api/v1/casussen/${casus.id}`, { status: 'gesloten' }, { 'if-match': etag }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [winner, loser] = a.statusCode === 200 ? [a, b] : [b, a];
    expect(loser.json()).toMatchObject({ code: 'versie-verouderd', huidigeVersie: 2 });
    expect(winner.headers.etag).toBe('"2"');
    const now = (await vt.get(`/api/v1/casussen/${casus.id}`)).json();
    expect(now.versie).toBe(2);
    if (winner === a) expect(now).toMatchObject({ status: 'open', regie: { organisatie: { id: vtNoordoost.id }, gebruiker: { id: vtUserId } } });
    else expect(now).toMatchObject({ status: 'gesloten', regie: { organisatie: null } });

    // The loser reloads and retries: both changes now hold.
    const retry = loser === b
      ? await vtCollega.patch(`/api/v1/casussen/${casus.id}`, { status: 'gesloten' }, { 'if-match': '"2"' })
      : await vt.patch(`/api/v1/casussen/${casus.id}`, { regieOrganisatieId: vtNoordoost.id, regieGebruikerId: vtUserId }, { 'if-match': '"2"' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'gesloten', regie: { organisatie: { id: vtNoordoost.id }, gebruiker: { id: vtUserId } }, versie: 3 });
    const soorten = (await vt.get(`/api/v1/casussen/${casus.id}/tijdlijn`)).json().items.map((i: { soort: string }) => i.soort);
    expect(soorten).toEqual(expect.arrayContaining(['status-gewijzigd', 'regie-gewijzigd']));
    expect((await vt.patch(`/api/v1/casussen/${casus.id}`, { status: 'open' })).statusCode).toBe(428);

    // A closed casus takes no new work until it is reopened.
    const closed = await vt.post(`/api/v1/casussen/${casus.id}/personen`, { persoonId: p, rol: 'getuige' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('casus-gesloten');
    const reopened = await vt.patch(`/api/v1/casussen/${casus.id}`, { status: 'open' }, { 'if-match': '"3"' });
    expect(reopened.json()).toMatchObject({ status: 'open', versie: 4 });
  });

  it('regie lies with a participant and a person of that organisation', async () => {
    const p = await insertPersoon(vtNoordoost, 'Regie');
    const casus = await openCasus(vt, { personen: [{ persoonId: p, rol: 'slachtoffer' }] });
    const notParticipant = await vt.patch(`/api/v1/casussen/${casus.id}`, { regieOrganisatieId: politie.id }, { 'if-match': '"1"' });
    expect(notParticipant.statusCode).toBe(400);
    expect(notParticipant.json().invalidParams[0].name).toBe('regieOrganisatieId');
    const politieMedewerker = await makeUser(env, { lidmaatschappen: [{ organisatie: politie, rollen: ['medewerker'] }], demo: true, totp: false });
    const notMember = await vt.patch(
      `/api/v1/casussen/${casus.id}`,
      { regieOrganisatieId: vtNoordoost.id, regieGebruikerId: politieMedewerker.id },
      { 'if-match': '"1"' },
    );
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().invalidParams[0].name).toBe('regieGebruikerId');
    expect((await politieUser.get(`/api/v1/casussen/${casus.id}`)).statusCode).toBe(404);
  });
});
