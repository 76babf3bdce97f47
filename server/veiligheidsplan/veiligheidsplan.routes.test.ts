import { amsterdamDate } from '../actieoverleg/afspraken/afspraak-rules';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv, type TestUser } from '../testing/fixtures';
import type { Organisatie, OrganisatieSoort } from '../organisations/schemas';
import type { Rol } from '../identity/schemas';
import { reportOverdueCheckins } from './monitoring/overdue-job';

/**
 * The safety plan over HTTP: create and save with versions, need-to-know inside the plan, validation naming fields,
 * interactions and confirming by the regie organisation, monitoring check-ins with a breach setting off the scenario.
 */
let env: TestEnv;
type Org = 'vt' | 'politie' | 'rvdk' | 'elders';
const org = {} as Record<Org, Organisatie>;
const as = {} as Record<Org | 'analist', TestClient>;
const gebruiker = {} as Record<Org, TestUser>;
const DAY = 86_400_000;
/** A Dutch calendar date n days from now (the server plans check-ins by the Amsterdam date). */
const dag = (n: number) => amsterdamDate(new Date(Date.now() + n * DAY));

beforeAll(async () => {
  env = await createTestEnv();
  const soorten: [Org, OrganisatieSoort][] = [
    ['vt', 'veilig-thuis'],
    ['politie', 'politie'],
    ['rvdk', 'raad-voor-de-kinderbescherming'],
    ['elders', 'veilig-thuis'],
  ];
  for (const [naam, soort] of soorten) {
    org[naam] = await makeOrganisation(env, { soort });
    gebruiker[naam] = await makeUser(env, { lidmaatschappen: [{ organisatie: org[naam], rollen: ['medewerker'] }], demo: true, totp: false });
    as[naam] = await loginAs(env, gebruiker[naam]);
  }
  as.analist = await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: org.vt, rollen: ['analist' as Rol] }], demo: true, totp: false }));
});
afterAll(async () => env?.close());

/** A casus of Veilig Thuis with the police and the Raad taking part. */
async function casus(): Promise<string> {
  const { rows: p } = await env.db.query<{ id: string }>(
    `insert into personen (voornamen, achternaam, geboortedatum, zoeknaam, aangemaakt_door_organisatie_id)
     values ('Test', 'Kind', '2019-05-01', 'test kind', $1) returning id`,
    [org.vt.id],
  );
  const { rows } = await env.db.query<{ id: string }>(`select id from grondslagen where code = 'WMO-5.2.4'`);
  const res = await as.vt.post('/api/v1/casussen', { doel: 'Veiligheid van het kind', grondslagId: rows[0]!.id, personen: [{ persoonId: p[0]!.id, rol: 'kind' }] });
  expect(res.statusCode, res.body).toBe(201);
  const casusId = res.json().id as string;
  for (const o of [org.politie, org.rvdk]) {
    await env.db.query(
      `insert into casus_deelnemers (casus_id, organisatie_id, doel, grondslag_id)
       select $1, $2, doel, grondslag_id from casus_deelnemers where casus_id = $1 limit 1`,
      [casusId, o.id],
    );
  }
  return casusId;
}

async function scenario(casusId: string, eigenaar: Organisatie): Promise<string> {
  const { rows } = await env.db.query<{ id: string }>(
    `insert into scenarios (casus_id, soort, wat, eigenaar_organisatie_id, gemaakt_door_organisatie_id)
     values ($1, 'tijdelijk-huisverbod', 'Bij een nieuw incident overweegt de politie een huisverbod', $2, $2) returning id`,
    [casusId, eigenaar.id],
  );
  return rows[0]!.id;
}

const ids = { situatie: randomUUID(), voorwaarde: randomUUID(), afspraak: randomUUID(), contactverbod: randomUUID(), omgang: randomUUID() };

