import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logInAs, mainNav, openPage } from '../support/browser';

/**
 * The indicator dashboard: an RNZS member opens it, picks Oost-Brabant and a year, sees the figures with a trend and
 * downloads the report as PDF and XLSX; the analyst sees the figures but never a casus; the Actieoverleg chair (who
 * also works cases) may open the casussen behind a counted indicator, and only casussen of its own organisation.
 * Does not depend on exact numbers of the demo data.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VORIG_JAAR = new Date().getFullYear() - 1;

async function openDashboard(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Indicatoren' }).click();
  await page.getByRole('heading', { level: 1, name: 'Indicatoren kwaliteit en impact' }).waitFor();
  await page.getByRole('button', { name: 'Cijfers tonen' }).waitFor();
}

/** Picks Oost-Brabant and a whole year, shows the figures and waits for the improvement actions (or the empty notice). */
async function kiesRegioEnJaar(page: Page, jaar: number): Promise<void> {
  const regio = page.getByLabel('Regio', { exact: true });
  const oostBrabant = await regio.locator('option', { hasText: 'Oost-Brabant' }).first().getAttribute('value');
  await regio.selectOption(oostBrabant!);
  await page.getByLabel('Een heel jaar').check();
  await page.getByLabel('Jaar', { exact: true }).selectOption(String(jaar));
  await page.getByRole('button', { name: 'Cijfers tonen' }).click();
  await page.waitForURL(new RegExp(`/indicatoren\\?.*jaar=${jaar}`));
  await page
    .getByRole('heading', { level: 2, name: 'Samen op in Acuut' })
    .or(page.getByText('Geen gegevens in deze periode'))
    .first()
    .waitFor();
}

/** The indicator cards on the page. */
const kaarten = (page: Page) => page.locator('article.sl-indicator');

describe('indicator dashboard', () => {
  it('RNZS member: Oost-Brabant and a year, figures and a trend, the report as PDF and XLSX', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'rnzs.lid');
      await openDashboard(page);
      // Default: the user's own region and the last complete year.
      expect(page.url()).not.toContain('regioId');
      await expectAccessible(page, 'the dashboard with its default filter');

      await kiesRegioEnJaar(page, VORIG_JAAR);
      const url = new URL(page.url());
      expect(url.searchParams.get('regioId')).toMatch(/^[0-9a-f-]{36}$/);
      expect([...url.searchParams.keys()].sort()).toEqual(['jaar', 'regioId']);
      await page.getByRole('heading', { level: 2, name: new RegExp(`^Oost-Brabant: 1 januari ${VORIG_JAAR} tot en met 31 december ${VORIG_JAAR}`) }).waitFor();

      // Figures: the five improvement actions in the report's order, cards with a figure, source and formula.
      const acties = await page.locator('section.sl-indicatoren-actie > h2').allTextContents();
      if (acties.length > 0) {
        expect(acties).toEqual(['Samenhang', 'Samen op in Acuut', 'Actieoverleg', 'VT & ZSM', 'Strafbare kindermishandeling']);
        expect(await kaarten(page).count()).toBeGreaterThan(0);
        const kaart = kaarten(page).first();
        await kaart.getByText(/^Bron: /).waitFor();
        await kaart.getByText('Hoe wordt dit berekend?').click();
        // A trend: the chart (an image with a text alternative) and the same figures as a table.
        const grafiek = page.getByRole('img', { name: /^Trend van / }).first();
        await grafiek.waitFor();
        const tabelKaart = kaarten(page).filter({ has: page.getByRole('img', { name: /^Trend van / }) }).first();
        await tabelKaart.getByText('Trend als tabel').click();
        await tabelKaart.getByRole('table').waitFor();
        expect(await tabelKaart.getByRole('row').count()).toBeGreaterThan(1);
        // No drill-down for a member without case work.
        expect(await page.getByText('Onderliggende casussen').count()).toBe(0);
      } else {
        await page.getByText('Geen gegevens in deze periode').waitFor();
      }
      await expectAccessible(page, 'the dashboard for Oost-Brabant and a year');

      // The report of the same filter, as PDF and XLSX, through the browser's downloads.
      const pdfDownload = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Rapport als PDF' }).click();
      const pdf = await pdfDownload;
      const pdfBytes = await readDownload(await pdf.createReadStream());
      expect(pdfBytes.subarray(0, 4).toString()).toBe('%PDF');

      const xlsxDownload = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Rapport als XLSX' }).click();
      const xlsx = await xlsxDownload;
      const xlsxBytes = await readDownload(await xlsx.createReadStream());
      expect(xlsxBytes.subarray(0, 2).toString()).toBe('PK');

      // At 320 px nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectAccessible(page, 'the dashboard at 320 px');

      // An empty period says so.
      await page.getByLabel('Eigen periode').check();
      await page.getByLabel('Eerste dag').fill('2001-01-01');
      await page.getByLabel('Laatste dag').fill('2001-12-31');
      await page.getByRole('button', { name: 'Cijfers tonen' }).click();
      await page.getByText('Geen gegevens in deze periode').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a case worker without the indicator role: a clear message, no figures', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      await mainNav(page).getByRole('link', { name: 'Indicatoren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Indicatoren kwaliteit en impact' }).waitFor();
      await page.getByText('U heeft geen toegang tot de indicatoren.').waitFor();
      expect(await kaarten(page).count()).toBe(0);
      await expectAccessible(page, 'the dashboard without the indicator role');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('analyst: figures, never the casussen behind them', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'analist');
      await openDashboard(page);
      await kiesRegioEnJaar(page, new Date().getFullYear());
      expect(await page.getByText('Onderliggende casussen').count()).toBe(0);
      expect(await page.locator('a[href^="/casussen/"]').count()).toBe(0);
      // No casus number anywhere on the page.
      expect(await page.locator('main').innerText()).not.toMatch(/C-\d{4}-\d{6}/);
      await expectAccessible(page, 'the dashboard of the analyst');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Actieoverleg chair: the casussen behind a counted indicator, only its own organisation’s', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'ao.voorzitter');
      await openDashboard(page);
      await kiesRegioEnJaar(page, new Date().getFullYear());
      // The demo casussen of the chair's organisation produce live measurements this year.
      const drill = page.locator('details.sl-indicator__drill');
      expect(await drill.count()).toBeGreaterThan(0);
      // Open the drill-downs until one lists casussen (the others say there are none of the own organisation).
      let casusLinks: string[] = [];
      for (let i = 0; i < (await drill.count()) && casusLinks.length === 0; i++) {
        const d = drill.nth(i);
        await d.locator('summary').click();
        await d.getByRole('list').or(d.getByText('Geen casussen van uw organisatie in deze periode.')).first().waitFor();
        casusLinks = await d.locator('a[href^="/casussen/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      }
      expect(casusLinks.length).toBeGreaterThan(0);
      await expectAccessible(page, 'the drill-down of the chair');
      // Every listed casus is one the chair's organisation takes part in: its casus opens (the API answers 404 otherwise).
      for (const href of [...new Set(casusLinks)].slice(0, 5)) {
        const response = await page.request.get(`/api/v1${href}`);
        expect(response.status(), href).toBe(200);
      }
      // And the link leads to the casus page.
      await page.locator(`a[href="${casusLinks[0]}"]`).first().click();
      await page.waitForURL(`**${casusLinks[0]}`);
      await page.getByRole('heading', { level: 1, name: /C-\d{4}-\d{6}/ }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

async function readDownload(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
