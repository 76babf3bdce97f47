import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import { makeCasusRows } from '../../testing/casus-fixture';
import type { Organisatie, OrganisatieSoort } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { reportOverdueFollowUps } from './opvolging-job';
import { createJobRunner } from '../../jobs';

/** Samen op in Acuut: the roster, the acute contact, the joint assessment and the 24-hour follow-up, with who may do what. */
let env: TestEnv;
const org = {} as Record<'vt' | 'vt2' | 'politie' | 'cit' | 'vtElders', Organisatie>;
const as = {} as Record<'vt' | 'vt2' | 'politie' | 'cit' | 'vtElders' | 'analist' | 'beheerVt' | 'beheerVt2', TestClient>;
const HOUR = 3_600_000;
let teller = 0;

async function client(organisatie: Organisatie, rollen: Rol[] = ['medewerker']): Promise<TestClient> {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
}

beforeAll(async () => {
  env = await createTestEnv();
  const soorten: [keyof typeof org, OrganisatieSoort, string?][] = [
    ['vt', 'veilig-thuis'],
    ['vt2', 'veilig-thuis'],
    ['politie', 'politie'],
    ['cit', 'crisis-interventie-team'],
    ['vtElders', 'veilig-thuis', 'elders'],
  ];
  for (const [naam, soort, regio] of soorten) org[naam] = await makeOrganisation(env, { soort, ...(regio ? { regio } : {}) });
  for (const naam of Object.keys(org) as (keyof typeof org)[]) as[naam] = await client(org[naam]);
  as.analist = await client(org.politie, ['analist']);
  as.beheerVt = await client(org.vt, ['functioneel-beheerder']);
  as.beheerVt2 = await client(org.vt2, ['functioneel-beheerder']);
});
afterAll(async () => env?.close());

const contact = (extra: Record<string, unknown> = {}) => ({
  clientId: `client-${++teller}`,
  vtOrganisatieId: org.vt.id,
  gebeldOp: new Date(Date.now() - HOUR).toISOString(),
  opgenomenOp: new Date(Date.now() - HOUR + 3 * 60_000).toISOString(),
  wijze: 'telefonisch',
  vtContactpersoon: 'Dienstdoende VT',
  adres: 'Dorpsstraat 1',
  besproken: { eerdereMeldingen: 'Twee eerdere meldingen', lopendeAfspraken: '', afsprakenWijkagent: '', reclassering: '', ggz: '' },
  ...extra,
});

describe('roster', () => {
  it('lets the administrator add shifts (overlap allowed), refuses tot before van, and shows who is on now', async () => {
    const van = new Date(Date.now() - HOUR).toISOString();
    const tot = new Date(Date.now() + 2 * HOUR).toISOString();
    const dienst = { organisatieId: org.vt.id, dienst: 'bereikbaarheidsdienst', naam: 'Anna Jansen', telefoon: '0800-2000', van, tot, terPlaatseMogelijk: true };
    const a = await as.beheerVt.post('/api/v1/acuut/diensten', dienst);
    expect(a.statusCode, a.body).toBe(201);
    const b = await as.beheerVt.post('/api/v1/acuut/diensten', { ...dienst, naam: 'Bram de Vries', terPlaatseMogelijk: false });
    expect(b.statusCode, b.body).toBe(201);
    const fout = await as.beheerVt.post('/api/v1/acuut/diensten', { ...dienst, tot: van });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0].name).toBe('tot');
    expect((await as.beheerVt2.post('/api/v1/acuut/diensten', dienst)).statusCode).toBe(404);
    expect((await as.vt.post('/api/v1/acuut/diensten', dienst)).statusCode).toBe(403);
    const politieBeheer = await client(org.politie, ['functioneel-beheerder']);
    const geenRooster = await politieBeheer.post('/api/v1/acuut/diensten', { ...dienst, organisatieId: org.politie.id });
    expect(geenRooster.statusCode).toBe(400);
    expect(geenRooster.json().invalidParams[0].name).toBe('organisatieId');

    const nu = await as.politie.get('/api/v1/acuut/bereikbaar-nu');
    expect(nu.statusCode, nu.body).toBe(200);
    const vt = nu.json().organisaties.find((o: { organisatie: { id: string } }) => o.organisatie.id === org.vt.id);
    expect(vt.nu.map((d: { naam: string }) => d.naam).sort()).toEqual(['Anna Jansen', 'Bram de Vries']);
    const cit = nu.json().organisaties.find((o: { organisatie: { id: string } }) => o.organisatie.id === org.cit.id);
    expect(cit).toMatchObject({ nu: [], volgende: null });
    expect(nu.json().organisaties.some((o: { organisatie: { id: string } }) => o.organisatie.id === org.vtElders.id)).toBe(false);

    const lijst = await as.politie.get(`/api/v1/acuut/diensten?organisatieId=${org.vt.id}&vanaf=${encodeURIComponent(van)}&tot=${encodeURIComponent(tot)}`);
    expect(lijst.statusCode, lijst.body).toBe(200);
    expect(lijst.json().diensten).toHaveLength(2);
    expect((await as.beheerVt2.delete(`/api/v1/acuut/diensten/${a.json().id}`)).statusCode).toBe(404);
    expect((await as.beheerVt.delete(`/api/v1/acuut/diensten/${a.json().id}`)).statusCode).toBe(204);
  });
});

