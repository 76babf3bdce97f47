import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../testing/fixtures';
import { makeCasusRows } from '../testing/casus-fixture';
import { recordEvent } from '../timeline/timeline.storage';
import type { Organisatie } from '../organisations/schemas';

let env: TestEnv;
let om: Organisatie;
let vt: Organisatie;
let politie: Organisatie;
let vtAnders: Organisatie;
let beheer: TestClient;
let beheerOm: TestClient;
let voorzitter: TestClient;
let vtLid: TestClient;
let medewerker: TestClient;
let anderLid: TestClient;
let voorzitterGebruikerId: string;
let vtLidGebruikerId: string;
let voorzitterLidId: string;
let vtLidId: string;

const json = <T = Record<string, unknown>>(r: { body: string }) => JSON.parse(r.body) as T;
const invalid = (r: { body: string }) => (json<{ invalidParams?: { name: string }[] }>(r).invalidParams ?? []).map((p) => p.name);

beforeAll(async () => {
  env = await createTestEnv();
  om = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio: 'netwerk-a' });
  vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'netwerk-a' });
  politie = await makeOrganisation(env, { soort: 'politie', regio: 'netwerk-a' });
  vtAnders = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'netwerk-b' });
  const u = {
    beheer: await makeUser(env, { lidmaatschappen: [{ organisatie: vt, rollen: ['functioneel-beheerder'] }], demo: true, totp: false }),
    beheerOm: await makeUser(env, { lidmaatschappen: [{ organisatie: om, rollen: ['functioneel-beheerder'] }], demo: true, totp: false }),
    voorzitter: await makeUser(env, { lidmaatschappen: [{ organisatie: om, rollen: ['rnzs-lid'] }], demo: true, totp: false }),
    vtLid: await makeUser(env, { lidmaatschappen: [{ organisatie: vt, rollen: ['rnzs-lid', 'medewerker'] }], demo: true, totp: false }),
    medewerker: await makeUser(env, { lidmaatschappen: [{ organisatie: vt, rollen: ['medewerker'] }], demo: true, totp: false }),
    anderLid: await makeUser(env, { lidmaatschappen: [{ organisatie: vtAnders, rollen: ['rnzs-lid'] }], demo: true, totp: false }),
  };
  voorzitterGebruikerId = u.voorzitter.id;
  vtLidGebruikerId = u.vtLid.id;
  beheer = await loginAs(env, u.beheer);
  beheerOm = await loginAs(env, u.beheerOm);
  voorzitter = await loginAs(env, u.voorzitter);
  vtLid = await loginAs(env, u.vtLid);
  medewerker = await loginAs(env, u.medewerker);
  anderLid = await loginAs(env, u.anderLid);
}, 60_000);

afterAll(async () => {
  await env?.close();
});

