import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import { makeCasusRows } from '../../testing/casus-fixture';
import type { Organisatie, OrganisatieSoort } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { beslissenUiterlijk } from './klok';
import { markeerZonderVtContact } from './zonder-vt-contact';
import type { ZsmBord, ZsmZaak, ZsmZaakDetail } from './schemas';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const basic = (clientId: string, secret: string) => `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;

let env: TestEnv;
let politie: Organisatie;
let om: Organisatie;
let vtA: Organisatie;
let vtB: Organisatie;
let cit: Organisatie;
const c = {} as Record<'politie' | 'analist' | 'om' | 'vtA' | 'vtB' | 'cit' | 'anderePolitie' | 'vtBeheerder' | 'politieBeheerder', TestClient>;
let koppeling: { clientId: string; secret: string };

async function client(organisatie: Organisatie, rol: Rol): Promise<TestClient> {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false }));
}

async function persoon(voornamen: string, achternaam: string, geboortedatum: string): Promise<string> {
  const { rows } = await env.db.query<{ id: string }>(
    `insert into personen (voornamen, achternaam, geboortedatum, zoeknaam, aangemaakt_door_organisatie_id) values ($1, $2, $3, lower($1 || ' ' || $2), $4) returning id`,
    [voornamen, achternaam, geboortedatum, politie.id],
  );
  return rows[0]!.id;
}

function intake(body: unknown) {
  return env.app.inject({ method: 'POST', url: '/api/v1/intake/zsm-zaken', headers: { authorization: basic(koppeling.clientId, koppeling.secret) }, payload: body as object });
}

const bericht = (externBerichtId: string, over: Record<string, unknown> = {}) => ({
  externBerichtId,
  aangehoudenOp: ago(2 * HOUR),
  feit: 'Mishandeling (art. 300 Sr)',
  voorlopigeHechtenisMogelijk: true,
  verdachte: { voornamen: 'Karel', achternaam: 'Intake', geboortedatum: '1985-03-03' },
  slachtoffers: [{ voornamen: 'Lies', achternaam: 'Intake', geboortedatum: '1987-07-07', bsn: '111222333' }],
  kinderen: [{ voornamen: 'Tim', achternaam: 'Intake', geboortedatum: '2018-01-01' }],
  ...over,
});

async function screenIntake(over: Record<string, unknown> = {}, by: TestClient = c.politie) {
  const verdachte = await persoon('Verdachte', `Scherm${Math.random()}`, '1980-01-01');
  const slachtoffer = await persoon('Slachtoffer', `Scherm${Math.random()}`, '1982-02-02');
  return by.post('/api/v1/zsm-zaken', {
    aangehoudenOp: ago(HOUR),
    feit: 'Bedreiging',
    voorlopigeHechtenisMogelijk: false,
    verdachte: { persoonId: verdachte },
    slachtoffers: [{ persoonId: slachtoffer }],
    ...over,
  });
}

beforeAll(async () => {
  env = await createTestEnv();
  const org = (soort: OrganisatieSoort, regio = 'zsm-regio') => makeOrganisation(env, { soort, regio });
  politie = await org('politie');
  om = await org('openbaar-ministerie');
  vtA = await org('veilig-thuis');
  vtB = await org('veilig-thuis');
  cit = await org('crisis-interventie-team');
  c.politie = await client(politie, 'medewerker');
  c.analist = await client(politie, 'analist');
  c.politieBeheerder = await client(politie, 'functioneel-beheerder');
  c.om = await client(om, 'officier-van-justitie');
  c.vtA = await client(vtA, 'medewerker');
  c.vtB = await client(vtB, 'medewerker');
  c.vtBeheerder = await client(vtA, 'functioneel-beheerder');
  c.cit = await client(cit, 'medewerker');
  c.anderePolitie = await client(await org('politie', 'andere-regio'), 'medewerker');
  const created = await c.politieBeheerder.post('/api/v1/koppelingen', { naam: 'Politiesysteem ZSM' });
  expect(created.statusCode, created.body).toBe(201);
  koppeling = created.json();
});
afterAll(async () => env?.close());

describe('ZSM intake by a police system', () => {
  it('is idempotent: the same message twice is one case and one melding; the clock and the links are set', async () => {
    const first = await intake(bericht('ZSM-1'));
    expect(first.statusCode, first.body).toBe(201);
    const zaak = first.json() as ZsmZaak;
    expect(zaak.beslissenUiterlijk).toBe(beslissenUiterlijk(new Date(zaak.aangehoudenOp), true).toISOString());
    expect(zaak).toMatchObject({ status: 'lopend', huiselijkGeweld: true, kinderenBetrokken: true, vtStatus: 'nog-geen-contact', verdachte: { minderjarig: false } });

    const again = await intake(bericht('ZSM-1', { feit: 'Anders' }));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: zaak.id, feit: 'Mishandeling (art. 300 Sr)' });

    const counts = await env.db.query<{ zaken: number; meldingen: number }>(
      `select (select count(*)::int from zsm_zaken where extern_bericht_id = 'ZSM-1') as zaken,
              (select count(*)::int from meldingen where extern_bericht_id = 'zsm:ZSM-1' and bron = 'zsm') as meldingen`,
    );
    expect(counts.rows[0]).toEqual({ zaken: 1, meldingen: 1 });

    const deelnemers = await env.db.query<{ organisatie_id: string; code: string }>(
      `select d.organisatie_id, g.code from casus_deelnemers d join grondslagen g on g.id = d.grondslag_id where d.casus_id = $1 and d.tot is null`,
      [zaak.casus.id],
    );
    expect(deelnemers.rows.map((r) => r.organisatie_id).sort()).toEqual([politie.id, om.id].sort());
    expect(deelnemers.rows.every((r) => r.code === 'ZSM')).toBe(true);
    const tijdlijn = await env.db.query<{ soort: string }>(`select soort from tijdlijn where casus_id = $1 order by geregistreerd_op, id`, [zaak.casus.id]);
    expect(tijdlijn.rows.map((r) => r.soort)).toEqual(expect.arrayContaining(['casus-geopend', 'deelnemer-toegevoegd', 'melding-gekoppeld', 'persoon-toegevoegd', 'zsm-ingestroomd']));
  });

  it('concurrent deliveries of one message create one case', async () => {
    const responses = await Promise.all([1, 2, 3].map(() => intake(bericht('ZSM-gelijktijdig'))));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    const { rows } = await env.db.query<{ n: number }>(`select count(*)::int as n from zsm_zaken where extern_bericht_id = 'ZSM-gelijktijdig'`);
    expect(rows[0]!.n).toBe(1);
  });

  it('the later CORV report of the same arrest is proposed for merging with the ZSM melding (double intake)', async () => {
    const zaak = (await intake(bericht('ZSM-corv', { slachtoffers: [{ voornamen: 'Noor', achternaam: 'Dubbel', geboortedatum: '1990-09-09', bsn: '123456782' }] }))).json() as ZsmZaak;
    const zsmMelding = await env.db.query<{ melding_id: string }>('select melding_id from zsm_zaken where id = $1', [zaak.id]);
    // Hours later the police's care report about the same incident reaches the platform through CORV.
    const corv = await env.app.inject({
      method: 'POST',
      url: '/api/v1/intake/meldingen',
      headers: { authorization: basic(koppeling.clientId, koppeling.secret) },
      payload: {
        bron: 'zorgmelding-politie',
        externBerichtId: 'CORV-dubbel-1',
        incidentOp: zaak.aangehoudenOp,
        geweldsvormen: ['partnergeweld'],
        personen: [{ rol: 'slachtoffer', voornamen: 'Noor', achternaam: 'Dubbel', geboortedatum: '1990-09-09', bsn: '123456782' }],
      },
    });
    expect(corv.statusCode, corv.body).toBe(201);
    const voorstellen = await c.politie.get(`/api/v1/meldingen/${corv.json().id}/samenvoegvoorstellen`);
    expect(voorstellen.statusCode, voorstellen.body).toBe(200);
    const ids = voorstellen.json().samenvoegvoorstellen.flatMap((v: { primaireMelding: { id: string }; secundaireMelding: { id: string } }) => [v.primaireMelding.id, v.secundaireMelding.id]);
    expect(ids).toEqual(expect.arrayContaining([zsmMelding.rows[0]!.melding_id, corv.json().id]));
  });

  it('refuses an arrest in the future and a bad BSN, naming the field', async () => {
    const future = await intake(bericht('ZSM-toekomst', { aangehoudenOp: new Date(Date.now() + HOUR).toISOString() }));
    expect(future.statusCode).toBe(400);
    expect(future.json().invalidParams[0].name).toBe('aangehoudenOp');
    const bsn = await intake(bericht('ZSM-bsn', { slachtoffers: [{ achternaam: 'X', bsn: '123' }] }));
    expect(bsn.statusCode).toBe(400);
    expect(bsn.json().invalidParams[0].name).toBe('slachtoffers[0].bsn');
    const { rows } = await env.db.query<{ n: number }>(`select count(*)::int as n from zsm_zaken where extern_bericht_id in ('ZSM-toekomst', 'ZSM-bsn')`);
    expect(rows[0]!.n).toBe(0);
  });
});

describe('ZSM intake at the screen', () => {
  it('the police register an arrest; a chosen VT takes part and gets the assessment task an hour before the deadline', async () => {
    const response = await screenIntake({ vtOrganisatieId: vtA.id, kinderen: [] });
    expect(response.statusCode, response.body).toBe(201);
    const zaak = response.json() as ZsmZaak;
    expect(zaak).toMatchObject({ vtOrganisatie: { id: vtA.id }, kinderenBetrokken: false, voorlopigeHechtenisMogelijk: false });
    const taak = await env.db.query<{ organisatie_id: string; deadline: Date }>(`select organisatie_id, deadline from taken where soort = 'zsm-veiligheidsbeoordeling' and casus_id = $1`, [
      zaak.casus.id,
    ]);
    expect(taak.rows[0]!.organisatie_id).toBe(vtA.id);
    const verwacht = Math.max(new Date(zaak.beslissenUiterlijk).getTime() - HOUR, Date.now() - 60_000);
    expect(Math.abs(new Date(taak.rows[0]!.deadline).getTime() - verwacht)).toBeLessThan(120_000);
  });

  it('a minor suspect is flagged from the date of birth at the arrest', async () => {
    const verdachte = await persoon('Jong', 'Verdachte', new Date(Date.now() - 16 * 365 * 24 * HOUR).toISOString().slice(0, 10));
    const response = await screenIntake({ verdachte: { persoonId: verdachte } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().verdachte.minderjarig).toBe(true);
  });

  it('only the police take in: OM 403, analist 403; arrest in the future 400 naming aangehoudenOp; VT of another kind 400', async () => {
    expect((await screenIntake({}, c.om)).statusCode).toBe(403);
    expect((await screenIntake({}, c.analist)).statusCode).toBe(403);
    const future = await screenIntake({ aangehoudenOp: new Date(Date.now() + 2 * HOUR).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.json().invalidParams[0].name).toBe('aangehoudenOp');
    const notVt = await screenIntake({ vtOrganisatieId: cit.id });
    expect(notVt.statusCode).toBe(400);
    expect(notVt.json().invalidParams[0].name).toBe('vtOrganisatieId');
    const missing = await screenIntake({ slachtoffers: [{ persoonId: '00000000-0000-4000-8000-000000000000' }] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams[0].name).toBe('slachtoffers[0].persoonId');
  });
});

describe('the board and one case', () => {
  let onbekend: ZsmZaak;
  let vanA: ZsmZaak;
  let vanB: ZsmZaak;
  let geenHg: ZsmZaak;
  beforeAll(async () => {
    onbekend = (await screenIntake()).json();
    vanA = (await screenIntake({ vtOrganisatieId: vtA.id })).json();
    vanB = (await screenIntake({ vtOrganisatieId: vtB.id })).json();
    geenHg = (await screenIntake({ huiselijkGeweld: false })).json();
  });

  const ids = async (client: TestClient, query = '') => {
    const response = await client.get(`/api/v1/zsm-zaken${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as ZsmBord).zaken.map((z) => z.id);
  };

  it('police and OM see every case of the region, soonest deadline first', async () => {
    for (const client of [c.politie, c.om]) {
      const zichtbaar = await ids(client);
      expect(zichtbaar).toEqual(expect.arrayContaining([onbekend.id, vanA.id, vanB.id, geenHg.id]));
    }
    const bord = (await c.politie.get('/api/v1/zsm-zaken')).json() as ZsmBord;
    const deadlines = bord.zaken.map((z) => z.beslissenUiterlijk);
    expect([...deadlines].sort()).toEqual(deadlines);
    expect(bord.vtNuBereikbaar.map((v) => v.organisatie.id).sort()).toEqual([vtA.id, vtB.id].sort());
  });

  it('Veilig Thuis sees only domestic-violence cases assigned to it or unassigned; the others are 404', async () => {
    const zichtbaar = await ids(c.vtA);
    expect(zichtbaar).toEqual(expect.arrayContaining([onbekend.id, vanA.id]));
    expect(zichtbaar).not.toContain(vanB.id);
    expect(zichtbaar).not.toContain(geenHg.id);
    expect((await c.vtA.get(`/api/v1/zsm-zaken/${vanB.id}`)).statusCode).toBe(404);
    expect((await c.vtA.get(`/api/v1/zsm-zaken/${geenHg.id}`)).statusCode).toBe(404);
    expect((await c.vtA.get(`/api/v1/zsm-zaken/${vanA.id}`)).statusCode).toBe(200);
  });

  it('other kinds and other regions see nothing; the analyst is refused', async () => {
    expect(await ids(c.cit)).toEqual([]);
    expect(await ids(c.anderePolitie)).toEqual([]);
    expect((await c.cit.get(`/api/v1/zsm-zaken/${onbekend.id}`)).statusCode).toBe(404);
    expect((await c.anderePolitie.get(`/api/v1/zsm-zaken/${onbekend.id}`)).statusCode).toBe(404);
    expect((await c.analist.get('/api/v1/zsm-zaken')).statusCode).toBe(403);
    expect((await c.analist.get(`/api/v1/zsm-zaken/${onbekend.id}`)).statusCode).toBe(403);
  });

  it('the board read is audited with the count only', async () => {
    await ids(c.om);
    const { rows } = await env.db.query<{ details: Record<string, unknown> }>(
      `select details from audit_log where object_type = 'zsm-zaak' and actie = 'lezen' and object_id is null and organisatie_id = $1 order by seq desc limit 1`,
      [om.id],
    );
    expect(Object.keys(rows[0]!.details).sort()).toEqual(['aantal', 'status']);
  });

  it('police assign a VT with If-Match: it joins the casus, gets the task, and the other VT loses sight of the case', async () => {
    const read = await c.politie.get(`/api/v1/zsm-zaken/${onbekend.id}`);
    const etag = read.headers.etag as string;
    expect((await c.politie.patch(`/api/v1/zsm-zaken/${onbekend.id}`, { vtOrganisatieId: vtB.id })).statusCode).toBe(428);
    expect((await c.vtA.patch(`/api/v1/zsm-zaken/${onbekend.id}`, { vtOrganisatieId: vtA.id }, { 'if-match': etag })).statusCode).toBe(403);
    const bad = await c.politie.patch(`/api/v1/zsm-zaken/${onbekend.id}`, { vtOrganisatieId: cit.id }, { 'if-match': etag });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('vtOrganisatieId');
    const ok = await c.politie.patch(`/api/v1/zsm-zaken/${onbekend.id}`, { vtOrganisatieId: vtB.id, afdoeningsoverlegOp: new Date(Date.now() + HOUR).toISOString() }, { 'if-match': etag });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ vtOrganisatie: { id: vtB.id } });
    expect(ok.json().afdoeningsoverlegOp).not.toBeNull();
    expect((await c.politie.patch(`/api/v1/zsm-zaken/${onbekend.id}`, { afdoeningsoverlegOp: null }, { 'if-match': etag })).statusCode).toBe(409);
    expect((await c.vtA.get(`/api/v1/zsm-zaken/${onbekend.id}`)).statusCode).toBe(404);
    expect((await c.vtB.get(`/api/v1/zsm-zaken/${onbekend.id}`)).statusCode).toBe(200);
    const { rows } = await env.db.query(`select 1 from casus_deelnemers where casus_id = $1 and organisatie_id = $2 and tot is null`, [onbekend.casus.id, vtB.id]);
    expect(rows).toHaveLength(1);
  });

  it('VT contact attempts: a partner needs the case VT; VT recording its own takes an unassigned case; the board shows the status', async () => {
    const nieuw = (await screenIntake()).json() as ZsmZaak;
    const zonderVt = await c.politie.post(`/api/v1/zsm-zaken/${nieuw.id}/vt-contacten`, { wijze: 'telefonisch', bereikt: false });
    expect(zonderVt.statusCode).toBe(409);
    expect((await c.analist.post(`/api/v1/zsm-zaken/${nieuw.id}/vt-contacten`, { wijze: 'telefonisch', bereikt: false })).statusCode).toBe(403);
    const eigen = await c.vtA.post(`/api/v1/zsm-zaken/${nieuw.id}/vt-contacten`, { wijze: 'bereikbaarheidsdienst', bereikt: true, toelichting: 'Teruggebeld' });
    expect(eigen.statusCode, eigen.body).toBe(201);
    expect(eigen.json()).toMatchObject({ vtOrganisatie: { id: vtA.id }, doorOrganisatie: { id: vtA.id }, bereikt: true });

    const mislukt = await c.politie.post(`/api/v1/zsm-zaken/${vanB.id}/vt-contacten`, { wijze: 'telefonisch', bereikt: false });
    expect(mislukt.statusCode, mislukt.body).toBe(201);
    const bord = (await c.politie.get('/api/v1/zsm-zaken')).json() as ZsmBord;
    expect(bord.zaken.find((z) => z.id === nieuw.id)).toMatchObject({ vtStatus: 'contact-gehad', vtOrganisatie: { id: vtA.id } });
    expect(bord.zaken.find((z) => z.id === vanB.id)!.vtStatus).toBe('niet-bereikt');
    const detail = (await c.politie.get(`/api/v1/zsm-zaken/${vanB.id}`)).json() as ZsmZaakDetail;
    expect(detail.vtContacten).toHaveLength(1);
    expect(detail.vtContacten[0]!.minutenNaAanhouding).toBeGreaterThanOrEqual(59);
    const tijdlijn = await env.db.query<{ gegevens: Record<string, unknown> }>(`select gegevens from tijdlijn where casus_id = $1 and soort = 'zsm-vt-contact'`, [vanB.casus.id]);
    expect(tijdlijn.rows[0]!.gegevens).toMatchObject({ zaakId: vanB.id, wijze: 'telefonisch', bereikt: false });

    // At decision time (Z2): a case with only a failed attempt and no assessment is marked; one with a reached VT is not.
    expect(await env.db.transaction((tx) => markeerZonderVtContact(tx, vanB.id))).toBe(true);
    expect(await env.db.transaction((tx) => markeerZonderVtContact(tx, nieuw.id))).toBe(false);
  });
});

