import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  actingOrganisation,
  launchBrowser,
  logInAs,
  logOut,
  mainNav,
  openPage,
  replaceTemporaryPassword,
  submitCredentials,
  totpCode,
  uniqueSuffix,
} from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function createUser(page: Page, gebruikersnaam: string, naam: string, wachtwoord: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Gebruikers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
  await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' }).waitFor();
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Naam', { exact: true }).fill(naam);
  await page.getByLabel(/^E-mailadres/).fill(`${gebruikersnaam}@example.org`);
  await page.getByLabel('Tijdelijk wachtwoord').fill(wachtwoord);
  // Medewerker is ticked by default; add a second role.
  await page.getByRole('checkbox', { name: 'Analist' }).check();
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
  await page.getByText(`Gebruiker ${naam} is aangemaakt.`).waitFor();
}

describe('gebruikersbeheer', () => {
  it('the administrator creates a user, who replaces the temporary password, sets up TOTP, sees recovery codes and reaches the overview', async () => {
    const suffix = uniqueSuffix();
    const gebruikersnaam = `e2e.${suffix}`;
    const naam = `Eva Testgebruiker ${suffix}`;
    const tijdelijk = `Tijdelijk-${suffix}-wachtwoord!`;
    const wachtwoord = `Eigen-${suffix}-geheim-wachtwoord`;

    const admin = await openPage(browser);
    try {
      await logInAs(admin.page, 'beheer.vt');
      await createUser(admin.page, gebruikersnaam, naam, tijdelijk);
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.context.close();
    }

    const user = await openPage(browser);
    const { page } = user;
    try {
      await logInAs(page, gebruikersnaam, tijdelijk);
      // The same password again is refused at the field; then the user's own.
      await replaceTemporaryPassword(page, tijdelijk, tijdelijk);
      await expect.poll(() => page.getByLabel('Nieuw wachtwoord', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await replaceTemporaryPassword(page, tijdelijk, wachtwoord);
      await page.getByRole('heading', { level: 1, name: 'Tweede factor instellen' }).waitFor();
      await page.getByRole('img', { name: /QR-code/ }).waitFor();
      const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

      // A wrong code is refused next to the field.
      const wrong = totpCode(secret) === '000000' ? '111111' : '000000';
      await page.getByLabel('Code uit de app (6 cijfers)').fill(wrong);
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await expect.poll(() => page.getByLabel('Code uit de app (6 cijfers)').getAttribute('aria-invalid')).toBe('true');

      await page.getByLabel('Code uit de app (6 cijfers)').fill(totpCode(secret));
      await page.getByRole('button', { name: 'Bevestigen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Uw herstelcodes' }).waitFor();
      const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents();
      expect(codes.length).toBeGreaterThanOrEqual(5);
      await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
      await page.getByRole('heading', { level: 1, name: `Welkom, ${naam}` }).waitFor();
      expect(await actingOrganisation(page)).toBe('Veilig Thuis Brabant-Noordoost');
      expect(await page.getByTestId('overview-roles').textContent()).toBe('Medewerker, Analist');

      // Next time: password, then the code from the app (the next 30-second step: a code works only once).
      await logOut(page);
      await submitCredentials(page, gebruikersnaam, wachtwoord);
      await page.getByRole('heading', { level: 2, name: 'Code uit uw authenticator-app' }).waitFor();
      await page.getByLabel('Code (6 cijfers)').fill(totpCode(secret, 1));
      await page.getByRole('button', { name: 'Controleren en inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: `Welkom, ${naam}` }).waitFor();

      // And with a recovery code instead of the app.
      await logOut(page);
      await submitCredentials(page, gebruikersnaam, wachtwoord);
      await page.getByRole('button', { name: /herstelcode gebruiken/ }).click();
      await page.getByLabel('Herstelcode').fill(codes[0]!.trim());
      await page.getByRole('button', { name: 'Controleren en inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: `Welkom, ${naam}` }).waitFor();
      await logOut(page);
      expect(user.problems).toEqual([]);
    } finally {
      await user.context.close();
    }

    // Phone lost: the administrator has the second factor set up again; the next login starts enrolment.
    const again = await openPage(browser);
    try {
      await logInAs(again.page, 'beheer.vt');
      await mainNav(again.page).getByRole('link', { name: 'Gebruikers' }).click();
      await again.page.getByRole('link', { name: naam }).click();
      await again.page.getByRole('heading', { level: 1, name: `Gebruiker ${naam}` }).waitFor();
      await again.page.getByRole('button', { name: 'Tweede factor opnieuw laten instellen' }).click();
      await again.page.getByText('Weet u het zeker?').waitFor();
      await again.page.getByRole('button', { name: 'Tweede factor opnieuw laten instellen' }).click();
      await again.page.getByText('De gebruiker stelt bij de volgende keer inloggen een nieuwe tweede factor in.').waitFor();
      await logOut(again.page);
      await logInAs(again.page, gebruikersnaam, wachtwoord);
      await again.page.getByRole('heading', { level: 1, name: 'Tweede factor instellen' }).waitFor();
      await again.page.getByTestId('totp-secret').waitFor();
    } finally {
      await again.context.close();
    }
  });

  it('the administrator edits a user; a stale version is reported and reloaded', async () => {
    const suffix = uniqueSuffix();
    const gebruikersnaam = `e2e.wijzig.${suffix}`;
    const naam = `Wim Wijzig ${suffix}`;
    const first = await openPage(browser);
    const second = await openPage(browser);
    try {
      await logInAs(first.page, 'beheer.vt');
      await createUser(first.page, gebruikersnaam, naam, `Tijdelijk-${suffix}-wachtwoord!`);
      const editUrl = first.page.url().replace(/\?.*$/, '');

      // Two administrators open the same user.
      await logInAs(second.page, 'beheer.vt');
      await second.page.goto(editUrl);
      await second.page.getByRole('heading', { level: 1, name: `Gebruiker ${naam}` }).waitFor();

      await first.page.getByLabel('Naam', { exact: true }).fill(`${naam} (gewijzigd)`);
      await first.page.getByRole('button', { name: 'Opslaan' }).click();
      await first.page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
      await first.page.getByRole('heading', { level: 1, name: `Gebruiker ${naam} (gewijzigd)` }).waitFor();

      await second.page.getByRole('checkbox', { name: 'Account is actief' }).uncheck();
      await second.page.getByRole('button', { name: 'Opslaan' }).click();
      await second.page.getByText(/Iemand anders heeft deze gebruiker intussen gewijzigd/).waitFor();
      // The latest version is shown: the other administrator's name change, and the box back as it is.
      await second.page.getByRole('heading', { level: 1, name: `Gebruiker ${naam} (gewijzigd)` }).waitFor();
      expect(await second.page.getByRole('checkbox', { name: 'Account is actief' }).isChecked()).toBe(true);

      // Now the change goes through, and the list shows it.
      await second.page.getByRole('checkbox', { name: 'Account is actief' }).uncheck();
      await second.page.getByRole('button', { name: 'Opslaan' }).click();
      await second.page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
      await second.page.getByRole('link', { name: 'Terug naar de gebruikers' }).click();
      const row = second.page.getByRole('row').filter({ hasText: gebruikersnaam });
      await row.waitFor();
      expect(await row.textContent()).toContain('Gedeactiveerd');
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it('the server names invalid fields next to them (a password that is too common)', async () => {
    const { page, context } = await openPage(browser);
    try {
      await logInAs(page, 'beheer.vt');
      await page.goto('/gebruikers/nieuw');
      await page.getByLabel('Gebruikersnaam').fill(`e2e.zwak.${uniqueSuffix()}`);
      await page.getByLabel('Naam', { exact: true }).fill('Zwak Wachtwoord');
      await page.getByLabel('Tijdelijk wachtwoord').fill('wachtwoord123');
      await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
      await expect.poll(() => page.getByLabel('Tijdelijk wachtwoord').getAttribute('aria-invalid')).toBe('true');
      await page.getByText('Controleer de velden hieronder.').waitFor();
    } finally {
      await context.close();
    }
  });
});