describe('members and chair', () => {
  it("each organisation's administrator adds its own members and appoints one chair; every organisation shows, gaps too", async () => {
    const kandidaten = json<{ kandidaten: { gebruikerId: string }[] }>(await beheer.get('/api/v1/netwerk/kandidaten')).kandidaten;
    expect(kandidaten.map((k) => k.gebruikerId)).toEqual([vtLidGebruikerId]);
    // Another organisation's user is that organisation's administrator's to add.
    const vreemd = await beheer.post('/api/v1/netwerk/leden', { gebruikerId: voorzitterGebruikerId, organisatieId: om.id });
    expect(vreemd.statusCode).toBe(400);
    expect(invalid(vreemd)).toContain('organisatieId');

    const a = await beheerOm.post('/api/v1/netwerk/leden', { gebruikerId: voorzitterGebruikerId, organisatieId: om.id });
    expect(a.statusCode).toBe(201);
    voorzitterLidId = json<{ id: string }>(a).id;
    const b = await beheer.post('/api/v1/netwerk/leden', { gebruikerId: vtLidGebruikerId, organisatieId: vt.id });
    vtLidId = json<{ id: string }>(b).id;

    // A user without the role rnzs-lid there, or twice: 400 naming the field.
    const geen = await beheer.post('/api/v1/netwerk/leden', { gebruikerId: vtLidGebruikerId, organisatieId: vt.id });
    expect(geen.statusCode).toBe(400);
    expect(invalid(geen)).toContain('gebruikerId');

    expect((await beheerOm.patch(`/api/v1/netwerk/leden/${voorzitterLidId}`, { voorzitter: true })).statusCode).toBe(428);
    expect(json(await beheerOm.patch(`/api/v1/netwerk/leden/${voorzitterLidId}`, { voorzitter: true }, { 'if-match': '"7"' }))).toMatchObject({
      status: 409,
      huidigeVersie: 1,
    });
    // Not the VT administrator's member: not found.
    expect((await beheer.patch(`/api/v1/netwerk/leden/${voorzitterLidId}`, { voorzitter: true }, { 'if-match': '"1"' })).statusCode).toBe(404);
    const benoemd = await beheerOm.patch(`/api/v1/netwerk/leden/${voorzitterLidId}`, { voorzitter: true }, { 'if-match': '"1"' });
    expect(benoemd.statusCode).toBe(200);
    // Appointing another chair ends the first one's chairmanship (one chair per region).
    await beheer.patch(`/api/v1/netwerk/leden/${vtLidId}`, { voorzitter: true }, { 'if-match': '"1"' });
    let leden = json<{ voorzitter: { id: string }; organisaties: { id: string; leden: unknown[] }[] }>(await vtLid.get('/api/v1/netwerk/leden'));
    expect(leden.voorzitter.id).toBe(vtLidId);
    const huidig = json<{ organisaties: { leden: { id: string; versie: number }[] }[] }>(await beheer.get('/api/v1/netwerk/leden'))
      .organisaties.flatMap((o) => o.leden)
      .find((l) => l.id === voorzitterLidId)!;
    await beheerOm.patch(`/api/v1/netwerk/leden/${voorzitterLidId}`, { voorzitter: true }, { 'if-match': `"${huidig.versie}"` });
    leden = json(await voorzitter.get('/api/v1/netwerk/leden'));
    expect(leden.voorzitter.id).toBe(voorzitterLidId);
    expect(leden.organisaties.map((o) => o.id)).toEqual(expect.arrayContaining([om.id, vt.id, politie.id]));
    expect(leden.organisaties.find((o) => o.id === politie.id)!.leden).toEqual([]);
    expect(leden.organisaties.map((o) => o.id)).not.toContain(vtAnders.id);
  });

  it('refuses members to administer, and roles without the network', async () => {
    expect((await vtLid.post('/api/v1/netwerk/leden', { gebruikerId: vtLidGebruikerId, organisatieId: vt.id })).statusCode).toBe(403);
    expect((await medewerker.get('/api/v1/netwerk/leden')).statusCode).toBe(403);
    expect((await medewerker.get('/api/v1/netwerk/themas')).statusCode).toBe(403);
    expect((await beheer.get('/api/v1/netwerk/themas')).statusCode).toBe(403);
    // Another region's member is not found.
    expect((await json<{ organisaties: unknown[] }>(await anderLid.get('/api/v1/netwerk/leden')).organisaties).length).toBe(1);
  });
});