describe('acute contact', () => {
  it('records once per clientId, links the one open casus of the persons, and VT joins it', async () => {
    const casus = await makeCasusRows(env.db, { regie: org.politie, personen: [{ voornamen: 'Sanne', achternaam: `Acuut${teller}`, geboortedatum: '1990-01-01' }] });
    const body = contact({ persoonIds: casus.persoonIds });
    const eerste = await as.politie.post('/api/v1/acuut/contacten', body);
    expect(eerste.statusCode, eerste.body).toBe(201);
    expect(eerste.json()).toMatchObject({ casusId: casus.casusId, minutenTotOpgenomen: 3, opvolgingStatus: 'wacht', beoordeling: null });
    const tweede = await as.politie.post('/api/v1/acuut/contacten', { ...body, adres: 'Anders' });
    expect(tweede.statusCode, tweede.body).toBe(200);
    expect(tweede.json()).toMatchObject({ id: eerste.json().id, adres: 'Dorpsstraat 1' });
    const { rows } = await env.db.query('select id from acuut_contacten where client_id = $1', [body.clientId]);
    expect(rows).toHaveLength(1);

    const tijdlijn = await as.vt.get(`/api/v1/casussen/${casus.casusId}/tijdlijn`);
    expect(tijdlijn.statusCode, tijdlijn.body).toBe(200);
    expect(tijdlijn.json().items.map((i: { soort: string }) => i.soort)).toContain('acuut-contact');
    // A participant of the casus (here VT 2, added for the test) sees the contact through the casus; before that 404.
    expect((await as.vt2.get(`/api/v1/acuut/contacten/${eerste.json().id}`)).statusCode).toBe(404);
    await env.db.query(
      `insert into casus_deelnemers (casus_id, organisatie_id, doel, grondslag_id) select $1, $2, doel, grondslag_id from casus_deelnemers where casus_id = $1 limit 1`,
      [casus.casusId, org.vt2.id],
    );
    expect((await as.vt2.get(`/api/v1/acuut/contacten/${eerste.json().id}`)).statusCode).toBe(200);
    await env.db.query(`update casus_deelnemers set tot = now() where casus_id = $1 and organisatie_id = $2`, [casus.casusId, org.vt2.id]);
  });

  it('activates an active Actieoverleg scenario on the persons, with a task for its owner', async () => {
    const casus = await makeCasusRows(env.db, { regie: org.vt, deelnemers: [org.politie], personen: [{ voornamen: 'Kees', achternaam: `Scenario${teller}`, geboortedatum: '1985-02-02' }] });
    const scenario = await env.db.query<{ id: string }>(
      `insert into scenarios (casus_id, soort, wat, eigenaar_organisatie_id, created_at) values ($1, 'tijdelijk-huisverbod', 'Bij een nieuw incident: THV overwegen', $2, now() - interval '1 day') returning id`,
      [casus.casusId, org.vt.id],
    );
    const res = await as.politie.post('/api/v1/acuut/contacten', contact({ persoonIds: casus.persoonIds }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().casusId).toBe(casus.casusId);
    const activeringen = await env.db.query(`select 1 from scenario_activeringen where scenario_id = $1 and aanleiding = 'acuut-contact'`, [scenario.rows[0]!.id]);
    expect(activeringen.rows).toHaveLength(1);
    const taken = await env.db.query(`select 1 from taken where soort = 'scenario-geactiveerd' and organisatie_id = $1 and casus_id = $2`, [org.vt.id, casus.casusId]);
    expect(taken.rows).toHaveLength(1);
  });

  it('refuses a VT of another region, an answer before the call, and anyone but the police', async () => {
    const elders = await as.politie.post('/api/v1/acuut/contacten', contact({ vtOrganisatieId: org.vtElders.id }));
    expect(elders.statusCode).toBe(400);
    expect(elders.json().invalidParams[0].name).toBe('vtOrganisatieId');
    const vroeg = await as.politie.post('/api/v1/acuut/contacten', contact({ opgenomenOp: new Date(Date.now() - 2 * HOUR).toISOString() }));
    expect(vroeg.statusCode).toBe(400);
    expect(vroeg.json().invalidParams[0].name).toBe('opgenomenOp');
    expect((await as.vt.post('/api/v1/acuut/contacten', contact())).statusCode).toBe(403);
    expect((await as.analist.post('/api/v1/acuut/contacten', contact())).statusCode).toBe(403);
    expect((await as.analist.get('/api/v1/acuut/contacten')).statusCode).toBe(403);
  });

  it('shows the contact to its police and VT, not to another VT or organisation, and completes it with If-Match', async () => {
    const res = await as.politie.post('/api/v1/acuut/contacten', contact());
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect(res.json().casusId).toBeNull();
    expect((await as.vt.get(`/api/v1/acuut/contacten/${id}`)).statusCode).toBe(200);
    expect((await as.vt2.get(`/api/v1/acuut/contacten/${id}`)).statusCode).toBe(404);
    expect((await as.cit.get(`/api/v1/acuut/contacten/${id}`)).statusCode).toBe(404);
    expect((await as.analist.get(`/api/v1/acuut/contacten/${id}`)).statusCode).toBe(403);
    const lijst = await as.vt.get('/api/v1/acuut/contacten');
    expect(lijst.json().contacten.map((c: { id: string }) => c.id)).toContain(id);
    expect((await as.vt2.get('/api/v1/acuut/contacten')).json().contacten).toEqual([]);

    const patch = await as.vt.patch(`/api/v1/acuut/contacten/${id}`, { vtContactpersoon: 'Anna Jansen' }, { 'if-match': '"1"' });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(patch.json()).toMatchObject({ vtContactpersoon: 'Anna Jansen', versie: 2 });
    expect((await as.vt.patch(`/api/v1/acuut/contacten/${id}`, { vtContactpersoon: 'X' }, { 'if-match': '"1"' })).statusCode).toBe(409);
    const vroeg = await as.politie.patch(`/api/v1/acuut/contacten/${id}`, { opgenomenOp: new Date(Date.now() - 2 * HOUR).toISOString() }, { 'if-match': '"2"' });
    expect(vroeg.statusCode).toBe(400);
    expect(vroeg.json().invalidParams[0].name).toBe('opgenomenOp');
    expect((await as.vt2.patch(`/api/v1/acuut/contacten/${id}`, { vtContactpersoon: 'X' }, { 'if-match': '"2"' })).statusCode).toBe(404);
  });
});

describe('the response time on the timeline', () => {
  it('counts a time answered filled in later, in place of the one at registration', async () => {
    const casus = await makeCasusRows(env.db, { regie: org.vt, deelnemers: [org.politie], personen: [{ voornamen: 'Els', achternaam: `Aanvulling${teller}`, geboortedatum: '1990-03-03' }] });
    const gebeldOp = new Date(Date.now() - HOUR);
    const res = await as.politie.post('/api/v1/acuut/contacten', contact({ persoonIds: casus.persoonIds, gebeldOp: gebeldOp.toISOString(), opgenomenOp: null }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().casusId).toBe(casus.casusId);
    const responstijden = async () =>
      (
        await env.db.query<{ waarde: number }>(`select waarde from indicator_metingen where casus_id = $1 and indicator = 'samen-op-in-acuut.minuten-tot-opgenomen'`, [
          casus.casusId,
        ])
      ).rows.map((r) => r.waarde);
    expect(await responstijden()).toEqual([]);
    const patch = await as.vt.patch(`/api/v1/acuut/contacten/${res.json().id}`, { opgenomenOp: new Date(gebeldOp.getTime() + 7 * 60_000).toISOString() }, { 'if-match': '"1"' });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(await responstijden()).toEqual([7]);
    const { rows } = await env.db.query<{ gegevens: unknown }>(`select gegevens from tijdlijn where casus_id = $1 and soort = 'acuut-contact-aangevuld'`, [casus.casusId]);
    expect(rows.map((r) => r.gegevens)).toEqual([{ contactId: res.json().id, minutenTotOpgenomen: 7 }]);
    // Saving other fields writes no new event.
    expect((await as.vt.patch(`/api/v1/acuut/contacten/${res.json().id}`, { vtContactpersoon: 'Anna' }, { 'if-match': '"2"' })).statusCode).toBe(200);
    expect((await env.db.query(`select 1 from tijdlijn where casus_id = $1 and soort = 'acuut-contact-aangevuld'`, [casus.casusId])).rows).toHaveLength(1);
  });
});

describe('joint assessment', () => {
  it('takes catalogue measures only, not before the call, and If-Match on update', async () => {
    const id = (await as.politie.post('/api/v1/acuut/contacten', contact())).json().id;
    const url = `/api/v1/acuut/contacten/${id}/beoordeling`;
    const beoordeling = { acuutOnveilig: true, maatregelen: ['tijdelijk-huisverbod'], wieDoetWat: 'Politie legt THV voor', geconsulteerd: ['om'], beoordeeldOp: new Date().toISOString() };
    const onbekend = await as.vt.put(url, { ...beoordeling, maatregelen: ['bestaat-niet'] });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().invalidParams[0].name).toBe('maatregelen[0]');
    const vroeg = await as.vt.put(url, { ...beoordeling, beoordeeldOp: new Date(Date.now() - 3 * HOUR).toISOString() });
    expect(vroeg.statusCode).toBe(400);
    expect(vroeg.json().invalidParams[0].name).toBe('beoordeeldOp');
    const eerste = await as.vt.put(url, beoordeling);
    expect(eerste.statusCode, eerste.body).toBe(200);
    expect(eerste.json()).toMatchObject({ acuutOnveilig: true, versie: 1 });
    expect((await as.politie.put(url, beoordeling)).statusCode).toBe(428);
    expect((await as.politie.put(url, beoordeling, { 'if-match': '"1"' })).statusCode).toBe(200);
    expect((await as.vt2.put(url, beoordeling)).statusCode).toBe(404);
  });
});

const stil = { info: () => undefined, warn: () => undefined };

describe('24-hour follow-up', () => {
  it('checks a new contact right at its 24-hour deadline', async () => {
    const gebeldOp = new Date(Date.now() - HOUR);
    const res = await as.politie.post('/api/v1/acuut/contacten', contact({ gebeldOp: gebeldOp.toISOString() }));
    expect(res.statusCode, res.body).toBe(201);
    const { rows } = await env.db.query<{ run_at: Date }>(`select run_at from jobs where unique_key = $1 and status = 'wachtend'`, [
      `acuut-opvolging-contact:${res.json().id}`,
    ]);
    expect(rows.map((r) => r.run_at.getTime())).toEqual([gebeldOp.getTime() + 24 * HOUR + 1000]);
  });

  it('gives the police and VT a task once when no melding followed within 24 hours', async () => {
    const oud = new Date(Date.now() - 25 * HOUR).toISOString();
    const res = await as.politie.post('/api/v1/acuut/contacten', contact({ gebeldOp: oud, opgenomenOp: oud }));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    // Registered after its 24 hours: the contact's own job is due at once; the recurring sweep later changes nothing.
    expect(await createJobRunner(env.db, stil, 1000).runDue()).toBeGreaterThanOrEqual(1);
    await env.db.transaction((tx) => reportOverdueFollowUps(tx, new Date()));
    const { rows } = await env.db.query<{ organisatie_id: string }>(`select organisatie_id from taken where soort = 'acuut-opvolgmelding' and sleutel like $1`, [
      `acuut-opvolgmelding:${id}:%`,
    ]);
    expect(rows.map((r) => r.organisatie_id).sort()).toEqual([org.politie.id, org.vt.id].sort());
    // The inbox opens the contact the task is about.
    const inbox = (await as.vt.get('/api/v1/taken')).json().taken as { soort: string; onderwerp: unknown }[];
    expect(inbox.filter((t) => t.soort === 'acuut-opvolgmelding').map((t) => t.onderwerp)).toContainEqual({ soort: 'acuut-contact', id });
    const gezien = await as.politie.get(`/api/v1/acuut/contacten/${id}`);
    expect(gezien.json().opvolgingStatus).toBe('verlopen');

    // The late VT-melding afterwards is linked: status te-laat-ontvangen, the open tasks are done.
    const melding = await env.db.query<{ id: string }>(
      `insert into meldingen (organisatie_id, regio_id, bron, ontvangen_op) values ($1, $2, 'zorgmelding-politie', now()) returning id`,
      [org.vt.id, org.vt.regio.id],
    );
    const url = `/api/v1/acuut/contacten/${id}/opvolgmelding`;
    expect((await as.vt2.post(url, { meldingId: melding.rows[0]!.id })).statusCode).toBe(404);
    const onzichtbaar = await as.politie.post(url, { meldingId: melding.rows[0]!.id });
    expect(onzichtbaar.statusCode).toBe(400);
    expect(onzichtbaar.json().invalidParams[0].name).toBe('meldingId');
    const gekoppeld = await as.vt.post(url, { meldingId: melding.rows[0]!.id });
    expect(gekoppeld.statusCode, gekoppeld.body).toBe(200);
    expect(gekoppeld.json()).toMatchObject({ opvolgMeldingId: melding.rows[0]!.id, opvolgingStatus: 'te-laat-ontvangen' });
    const open = await env.db.query(`select 1 from taken where sleutel like $1 and status = 'open'`, [`acuut-opvolgmelding:${id}:%`]);
    expect(open.rows).toHaveLength(0);
  });
});