function inhoud(opties: { scenarioId?: string | null; interventies?: unknown[]; afstemmingen?: unknown[] } = {}) {
  return {
    directeVeiligheid: {
      onveiligeSituaties: [
        {
          id: ids.situatie,
          omschrijving: 'Vader slaat moeder waar het kind bij is',
          voorwaarden: [
            {
              id: ids.voorwaarde,
              omschrijving: 'Vader komt niet in de woning',
              monitoringOp: dag(7),
              scenarioId: opties.scenarioId ?? null,
              afspraken: [{ id: ids.afspraak, wat: 'Wijkagent rijdt twee keer per week langs', eigenaarOrganisatieId: org.politie.id, deadline: dag(14) }],
            },
          ],
        },
      ],
      betrokkenen: '',
      kader: '',
      consequenties: 'Bij schending volgt een tijdelijk huisverbod',
    },
    stabieleVeiligheid: { risicofactoren: [] },
    duurzameVeiligheid: { verwerking: '', afspraken: [], monitoring: '', evaluatieOp: null },
    interventies: opties.interventies ?? [],
    afstemmingen: opties.afstemmingen ?? [],
  };
}

const contactverbod = (deling: string[] | null = null) => ({
  id: ids.contactverbod,
  code: 'contactverbod',
  fase: 'acuut',
  eigenaarOrganisatieId: org.politie.id,
  deling,
});
const omgang = () => ({ id: ids.omgang, code: 'omgangsregeling', fase: 'risicogestuurd', eigenaarOrganisatieId: org.rvdk.id });

const url = (casusId: string) => `/api/v1/casussen/${casusId}/veiligheidsplan`;
const veld = (res: { json(): { invalidParams?: { name: string }[] } }) => res.json().invalidParams?.map((p) => p.name) ?? [];

async function taken(c: TestClient, soort: string) {
  const res = await c.get('/api/v1/taken?status=open');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().taken as { soort: string; casus: { id: string } | null }[]).filter((t) => t.soort === soort);
}

