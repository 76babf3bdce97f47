import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import { makeCasusRows } from '../../testing/casus-fixture';
import { recordEvent } from '../../timeline/timeline.storage';
import type { Organisatie } from '../../organisations/schemas';
import { indicatorCatalogus } from '../catalogus';
import type { IndicatorWaarden, OnderliggendeCasussen } from './schemas';

const CRISIS = 'samen-op-in-acuut.crisiscontacten';

/** The fields a 400 names (query parameters come as querystring.<name>). */
const veldnamen = (body: { invalidParams: { name: string }[] }) => body.invalidParams.map((p) => p.name.replace(/^querystring\./, ''));

describe('indicator dashboard', () => {
  let env: TestEnv;
  let vt: Organisatie;
  let vt2: Organisatie;
  let politie: Organisatie;
  let vtElders: Organisatie;
  let rnzs: TestClient;
  let analist: TestClient;
  let voorzitter: TestClient;
  let voorzitterVt2: TestClient;
  let voorzitterElders: TestClient;
  let medewerker: TestClient;
  const nummersVt: string[] = [];
  let nummerVt2 = '';

  /** A casus with one acute contact of the police with Veilig Thuis `vtOrg` at `op`, written through recordEvent. */
  async function crisiscontact(vtOrg: Organisatie, op: string, buitenKantoortijd: boolean): Promise<string> {
    const { casusId, nummer } = await makeCasusRows(env.db, { regie: vtOrg, deelnemers: [politie], personen: [] });
    await env.db.transaction((tx) =>
      recordEvent(
        tx,
        casusId,
        { gebruikerId: null, organisatieId: politie.id },
        {
          soort: 'acuut-contact',
          gegevens: { contactId: randomUUID(), vtOrganisatieId: vtOrg.id, wijze: 'telefoon', minutenTotOpgenomen: 2, buitenKantoortijd },
        },
        { op },
      ),
    );
    return nummer;
  }

  const waarden = (client: TestClient, query: string) => client.get(`/api/v1/indicatoren/waarden?${query}`);

  beforeAll(async () => {
    env = await createTestEnv();
    vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'dash-oost' });
    vt2 = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'dash-oost' });
    politie = await makeOrganisation(env, { soort: 'politie', regio: 'dash-oost' });
    vtElders = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'dash-west' });
    const user = async (organisatie: Organisatie, rollen: Parameters<typeof makeUser>[1]['lidmaatschappen'][0]['rollen']) =>
      loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
    rnzs = await user(politie, ['rnzs-lid']);
    analist = await user(vt, ['analist']);
    voorzitter = await user(vt, ['voorzitter-actieoverleg', 'medewerker']);
    voorzitterVt2 = await user(vt2, ['voorzitter-actieoverleg']);
    voorzitterElders = await user(vtElders, ['voorzitter-actieoverleg']);
    medewerker = await user(vt, ['medewerker']);

    // 2025: seven contacts with vt (five in office hours, two outside), one with vt2. 2024: five with vt.
    const momenten = ['2025-01-10', '2025-01-20', '2025-02-05', '2025-03-01', '2025-03-15', '2025-06-30', '2025-12-31'];
    for (const [i, dag] of momenten.entries()) nummersVt.push(await crisiscontact(vt, `${dag}T10:00:00Z`, i >= 5));
    nummerVt2 = await crisiscontact(vt2, '2025-03-02T10:00:00Z', false);
    for (const dag of ['2024-02-01', '2024-04-01', '2024-06-01', '2024-08-01', '2024-10-01']) await crisiscontact(vt, `${dag}T10:00:00Z`, false);
    // Outside the period (Amsterdam time: 1 January 2026 00:30) and in another region.
    await crisiscontact(vt, '2025-12-31T23:30:00Z', false);
    await crisiscontact(vtElders, '2025-05-01T10:00:00Z', false);
  });
  afterAll(async () => env?.close());

  const regio = () => vt.regio.id;
  const jaar2025 = () => `regioId=${regio()}&van=2025-01-01&tot=2026-01-01`;

  it('gives the catalogue to indicator viewers only', async () => {
    const res = await analist.get('/api/v1/indicatoren');
    expect(res.statusCode).toBe(200);
    expect(res.json().indicatoren.map((d: { id: string }) => d.id)).toEqual(indicatorCatalogus.map((d) => d.id));
    expect((await medewerker.get('/api/v1/indicatoren')).statusCode).toBe(403);
  });

  it('counts the measurements of the region and period, suppresses small numbers, gives trend and previous period', async () => {
    const res = await waarden(rnzs, jaar2025());
    expect(res.statusCode).toBe(200);
    const body = res.json<IndicatorWaarden>();
    expect(body.regio.id).toBe(regio());
    expect(body.leeg).toBe(false);
    expect(body.reeksIndeling).toBe('maand');
    expect(body.vorigePeriode).toEqual({ van: '2024-01-01', tot: '2025-01-01' });
    expect(body.onderliggendeCasussen).toBe(false);
    expect(body.indicatoren).toHaveLength(indicatorCatalogus.length);
    const crisis = body.indicatoren.find((i) => i.id === CRISIS)!;
    expect(crisis.totaal).toEqual({ waarde: 8, n: 8, onderdrukt: false });
    expect(crisis.perKenmerk).toEqual([
      { kenmerk: 'kantoortijd', waarde: 6, n: 6, onderdrukt: false },
      { kenmerk: 'buiten-kantoortijd', waarde: null, n: null, onderdrukt: true },
    ]);
    expect(crisis.reeks.map((r) => r.periode)).toEqual(['2025-01', '2025-02', '2025-03', '2025-06', '2025-12']);
    expect(crisis.reeks.every((r) => r.onderdrukt && r.waarde === null)).toBe(true);
    expect(crisis.vorigePeriode).toEqual({ waarde: 5, n: 5, onderdrukt: false });
    // No casus, no casus number in the aggregates.
    expect(res.body).not.toContain('C-TEST');
    for (const nummer of nummersVt) expect(res.body).not.toContain(nummer);
  });

  it('narrows to one organisation of the region; an organisation elsewhere is 400 naming the field', async () => {
    const res = await waarden(analist, `${jaar2025()}&organisatieId=${vt2.id}`);
    expect(res.statusCode).toBe(200);
    const crisis = res.json<IndicatorWaarden>().indicatoren.find((i) => i.id === CRISIS)!;
    expect(crisis.totaal).toEqual({ waarde: null, n: null, onderdrukt: true });
    expect(res.json<IndicatorWaarden>().organisatie).toEqual({ id: vt2.id, naam: vt2.naam });
    const elders = await waarden(analist, `${jaar2025()}&organisatieId=${vtElders.id}`);
    expect(elders.statusCode).toBe(400);
    expect(elders.json().invalidParams[0].name).toBe('organisatieId');
  });

  it('lets any indicator viewer choose any region; an unknown region is 404, case workers without indicators 403', async () => {
    const res = await waarden(voorzitterElders, jaar2025());
    expect(res.statusCode).toBe(200);
    expect(res.json<IndicatorWaarden>().onderliggendeCasussen).toBe(false);
    expect((await waarden(analist, `regioId=${randomUUID()}&van=2025-01-01&tot=2026-01-01`)).statusCode).toBe(404);
    expect((await waarden(medewerker, jaar2025())).statusCode).toBe(403);
  });

  it('answers an empty period with leeg, and bad dates with 400 naming the field', async () => {
    const leeg = await waarden(analist, `regioId=${regio()}&van=2010-01-01&tot=2011-01-01`);
    expect(leeg.statusCode).toBe(200);
    expect(leeg.json<IndicatorWaarden>().leeg).toBe(true);
    expect(leeg.json<IndicatorWaarden>().indicatoren.find((i) => i.id === CRISIS)!.totaal.waarde).toBe(0);
    const slecht = await waarden(analist, `regioId=${regio()}&van=2025-13-01&tot=2026-01-01`);
    expect(slecht.statusCode).toBe(400);
    expect(veldnamen(slecht.json())).toContain('van');
    const omgekeerd = await waarden(analist, `regioId=${regio()}&van=2025-06-01&tot=2025-01-01`);
    expect(omgekeerd.statusCode).toBe(400);
    expect(veldnamen(omgekeerd.json())).toContain('tot');
    const geenRegio = await waarden(analist, 'van=2025-01-01&tot=2026-01-01');
    expect(geenRegio.statusCode).toBe(400);
    expect(veldnamen(geenRegio.json())).toContain('regioId');
  });

  it('drills down to the casussen of the own organisation only, audited with the indicator and the count', async () => {
    const figuren = await waarden(voorzitter, jaar2025());
    expect(figuren.json<IndicatorWaarden>().onderliggendeCasussen).toBe(true);

    const res = await voorzitter.get(`/api/v1/indicatoren/${CRISIS}/casussen?${jaar2025()}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<OnderliggendeCasussen>();
    expect(body.aantal).toBe(7);
    expect(body.afgekapt).toBe(false);
    expect(body.metingen.map((m) => m.casus.nummer).sort()).toEqual([...nummersVt].sort());
    expect(body.metingen[0]!.op).toBe('2025-12-31T10:00:00.000Z');
    expect(body.metingen.every((m) => m.waarde === 1 && m.casus.status === 'open')).toBe(true);

    const buiten = await voorzitter.get(`/api/v1/indicatoren/${CRISIS}/casussen?${jaar2025()}&kenmerk=buiten-kantoortijd`);
    expect(buiten.json<OnderliggendeCasussen>().aantal).toBe(2);

    const anderVt = await voorzitterVt2.get(`/api/v1/indicatoren/${CRISIS}/casussen?${jaar2025()}`);
    expect(anderVt.statusCode).toBe(200);
    expect(anderVt.json<OnderliggendeCasussen>().metingen.map((m) => m.casus.nummer)).toEqual([nummerVt2]);

    const { rows } = await env.db.query<{ details: Record<string, unknown>; doel: string; actie: string }>(
      `select details, doel, actie from audit_log where object_type = 'casus' and doel = 'kwaliteitsmonitoring' order by seq`,
    );
    expect(rows[0]).toEqual({ actie: 'zoeken', doel: 'kwaliteitsmonitoring', details: { indicator: CRISIS, aantal: 7 } });
  });

  it('lists at most 200 measurements and says there were more', async () => {
    const { casusId } = await makeCasusRows(env.db, { regie: vt, deelnemers: [politie], personen: [] });
    await env.db.transaction(async (tx) => {
      for (let minuut = 1; minuut <= 201; minuut++) {
        await recordEvent(
          tx,
          casusId,
          { gebruikerId: null, organisatieId: politie.id },
          { soort: 'acuut-contact', gegevens: { contactId: randomUUID(), vtOrganisatieId: vt.id, wijze: 'telefoon', minutenTotOpgenomen: 2, buitenKantoortijd: false } },
          { op: new Date(Date.UTC(2023, 2, 1, 10, minuut)) },
        );
      }
    });
    const res = await voorzitter.get(`/api/v1/indicatoren/${CRISIS}/casussen?regioId=${regio()}&van=2023-01-01&tot=2024-01-01`);
    expect(res.statusCode).toBe(200);
    const body = res.json<OnderliggendeCasussen>();
    expect(body).toMatchObject({ aantal: 200, afgekapt: true });
    expect(body.metingen).toHaveLength(200);
  });

  it('lists only what the organisation could derive from the events it may see (need-to-know)', async () => {
    const GEDEELD = 'samenhang.informatie-gedeeld';
    const { casusId, nummer } = await makeCasusRows(env.db, { regie: vt, deelnemers: [politie], personen: [] });
    const deel = (itemId: string, op: string, zichtbaarVoor: string[] | null) =>
      env.db.transaction((tx) =>
        recordEvent(
          tx,
          casusId,
          { gebruikerId: null, organisatieId: politie.id },
          { soort: 'informatie-gedeeld', gegevens: { itemId, categorie: 'veiligheid', vertrouwelijkheid: 'vertrouwelijk' } },
          { op, zichtbaarVoor },
        ),
      );
    await deel(randomUUID(), '2022-05-01T10:00:00Z', null);
    // Shared by the police with the police only: Veilig Thuis must not learn from the drill-down that it exists.
    await deel(randomUUID(), '2022-05-02T10:00:00Z', [politie.id]);
    const { rows } = await env.db.query<{ n: number }>('select count(*)::int as n from indicator_metingen where casus_id = $1 and indicator = $2', [casusId, GEDEELD]);
    expect(rows[0]!.n).toBe(2);
    const res = await voorzitter.get(`/api/v1/indicatoren/${GEDEELD}/casussen?regioId=${regio()}&van=2022-01-01&tot=2023-01-01`);
    expect(res.statusCode).toBe(200);
    const body = res.json<OnderliggendeCasussen>();
    expect(body.metingen.map((m) => [m.casus.nummer, m.op])).toEqual([[nummer, '2022-05-01T10:00:00.000Z']]);
    expect(body.aantal).toBe(1);
  });

  it('answers 404 to a drill-down the caller may not see', async () => {
    const pad = `/api/v1/indicatoren/${CRISIS}/casussen?${jaar2025()}`;
    expect((await analist.get(pad)).statusCode).toBe(404);
    expect((await rnzs.get(pad)).statusCode).toBe(404);
    expect((await medewerker.get(pad)).statusCode).toBe(404);
    expect((await voorzitterElders.get(pad)).statusCode).toBe(404);
    expect((await voorzitter.get(`/api/v1/indicatoren/bestaat-niet/casussen?${jaar2025()}`)).statusCode).toBe(404);
    const nietGeteld = indicatorCatalogus.find((d) => d.bron.soort !== 'tijdlijn');
    if (nietGeteld) expect((await voorzitter.get(`/api/v1/indicatoren/${nietGeteld.id}/casussen?${jaar2025()}`)).statusCode).toBe(404);
    const slecht = await voorzitter.get(`/api/v1/indicatoren/${CRISIS}/casussen?regioId=${regio()}&van=gisteren&tot=2026-01-01`);
    expect(slecht.statusCode).toBe(400);
    expect(veldnamen(slecht.json())).toContain('van');
  });
});
