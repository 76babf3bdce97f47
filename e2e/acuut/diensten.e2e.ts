import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logInAs, openPage, uniqueSuffix } from '../support/browser';
import { localTime } from '../support/api';

/**
 * The roster of Veilig Thuis's bereikbaarheidsdienst, kept by its functional administrator (beheer.vt) on a phone:
 * a shift that is on now is added (errors beside the fields first), the police see it under "Wie bel ik nu?", and it
 * is deleted again after a confirmation (so later tests see the demo roster unchanged).
 */

const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function politieZiet(naam: string, telefoon: string): Promise<{ bel: number; terPlaatse: boolean }> {
  const { page, context } = await openPage(browser, PHONE);
  try {
    await logInAs(page, 'politie.medewerker');
    await page.goto('/acuut');
    await page.getByRole('heading', { level: 2, name: 'Wie bel ik nu?' }).waitFor();
    await page.locator('a[href^="tel:"]').first().waitFor();
    const bel = page.getByRole('link', { name: `Bel ${naam}: ${telefoon}` });
    const count = await bel.count();
    const terPlaatse = count > 0 && (await page.locator('.sl-acuut-dienst', { has: bel }).getByText('Kan ter plaatse komen').count()) > 0;
    if (count > 0) {
      expect(await bel.first().getAttribute('href')).toBe(`tel:${telefoon.replace(/[^+\d]/g, '')}`);
      await expectAccessible(page, 'acuut: wie bel ik nu, met de nieuwe dienst');
    }
    return { bel: count, terPlaatse };
  } finally {
    await context.close();
  }
}

function dienstItem(page: Page, naam: string) {
  return page.getByTestId('rooster-dienst').filter({ hasText: naam });
}

describe('Rooster bereikbaarheid', () => {
  it('the VT administrator adds a shift that is on now, the police see whom to call, the shift is deleted after confirming', async () => {
    const naam = `Dienst E2E ${uniqueSuffix()}`;
    const telefoon = '06-1234 5678';
    const beheer = await openPage(browser, PHONE);
    try {
      const { page, problems } = beheer;
      await logInAs(page, 'beheer.vt');
      await page.goto('/acuut');
      await page.getByRole('heading', { level: 1, name: 'Samen op in Acuut' }).waitFor();
      // A functional administrator keeps the roster but registers no contacts.
      expect(await page.getByRole('link', { name: 'Acuut contact vastleggen' }).count()).toBe(0);
      await expectAccessible(page, 'acuut: functioneel beheerder');
      await page.getByRole('link', { name: 'Rooster bereikbaarheid beheren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Rooster bereikbaarheid' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Bereikbaarheidsdienst: komende diensten' }).waitFor();
      expect(await page.getByTestId('rooster-dienst').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'rooster: overzicht');
      if (process.env.A3_SHOTS) await page.screenshot({ path: '/tmp/a3-rooster.png', fullPage: true });

      // Nothing filled in: the reasons beside the fields.
      await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
      await page.locator('#dienst-naam-error').waitFor();
      expect(await page.locator('#dienst-telefoon-error').textContent()).toBe('Vul het telefoonnummer in');
      await page.locator('#dienst-tot-error').waitFor();
      // The end before the start.
      await page.getByLabel('Naam', { exact: true }).fill(naam);
      await page.getByLabel('Telefoonnummer').fill(telefoon);
      await page.getByLabel('Van', { exact: true }).fill(localTime(-0.1));
      await page.getByLabel('Tot', { exact: true }).fill(localTime(-1));
      await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
      expect(await page.locator('#dienst-tot-error').textContent()).toBe('Het einde van de dienst moet later zijn dan het begin');
      expect(await page.locator('#dienst-naam-error').count()).toBe(0);
      await expectAccessible(page, 'rooster: fouten bij de velden');
      await page.getByLabel('Tot', { exact: true }).fill(localTime(2));
      await page.getByLabel('Kan ter plaatse komen in deze dienst').check();
      await page.getByRole('button', { name: 'Dienst toevoegen' }).click();
      await page.getByText(`Dienst toegevoegd: ${naam}`).waitFor();
      await dienstItem(page, naam).getByText('Kan ter plaatse komen').waitFor();
      expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await beheer.context.close();
    }

    // The police officer sees the new shift under whom to call now, with on-site presence possible.
    expect(await politieZiet(naam, telefoon)).toEqual({ bel: 1, terPlaatse: true });

    const weer = await openPage(browser, PHONE);
    try {
      const { page, problems } = weer;
      await logInAs(page, 'beheer.vt');
      await page.goto('/acuut/diensten');
      const item = dienstItem(page, naam);
      await item.waitFor();
      // Deleting asks first; cancelling keeps the shift.
      await item.getByRole('button', { name: /^Verwijderen/ }).click();
      await item.getByText(new RegExp(`Dienst van ${naam} vanaf .* echt verwijderen\\?`)).waitFor();
      await expectAccessible(page, 'rooster: bevestiging verwijderen');
      await item.getByRole('button', { name: 'Annuleren' }).click();
      await item.getByRole('button', { name: /^Verwijderen/ }).click();
      await item.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await page.getByText(`Dienst verwijderd: ${naam}`).waitFor();
      expect(await dienstItem(page, naam).count()).toBe(0);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Bereikbaarheidsdienst: komende diensten' }).waitFor();
      expect(await dienstItem(page, naam).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await weer.context.close();
    }

    expect((await politieZiet(naam, telefoon)).bel).toBe(0);
  });
});
