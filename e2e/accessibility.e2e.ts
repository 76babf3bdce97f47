import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  expectAccessible,
  launchBrowser,
  logInAs,
  logOut,
  mainNav,
  openPage,
  replaceTemporaryPassword,
  submitCredentials,
  totpCode,
  uniqueSuffix,
  type TestPage,
} from './support/browser';

/**
 * axe (WCAG 2.0 and 2.1, levels A and AA) on every screen of the web app, in Dutch and for a few in English.
 * No rule is switched off: a violation is a bug in the UI.
 */

/** Areas not built yet (the built ones have their own e2e files with axe on every screen). */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage(run: (page: Page, t: TestPage) => Promise<void>, viewport?: { width: number; height: number }) {
  const t = await openPage(browser, viewport);
  try {
    await run(t.page, t);
  } finally {
    await t.context.close();
  }
}

async function h1(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('toegankelijkheid (axe, WCAG 2.1 AA)', () => {
  it('login screen, its error state and the logged-out notice', async () => {
    await withPage(async (page) => {
      await page.goto('/');
      await h1(page, 'Inloggen');
      await expectAccessible(page, 'login');
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByText('Gebruikersnaam (verplicht)').waitFor();
      await expectAccessible(page, 'login with empty fields');
      await submitCredentials(page, 'onbekende.gebruiker', 'fout-wachtwoord-123');
      await page.getByTestId('login-error').waitFor();
      await expectAccessible(page, 'login with wrong password');
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await h1(page, 'Log in');
      await expectAccessible(page, 'login (English)');
    });
  });

  // Every area has its own e2e file that checks its screens with axe; this one covers the shell's own pages.
  it('overview and my account', async () => {
    await withPage(async (page) => {
      await logInAs(page, 'ao.voorzitter');
      await expectAccessible(page, 'overview');
      await page.goto('/account');
      await h1(page, 'Mijn account');
      await expectAccessible(page, 'my account');
      await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
      await page.getByText('Vul uw huidige wachtwoord in.').waitFor();
      await expectAccessible(page, 'my account with errors');
      await page.goto('/bestaat-niet');
      await h1(page, 'Pagina niet gevonden');
      await expectAccessible(page, 'not found');
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.goto('/');
      await h1(page, /^Welcome/);
      await expectAccessible(page, 'overview (English)');
    });
  });

  it('at tablet width', async () => {
    await withPage(
      async (page) => {
        await logInAs(page, 'beheer.vt');
        await expectAccessible(page, 'overview (tablet)');
        await page.goto('/gebruikers');
        await page.getByRole('table').waitFor();
        await expectAccessible(page, 'users (tablet)');
      },
      { width: 768, height: 1024 },
    );
  });

  it('organisation choice and the header switcher', async () => {
    await withPage(async (page) => {
      await logInAs(page, 'ketenpartner');
      await h1(page, 'Kies uw organisatie');
      await expectAccessible(page, 'choose organisation');
      await page.getByRole('button', { name: 'Verder' }).click();
      await page.getByText('Kies een organisatie.').waitFor();
      await expectAccessible(page, 'choose organisation without a choice');
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Verder' }).click();
      await h1(page, /^Welkom/);
      await expectAccessible(page, 'overview with organisation switcher');
    });
  });

  it('user administration (list, create, edit), the audit log, TOTP enrolment, recovery codes and the TOTP step', async () => {
    const suffix = uniqueSuffix();
    const gebruikersnaam = `a11y.${suffix}`;
    const naam = `Anna Toegankelijk ${suffix}`;
    const tijdelijk = `Tijdelijk-${suffix}-wachtwoord!`;
    const wachtwoord = `Eigen-${suffix}-geheim-wachtwoord`;

    await withPage(async (page) => {
      await logInAs(page, 'beheer.vt');
      await mainNav(page).getByRole('link', { name: 'Gebruikers' }).click();
      await page.getByRole('table').waitFor();
      await expectAccessible(page, 'users list');

      await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
      await h1(page, 'Nieuwe gebruiker');
      await expectAccessible(page, 'create user');
      await page.getByRole('checkbox', { name: 'Medewerker' }).uncheck();
      await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
      await page.getByText('Kies minimaal één rol.').first().waitFor();
      await expectAccessible(page, 'create user with errors');

      await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
      await page.getByLabel('Naam', { exact: true }).fill(naam);
      await page.getByLabel('Tijdelijk wachtwoord').fill(tijdelijk);
      await page.getByRole('checkbox', { name: 'Medewerker' }).check();
      await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
      await h1(page, `Gebruiker ${naam}`);
      await expectAccessible(page, 'edit user');

      await mainNav(page).getByRole('link', { name: 'Auditlog' }).click();
      await h1(page, 'Auditlog');
      await page.getByRole('table').or(page.getByRole('alert')).first().waitFor();
      await expectAccessible(page, 'audit log');
    });

    await withPage(async (page) => {
      await logInAs(page, gebruikersnaam, tijdelijk);
      await h1(page, 'Kies uw eigen wachtwoord');
      await expectAccessible(page, 'replace temporary password');
      await replaceTemporaryPassword(page, tijdelijk, tijdelijk);
      await page.getByRole('alert').first().waitFor();
      await expectAccessible(page, 'replace temporary password with errors');
      await replaceTemporaryPassword(page, tijdelijk, wachtwoord);
      await h1(page, 'Tweede factor instellen');
      await page.getByTestId('totp-secret').waitFor();
      await expectAccessible(page, 'TOTP enrolment');
      const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
      await page.getByLabel('Code uit de app (6 cijfers)').fill(totpCode(secret));
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByTestId('recovery-codes').waitFor();
      await expectAccessible(page, 'recovery codes');
      await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
      await h1(page, `Welkom, ${naam}`);
      await logOut(page);
      await expectAccessible(page, 'login after log out');

      await submitCredentials(page, gebruikersnaam, wachtwoord);
      await page.getByLabel('Code (6 cijfers)').waitFor();
      await expectAccessible(page, 'TOTP step');
      await page.getByLabel('Code (6 cijfers)').fill('000000');
      await page.getByRole('button', { name: 'Controleren en inloggen' }).click();
      await page.getByTestId('login-error').waitFor();
      await expectAccessible(page, 'TOTP step with a wrong code');
      await page.getByRole('button', { name: /herstelcode gebruiken/ }).click();
      await page.getByLabel('Herstelcode').waitFor();
      await expectAccessible(page, 'recovery code step');
    });
  });
});
