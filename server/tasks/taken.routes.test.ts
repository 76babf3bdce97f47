import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv, type TestUser } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import type { Rol } from '../identity/schemas';
import { makeCasusRows } from '../testing/casus-fixture';
import { createTask } from './tasks.storage';
import { zorgmeldingDeadline } from './deadlines';
import type { Taak } from './schemas';

const HOUR = 3_600_000;
let env: TestEnv;
let vt: Organisatie;
let politie: Organisatie;
let vtMedewerker: TestUser;
let vtCollega: TestUser;
let vtAnalistUser: TestUser;
let vtClient: TestClient;
let politieClient: TestClient;
let buitenClient: TestClient;
let analistClient: TestClient;
let casusId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  env = await createTestEnv();
  vt = await makeOrganisation(env, { soort: 'veilig-thuis' });
  politie = await makeOrganisation(env, { soort: 'politie' });
  const buiten = await makeOrganisation(env, { soort: 'veilig-thuis' });
  const user = (organisatie: Organisatie, rollen: Rol[] = ['medewerker']) =>
    makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false });
  vtMedewerker = await user(vt);
  vtCollega = await user(vt);
  vtAnalistUser = await user(vt, ['analist']);
  vtClient = await loginAs(env, vtMedewerker);
  politieClient = await loginAs(env, await user(politie));
  buitenClient = await loginAs(env, await user(buiten));
  analistClient = await loginAs(env, vtAnalistUser);

  ({ casusId } = await makeCasusRows(env.db, { regie: vt, deelnemers: [politie], personen: [{ voornamen: 'Dirk', achternaam: 'Peters', geboortedatum: '1980-02-02' }] }));
  const now = Date.now();
  const actor = { gebruikerId: null, organisatieId: null };
  const taak = async (key: string, organisatieId: string, deadlineOffsetHours: number, extra: { casusId?: string; gebruikerId?: string } = {}) => {
    ids[key] = (
      await createTask(env.db, actor, {
        soort: key.startsWith('zorgmelding') ? 'zorgmelding' : 'veiligheidstaxatie',
        sleutel: `test:${key}`,
        titel: key,
        organisatieId,
        deadline: new Date(now + deadlineOffsetHours * HOUR),
        ...extra,
      })
    ).id;
  };
  await taak('later', vt.id, 48);
  await taak('overdue', vt.id, -2, { casusId });
  await taak('soon', vt.id, 3, { gebruikerId: vtMedewerker.id });
  await taak('very-overdue', vt.id, -30);
  // The police report to VT is overdue: the police's task on the shared casus.
  ids['zorgmelding-politie'] = (
    await createTask(env.db, actor, {
      soort: 'zorgmelding',
      sleutel: 'test:zorgmelding-politie',
      titel: 'Zorgmelding aan Veilig Thuis',
      organisatieId: politie.id,
      casusId,
      deadline: zorgmeldingDeadline(new Date(now - 30 * HOUR)),
    })
  ).id;
}, 60_000);

afterAll(async () => {
  await env?.close();
});

describe('inbox', () => {
  it('lists the organisation\'s open tasks, overdue first, then by deadline, with teLaat', async () => {
    const response = await vtClient.get('/api/v1/taken');
    expect(response.statusCode, response.body).toBe(200);
    const taken: Taak[] = response.json().taken;
    expect(taken.map((t) => t.titel)).toEqual(['very-overdue', 'overdue', 'soon', 'later']);
    expect(taken.map((t) => t.teLaat)).toEqual([true, true, false, false]);
    expect(taken[1]!.casus).toMatchObject({ id: casusId });
    expect(taken.every((t) => t.organisatie.id === vt.id)).toBe(true);
  });

  it('voor=mij lists only the caller\'s tasks', async () => {
    const taken: Taak[] = (await vtClient.get('/api/v1/taken?voor=mij')).json().taken;
    expect(taken.map((t) => t.titel)).toEqual(['soon']);
    expect(taken[0]!.gebruiker).toMatchObject({ id: vtMedewerker.id });
  });

  it('the participants see every task on the casus: VT sees the police report is overdue', async () => {
    const vtZicht: Taak[] = (await vtClient.get(`/api/v1/casussen/${casusId}/taken`)).json().taken;
    expect(vtZicht.map((t) => t.titel)).toEqual(['Zorgmelding aan Veilig Thuis', 'overdue']);
    expect(vtZicht[0]).toMatchObject({ organisatie: { id: politie.id }, teLaat: true });
    const politieZicht: Taak[] = (await politieClient.get(`/api/v1/casussen/${casusId}/taken`)).json().taken;
    expect(politieZicht.map((t) => t.id)).toEqual(vtZicht.map((t) => t.id));
    // The police's own inbox holds only its own task.
    expect((await politieClient.get('/api/v1/taken')).json().taken.map((t: Taak) => t.id)).toEqual([ids['zorgmelding-politie']]);
  });

  it('organisations outside the casus and analysts see nothing', async () => {
    expect((await buitenClient.get(`/api/v1/casussen/${casusId}/taken`)).statusCode).toBe(404);
    expect((await buitenClient.get('/api/v1/taken')).json().taken).toEqual([]);
    expect((await analistClient.get('/api/v1/taken')).statusCode).toBe(403);
    expect((await analistClient.get(`/api/v1/casussen/${casusId}/taken`)).statusCode).toBe(403);
  });
});

