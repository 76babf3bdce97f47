import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv, type TestUser } from '../../testing/fixtures';
import { makeCasusRows } from '../../testing/casus-fixture';
import type { Organisatie } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { reportOverdueAgreements } from '../afspraken/overdue-job';
import { listOverdueAgreementsOfRegion } from '../afspraken/afspraken.storage';
import { amsterdamDate } from '../afspraken/afspraak-rules';
import { makeAgendapunt, makeOverleg, makeReeks } from './meeting-fixture';

/**
 * A meeting records an item in three steps, makes agreements with owners and due dates (in the owner's inbox), the
 * owner closes them; the next meeting reviews what is still open before the item can be closed. Others do not find it.
 */
let env: TestEnv;
let vt: Organisatie;
let politie: Organisatie;
let om: Organisatie;
let rvdk: Organisatie;
let vtZuidoost: Organisatie;
let voorzitter: TestClient;
let vtMedewerker: TestClient;
let politieUser: TestUser;
let politieClient: TestClient;
let omClient: TestClient;
let rvdkClient: TestClient;
let zuidoost: TestClient;
let analist: TestClient;
let reeksId: string;

const DAY = 86_400_000;
const dateIn = (days: number) => amsterdamDate(new Date(Date.now() + days * DAY));

async function user(organisatie: Organisatie, rollen: Rol[]) {
  return makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false });
}

async function casus() {
  const suffix = Math.random().toString(36).slice(2, 8);
  return makeCasusRows(env.db, {
    regie: vt,
    deelnemers: [politie, om],
    personen: [{ voornamen: 'Mirjam', achternaam: `Verbeek${suffix}`, geboortedatum: '1989-03-14' }],
  });
}

async function events(casusId: string, soort: string) {
  const { rows } = await env.db.query<{ gegevens: Record<string, unknown> }>('select gegevens from tijdlijn where casus_id = $1 and soort = $2 order by volgnummer', [casusId, soort]);
  return rows.map((r) => r.gegevens);
}

beforeAll(async () => {
  env = await createTestEnv();
  vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'oost-brabant' });
  politie = await makeOrganisation(env, { soort: 'politie', regio: 'oost-brabant' });
  om = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio: 'oost-brabant' });
  rvdk = await makeOrganisation(env, { soort: 'raad-voor-de-kinderbescherming', regio: 'oost-brabant' });
  vtZuidoost = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'oost-brabant' });
  voorzitter = await loginAs(env, await user(vt, ['voorzitter-actieoverleg', 'medewerker']));
  vtMedewerker = await loginAs(env, await user(vt, ['medewerker']));
  politieUser = await user(politie, ['medewerker']);
  politieClient = await loginAs(env, politieUser);
  omClient = await loginAs(env, await user(om, ['officier-van-justitie']));
  rvdkClient = await loginAs(env, await user(rvdk, ['medewerker']));
  zuidoost = await loginAs(env, await user(vtZuidoost, ['medewerker']));
  analist = await loginAs(env, await user(vt, ['analist']));
  reeksId = await makeReeks(env.db, vt.regio.id, [vt.id, politie.id, om.id], [rvdk.id]);
});
afterAll(async () => env?.close());

