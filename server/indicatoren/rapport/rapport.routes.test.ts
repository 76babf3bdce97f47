import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import { makeCasusRows } from '../../testing/casus-fixture';
import { recordEvent } from '../../timeline/timeline.storage';
import type { Organisatie } from '../../organisations/schemas';
import type { Rol } from '../../identity/schemas';
import { pdfText } from '../../platform/document/pdf-text.testing';
import { indicatorCatalogus } from '../catalogus';
import type { RapportTeksten } from './schemas';

const CRISIS = 'samen-op-in-acuut.crisiscontacten';
const veldnamen = (body: { invalidParams: { name: string }[] }) => body.invalidParams.map((p) => p.name.replace(/^(querystring|params|body)\./, ''));

describe('indicator report', () => {
  let env: TestEnv;
  let vt: Organisatie;
  let politie: Organisatie;
  let elders: Organisatie;
  let rnzs: TestClient;
  let rnzsElders: TestClient;
  let analist: TestClient;
  let medewerker: TestClient;

  beforeAll(async () => {
    env = await createTestEnv();
    vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'rapport-oost', naam: 'VT Rapport' });
    politie = await makeOrganisation(env, { soort: 'politie', regio: 'rapport-oost' });
    elders = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio: 'rapport-west' });
    const user = async (organisatie: Organisatie, rollen: Rol[]) =>
      loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
    rnzs = await user(politie, ['rnzs-lid']);
    rnzsElders = await user(elders, ['rnzs-lid']);
    analist = await user(vt, ['analist']);
    medewerker = await user(vt, ['medewerker']);
    // 2025: seven acute contacts of the police with VT (all in January: the month shows 7, the other months nothing).
    for (let i = 0; i < 7; i++) {
      const { casusId } = await makeCasusRows(env.db, { regie: vt, deelnemers: [politie], personen: [] });
      await env.db.transaction((tx) =>
        recordEvent(
          tx,
          casusId,
          { gebruikerId: null, organisatieId: politie.id },
          {
            soort: 'acuut-contact',
            gegevens: { contactId: randomUUID(), vtOrganisatieId: vt.id, wijze: 'telefoon', minutenTotOpgenomen: 2, buitenKantoortijd: false },
          },
          { op: new Date(`2025-01-${10 + i}T10:00:00Z`) },
        ),
      );
    }
  });
  afterAll(async () => env?.close());

  const periode = (jaar = 2025) => `regioId=${vt.regio.id}&van=${jaar}-01-01&tot=${jaar + 1}-01-01`;
  const rapport = (client: TestClient, formaat: string, query = periode()) => client.get(`/api/v1/indicatoren/rapport?${query}&formaat=${formaat}`);
  const teksten = (client: TestClient, query = periode()) => client.get(`/api/v1/indicatoren/rapport-teksten?${query}`);
  const schrijf = (client: TestClient, sectie: string, tekst: string, ifMatch?: string, query = periode()) =>
    client.put(`/api/v1/indicatoren/rapport-teksten/${sectie}?${query}`, { tekst }, ifMatch === undefined ? undefined : { 'if-match': ifMatch });

  it("stores the network's text per section with If-Match: first write with \"0\", 428 without, 409 when stale", async () => {
    const voor = await teksten(rnzs);
    expect(voor.statusCode).toBe(200);
    const body = voor.json() as RapportTeksten;
    expect(body.magSchrijven).toBe(true);
    expect(body.teksten).toHaveLength(16);
    expect(body.teksten.find((t) => t.sectie === 'actieoverleg.waarde')).toMatchObject({ tekst: '', versie: 0 });

    expect((await schrijf(rnzs, 'actieoverleg.waarde', 'Tekst')).statusCode).toBe(428);
    const eerste = await schrijf(rnzs, 'actieoverleg.waarde', 'Het netwerk bespreekt de casussen wekelijks.', '"0"');
    expect(eerste.statusCode).toBe(200);
    expect(eerste.headers.etag).toBe('"1"');
    expect(eerste.json()).toMatchObject({ sectie: 'actieoverleg.waarde', versie: 1 });

    const oud = await schrijf(rnzs, 'actieoverleg.waarde', 'Overschrijven', '"0"');
    expect(oud.statusCode).toBe(409);
    expect(oud.json().huidigeVersie).toBe(1);
    expect((await schrijf(rnzs, 'inleiding', 'Inleiding van het netwerk.', '"0"')).statusCode).toBe(200);

    const na = (await teksten(analist)).json() as RapportTeksten;
    expect(na.magSchrijven).toBe(false);
    expect(na.teksten.find((t) => t.sectie === 'actieoverleg.waarde')).toMatchObject({ tekst: 'Het netwerk bespreekt de casussen wekelijks.', versie: 1 });
    // Another period has its own texts.
    expect(((await teksten(rnzs, periode(2024))).json() as RapportTeksten).teksten.every((t) => t.versie === 0)).toBe(true);

    const audit = await env.db.query<{ details: Record<string, unknown>; actie: string }>(
      "select details, actie from audit_log where object_type = 'rapport-tekst' order by seq",
    );
    expect(audit.rows.map((r) => r.details)).toEqual([{ sectie: 'actieoverleg.waarde' }, { sectie: 'inleiding' }]);
  });

  it('writes only for an RNZS member of the own region; bad sections and long texts are 400 naming the field', async () => {
    expect((await schrijf(rnzsElders, 'inleiding', 'Niet mijn regio', '"0"')).statusCode).toBe(404);
    expect((await schrijf(analist, 'inleiding', 'Geen lid', '"0"')).statusCode).toBe(403);
    expect((await schrijf(medewerker, 'inleiding', 'Geen lid', '"0"')).statusCode).toBe(403);
    const sectie = await schrijf(rnzs, 'actieoverleg.onbekend', 'x', '"0"');
    expect(sectie.statusCode).toBe(400);
    expect(veldnamen(sectie.json())).toContain('sectie');
    const lang = await schrijf(rnzs, 'inleiding', 'x'.repeat(10_001), '"1"');
    expect(lang.statusCode).toBe(400);
    expect(veldnamen(lang.json())).toContain('tekst');
    expect((await teksten(medewerker)).statusCode).toBe(403);
    expect((await teksten(analist, `regioId=${randomUUID()}&van=2025-01-01&tot=2026-01-01`)).statusCode).toBe(404);
  });

  it('PDF: a real PDF named by region and period with the headings, a figure and the own text', async () => {
    const res = await rapport(analist, 'pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="indicatoren-rapport-oost-2025.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    for (const kop of ['Indicatoren kwaliteit & impact', 'Inhoudsopgave', '2. Samen op in Acuut', '2.2 Uitvoeringsinspanningen: meer- en minderwerk', '3.3 Waarde', 'Bijlage: Overzicht indicatoren', 'Bronnen']) {
      expect(text).toContain(kop);
    }
    expect(text).toContain('Crisiscontacten politie en Veilig Thuis');
    expect(text).toMatch(/Crisiscontacten politie en Veilig Thuis 7 0 \+7 7/);
    expect(text).toContain('Het netwerk bespreekt de casussen wekelijks.');
    expect(text).toContain('Nog geen tekst van het netwerk.');
  });

  it('HTML: the standalone document with the own text and the trend chart, its style allowed by hash', async () => {
    const res = await rapport(rnzs, 'html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="indicatoren-rapport-oost-2025.html"');
    expect(res.body).toContain('Inleiding van het netwerk.');
    expect(res.body).toContain('<svg');
    expect(res.body).toContain('jan 2025: 7');
    expect(String(res.headers['content-security-policy'])).toMatch(/style-src 'self' 'sha256-/);
  });

  it('XLSX: sheets Indicatoren, Trend and Overzicht with bold frozen headers and the rows', async () => {
    const res = await rapport(analist, 'xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Indicatoren', 'Trend', 'Overzicht']);
    const indicatoren = workbook.getWorksheet('Indicatoren')!;
    expect(indicatoren.getRow(1).font?.bold).toBe(true);
    expect(indicatoren.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rij = indicatoren.getRows(2, indicatoren.rowCount - 1)!.find((r) => r.getCell(3).value === CRISIS)!;
    expect(rij.getCell(7).value).toBe(7);
    expect(rij.getCell(8).value).toBe(7);
    const trend = workbook.getWorksheet('Trend')!;
    const januari = trend.getRows(2, trend.rowCount - 1)!.find((r) => r.getCell(1).value === CRISIS && r.getCell(3).value === '2025-01')!;
    expect(januari.getCell(4).value).toBe(7);
    expect(workbook.getWorksheet('Overzicht')!.rowCount).toBe(1 + indicatorCatalogus.length);
  });

  it('CSV: BOM, header and the rows', async () => {
    const res = await rapport(analist, 'csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="indicatoren-rapport-oost-2025.csv"');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = res.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('verbeteractie;soort;indicator_id;indicator;eenheid;kenmerk;periode;waarde;n;onderdrukt;vorige_periode_waarde');
    expect(lines.find((l) => l.includes(`;${CRISIS};`) && l.includes(';2025-01-01/2026-01-01;'))).toMatch(/;7;7;nee;0$/);
  });

  it('an empty period gives 200 with the notice; 403 without indicatoren.inzien; 400 naming formaat, van; unknown region 404', async () => {
    const leeg = await rapport(analist, 'html', periode(2010));
    expect(leeg.statusCode).toBe(200);
    expect(leeg.body).toContain('Geen gegevens in deze periode');
    const leegPdf = await rapport(analist, 'pdf', periode(2010));
    expect(leegPdf.statusCode).toBe(200);
    expect(pdfText(leegPdf.rawPayload)).toContain('Geen gegevens in deze periode');

    expect((await rapport(medewerker, 'pdf')).statusCode).toBe(403);
    const formaat = await rapport(analist, 'docx');
    expect(formaat.statusCode).toBe(400);
    expect(veldnamen(formaat.json())).toContain('formaat');
    const van = await analist.get(`/api/v1/indicatoren/rapport?regioId=${vt.regio.id}&van=gisteren&tot=2026-01-01&formaat=pdf`);
    expect(van.statusCode).toBe(400);
    expect(veldnamen(van.json())).toContain('van');
    expect((await rapport(analist, 'pdf', `regioId=${randomUUID()}&van=2025-01-01&tot=2026-01-01`)).statusCode).toBe(404);
    const organisatie = await rapport(analist, 'csv', `${periode()}&organisatieId=${elders.id}`);
    expect(organisatie.statusCode).toBe(400);
    expect(veldnamen(organisatie.json())).toContain('organisatieId');
  });
});