describe('assigning and completing', () => {
  it('assigns to a member who does case work; anyone else is 400 gebruikerId', async () => {
    const url = `/api/v1/taken/${ids.later}`;
    expect((await vtClient.patch(url, { gebruikerId: vtCollega.id })).statusCode).toBe(428);
    const ok = await vtClient.patch(url, { gebruikerId: vtCollega.id }, { 'if-match': '"1"' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ gebruiker: { id: vtCollega.id }, versie: 2 });
    expect(ok.headers.etag).toBe('"2"');
    expect((await vtClient.patch(url, { gebruikerId: vtMedewerker.id }, { 'if-match': '"1"' })).statusCode).toBe(409);

    for (const gebruikerId of [vtAnalistUser.id, '00000000-0000-4000-8000-000000000000']) {
      const bad = await vtClient.patch(url, { gebruikerId }, { 'if-match': '"2"' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().invalidParams[0].name).toBe('gebruikerId');
    }
    expect((await politieClient.patch(url, { gebruikerId: null }, { 'if-match': '"2"' })).statusCode).toBe(404);
    const none = await vtClient.patch(url, { gebruikerId: null }, { 'if-match': '"2"' });
    expect(none.json().gebruiker).toBeNull();
  });


  it('completes only the organisation\'s own task; late completion is recorded on the timeline', async () => {
    const url = `/api/v1/taken/${ids.overdue}/afronding`;
    expect((await politieClient.post(url, {}, { 'if-match': '"1"' })).statusCode).toBe(404);
    expect((await analistClient.post(url, {}, { 'if-match': '"1"' })).statusCode).toBe(403);
    expect((await vtClient.post(url, {})).statusCode).toBe(428);
    const done = await vtClient.post(url, {}, { 'if-match': '"1"' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'afgerond', teLaat: true, versie: 2 });
    expect(done.json().afgerondOp).toBeTruthy();
    const again = await vtClient.post(url, {}, { 'if-match': '"2"' });
    expect(again.statusCode).toBe(409);

    const { rows } = await env.db.query<{ gegevens: { taakId: string; opTijd: boolean } }>(
      `select gegevens from tijdlijn where casus_id = $1 and soort = 'taak-afgerond'`,
      [casusId],
    );
    expect(rows.map((r) => r.gegevens)).toEqual([{ taakId: ids.overdue, taakSoort: 'veiligheidstaxatie', opTijd: false }]);

    const afgerond: Taak[] = (await vtClient.get('/api/v1/taken?status=afgerond')).json().taken;
    expect(afgerond.map((t) => t.id)).toEqual([ids.overdue]);
    expect((await vtClient.get('/api/v1/taken')).json().taken.map((t: Taak) => t.titel)).toEqual(['very-overdue', 'soon', 'later']);
  });

  it('audits completing and assigning', async () => {
    const { rows } = await env.db.query<{ actie: string; object_id: string }>(
      `select actie, object_id from audit_log where object_type = 'taak' and object_id is not null order by seq`,
    );
    expect(rows.map((r) => r.actie)).toEqual(['wijzigen', 'wijzigen', 'afronden']);
  });
});

// Last: it adds a task and an audit entry, which the counts above do not expect.
describe('assigning a task on a casus', () => {
  it('assigning a task on a casus is a step on the timeline, for the own organisation only', async () => {
    const { id } = await createTask(env.db, { gebruikerId: null, organisatieId: null }, {
      soort: 'veiligheidstaxatie',
      sleutel: 'test:toewijzen-op-casus',
      titel: 'Toewijzen',
      casusId,
      organisatieId: vt.id,
      deadline: new Date(Date.now() + 24 * HOUR),
    });
    const ok = await vtClient.patch(`/api/v1/taken/${id}`, { gebruikerId: vtCollega.id }, { 'if-match': '"1"' });
    expect(ok.statusCode, ok.body).toBe(200);
    const { rows } = await env.db.query<{ soort: string; zichtbaar_voor: string[]; gegevens: { taakId: string; gebruikerId: string } }>(
      `select soort, zichtbaar_voor, gegevens from tijdlijn where casus_id = $1 and soort = 'taak-toegewezen'`,
      [casusId],
    );
    expect(rows).toEqual([{ soort: 'taak-toegewezen', zichtbaar_voor: [vt.id], gegevens: { taakId: id, taakSoort: 'veiligheidstaxatie', gebruikerId: vtCollega.id } }]);
  });
});
