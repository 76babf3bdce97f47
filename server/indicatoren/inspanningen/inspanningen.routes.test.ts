import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import type { Organisatie } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import type { IndicatorDefinitie } from '../schemas';
import { berekenIndicatoren } from '../waarden/bereken-indicatoren';
import { huidigJaar } from '../evaluaties/evaluatie-jaar';
import { amsterdamDate } from '../../actieoverleg/afspraken/afspraak-rules';

let env: TestEnv;
let om: Organisatie;
let lid: TestClient;
let lidZelfdeOrg: TestClient;
let lidAndereOrg: TestClient;
let lidAndereRegio: TestClient;
let medewerker: TestClient;
const jaar = huidigJaar();
const vandaag = amsterdamDate(new Date());

beforeAll(async () => {
  env = await createTestEnv();
  om = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio: 'inspanning-regio' });
  const vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'inspanning-regio' });
  const elders = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'andere-regio' });
  const client = async (organisatie: Organisatie, rol: Rol) =>
    loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false }));
  lid = await client(om, 'rnzs-lid');
  lidZelfdeOrg = await client(om, 'functioneel-beheerder');
  lidAndereOrg = await client(vt, 'rnzs-lid');
  lidAndereRegio = await client(elders, 'rnzs-lid');
  medewerker = await client(om, 'medewerker');
});
afterAll(async () => env.close());

const training = (overrides: Record<string, unknown> = {}) => ({
  verbeteractie: 'actieoverleg',
  soort: 'training',
  datum: vandaag,
  uren: 12.5,
  deelnemers: 10,
  werklast: 'meer',
  omschrijving: 'Training driestappenmethode voor de vaste deelnemers',
  ...overrides,
});

