import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { actingOrganisation, launchBrowser, logInAs, logOut, mainNav, openPage, submitCredentials } from '../support/browser';

/** Every demo account, with the organisation it lands in (single membership). */
const demoAccounts: Array<[string, string]> = [
  ['vt.medewerker', 'Veilig Thuis Brabant-Noordoost'],
  ['vtzob.medewerker', 'Veilig Thuis Zuidoost-Brabant'],
  ['politie.medewerker', 'Politie Oost-Brabant'],
  ['om.officier', 'OM Oost-Brabant'],
  ['ao.voorzitter', 'Veilig Thuis Brabant-Noordoost'],
  ['analist', 'Veilig Thuis Brabant-Noordoost'],
  ['beheer.vt', 'Veilig Thuis Brabant-Noordoost'],
  ['rvdk.medewerker', 'Raad voor de Kinderbescherming'],
  ['reclassering.medewerker', 'Reclassering Nederland'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('inloggen', () => {
  it.each(demoAccounts)('%s logs in and lands on the overview of %s', async (gebruikersnaam, organisatie) => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, gebruikersnaam);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Welkom, /);
      expect(await actingOrganisation(page)).toContain(organisatie);
      expect(await page.getByTestId('overview-organisation').textContent()).toContain(organisatie);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('ketenpartner chooses an organisation, then switches it from the header', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'ketenpartner');
      await page.getByRole('heading', { level: 1, name: 'Kies uw organisatie' }).waitFor();
      const options = page.getByRole('radio');
      expect(await options.count()).toBe(2);
      await page.getByRole('radio', { name: 'Crisis Interventie Team' }).check();
      await page.getByRole('button', { name: 'Verder' }).click();
      await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
      expect(await actingOrganisation(page)).toBe('Crisis Interventie Team');

      await page.getByLabel('Andere organisatie').selectOption({ label: 'Veilig Thuis Zuidoost-Brabant' });
      await page.getByRole('button', { name: 'Wisselen' }).click();
      await expect.poll(() => actingOrganisation(page)).toBe('Veilig Thuis Zuidoost-Brabant');
      expect(await page.getByTestId('overview-organisation').textContent()).toContain('Veilig Thuis Zuidoost-Brabant');

      // The choice holds on the server: a reload shows the same organisation.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
      expect(await actingOrganisation(page)).toBe('Veilig Thuis Zuidoost-Brabant');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a wrong password shows an error and keeps the user on the login screen', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.goto('/');
      await submitCredentials(page, 'vt.medewerker', 'niet-het-goede-wachtwoord');
      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect(await error.textContent()).toContain('De combinatie van gebruikersnaam en wachtwoord is onjuist.');
      expect(await page.getByRole('alert').count()).toBeGreaterThan(0);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('too many wrong attempts: the wait time from Retry-After is shown', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.goto('/');
      const gebruikersnaam = `niemand.${Date.now().toString(36)}`;
      let shown = '';
      for (let attempt = 0; attempt < 8 && !shown.includes('Te veel pogingen'); attempt++) {
        await submitCredentials(page, gebruikersnaam, 'fout-fout-fout');
        await page.getByTestId('login-error').waitFor();
        await page.getByRole('button', { name: 'Inloggen', exact: true }).and(page.locator(':enabled')).waitFor();
        shown = (await page.getByTestId('login-error').textContent()) ?? '';
      }
      expect(shown).toMatch(/Te veel pogingen achter elkaar\. Probeer het over \d+ seconden? opnieuw\./);
    } finally {
      await context.close();
    }
  });

  it('empty fields are named next to the fields', async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByText('Gebruikersnaam (verplicht)').waitFor();
      expect(await page.getByLabel('Gebruikersnaam', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    } finally {
      await context.close();
    }
  });

  it('log out ends the session; the app asks to log in again, also after a reload', async () => {
    const { page, context } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      await logOut(page);
      await page.getByText('U bent uitgelogd.').waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      const status = await page.evaluate(async () => (await fetch('/api/v1/sessies/huidig')).status);
      expect(status).toBe(401);
    } finally {
      await context.close();
    }
  });

  it('an ended session sends the user back to the login screen with "Uw sessie is verlopen"', async () => {
    const { page, context } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      await page.getByRole('link', { name: 'Mijn account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
      await context.clearCookies();
      // The session is gone on the server's side of things; changing the password meets the 401.
      await page.getByLabel('Huidig wachtwoord').fill('Samenloop-Demo-2026');
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een-heel-lang-nieuw-wachtwoord');
      await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een-heel-lang-nieuw-wachtwoord');
      await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
      await page.getByText('Uw sessie is verlopen').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

      // Navigating to another page also notices the ended session.
      await logInAs(page, 'vt.medewerker');
      await context.clearCookies();
      await mainNav(page).getByRole('link', { name: 'Casussen' }).click();
      await page.getByText('Uw sessie is verlopen').waitFor();
      // After logging in again the user is back where he was going.
      await submitCredentials(page, 'vt.medewerker');
      await page.getByRole('heading', { level: 1, name: 'Casussen' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