async function tijdlijn(casusId: string): Promise<{ soort: string; gegevens: Record<string, unknown> }[]> {
  const res = await as.vt.get(`/api/v1/casussen/${casusId}/tijdlijn`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

describe('the safety plan: create, versions, access', () => {
  it('a casus without a plan reads as null; the first PUT creates it (201), later saves need If-Match', async () => {
    const casusId = await casus();
    const leeg = await as.vt.get(url(casusId));
    expect(leeg.statusCode, leeg.body).toBe(200);
    expect(leeg.json()).toBeNull();

    const res = await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, regieGebruikerId: gebruiker.vt.id, inhoud: inhoud() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const plan = res.json();
    expect(plan).toMatchObject({ status: 'concept', versie: 1, regie: { organisatie: { id: org.vt.id }, gebruiker: { id: gebruiker.vt.id } } });
    expect(plan.deelnemers.map((d: { id: string }) => d.id).sort()).toEqual([org.vt.id, org.politie.id, org.rvdk.id].sort());

    const zonder = await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud() });
    expect(zonder.statusCode).toBe(428);
    const oud = await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud() }, { 'if-match': '"7"' });
    expect(oud.statusCode).toBe(409);
    const tweede = await as.politie.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud() }, { 'if-match': '"1"' });
    expect(tweede.statusCode, tweede.body).toBe(200);
    expect(tweede.headers.etag).toBe('"2"');
    expect(tweede.json().regie.gebruiker?.id).toBe(gebruiker.vt.id); // left out: the regie person stays

    const versies = await as.rvdk.get(`${url(casusId)}/versies`);
    expect(versies.statusCode, versies.body).toBe(200);
    expect(versies.json().versies.map((v: { versie: number; doorOrganisatie: { id: string } }) => [v.versie, v.doorOrganisatie.id])).toEqual([
      [2, org.politie.id],
      [1, org.vt.id],
    ]);
    const eerste = await as.rvdk.get(`${url(casusId)}/versies/1`);
    expect(eerste.statusCode, eerste.body).toBe(200);
    expect(eerste.json().inhoud.directeVeiligheid.onveiligeSituaties).toHaveLength(1);
    expect((await as.rvdk.get(`${url(casusId)}/versies/9`)).statusCode).toBe(404);

    const events = (await tijdlijn(casusId)).filter((e) => e.soort === 'veiligheidsplan-opgeslagen');
    expect(events.map((e) => e.gegevens.versie).sort()).toEqual([1, 2]);

    // One planned check-in for the one condition, on its monitoring date, not duplicated by the second save.
    const checkins = await as.vt.get(`${url(casusId)}/checkins`);
    expect(checkins.statusCode, checkins.body).toBe(200);
    expect(checkins.json().checkins).toMatchObject([{ voorwaardeId: ids.voorwaarde, geplandOp: dag(7), uitkomst: null, teLaat: false }]);

    const { rows } = await env.db.query<{ actie: string; details: Record<string, unknown> }>(
      `select actie, details from audit_log where object_type = 'veiligheidsplan' and details->>'casusId' = $1 order by seq`,
      [casusId],
    );
    expect(rows.map((r) => r.actie)).toEqual(expect.arrayContaining(['lezen', 'aanmaken', 'wijzigen']));
    expect(JSON.stringify(rows)).not.toContain('slaat');
  });

  it('another organisation gets 404, an analyst 403; no plan leaks', async () => {
    const casusId = await casus();
    expect((await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud() })).statusCode).toBe(201);
    expect((await as.elders.get(url(casusId))).statusCode).toBe(404);
    expect((await as.elders.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud() }, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as.elders.get(`${url(casusId)}/versies`)).statusCode).toBe(404);
    expect((await as.elders.get(`${url(casusId)}/checkins`)).statusCode).toBe(404);
    expect((await as.elders.post(`${url(casusId)}/bevestigen`, {}, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as.analist.get(url(casusId))).statusCode).toBe(403);
    const checkinId = (await as.vt.get(`${url(casusId)}/checkins`)).json().checkins[0].id;
    const body = { uitgevoerdOp: new Date().toISOString(), uitkomst: 'nageleefd' };
    expect((await as.elders.put(`/api/v1/veiligheidsplan-checkins/${checkinId}`, body, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await as.analist.put(`/api/v1/veiligheidsplan-checkins/${checkinId}`, body, { 'if-match': '"1"' })).statusCode).toBe(403);
  });

  it('bad input is 400 naming the field: unknown code, condition without monitoringOp, owner not in the casus, phase, scenario, duplicate id', async () => {
    const casusId = await casus();
    const put = (body: unknown) => as.vt.put(url(casusId), body);
    const onbekend = await put({ regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [{ ...omgang(), code: 'bestaat-niet' }] }) });
    expect(onbekend.statusCode, onbekend.body).toBe(400);
    expect(veld(onbekend)).toContain('inhoud.interventies[0].code');

    const zonderMonitoring = inhoud();
    delete (zonderMonitoring.directeVeiligheid.onveiligeSituaties[0]!.voorwaarden[0] as { monitoringOp?: string }).monitoringOp;
    const geenDatum = await put({ regieOrganisatieId: org.vt.id, inhoud: zonderMonitoring });
    expect(geenDatum.statusCode).toBe(400);
    expect(veld(geenDatum)).toContain('inhoud.directeVeiligheid.onveiligeSituaties[0].voorwaarden[0].monitoringOp');

    const eigenaar = await put({ regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [{ ...omgang(), eigenaarOrganisatieId: org.elders.id }] }) });
    expect(eigenaar.statusCode).toBe(400);
    expect(veld(eigenaar)).toEqual(['inhoud.interventies[0].eigenaarOrganisatieId']);

    const regie = await put({ regieOrganisatieId: org.elders.id, inhoud: inhoud() });
    expect(veld(regie)).toEqual(['regieOrganisatieId']);

    const fase = await put({ regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [{ ...omgang(), fase: 'acuut' }] }) });
    expect(veld(fase)).toEqual(['inhoud.interventies[0].fase']);

    const anderScenario = await scenario(await casus(), org.politie);
    const sc = await put({ regieOrganisatieId: org.vt.id, inhoud: inhoud({ scenarioId: anderScenario }) });
    expect(veld(sc)).toEqual(['inhoud.directeVeiligheid.onveiligeSituaties[0].voorwaarden[0].scenarioId']);

    const dubbel = await put({ regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [{ ...omgang(), id: ids.voorwaarde }] }) });
    expect(veld(dubbel)).toEqual(['inhoud.interventies[0].id']);

    expect((await as.vt.get(url(casusId))).json()).toBeNull();
  });
});