describe('themes', () => {
  let themaId: string;
  it('seeds the four moments, adds an own theme with a lead, switches it off; 400s name the field', async () => {
    const themas = json<{ themas: { naam: string; moment: string | null }[] }>(await voorzitter.get('/api/v1/netwerk/themas')).themas;
    expect(themas.map((t) => t.moment)).toEqual(['samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling']);

    const nieuw = await voorzitter.post('/api/v1/netwerk/themas', { naam: 'Ex-partnerstalking', trekkerLidId: vtLidId });
    expect(nieuw.statusCode).toBe(201);
    const thema = json<{ id: string; trekker: { lidId: string }; versie: number }>(nieuw);
    themaId = thema.id;
    expect(thema.trekker.lidId).toBe(vtLidId);

    const dubbel = await voorzitter.post('/api/v1/netwerk/themas', { naam: 'ex-partnerstalking' });
    expect(dubbel.statusCode).toBe(400);
    expect(invalid(dubbel)).toEqual(['naam']);
    const leeg = await voorzitter.post('/api/v1/netwerk/themas', { naam: '  ' });
    expect(invalid(leeg)).toContain('naam');
    const geenLid = await voorzitter.post('/api/v1/netwerk/themas', { naam: 'Eergerelateerd geweld', trekkerLidId: themaId });
    expect(invalid(geenLid)).toEqual(['trekkerLidId']);

    expect((await vtLid.patch(`/api/v1/netwerk/themas/${themaId}`, { actief: false })).statusCode).toBe(428);
    expect(json(await vtLid.patch(`/api/v1/netwerk/themas/${themaId}`, { actief: false }, { 'if-match': '"9"' }))).toMatchObject({ huidigeVersie: 1 });
    const uit = await vtLid.patch(`/api/v1/netwerk/themas/${themaId}`, { actief: false }, { 'if-match': '"1"' });
    expect(json(uit)).toMatchObject({ actief: false, versie: 2 });
    expect(uit.headers.etag).toBe('"2"');
    await vtLid.patch(`/api/v1/netwerk/themas/${themaId}`, { actief: true }, { 'if-match': '"2"' });
  });

  it('another region does not see the theme', async () => {
    expect((await anderLid.get(`/api/v1/netwerk/themas/${themaId}`)).statusCode).toBe(404);
    expect((await anderLid.patch(`/api/v1/netwerk/themas/${themaId}`, { actief: false }, { 'if-match': '"3"' })).statusCode).toBe(404);
  });

  it('keeps the names of the four moments', async () => {
    const acuut = json<{ themas: { id: string; moment: string | null; versie: number }[] }>(await vtLid.get('/api/v1/netwerk/themas')).themas[0]!;
    const r = await vtLid.patch(`/api/v1/netwerk/themas/${acuut.id}`, { naam: 'Iets anders' }, { 'if-match': `"${acuut.versie}"` });
    expect(invalid(r)).toEqual(['naam']);
  });
});

describe('work plan', () => {
  it('is saved with If-Match and set by the chair only', async () => {
    const themas = json<{ themas: { id: string }[] }>(await vtLid.get('/api/v1/netwerk/themas')).themas;
    const leeg = await vtLid.get('/api/v1/netwerk/werkplannen/2026');
    expect(json(leeg)).toMatchObject({ jaar: 2026, themas: [], versie: 0, vastgesteldOp: null });
    const inhoud = {
      themas: [{ themaId: themas[0]!.id, doel: 'Sneller samen beoordelen', acties: [{ omschrijving: 'Werkafspraak herzien', gereedOp: '2026-06-30', status: 'open' }] }],
    };
    expect((await vtLid.put('/api/v1/netwerk/werkplannen/2026', inhoud)).statusCode).toBe(428);
    const fout = await vtLid.put('/api/v1/netwerk/werkplannen/2026', { themas: [{ ...inhoud.themas[0], themaId: vtLidId }] }, { 'if-match': '"0"' });
    expect(invalid(fout)).toEqual(['themas.0.themaId']);
    const slecht = await vtLid.put(
      '/api/v1/netwerk/werkplannen/2026',
      { themas: [{ ...inhoud.themas[0], acties: [{ omschrijving: 'x', gereedOp: '30-06-2026', status: 'open' }] }] },
      { 'if-match': '"0"' },
    );
    expect(slecht.statusCode).toBe(400);
    expect(invalid(slecht)[0]).toContain('gereedOp');
    const opgeslagen = await vtLid.put('/api/v1/netwerk/werkplannen/2026', inhoud, { 'if-match': '"0"' });
    expect(json(opgeslagen)).toMatchObject({ versie: 1, themas: inhoud.themas });

    // vtLid is not the chair: 403 with the reason.
    const nietVoorzitter = await vtLid.post('/api/v1/netwerk/werkplannen/2026/vaststellen', {}, { 'if-match': '"1"' });
    expect(nietVoorzitter.statusCode).toBe(403);
    expect(json<{ detail: string }>(nietVoorzitter).detail).toContain('voorzitter');
    expect((await voorzitter.post('/api/v1/netwerk/werkplannen/2025/vaststellen', {}, { 'if-match': '"0"' })).statusCode).toBe(409);
    const vastgesteld = await voorzitter.post('/api/v1/netwerk/werkplannen/2026/vaststellen', {}, { 'if-match': '"1"' });
    expect(vastgesteld.statusCode).toBe(200);
    expect(json<{ vastgesteldOp: string | null }>(vastgesteld).vastgesteldOp).not.toBeNull();
    expect(json(await anderLid.get('/api/v1/netwerk/werkplannen/2026'))).toMatchObject({ versie: 0 });
    expect((await vtLid.get('/api/v1/netwerk/werkplannen/1999')).statusCode).toBe(400);
  });
});