describe('the discussion of an agenda item', () => {
  let casusId: string;
  let overlegId: string;
  let puntId: string;
  let aanmeldingId: string;

  beforeAll(async () => {
    casusId = (await casus()).casusId;
    // A tabled referral: drafted, submitted and tabled through the API.
    const created = await vtMedewerker.post('/api/v1/aanmeldingen', {
      casusId,
      omschrijving: 'Moeder is meermaals mishandeld; vader dreigt en ontkent het geweld.',
      vraag: 'Welke afspraken maken we over de veiligheid van moeder nu vader dreigt terug te komen?',
      vraagRelevantVoor: ['veilig-thuis', 'politie', 'openbaar-ministerie'],
      vraagGerichtOp: 'acties',
      inhoudelijkeFactoren: ['ontkenning-geweld', 'lopend-strafrechtelijk-onderzoek'],
      betrokkenenGeinformeerd: { geinformeerd: false, wanneer: 'Morgen' },
    });
    expect(created.statusCode, created.body).toBe(201);
    aanmeldingId = created.json().id;
    expect((await vtMedewerker.post(`/api/v1/aanmeldingen/${aanmeldingId}/indiening`)).statusCode).toBe(200);
    const besluit = await voorzitter.post(`/api/v1/aanmeldingen/${aanmeldingId}/besluit`, { besluit: 'agenderen', reden: 'Relevant voor alle drie de partners.' });
    expect(besluit.statusCode, besluit.body).toBe(200);
    overlegId = await makeOverleg(env.db, reeksId, new Date(Date.now() - 14 * DAY));
    puntId = await makeAgendapunt(env.db, { overlegId, casusId, aanmeldingId });
  });

  it('is read by the chair and fixed members with its version; others do not find it, the analyst is refused', async () => {
    const read = await voorzitter.get(`/api/v1/agendapunten/${puntId}/bespreking`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json()).toMatchObject({ status: 'gepland', magVastleggen: true, casus: { id: casusId }, aanmeldingId, openstaandeAfspraken: [] });
    expect(read.json().ontbreektVoorAfronden.map((o: { veld: string }) => o.veld)).toEqual(['grootsteZorg', 'regieOrganisatieId']);
    expect((await politieClient.get(`/api/v1/agendapunten/${puntId}/bespreking`)).statusCode).toBe(200);
    // RvdK is on call, but not invited to this item.
    expect((await rvdkClient.get(`/api/v1/agendapunten/${puntId}/bespreking`)).statusCode).toBe(404);
    expect((await zuidoost.get(`/api/v1/agendapunten/${puntId}/bespreking`)).statusCode).toBe(404);
    expect((await analist.get(`/api/v1/agendapunten/${puntId}/bespreking`)).statusCode).toBe(403);
    const audit = await env.db.query(`select 1 from audit_log where object_type = 'agendapunt' and object_id = $1 and actie = 'lezen'`, [puntId]);
    expect(audit.rows.length).toBeGreaterThan(0);
  });

  it('cannot be closed before step 1 and step 3 are on record: 409 naming each missing field', async () => {
    const response = await voorzitter.post(`/api/v1/agendapunten/${puntId}/besproken`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('bespreking-onvolledig');
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['grootsteZorg', 'regieOrganisatieId']);
  });

  it('is recorded with If-Match; bad input is 400 naming the field, a stale version 409, no version 428', async () => {
    const url = `/api/v1/agendapunten/${puntId}/bespreking`;
    expect((await voorzitter.patch(url, { grootsteZorg: 'x' })).statusCode).toBe(428);
    const tooLong = await voorzitter.patch(url, { grootsteZorg: 'x'.repeat(5001) }, { 'if-match': '"1"' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().invalidParams[0].name).toBe('grootsteZorg');
    const notParticipant = await voorzitter.patch(url, { regieOrganisatieId: vtZuidoost.id }, { 'if-match': '"1"' });
    expect(notParticipant.statusCode).toBe(400);
    expect(notParticipant.json().invalidParams[0].name).toBe('regieOrganisatieId');
    const notMember = await voorzitter.patch(url, { regieOrganisatieId: vt.id, regieGebruikerId: politieUser.id }, { 'if-match': '"1"' });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().invalidParams[0].name).toBe('regieGebruikerId');
    // On-call partners do not record (they do not see this item at all), fixed members do.
    const saved = await politieClient.patch(
      url,
      { grootsteZorg: 'Escalatie bij terugkeer van vader', gevaren: 'Vuurwapenbezit', regieOrganisatieId: vt.id, monitoring: 'Wijkagent loopt wekelijks langs' },
      { 'if-match': '"1"' },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.json()).toMatchObject({
      stap1: { grootsteZorg: 'Escalatie bij terugkeer van vader', gevaren: 'Vuurwapenbezit' },
      stap3: { regie: { organisatie: { id: vt.id } }, monitoring: 'Wijkagent loopt wekelijks langs' },
      ontbreektVoorAfronden: [],
    });
    const stale = await voorzitter.patch(url, { samenhang: 'x' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'versie-verouderd', huidigeVersie: 2 });
  });

  describe('agreements', () => {
    let afspraakId: string;

    it('without owner or due date cannot be saved: 400 naming the field; nor with a due date in the past', async () => {
      const url = `/api/v1/agendapunten/${puntId}/afspraken`;
      const noOwner = await voorzitter.post(url, { wat: 'Huisbezoek', deadline: dateIn(7) });
      expect(noOwner.statusCode).toBe(400);
      expect(noOwner.json().invalidParams.map((p: { name: string }) => p.name)).toContain('eigenaarOrganisatieId');
      const noDeadline = await voorzitter.post(url, { wat: 'Huisbezoek', eigenaarOrganisatieId: politie.id });
      expect(noDeadline.statusCode).toBe(400);
      expect(noDeadline.json().invalidParams.map((p: { name: string }) => p.name)).toContain('deadline');
      const past = await voorzitter.post(url, { wat: 'Huisbezoek', eigenaarOrganisatieId: politie.id, deadline: dateIn(-1) });
      expect(past.statusCode).toBe(400);
      expect(past.json().invalidParams[0].name).toBe('deadline');
      const outsider = await voorzitter.post(url, { wat: 'Huisbezoek', eigenaarOrganisatieId: vtZuidoost.id, deadline: dateIn(7) });
      expect(outsider.statusCode).toBe(400);
      expect(outsider.json().invalidParams[0].name).toBe('eigenaarOrganisatieId');
      const wrongPerson = await voorzitter.post(url, { wat: 'Huisbezoek', eigenaarOrganisatieId: om.id, eigenaarGebruikerId: politieUser.id, deadline: dateIn(7) });
      expect(wrongPerson.statusCode).toBe(400);
      expect(wrongPerson.json().invalidParams[0].name).toBe('eigenaarGebruikerId');
    });

    it('lands in the owner’s inbox as a task due at the end of the local due day', async () => {
      const deadline = dateIn(7);
      const created = await voorzitter.post(`/api/v1/agendapunten/${puntId}/afspraken`, {
        soort: 'interventie',
        wat: 'Huisbezoek door de wijkagent',
        eigenaarOrganisatieId: politie.id,
        eigenaarGebruikerId: politieUser.id,
        deadline,
      });
      expect(created.statusCode, created.body).toBe(201);
      afspraakId = created.json().id;
      expect(created.json()).toMatchObject({ status: 'open', verlopen: false, deadline, eigenaarOrganisatie: { id: politie.id }, eigenaarGebruiker: { id: politieUser.id }, overleg: { id: overlegId } });
      const inbox = await politieClient.get('/api/v1/taken');
      const taak = inbox.json().taken.find((t: { soort: string }) => t.soort === 'afspraak');
      expect(taak).toMatchObject({ casus: { id: casusId }, gebruiker: { id: politieUser.id }, status: 'open' });
      expect(amsterdamDate(new Date(taak.deadline))).toBe(deadline);
      expect(amsterdamDate(new Date(new Date(taak.deadline).getTime() + 1))).not.toBe(deadline);
      expect(await events(casusId, 'afspraak-gemaakt')).toEqual([
        { afspraakId, afspraakSoort: 'interventie', eigenaarOrganisatieId: politie.id, deadline, overlegId },
      ]);
      const bespreking = (await voorzitter.get(`/api/v1/agendapunten/${puntId}/bespreking`)).json();
      expect(bespreking.stap2.interventies.map((a: { id: string }) => a.id)).toEqual([afspraakId]);
    });

    it('is in the owner’s list with the casus number; the casus list shows it to participants only', async () => {
      const own = await politieClient.get('/api/v1/afspraken?eigenaar=eigen-organisatie&status=open');
      expect(own.statusCode).toBe(200);
      expect(own.json().afspraken).toEqual([expect.objectContaining({ id: afspraakId, casus: expect.objectContaining({ id: casusId }), verlopen: false })]);
      expect((await omClient.get('/api/v1/afspraken?eigenaar=eigen-organisatie')).json().afspraken).toEqual([]);
      expect((await omClient.get(`/api/v1/casussen/${casusId}/afspraken`)).json().afspraken).toHaveLength(1);
      expect((await zuidoost.get(`/api/v1/casussen/${casusId}/afspraken`)).statusCode).toBe(404);
      expect((await analist.get('/api/v1/afspraken')).statusCode).toBe(403);
    });

    it('is closed by the owner only: a non-owner participant 403, a non-participant 404, stale If-Match 409', async () => {
      const url = `/api/v1/afspraken/${afspraakId}`;
      const read = await politieClient.get(url);
      expect(read.headers.etag).toBe('"1"');
      expect((await omClient.patch(url, { status: 'gedaan' }, { 'if-match': '"1"' })).statusCode).toBe(403);
      expect((await zuidoost.patch(url, { status: 'gedaan' }, { 'if-match': '"1"' })).statusCode).toBe(404);
      expect((await zuidoost.get(url)).statusCode).toBe(404);
      expect((await politieClient.patch(url, { status: 'gedaan' })).statusCode).toBe(428);
      const stale = await politieClient.patch(url, { status: 'gedaan' }, { 'if-match': '"7"' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().huidigeVersie).toBe(1);
      const noNote = await politieClient.patch(url, { status: 'niet-gedaan' }, { 'if-match': '"1"' });
      expect(noNote.statusCode).toBe(400);
      expect(noNote.json().invalidParams[0].name).toBe('toelichting');
    });

    it('closed from the owner’s inbox completes the task and writes whether it was on time', async () => {
      const closed = await politieClient.patch(`/api/v1/afspraken/${afspraakId}`, { status: 'gedaan', toelichting: 'Huisbezoek afgelegd' }, { 'if-match': '"1"' });
      expect(closed.statusCode, closed.body).toBe(200);
      expect(closed.json()).toMatchObject({ status: 'gedaan', toelichting: 'Huisbezoek afgelegd', afgeslotenDoor: { naam: expect.any(String) }, versie: 2 });
      const done = (await politieClient.get('/api/v1/taken?status=afgerond')).json().taken;
      expect(done.find((t: { soort: string }) => t.soort === 'afspraak')).toMatchObject({ status: 'afgerond', teLaat: false });
      expect((await politieClient.get('/api/v1/taken')).json().taken.find((t: { soort: string }) => t.soort === 'afspraak')).toBeUndefined();
      expect(await events(casusId, 'afspraak-afgesloten')).toEqual([{ afspraakId, status: 'gedaan', opTijd: true }]);
      const again = await politieClient.patch(`/api/v1/afspraken/${afspraakId}`, { status: 'niet-gedaan', toelichting: 'x' }, { 'if-match': '"2"' });
      expect(again.statusCode).toBe(409);
    });
  });

  describe('the next meeting', () => {
    let openAfspraakId: string;
    let overleg2Id: string;
    let punt2Id: string;

    beforeAll(async () => {
      const created = await voorzitter.post(`/api/v1/agendapunten/${puntId}/afspraken`, {
        soort: 'monitoring',
        wat: 'Officier beoordeelt de lopende zaak',
        eigenaarOrganisatieId: om.id,
        deadline: dateIn(0),
      });
      expect(created.statusCode, created.body).toBe(201);
      openAfspraakId = created.json().id;
    });

    it('closing the first item marks the referral discussed and counts what was agreed', async () => {
      const response = await voorzitter.post(`/api/v1/agendapunten/${puntId}/besproken`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ status: 'besproken', besprokenOp: expect.any(String) });
      expect((await vtMedewerker.get(`/api/v1/aanmeldingen/${aanmeldingId}`)).json().status).toBe('besproken');
      expect(await events(casusId, 'casus-besproken')).toEqual([{ overlegId, agendapuntId: puntId, aanmeldingId, afspraken: 2, scenarios: 0 }]);
      expect((await voorzitter.post(`/api/v1/agendapunten/${puntId}/besproken`)).statusCode).toBe(409);
    });

    it('reviews every incomplete agreement of earlier meetings before its item can be closed', async () => {
      overleg2Id = await makeOverleg(env.db, reeksId, new Date(Date.now() - 60_000));
      punt2Id = await makeAgendapunt(env.db, { overlegId: overleg2Id, casusId, soort: 'vervolg' });
      const url = `/api/v1/agendapunten/${punt2Id}/bespreking`;
      const before = (await voorzitter.get(url)).json();
      expect(before.openstaandeAfspraken).toEqual([{ afspraak: expect.objectContaining({ id: openAfspraakId, status: 'open' }), beoordeling: null }]);
      expect((await voorzitter.patch(url, { grootsteZorg: 'Nog steeds dreiging', regieOrganisatieId: vt.id }, { 'if-match': `"${before.versie}"` })).statusCode).toBe(200);
      const refused = await voorzitter.post(`/api/v1/agendapunten/${punt2Id}/besproken`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([`openstaandeAfspraken.${openAfspraakId}.beoordeling`]);

      const review = `/api/v1/afspraken/${openAfspraakId}/beoordelingen`;
      // Not at the meeting where it was made, nor for an on-call partner, nor twice.
      expect((await voorzitter.post(review, { overlegId, reden: 'loopt-nog' })).statusCode).toBe(400);
      expect((await zuidoost.post(review, { overlegId: overleg2Id, reden: 'loopt-nog' })).statusCode).toBe(404);
      expect((await voorzitter.post(review, { overlegId: overleg2Id, reden: 'vergeten' })).statusCode).toBe(400);
      const reviewed = await omClient.post(review, { overlegId: overleg2Id, reden: 'niet-opgepakt', toelichting: 'Zitting uitgesteld' });
      expect(reviewed.statusCode, reviewed.body).toBe(201);
      expect(reviewed.json().beoordelingen).toEqual([expect.objectContaining({ overlegId: overleg2Id, reden: 'niet-opgepakt', toelichting: 'Zitting uitgesteld' })]);
      expect((await voorzitter.post(review, { overlegId: overleg2Id, reden: 'loopt-nog' })).statusCode).toBe(409);
      expect(await events(casusId, 'afspraak-beoordeeld')).toEqual([{ afspraakId: openAfspraakId, overlegId: overleg2Id, reden: 'niet-opgepakt' }]);

      const after = (await voorzitter.get(url)).json();
      expect(after.openstaandeAfspraken[0].beoordeling).toMatchObject({ reden: 'niet-opgepakt' });
      expect(after.ontbreektVoorAfronden).toEqual([]);
      const closed = await voorzitter.post(`/api/v1/agendapunten/${punt2Id}/besproken`);
      expect(closed.statusCode, closed.body).toBe(200);
    });

    it('an on-call partner invited to an item sees it but does not record it (403)', async () => {
      const other = await casus();
      const puntId3 = await makeAgendapunt(env.db, { overlegId: overleg2Id, casusId: other.casusId, uitgenodigd: [rvdk.id] });
      expect((await rvdkClient.get(`/api/v1/agendapunten/${puntId3}/bespreking`)).json()).toMatchObject({ magVastleggen: false });
      expect((await rvdkClient.patch(`/api/v1/agendapunten/${puntId3}/bespreking`, { gevaren: 'x' }, { 'if-match': '"1"' })).statusCode).toBe(403);
      expect((await rvdkClient.post(`/api/v1/agendapunten/${puntId3}/afspraken`, { wat: 'x', eigenaarOrganisatieId: rvdk.id, deadline: dateIn(3) })).statusCode).toBe(403);
      // … but it can own an agreement made at its item.
      const owned = await voorzitter.post(`/api/v1/agendapunten/${puntId3}/afspraken`, { wat: 'Raadsonderzoek starten', eigenaarOrganisatieId: rvdk.id, deadline: dateIn(3) });
      expect(owned.statusCode, owned.body).toBe(201);
    });

    it('an overdue agreement is reported once and flagged, and is on the chair’s overview list', async () => {
      await env.db.query(`update afspraken set deadline = current_date - 3 where id = $1`, [openAfspraakId]);
      expect(await env.db.transaction((tx) => reportOverdueAgreements(tx, new Date()))).toBeGreaterThanOrEqual(1);
      expect(await env.db.transaction((tx) => reportOverdueAgreements(tx, new Date()))).toBe(0);
      expect((await events(casusId, 'afspraak-verlopen')).map((g) => g.afspraakId)).toEqual([openAfspraakId]);
      expect((await omClient.get(`/api/v1/afspraken/${openAfspraakId}`)).json().verlopen).toBe(true);
      const overdue = await env.db.transaction((tx) => listOverdueAgreementsOfRegion(tx, vt.regio.id, new Date()));
      expect(overdue.map((a) => a.id)).toContain(openAfspraakId);
    });

    it('recording waits for the meeting to start', async () => {
      const later = await makeOverleg(env.db, reeksId, new Date(Date.now() + 7 * DAY), 'gepland');
      const punt = await makeAgendapunt(env.db, { overlegId: later, casusId });
      const response = await voorzitter.post(`/api/v1/agendapunten/${punt}/afspraken`, { wat: 'x', eigenaarOrganisatieId: vt.id, deadline: dateIn(10) });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('overleg-niet-gestart');
    });
  });
});

describe('a meeting planned through the planning API', () => {
  it('records an item, makes an agreement, and the next meeting takes it up as a follow-up to review', async () => {
    const vtL = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'limburg' });
    const politieL = await makeOrganisation(env, { soort: 'politie', regio: 'limburg' });
    const omL = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio: 'limburg' });
    const chair = await loginAs(env, await user(vtL, ['voorzitter-actieoverleg', 'medewerker']));
    const politieL1 = await loginAs(env, await user(politieL, ['medewerker']));
    const reeks = await chair.post('/api/v1/actieoverleg-reeksen', {});
    expect(reeks.statusCode, reeks.body).toBe(201);
    for (const o of [vtL, politieL, omL]) {
      expect((await chair.post(`/api/v1/actieoverleg-reeksen/${reeks.json().id}/leden`, { organisatieId: o.id, soort: 'vast' })).statusCode).toBe(201);
    }
    const { casusId: casusL } = await makeCasusRows(env.db, { regie: vtL, personen: [{ voornamen: 'Iris', achternaam: 'Limbricht', geboortedatum: '1992-05-05' }] });
    const aanmelding = await chair.post('/api/v1/aanmeldingen', {
      casusId: casusL,
      omschrijving: 'Ex-partner stalkt en bedreigt.',
      vraag: 'Welke gerichte acties zetten we in tegen de stalking?',
      vraagRelevantVoor: ['veilig-thuis', 'politie', 'openbaar-ministerie'],
      vraagGerichtOp: 'acties',
      inhoudelijkeFactoren: ['ex-partnerstalking'],
      betrokkenenGeinformeerd: { geinformeerd: true, reactie: 'Akkoord' },
    });
    expect((await chair.post(`/api/v1/aanmeldingen/${aanmelding.json().id}/indiening`)).statusCode).toBe(200);
    expect((await chair.post(`/api/v1/aanmeldingen/${aanmelding.json().id}/besluit`, { besluit: 'agenderen', reden: 'Voldoet aan de criteria.' })).statusCode).toBe(200);

    const plan = async () => {
      const overleg = await chair.post('/api/v1/actieoverleggen', { reeksId: reeks.json().id });
      expect(overleg.statusCode, overleg.body).toBe(201);
      const agenda = await chair.post(`/api/v1/actieoverleggen/${overleg.json().id}/agenda/opstellen`, {});
      expect(agenda.statusCode, agenda.body).toBe(200);
      expect((await chair.post(`/api/v1/actieoverleggen/${overleg.json().id}/starten`, {})).statusCode).toBe(200);
      return { overlegId: overleg.json().id as string, punten: agenda.json().agendapunten as { id: string; soort: string; casus: { id: string } }[] };
    };

    expect((await chair.get('/api/v1/actieoverleg/overzicht')).json()).toMatchObject({ nogTeAgenderen: 1, volgendOverleg: null });
    const eerste = await plan();
    expect(eerste.punten).toEqual([expect.objectContaining({ soort: 'aanmelding', casus: expect.objectContaining({ id: casusL }) })]);
    // The chair's overview shows the running meeting's agenda, and nothing left to plan.
    const overzicht = (await chair.get('/api/v1/actieoverleg/overzicht')).json();
    expect(overzicht).toMatchObject({
      nogTeAgenderen: 0,
      volgendOverleg: { id: eerste.overlegId, status: 'gestart', agendapunten: [{ soort: 'aanmelding', casus: { id: casusL }, herhaling: false }] },
    });
    const punt1 = eerste.punten[0]!.id;
    // The fixed members took part in the casus when it was tabled: politie can record and own agreements.
    const recorded = await politieL1.patch(`/api/v1/agendapunten/${punt1}/bespreking`, { grootsteZorg: 'Escalatie', regieOrganisatieId: vtL.id }, { 'if-match': '"1"' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const afspraak = await chair.post(`/api/v1/agendapunten/${punt1}/afspraken`, { wat: 'Gebiedsverbod onderzoeken', eigenaarOrganisatieId: omL.id, deadline: dateIn(60) });
    expect(afspraak.statusCode, afspraak.body).toBe(201);
    expect((await chair.post(`/api/v1/agendapunten/${punt1}/besproken`)).statusCode).toBe(200);

    const tweede = await plan();
    expect(tweede.punten).toEqual([expect.objectContaining({ soort: 'vervolg', casus: expect.objectContaining({ id: casusL }) })]);
    const punt2 = tweede.punten[0]!.id;
    const bespreking = (await chair.get(`/api/v1/agendapunten/${punt2}/bespreking`)).json();
    expect(bespreking.openstaandeAfspraken.map((o: { afspraak: { id: string } }) => o.afspraak.id)).toEqual([afspraak.json().id]);
    const review = await chair.post(`/api/v1/afspraken/${afspraak.json().id}/beoordelingen`, { overlegId: tweede.overlegId, reden: 'loopt-nog' });
    expect(review.statusCode, review.body).toBe(201);
    expect((await chair.get(`/api/v1/agendapunten/${punt2}/bespreking`)).json().ontbreektVoorAfronden.map((o: { veld: string }) => o.veld)).toEqual(['grootsteZorg', 'regieOrganisatieId']);

    // Once past its deadline the agreement is on the chair's overview: who owns it and since when, not what it says.
    await env.db.query('update afspraken set deadline = current_date - 2 where id = $1', [afspraak.json().id]);
    const verlopen = (await chair.get('/api/v1/actieoverleg/overzicht')).json().verlopenAfspraken;
    expect(verlopen).toEqual([
      { id: afspraak.json().id, casus: { id: casusL, nummer: expect.any(String) }, eigenaarOrganisatie: { id: omL.id, naam: omL.naam }, deadline: expect.any(String), overlegBegintOp: expect.any(String) },
    ]);
    expect(JSON.stringify(verlopen)).not.toContain('Gebiedsverbod');
  });
});