describe('need-to-know inside the plan', () => {
  it('the Raad does not see a police-only intervention, and its save keeps it', async () => {
    const casusId = await casus();
    const res = await as.politie.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [contactverbod([org.politie.id])] }) });
    expect(res.statusCode, res.body).toBe(201);

    const raad = await as.rvdk.get(url(casusId));
    expect(raad.json().inhoud.interventies).toEqual([]);
    expect(raad.json().verborgenOnderdelen).toBe(1);
    expect((await as.vt.get(url(casusId))).json().inhoud.interventies).toHaveLength(1); // the regie organisation sees all

    const opslaan = await as.rvdk.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [omgang()] }) }, { 'if-match': '"1"' });
    expect(opslaan.statusCode, opslaan.body).toBe(200);
    expect(opslaan.json().inhoud.interventies.map((i: { code: string }) => i.code)).toEqual(['omgangsregeling']);
    // The Raad sees no crossing with an intervention it cannot see.
    expect(opslaan.json().interacties).toEqual([]);
    const politie = await as.politie.get(url(casusId));
    expect(politie.json().inhoud.interventies.map((i: { code: string }) => i.code).sort()).toEqual(['contactverbod', 'omgangsregeling']);

    const stiekem = await as.rvdk.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [contactverbod()] }) }, { 'if-match': '"2"' });
    expect(stiekem.statusCode).toBe(400);
    expect(veld(stiekem)).toEqual(['inhoud.interventies[0].id']);

    // Only the regie organisation hands the regie over.
    const overname = await as.rvdk.put(url(casusId), { regieOrganisatieId: org.rvdk.id, inhoud: inhoud({ interventies: [omgang()] }) }, { 'if-match': '"2"' });
    expect(veld(overname)).toEqual(['regieOrganisatieId']);
    const persoon = await as.rvdk.put(url(casusId), { regieOrganisatieId: org.vt.id, regieGebruikerId: gebruiker.vt.id, inhoud: inhoud({ interventies: [omgang()] }) }, { 'if-match': '"2"' });
    expect(veld(persoon)).toEqual(['regieGebruikerId']);
  });
});