describe('meetings', () => {
  it('plans, writes notes with If-Match, warns when fewer than six', async () => {
    const themaId = json<{ themas: { id: string }[] }>(await vtLid.get('/api/v1/netwerk/themas')).themas[1]!.id;
    const slecht = await vtLid.post('/api/v1/netwerk/bijeenkomsten', { begintOp: '2026-03-12 14:00' });
    expect(invalid(slecht)).toEqual(['begintOp']);
    const onbekend = await vtLid.post('/api/v1/netwerk/bijeenkomsten', { begintOp: '2026-03-12T14:00:00+01:00', agenda: [{ onderwerp: 'x', themaId: vtLidId }] });
    expect(invalid(onbekend)).toEqual(['agenda.0.themaId']);
    const nieuw = await vtLid.post('/api/v1/netwerk/bijeenkomsten', {
      begintOp: '2026-03-12T14:00:00+01:00',
      agenda: [{ onderwerp: 'Terugblik Actieoverleg', themaId }],
    });
    expect(nieuw.statusCode).toBe(201);
    const b = json<{ id: string; agenda: unknown[]; status: string }>(nieuw);
    expect(b.agenda).toEqual([{ onderwerp: 'Terugblik Actieoverleg', themaId, leercasusId: null, twijfelcasusId: null }]);

    const lijst = json<{ bijeenkomsten: unknown[]; teWeinig: boolean; aantalGepland: number }>(await voorzitter.get('/api/v1/netwerk/bijeenkomsten?jaar=2026'));
    expect(lijst).toMatchObject({ aantalGepland: 1, teWeinig: true });

    const notulen = await voorzitter.patch(`/api/v1/netwerk/bijeenkomsten/${b.id}`, { notulen: 'Afspraken herzien.', status: 'gehouden' }, { 'if-match': '"1"' });
    expect(json(notulen)).toMatchObject({ notulen: 'Afspraken herzien.', status: 'gehouden', versie: 2 });
    expect(json(await vtLid.patch(`/api/v1/netwerk/bijeenkomsten/${b.id}`, { notulen: 'ander' }, { 'if-match': '"1"' }))).toMatchObject({
      status: 409,
      huidigeVersie: 2,
    });
    expect((await vtLid.patch(`/api/v1/netwerk/bijeenkomsten/${b.id}`, { status: 'verplaatst' }, { 'if-match': '"2"' })).statusCode).toBe(400);
    expect((await anderLid.get(`/api/v1/netwerk/bijeenkomsten/${b.id}`)).statusCode).toBe(404);
    expect(json<{ bijeenkomsten: unknown[] }>(await anderLid.get('/api/v1/netwerk/bijeenkomsten?jaar=2026')).bijeenkomsten).toEqual([]);
  });
});

