import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logInAs, openPage, uniqueSuffix } from '../support/browser';

/**
 * The regional report: an RNZS member opens the report page, chooses Oost-Brabant and a year, writes the network's
 * own text of one section (and meets a colleague's change as a conflict that keeps the typed text), downloads the
 * PDF and the XLSX, and finds the text in the HTML report. Does not depend on the demo data's figures.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const JAAR = new Date().getFullYear() - 1;

async function readDownload(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function download(page: Page, linkName: string): Promise<Buffer> {
  const wacht = page.waitForEvent('download');
  await page.getByRole('link', { name: linkName }).click();
  return readDownload(await (await wacht).createReadStream());
}

async function openRapport(page: Page, query = ''): Promise<void> {
  await page.goto(`/indicatoren/rapport${query}`);
  await page.getByRole('heading', { level: 1, name: 'Rapport Indicatoren kwaliteit & impact' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Eigen tekst van het netwerk' }).waitFor();
}

describe('indicator report', () => {
  it('RNZS member: Oost-Brabant and a year, own text of a section, PDF, XLSX and the HTML with the text', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'rnzs.lid');
      await openRapport(page);
      await expectAccessible(page, 'the report page with its defaults');

      const regio = page.getByLabel('Regio', { exact: true });
      const oostBrabant = await regio.locator('option', { hasText: 'Oost-Brabant' }).first().getAttribute('value');
      await regio.selectOption(oostBrabant!);
      await page.getByLabel('Eerste dag').fill(`${JAAR}-01-01`);
      await page.getByLabel('Laatste dag').fill(`${JAAR}-12-31`);
      await page.getByRole('button', { name: 'Rapport voor deze periode' }).click();
      await page.waitForURL(new RegExp(`/indicatoren/rapport\\?.*van=${JAAR}-01-01.*tot=${JAAR + 1}-01-01`));
      await page.getByRole('heading', { level: 2, name: `Oost-Brabant: 1 januari ${JAAR} tot en met 31 december ${JAAR}` }).waitFor();
      const query = new URL(page.url()).search;

      // The personal-data warning, then the editor of section 3.3.
      await page.getByText('Schrijf geen namen of andere persoonsgegevens').waitFor();
      const tekst = `Het Actieoverleg bespreekt elke week de aangemelde zorgen (${uniqueSuffix()}).`;
      const veld = page.getByLabel('3.3 Waarde', { exact: true });
      await veld.fill(tekst);
      await page.getByRole('button', { name: 'Tekst 3.3 Waarde opslaan' }).click();
      await page.getByText('Tekst 3.3 Waarde opgeslagen.').waitFor();
      await expectAccessible(page, 'the report page after saving a text');

      // A colleague (another tab) changes the same section; this tab's next save is a conflict that keeps the typed text.
      const ander = await context.newPage();
      await openRapport(ander, query);
      await ander.getByLabel('3.3 Waarde', { exact: true }).fill(`${tekst} Aangevuld door een collega.`);
      await ander.getByRole('button', { name: 'Tekst 3.3 Waarde opslaan' }).click();
      await ander.getByText('Tekst 3.3 Waarde opgeslagen.').waitFor();
      await ander.close();
      const mijnTekst = `${tekst} Mijn aanvulling.`;
      await veld.fill(mijnTekst);
      await page.getByRole('button', { name: 'Tekst 3.3 Waarde opslaan' }).click();
      await page.getByText('Iemand anders heeft deze tekst intussen gewijzigd').waitFor();
      expect(await veld.inputValue()).toBe(mijnTekst);
      await page.getByText('Aangevuld door een collega.').waitFor();
      await expectAccessible(page, 'the report page with a version conflict');
      await page.getByRole('button', { name: 'Mijn tekst 3.3 Waarde toch opslaan' }).click();
      await page.getByText('Tekst 3.3 Waarde opgeslagen.').waitFor();

      // Downloads: a PDF and an XLSX (a zip).
      expect((await download(page, 'Rapport als PDF')).subarray(0, 4).toString()).toBe('%PDF');
      expect((await download(page, 'Rapport als XLSX')).subarray(0, 2).toString()).toBe('PK');
      const csv = (await download(page, 'Rapport als CSV')).toString('utf8');
      expect(csv.replace(/^\uFEFF/, '').startsWith('verbeteractie;soort;indicator_id')).toBe(true);

      // The HTML report holds the saved text and the chapters.
      const htmlHref = await page.getByRole('link', { name: 'Rapport als HTML' }).getAttribute('href');
      const html = await page.request.get(htmlHref!);
      expect(html.status()).toBe(200);
      const body = await html.text();
      expect(body).toContain(mijnTekst);
      expect(body).toContain('3.3 Waarde');
      expect(body).toContain('Bijlage: Overzicht indicatoren');
      // The downloaded HTML report is itself accessible (headings, captions, charts with their numbers as text).
      const rapportPagina = await context.newPage();
      await rapportPagina.setContent(body);
      await expectAccessible(rapportPagina, 'the HTML report');
      await rapportPagina.close();

      // At 320 px nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectAccessible(page, 'the report page at 320 px');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('analyst: downloads, the texts read-only', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'analist');
      await openRapport(page);
      await page.getByText('Alleen leden van het regionale netwerk (RNZS) van deze regio schrijven deze teksten.').waitFor();
      expect(await page.getByRole('textbox', { name: '3.3 Waarde' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Rapport als PDF' }).waitFor();
      await expectAccessible(page, 'the report page, read-only');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