describe('interactions and confirming', () => {
  it('a crossing pair names both owners; confirming is refused while it is open and allowed after an afstemming', async () => {
    const casusId = await casus();
    const res = await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [contactverbod(), omgang()] }) });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    expect(plan.interacties).toEqual([
      expect.objectContaining({
        regel: 'contactverbod-omgang',
        soort: 'doorkruist',
        afgestemd: false,
        partijen: [
          expect.objectContaining({ interventieId: ids.contactverbod, eigenaarOrganisatieId: org.politie.id }),
          expect.objectContaining({ interventieId: ids.omgang, eigenaarOrganisatieId: org.rvdk.id }),
        ],
      }),
    ]);
    expect(plan.kanBevestigen).toBe(false);
    expect(plan.blokkades.map((b: { code: string }) => b.code)).toEqual(['conflicten']);
    expect((await tijdlijn(casusId)).find((e) => e.soort === 'veiligheidsplan-opgeslagen')?.gegevens).toEqual({ versie: 1, interventies: 2, conflicten: 1 });

    const politie = await as.politie.get(url(casusId));
    expect(politie.json().blokkades.map((b: { code: string }) => b.code)).toContain('niet-regiehouder');
    expect((await as.politie.post(`${url(casusId)}/bevestigen`, {}, { 'if-match': '"1"' })).statusCode).toBe(403);
    expect((await as.vt.post(`${url(casusId)}/bevestigen`, {})).statusCode).toBe(428);

    const geweigerd = await as.vt.post(`${url(casusId)}/bevestigen`, {}, { 'if-match': '"1"' });
    expect(geweigerd.statusCode, geweigerd.body).toBe(409);
    expect(geweigerd.json().code).toBe('conflicten');
    expect(geweigerd.json().detail).toContain(org.politie.naam);
    expect(geweigerd.json().detail).toContain(org.rvdk.naam);
    expect(geweigerd.json().objecten).toEqual([ids.contactverbod, ids.omgang]);

    const afstemming = { regel: 'contactverbod-omgang', partijIds: [ids.contactverbod, ids.omgang], toelichting: 'Omgang alleen begeleid, het contactverbod laat daar ruimte voor' };
    const v2 = await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [contactverbod(), omgang()], afstemmingen: [afstemming] }) }, { 'if-match': '"1"' });
    expect(v2.statusCode, v2.body).toBe(200);
    expect(v2.json().kanBevestigen).toBe(true);

    const bevestigd = await as.vt.post(`${url(casusId)}/bevestigen`, {}, { 'if-match': '"2"' });
    expect(bevestigd.statusCode, bevestigd.body).toBe(200);
    expect(bevestigd.json()).toMatchObject({ status: 'bevestigd', versie: 3, bevestigdeVersie: 3, kanBevestigen: false });
    expect(bevestigd.headers.etag).toBe('"3"');
    expect((await as.vt.post(`${url(casusId)}/bevestigen`, {}, { 'if-match': '"3"' })).statusCode).toBe(409);
    expect((await tijdlijn(casusId)).some((e) => e.soort === 'veiligheidsplan-bevestigd' && e.gegevens.versie === 3)).toBe(true);

    // The agreement's owner (the police) gets one task for it.
    expect((await taken(as.politie, 'veiligheidsplan-afspraak')).filter((t) => t.casus?.id === casusId)).toHaveLength(1);

    // A change sends the plan back to concept; confirming again does not duplicate the agreement's task.
    const v4 = await as.politie.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [contactverbod(), omgang()], afstemmingen: [afstemming] }) }, { 'if-match': '"3"' });
    expect(v4.json()).toMatchObject({ status: 'concept', versie: 4, bevestigdeVersie: null });
    expect((await as.vt.post(`${url(casusId)}/bevestigen`, {}, { 'if-match': '"4"' })).statusCode).toBe(200);
    expect((await taken(as.politie, 'veiligheidsplan-afspraak')).filter((t) => t.casus?.id === casusId)).toHaveLength(1);
  });

  it("a Veilig Thuis home visit before the police's suspect interview in the casus's SSK track crosses it", async () => {
    const casusId = await casus();
    const { rows } = await env.db.query<{ id: string }>(
      `insert into ssk_trajecten (regio_id, casus_id, status, geopend_door_organisatie_id)
       select regio_id, id, 'onderzoeksplan', $2 from casussen where id = $1 returning id`,
      [casusId, org.vt.id],
    );
    const stap = await env.db.query<{ id: string }>(
      `insert into ssk_onderzoeksstappen (traject_id, soort, eigenaar_organisatie_id, gepland_op) values ($1, 'politie-verhoor-verdachte', $2, $3) returning id`,
      [rows[0]!.id, org.politie.id, new Date(Date.now() + 3 * DAY)],
    );
    const huisbezoek = { id: randomUUID(), code: 'veilig-thuis-huisbezoek', fase: 'acuut', eigenaarOrganisatieId: org.vt.id, vanaf: dag(1) };
    const res = await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud({ interventies: [huisbezoek] }) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().interacties).toEqual([
      expect.objectContaining({
        regel: 'huisbezoek-voor-verhoor',
        afgestemd: false,
        partijen: [
          expect.objectContaining({ interventieId: huisbezoek.id, eigenaarOrganisatieId: org.vt.id }),
          expect.objectContaining({ sskStapId: stap.rows[0]!.id, eigenaarOrganisatieId: org.politie.id }),
        ],
      }),
    ]);
    const geweigerd = await as.vt.post(`${url(casusId)}/bevestigen`, {}, { 'if-match': '"1"' });
    expect(geweigerd.statusCode).toBe(409);
    expect(geweigerd.json().objecten).toEqual([huisbezoek.id, stap.rows[0]!.id]);
  });

  it('a plan without a safety condition cannot be confirmed', async () => {
    const casusId = await casus();
    const leeg = inhoud();
    leeg.directeVeiligheid.onveiligeSituaties[0]!.voorwaarden = [];
    expect((await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: leeg })).statusCode).toBe(201);
    const res = await as.vt.post(`${url(casusId)}/bevestigen`, {}, { 'if-match': '"1"' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('geen-voorwaarden');
  });
});