describe('registering effort', () => {
  it('registers, lists for the region, changes with If-Match and deletes with If-Match', async () => {
    const created = await lid.post('/api/v1/inspanningen', training());
    expect(created.statusCode).toBe(201);
    const inspanning = created.json();
    expect(inspanning).toMatchObject({ soort: 'training', uren: 12.5, deelnemers: 10, werklast: 'meer', eigen: true, versie: 1, datum: vandaag });
    expect(inspanning.organisatie.id).toBe(om.id);
    expect(created.headers.etag).toBe('"1"');

    const anderen = await lidAndereOrg.get(`/api/v1/inspanningen?jaar=${jaar}`);
    expect(anderen.json().inspanningen.find((i: { id: string }) => i.id === inspanning.id)).toMatchObject({ eigen: false });
    expect((await lidAndereRegio.get(`/api/v1/inspanningen?jaar=${jaar}`)).json().inspanningen).toEqual([]);
    expect((await lid.get(`/api/v1/inspanningen?jaar=${jaar - 1}`)).json().inspanningen).toEqual([]);

    const without = await lid.patch(`/api/v1/inspanningen/${inspanning.id}`, { uren: 14 });
    expect(without.statusCode).toBe(428);
    const stale = await lid.patch(`/api/v1/inspanningen/${inspanning.id}`, { uren: 14 }, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().huidigeVersie).toBe(1);
    const changed = await lid.patch(`/api/v1/inspanningen/${inspanning.id}`, { uren: 14, werklast: null }, { 'if-match': '"1"' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ uren: 14, werklast: null, deelnemers: 10, versie: 2 });

    // Another organisation in the region, another region: not found.
    expect((await lidAndereOrg.patch(`/api/v1/inspanningen/${inspanning.id}`, { uren: 1 }, { 'if-match': '"2"' })).statusCode).toBe(404);
    expect((await lidAndereOrg.delete(`/api/v1/inspanningen/${inspanning.id}`, { 'if-match': '"2"' })).statusCode).toBe(404);
    expect((await lidAndereRegio.delete(`/api/v1/inspanningen/${inspanning.id}`, { 'if-match': '"2"' })).statusCode).toBe(404);

    // Anyone with the permission in the same organisation may change it.
    expect((await lidZelfdeOrg.delete(`/api/v1/inspanningen/${inspanning.id}`)).statusCode).toBe(428);
    expect((await lidZelfdeOrg.delete(`/api/v1/inspanningen/${inspanning.id}`, { 'if-match': '"1"' })).statusCode).toBe(409);
    expect((await lidZelfdeOrg.delete(`/api/v1/inspanningen/${inspanning.id}`, { 'if-match': '"2"' })).statusCode).toBe(204);
    expect((await lid.get(`/api/v1/inspanningen?jaar=${jaar}`)).json().inspanningen).toEqual([]);

    const audit = await env.db.query<{ actie: string }>(`select actie from audit_log where object_type = 'inspanning' and actie <> 'zoeken' order by seq`);
    expect(audit.rows.map((r) => r.actie)).toEqual(['aanmaken', 'wijzigen', 'verwijderen']);
  });

  it('refuses bad input naming the field', async () => {
    const veld = async (body: Record<string, unknown>) => {
      const res = await lid.post('/api/v1/inspanningen', body);
      expect(res.statusCode).toBe(400);
      return res.json().invalidParams.map((p: { name: string }) => p.name);
    };
    expect(await veld(training({ uren: -1 }))).toEqual(['uren']);
    expect(await veld(training({ uren: 10_001 }))).toEqual(['uren']);
    expect(await veld(training({ deelnemers: 2.5 }))).toEqual(['deelnemers']);
    expect(await veld(training({ deelnemers: -3 }))).toEqual(['deelnemers']);
    expect(await veld(training({ soort: 'borrel' }))).toEqual(['soort']);
    expect(await veld(training({ verbeteractie: 'iets' }))).toEqual(['verbeteractie']);
    expect(await veld(training({ werklast: 'veel' }))).toEqual(['werklast']);
    expect(await veld(training({ omschrijving: 'x'.repeat(2001) }))).toEqual(['omschrijving']);
    expect(await veld(training({ datum: '2026-02-30x' }))).toEqual(['datum']);
    expect(await veld(training({ datum: `${jaar + 1}-01-01` }))).toEqual(['datum']);
    expect(await veld(training({ datum: '2017-12-31' }))).toEqual(['datum']);
    const created = (await lid.post('/api/v1/inspanningen', training())).json();
    const patch = await lid.patch(`/api/v1/inspanningen/${created.id}`, { uren: -2 }, { 'if-match': '"1"' });
    expect(patch.json().invalidParams[0].name).toBe('uren');
    const toekomst = await lid.patch(`/api/v1/inspanningen/${created.id}`, { datum: `${jaar + 1}-06-01` }, { 'if-match': '"1"' });
    expect(toekomst.json().invalidParams[0].name).toBe('datum');
    expect((await lid.get(`/api/v1/inspanningen?jaar=${jaar + 1}`)).json().invalidParams[0].name).toBe('jaar');
    await lid.delete(`/api/v1/inspanningen/${created.id}`, { 'if-match': '"1"' });
  });

  it('is not for roles without the permission', async () => {
    expect((await medewerker.get(`/api/v1/inspanningen?jaar=${jaar}`)).statusCode).toBe(403);
    expect((await medewerker.post('/api/v1/inspanningen', training())).statusCode).toBe(403);
  });

  it('feeds the effort indicators: the count and the hours, not suppressed (organisations, not persons)', async () => {
    const definitie = (aggregatie: 'aantal' | 'uren'): IndicatorDefinitie => ({
      id: `test.training.${aggregatie}`,
      naam: 'Trainingen',
      overzichtItem: 'test',
      verbeteractie: 'actieoverleg',
      soort: 'ontwikkelinspanning',
      bron: { soort: 'inspanning', inspanningSoorten: ['training'], aggregatie },
      formule: 'aantal trainingen',
      eenheid: aggregatie === 'uren' ? 'uren' : 'aantal',
      hogerIsBeter: null,
    });
    await lid.post('/api/v1/inspanningen', training({ uren: 4 }));
    await lidAndereOrg.post('/api/v1/inspanningen', training({ uren: 6, werklast: 'minder' }));
    await lid.post('/api/v1/inspanningen', training({ soort: 'projectleider', uren: 100 }));
    const { indicatoren } = await berekenIndicatoren(env.db, { regioIds: [om.regio.id], van: `${jaar}-01-01`, tot: `${jaar + 1}-01-01` }, [
      definitie('aantal'),
      definitie('uren'),
    ]);
    expect(indicatoren[0]!.totaal).toEqual({ waarde: 2, n: 2, onderdrukt: false });
    expect(indicatoren[1]!.totaal).toEqual({ waarde: 10, n: 2, onderdrukt: false });
  });
});