describe('learning cases', () => {
  it('takes only a closed casus the member may see, stores an anonymised profile and never the casus', async () => {
    const casus = await makeCasusRows(env.db, { regie: vt, deelnemers: [politie], personen: [{ voornamen: 'Jan', achternaam: 'Jansen', geboortedatum: '1980-01-01' }] });
    const start = new Date('2025-02-03T09:00:00Z');
    await env.db.transaction(async (tx) => {
      const actor = { gebruikerId: vtLidGebruikerId, organisatieId: vt.id };
      await recordEvent(tx, casus.casusId, actor, { soort: 'casus-geopend', gegevens: { regioId: vt.regio.id, meldingId: null } }, { op: start });
      await recordEvent(
        tx,
        casus.casusId,
        actor,
        { soort: 'deelnemer-toegevoegd', gegevens: { deelnemerId: casus.casusId, organisatieId: politie.id, grondslagCode: 'test' } },
        { op: new Date(start.getTime() + 86_400_000) },
      );
      await recordEvent(
        tx,
        casus.casusId,
        actor,
        { soort: 'coordinatiemoment-geopend', gegevens: { coordinatiemomentId: casus.casusId, moment: 'actieoverleg', redenen: [] } },
        { op: new Date(start.getTime() + 3 * 86_400_000) },
      );
    });
    const body = { casusnummer: casus.nummer, titel: 'Stalking na scheiding', lessen: 'Eerder samen op.' };

    const open = await vtLid.post('/api/v1/netwerk/leercasussen', body);
    expect(open.statusCode).toBe(409);
    expect(json(open)).toMatchObject({ code: 'casus-open' });
    await env.db.query(`update casussen set status = 'gesloten' where id = $1`, [casus.casusId]);

    // The chair (OM) has no case work, another region's member cannot see it, a non-member neither.
    expect((await voorzitter.post('/api/v1/netwerk/leercasussen', body)).statusCode).toBe(404);
    expect((await anderLid.post('/api/v1/netwerk/leercasussen', body)).statusCode).toBe(404);
    expect((await medewerker.post('/api/v1/netwerk/leercasussen', body)).statusCode).toBe(403);
    const nietDeelnemend = await makeCasusRows(env.db, { regie: politie, personen: [] });
    await env.db.query(`update casussen set status = 'gesloten' where id = $1`, [nietDeelnemend.casusId]);
    expect((await vtLid.post('/api/v1/netwerk/leercasussen', { ...body, casusnummer: nietDeelnemend.nummer })).statusCode).toBe(404);
    expect(invalid(await vtLid.post('/api/v1/netwerk/leercasussen', { ...body, casusnummer: '123456789' }))).toEqual(['casusnummer']);

    const ingebracht = await vtLid.post('/api/v1/netwerk/leercasussen', body);
    expect(ingebracht.statusCode).toBe(201);
    expect(ingebracht.body).not.toContain(casus.casusId);
    expect(ingebracht.body).not.toContain(casus.nummer);
    expect(ingebracht.body).not.toContain('Jansen');
    expect(ingebracht.body).not.toContain('bronCasusId');
    const leercasus = json<{ id: string; profiel: Record<string, unknown> }>(ingebracht);
    expect(leercasus.profiel).toMatchObject({
      jaar: 2025,
      momenten: [{ moment: 'actieoverleg', dagNaStart: 3, dagenSindsVorige: null }],
      organisatieSoorten: ['politie'],
    });
    expect((await vtLid.post('/api/v1/netwerk/leercasussen', body)).statusCode).toBe(409);

    const lijst = await voorzitter.get('/api/v1/netwerk/leercasussen');
    expect(json<{ leercasussen: { id: string }[] }>(lijst).leercasussen.map((l) => l.id)).toEqual([leercasus.id]);
    expect(lijst.body).not.toContain(casus.casusId);
    const gewijzigd = await voorzitter.patch(`/api/v1/netwerk/leercasussen/${leercasus.id}`, { lessen: 'Scenario vooraf afspreken.' }, { 'if-match': '"1"' });
    expect(json(gewijzigd)).toMatchObject({ lessen: 'Scenario vooraf afspreken.', versie: 2 });
    expect((await anderLid.get(`/api/v1/netwerk/leercasussen/${leercasus.id}`)).statusCode).toBe(404);

    // The audit trail holds ids and counts, never the texts.
    const { rows } = await env.db.query<{ details: unknown }>(`select details from audit_log where doel = 'netwerk'`);
    const audit = JSON.stringify(rows);
    expect(audit).not.toContain('Stalking');
    expect(audit).not.toContain('Scenario vooraf');
    expect(audit).not.toContain('Afspraken herzien');
  });
});