describe('link to the Actieoverleg', () => {
  it('the intake joins the open casus of the victim, activates its scenario, and the case shows it at the top', async () => {
    const { casusId, persoonIds } = await makeCasusRows(env.db, {
      regie: vtA,
      deelnemers: [politie],
      personen: [{ voornamen: 'Sanne', achternaam: 'Scenario', geboortedatum: '1990-05-05' }],
    });
    await env.db.query(
      `insert into scenarios (casus_id, soort, wat, eigenaar_organisatie_id, gemaakt_door_organisatie_id, created_at)
       values ($1, 'zsm', 'Bij een nieuwe aanhouding: officier belt VT voor de afdoening', $2, $3, now() - interval '1 day')`,
      [casusId, om.id, vtA.id],
    );
    const verdachte = await persoon('Piet', 'Scenario', '1988-08-08');
    const response = await c.politie.post('/api/v1/zsm-zaken', {
      aangehoudenOp: ago(HOUR),
      feit: 'Mishandeling',
      voorlopigeHechtenisMogelijk: true,
      verdachte: { persoonId: verdachte },
      slachtoffers: [{ persoonId: persoonIds[0] }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const zaak = response.json() as ZsmZaak;
    expect(zaak.casus.id).toBe(casusId);

    const detail = (await c.politie.get(`/api/v1/zsm-zaken/${zaak.id}`)).json() as ZsmZaakDetail;
    expect(detail.scenarios).toHaveLength(1);
    expect(detail.scenarios[0]).toMatchObject({ soort: 'zsm', eigenaarOrganisatie: { id: om.id }, geactiveerdDoorDezeZaak: true, casus: { id: casusId } });
    expect(detail.slachtoffers).toEqual([{ id: persoonIds[0], naam: 'Sanne Scenario', leeftijd: expect.any(Number) }]);
    const taak = await env.db.query(`select 1 from taken where soort = 'scenario-geactiveerd' and organisatie_id = $1 and casus_id = $2`, [om.id, casusId]);
    expect(taak.rows).toHaveLength(1);
  });
});

describe('VT availability at ZSM', () => {
  const week = [
    { weekdag: 1, van: '00:00', tot: '08:00', wijze: 'bereikbaarheidsdienst', telefoon: '0800-2000' },
    { weekdag: 1, van: '08:00', tot: '17:00', wijze: 'telefonisch', telefoon: '088-1234567' },
    { weekdag: 1, van: '17:00', tot: '24:00', wijze: 'bereikbaarheidsdienst', telefoon: '0800-2000' },
  ];

  it('the VT administrator replaces its week with If-Match; everyone of the region reads it', async () => {
    const list = await c.politie.get('/api/v1/zsm-bereikbaarheid');
    expect(list.statusCode, list.body).toBe(200);
    const eigen = list.json().organisaties.find((o: { organisatie: { id: string } }) => o.organisatie.id === vtA.id);
    expect(eigen.blokken).toEqual([]);
    const url = `/api/v1/zsm-bereikbaarheid/${vtA.id}`;
    expect((await c.vtBeheerder.put(url, { blokken: week })).statusCode).toBe(428);
    const ok = await c.vtBeheerder.put(url, { blokken: week }, { 'if-match': `"${eigen.versie}"` });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().blokken).toHaveLength(3);
    expect(ok.json().blokken[2].tot).toBe('24:00');
    expect((await c.vtBeheerder.put(url, { blokken: [] }, { 'if-match': `"${eigen.versie}"` })).statusCode).toBe(409);
    const again = await c.om.get('/api/v1/zsm-bereikbaarheid');
    expect(again.json().organisaties.find((o: { organisatie: { id: string } }) => o.organisatie.id === vtA.id).versie).toBe(ok.json().versie);
  });

  it('only the own VT administrator may replace it; overlaps and end before start are 400 naming the block', async () => {
    const list = (await c.vtBeheerder.get('/api/v1/zsm-bereikbaarheid')).json();
    const versie = list.organisaties.find((o: { organisatie: { id: string } }) => o.organisatie.id === vtA.id).versie;
    expect((await c.vtA.put(`/api/v1/zsm-bereikbaarheid/${vtA.id}`, { blokken: [] }, { 'if-match': `"${versie}"` })).statusCode).toBe(403);
    expect((await c.vtBeheerder.put(`/api/v1/zsm-bereikbaarheid/${vtB.id}`, { blokken: [] }, { 'if-match': '"1"' })).statusCode).toBe(404);
    const overlap = await c.vtBeheerder.put(
      `/api/v1/zsm-bereikbaarheid/${vtA.id}`,
      { blokken: [...week, { weekdag: 1, van: '16:00', tot: '18:00', wijze: 'aan-tafel' }] },
      { 'if-match': `"${versie}"` },
    );
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().invalidParams[0].name).toBe('blokken[3]');
    const achterstevoren = await c.vtBeheerder.put(
      `/api/v1/zsm-bereikbaarheid/${vtA.id}`,
      { blokken: [{ weekdag: 2, van: '17:00', tot: '08:00', wijze: 'telefonisch' }] },
      { 'if-match': `"${versie}"` },
    );
    expect(achterstevoren.statusCode).toBe(400);
    expect(achterstevoren.json().invalidParams[0].name).toBe('blokken[0].tot');
    expect((await c.analist.get('/api/v1/zsm-bereikbaarheid')).statusCode).toBe(403);
  });
});
