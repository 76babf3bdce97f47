import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, logInAs, mainNav, openPage } from '../support/browser';

/** The areas in the main menu: label, path, the h1 of the page. */
const areas: Array<[string, string, string]> = [
  ['Casussen', '/casussen', 'Casussen van mijn organisatie'],
  ['Taken', '/taken', 'Mijn taken'],
  ['Bevragingen', '/bevragingen', 'Bevragingen'],
  ['Meldingen', '/meldingen', 'Meldingen'],
  ['Samen op in Acuut', '/acuut', 'Samen op in Acuut'],
  ['Actieoverleg', '/actieoverleg', 'Actieoverleg'],
  ['Veilig Thuis & ZSM', '/zsm', 'ZSM: lopende zaken huiselijk geweld'],
  ['Strafbare kindermishandeling', '/kindermishandeling', 'Strafbare kindermishandeling'],
  ['Veiligheidsplan', '/veiligheidsplan', 'Veiligheidsplan'],
  ['Indicatoren', '/indicatoren', 'Indicatoren kwaliteit en impact'],
  ['Netwerk', '/netwerk', 'Regionaal Netwerk Zorg en Straf'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('de schil', () => {
  it('every area page is reachable from the main menu, marked aria-current', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      for (const [label, path, title] of areas) {
        await mainNav(page).getByRole('link', { name: label, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
        expect(new URL(page.url()).pathname).toBe(path);
        expect(await mainNav(page).getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe('page');
        expect(await page.title()).toBe(`${title} – Samenloop`);
      }
      // Back in the browser history goes to the previous area.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Indicatoren kwaliteit en impact', exact: true }).waitFor();
      // A deep link works after a reload.
      await page.goto('/actieoverleg');
      await page.getByRole('heading', { level: 1, name: 'Actieoverleg', exact: true }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('administration is in the menu only for the functional administrator', async () => {
    const { page, context } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      expect(await mainNav(page).getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);
      expect(await mainNav(page).getByRole('link', { name: 'Auditlog' }).count()).toBe(0);
      await page.goto('/gebruikers');
      await page.getByRole('heading', { level: 1, name: 'U heeft geen toegang tot deze pagina.' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('switching the language NL → EN changes the menu and <html lang>, and is remembered', async () => {
    const { page, context } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await mainNav(page).getByRole('link', { name: 'Casussen' }).waitFor();
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await mainNav(page).getByRole('link', { name: 'Cases', exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await mainNav(page).getByRole('link', { name: 'Overview', exact: true }).count()).toBe(1);
      expect(await mainNav(page).getByRole('link', { name: 'Casussen' }).count()).toBe(0);
      await page.reload();
      await mainNav(page).getByRole('link', { name: 'Cases', exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
      await mainNav(page).getByRole('link', { name: 'Casussen' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    } finally {
      await context.close();
    }
  });

  it('keyboard: Tab from the top reaches the skip link first, and it moves focus to main', async () => {
    const { page, context } = await openPage(browser);
    try {
      for (const loggedIn of [false, true]) {
        if (loggedIn) await logInAs(page, 'vt.medewerker');
        await page.goto(loggedIn ? '/casussen' : '/');
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        expect(await focused.textContent()).toBe('Naar de inhoud');
        expect(await focused.isVisible()).toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      }
      // The menu works with the keyboard: focus a link and press Enter.
      await mainNav(page).getByRole('link', { name: 'Netwerk' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Netwerk' }).waitFor();
      // After navigating, focus is on the new page's heading.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('paginatitel');
    } finally {
      await context.close();
    }
  });

  it('works at tablet width: the menu and the header stay usable', async () => {
    const { page, context } = await openPage(browser, { width: 768, height: 1024 });
    try {
      await logInAs(page, 'beheer.vt');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await mainNav(page).getByRole('link', { name: 'Auditlog' }).click();
      await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
