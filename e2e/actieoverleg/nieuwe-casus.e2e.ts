import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { postJson } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, mainNav, openPage, uniqueSuffix } from '../support/browser';

/**
 * A referral that opens its casus: Veilig Thuis has a mother and child (entered through the API) without a casus.
 * On /actieoverleg "Nieuwe aanmelding" starts with step 1: search the persons (only those Veilig Thuis may see can be
 * chosen — a person the police entered is found but not offered), give each a role, the purpose and the grondslag;
 * then the referral form as for an existing casus. Saving the draft opens the casus and lands on the referral.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('nieuwe aanmelding zonder casus', () => {
  it('VT chooses visible persons with roles, doel and grondslag, saves the draft: the casus exists and the referral is shown', async () => {
    const suffix = uniqueSuffix();
    const achternaam = `Nieuwaanmeld${suffix}`;

    // The police entered someone with the same surname: found by the search, but not for Veilig Thuis to choose.
    const politie = await openPage(browser);
    try {
      await logInAs(politie.page, 'politie.medewerker');
      await postJson(politie.page, '/api/v1/personen', { voornamen: 'Bram', achternaam, geboortedatum: '1979-01-01', geslacht: 'man' });
    } finally {
      await politie.context.close();
    }

    const vt = await openPage(browser);
    try {
      const { page, problems } = vt;
      await logInAs(page, 'vt.medewerker');
      await postJson(page, '/api/v1/personen', { voornamen: 'Femke', achternaam, geboortedatum: '1990-04-04', geslacht: 'vrouw' });
      await postJson(page, '/api/v1/personen', { voornamen: 'Jip', achternaam, geboortedatum: '2017-05-05', geslacht: 'onbekend' });

      await mainNav(page).getByRole('link', { name: 'Actieoverleg', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Actieoverleg', exact: true }).waitFor();
      await page.getByRole('link', { name: 'Nieuwe aanmelding (nog geen casus)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aanmelden bij het Actieoverleg' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Stap 1: personen, doel en grondslag' }).waitFor();
      await expectAccessible(page, 'step 1 of a new referral');

      // Nothing chosen yet: each missing part is named beside its field.
      await page.getByRole('button', { name: 'Verder naar het aanmeldformulier' }).click();
      await page.getByText('Kies minimaal één persoon.').waitFor();
      await page.getByText('Beschrijf in minimaal 10 tekens waarom uw organisatie deelneemt.').waitFor();
      await page.getByText('Kies een grondslag.').waitFor();

      // The search: the two persons Veilig Thuis entered are offered, the police's is not.
      await page.getByLabel('Naam', { exact: true }).fill(achternaam);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByRole('heading', { level: 3, name: 'Zoekresultaten' }).waitFor();
      await page.getByRole('button', { name: `Femke ${achternaam} kiezen` }).waitFor();
      expect(await page.getByRole('button', { name: `Bram ${achternaam} kiezen` }).count()).toBe(0);
      expect(await page.getByText(`Bram ${achternaam}`).count()).toBe(0);
      await page.getByText('mag uw organisatie niet inzien').waitFor();
      await expectAccessible(page, 'step 1 with search results');

      await page.getByRole('button', { name: `Femke ${achternaam} kiezen` }).click();
      await page.getByRole('button', { name: `Jip ${achternaam} kiezen` }).click();
      expect(await page.getByTestId('gekozen-persoon').count()).toBe(2);
      await page.getByRole('button', { name: 'Verder naar het aanmeldformulier' }).click();
      await page.getByText('Kies de rol van deze persoon.').first().waitFor();
      await page.getByLabel(`Rol van Femke ${achternaam}`).selectOption('slachtoffer');
      await page.getByLabel(`Rol van Jip ${achternaam}`).selectOption('kind');
      await page.getByLabel('Doel', { exact: true }).fill('Veiligheid van moeder en kind na dreiging door de ex-partner beoordelen.');
      const grondslag = page.getByLabel('Grondslag', { exact: true });
      const eerste = await grondslag.locator('option').nth(1).getAttribute('value');
      await grondslag.selectOption(eerste!);
      await expectAccessible(page, 'step 1 completed');
      await page.getByRole('button', { name: 'Verder naar het aanmeldformulier' }).click();

      // The referral form as for an existing casus, with the chosen persons and their roles.
      await page.getByLabel('Omschrijving van de situatie').waitFor();
      await page.getByRole('row').filter({ hasText: `Jip ${achternaam}` }).getByText('Kind', { exact: true }).waitFor();
      await page.getByRole('row').filter({ hasText: `Femke ${achternaam}` }).getByText('Slachtoffer', { exact: true }).waitFor();
      await expectAccessible(page, 'the referral form for a new casus');
      await page.getByLabel('Omschrijving van de situatie').fill('Ex-partner dreigt moeder iets aan te doen; zoon (8) woont bij moeder.');
      await page.getByRole('button', { name: 'Concept opslaan' }).click();

      // Saved: the casus exists, the address is the referral's own.
      await page.getByRole('status').getByText('Concept opgeslagen.').waitFor();
      await page.waitForURL(/\/actieoverleg\/aanmeldingen\/[0-9a-f-]{36}$/);
      const h1 = page.getByRole('heading', { level: 1, name: /^Aanmelding Actieoverleg – casus C-/ });
      await h1.waitFor();
      const nummer = ((await h1.textContent()) ?? '').replace(/^.*casus /, '').trim();
      expect(await page.getByTestId('aanmelding-status').textContent()).toBe('Concept');
      await expectAccessible(page, 'the saved referral of a new casus');

      await page.reload();
      await page.getByRole('heading', { level: 1, name: `Aanmelding Actieoverleg – casus ${nummer}` }).waitFor();
      expect(await page.getByLabel('Omschrijving van de situatie').inputValue()).toContain('Ex-partner dreigt');

      await page.getByRole('link', { name: `Naar casus ${nummer}` }).click();
      await page.getByRole('heading', { level: 1, name: `Casus ${nummer}` }).waitFor();
      await page.getByText(`Femke ${achternaam}`).first().waitFor();
      await page.getByText(`Jip ${achternaam}`).first().waitFor();

      await page.goto('/actieoverleg');
      await page.getByTestId('mijn-aanmelding').filter({ hasText: nummer }).getByText('Concept', { exact: true }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await vt.context.close();
    }
  });
});