describe('monitoring', () => {
  it('a breach activates the scenario once, tasks the regie holder and plans the next check-in', async () => {
    const casusId = await casus();
    const scenarioId = await scenario(casusId, org.politie);
    expect((await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, regieGebruikerId: gebruiker.vt.id, inhoud: inhoud({ scenarioId }) })).statusCode).toBe(201);
    const [checkin] = (await as.rvdk.get(`${url(casusId)}/checkins`)).json().checkins;
    const checkinUrl = `/api/v1/veiligheidsplan-checkins/${checkin.id}`;
    const body = { uitgevoerdOp: new Date().toISOString(), uitkomst: 'geschonden', toelichting: 'Vader stond voor de deur' };

    expect((await as.rvdk.put(checkinUrl, body)).statusCode).toBe(428);
    const res = await as.rvdk.put(checkinUrl, body, { 'if-match': `"${checkin.versie}"` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ uitkomst: 'geschonden', doorOrganisatie: { id: org.rvdk.id }, versie: 2 });
    expect(res.json().schending).toEqual({ regieGeinformeerd: true, scenarioGeactiveerd: true, volgendeControleOp: dag(1) });
    expect((await as.rvdk.put(checkinUrl, body, { 'if-match': '"1"' })).statusCode).toBe(409);

    // Correcting the outcome later does not activate the scenario again.
    const onduidelijk = await as.rvdk.put(checkinUrl, { ...body, uitkomst: 'onduidelijk' }, { 'if-match': '"2"' });
    expect(onduidelijk.statusCode).toBe(200);
    expect(onduidelijk.json().schending).toBeNull();
    const weer = await as.rvdk.put(checkinUrl, body, { 'if-match': '"3"' });
    expect(weer.statusCode).toBe(200);
    expect(weer.json().schending).toBeNull();
    const { rows } = await env.db.query<{ aanleiding: string; checkin_id: string }>('select aanleiding, checkin_id from scenario_activeringen where scenario_id = $1', [scenarioId]);
    expect(rows).toEqual([{ aanleiding: 'veiligheidsplan-schending', checkin_id: checkin.id }]);

    expect((await taken(as.politie, 'scenario-geactiveerd')).filter((t) => t.casus?.id === casusId)).toHaveLength(1);
    expect((await taken(as.vt, 'veiligheidsplan-schending')).filter((t) => t.casus?.id === casusId)).toHaveLength(1);
    const events = await tijdlijn(casusId);
    expect(events.filter((e) => e.soort === 'veiligheidsplan-schending').map((e) => e.gegevens)).toEqual([{ checkinId: checkin.id, scenarioId }]);
    expect(events.filter((e) => e.soort === 'veiligheidsplan-checkin')).toHaveLength(3);

    const na = (await as.vt.get(`${url(casusId)}/checkins`)).json().checkins;
    expect(na.map((c: { geplandOp: string; uitkomst: string | null }) => [c.geplandOp, c.uitkomst])).toEqual([
      [dag(1), null],
      [dag(7), 'geschonden'],
    ]);
  });

  it('a check-in past its date without an outcome tasks the regie holder once', async () => {
    const casusId = await casus();
    expect((await as.vt.put(url(casusId), { regieOrganisatieId: org.vt.id, inhoud: inhoud() })).statusCode).toBe(201);
    const [checkin] = (await as.vt.get(`${url(casusId)}/checkins`)).json().checkins;
    await env.db.query('update veiligheidsplan_checkins set gepland_op = $2 where id = $1', [checkin.id, dag(-2)]);
    expect((await as.vt.get(`${url(casusId)}/checkins`)).json().checkins[0].teLaat).toBe(true);
    expect(await env.db.transaction((tx) => reportOverdueCheckins(tx, new Date()))).toBeGreaterThanOrEqual(1);
    expect(await env.db.transaction((tx) => reportOverdueCheckins(tx, new Date()))).toBe(0);
    expect((await taken(as.vt, 'veiligheidsplan-controle-verlopen')).filter((t) => t.casus?.id === casusId)).toHaveLength(1);
  });
});