describe('doubt cases', () => {
  it('records a question and, with its norm, closes it; lists by status', async () => {
    const nieuw = await vtLid.post('/api/v1/netwerk/twijfelcasussen', { vraag: 'Wanneer schuift VT aan bij ZSM?', situatie: 'Aanhouding in het weekend.', verbeteractie: 'vt-zsm' });
    expect(nieuw.statusCode).toBe(201);
    const t = json<{ id: string }>(nieuw);
    expect(invalid(await vtLid.post('/api/v1/netwerk/twijfelcasussen', { vraag: '' }))).toEqual(['vraag']);
    const zonderNorm = await voorzitter.patch(`/api/v1/netwerk/twijfelcasussen/${t.id}`, { status: 'norm-gevonden' }, { 'if-match': '"1"' });
    expect(invalid(zonderNorm)).toEqual(['norm']);
    const norm = await voorzitter.patch(
      `/api/v1/netwerk/twijfelcasussen/${t.id}`,
      { status: 'norm-gevonden', norm: 'Bij kinderen altijd VT raadplegen.' },
      { 'if-match': '"1"' },
    );
    expect(json(norm)).toMatchObject({ status: 'norm-gevonden', versie: 2 });
    expect(json<{ twijfelcasussen: unknown[] }>(await vtLid.get('/api/v1/netwerk/twijfelcasussen?status=open')).twijfelcasussen).toEqual([]);
    expect(json<{ twijfelcasussen: unknown[] }>(await vtLid.get('/api/v1/netwerk/twijfelcasussen?status=norm-gevonden')).twijfelcasussen).toHaveLength(1);
    expect((await vtLid.get('/api/v1/netwerk/twijfelcasussen?status=dicht')).statusCode).toBe(400);
    expect((await anderLid.get(`/api/v1/netwerk/twijfelcasussen/${t.id}`)).statusCode).toBe(404);
  });
});

describe('self-evaluation', () => {
  it('gives the aggregated figures for the year, or says they are not available', async () => {
    const r = await vtLid.get('/api/v1/netwerk/zelfevaluatie?jaar=2026');
    expect(r.statusCode).toBe(200);
    expect(json(r)).toMatchObject({ jaar: 2026 });
    expect((await medewerker.get('/api/v1/netwerk/zelfevaluatie')).statusCode).toBe(403);
  });
});

describe('a member leaves', () => {
  it('no longer leads a theme, and can be added again', async () => {
    const leden = json<{ organisaties: { leden: { id: string; versie: number }[] }[] }>(await beheer.get('/api/v1/netwerk/leden'));
    const lid = leden.organisaties.flatMap((o) => o.leden).find((l) => l.id === vtLidId)!;
    const weg = await beheer.patch(`/api/v1/netwerk/leden/${vtLidId}`, { actief: false }, { 'if-match': `"${lid.versie}"` });
    expect(json(weg)).toMatchObject({ actief: false, voorzitter: false });
    const themas = json<{ themas: { naam: string; trekker: unknown }[] }>(await voorzitter.get('/api/v1/netwerk/themas')).themas;
    expect(themas.find((t) => t.naam === 'Ex-partnerstalking')!.trekker).toBeNull();
    const kandidaten = json<{ kandidaten: { gebruikerId: string }[] }>(await beheer.get('/api/v1/netwerk/kandidaten')).kandidaten;
    expect(kandidaten.map((k) => k.gebruikerId)).toEqual([vtLidGebruikerId]);
    expect((await beheer.post('/api/v1/netwerk/leden', { gebruikerId: vtLidGebruikerId, organisatieId: vt.id })).statusCode).toBe(201);
  });
});
