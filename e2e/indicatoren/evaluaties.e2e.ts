import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logInAs, openPage, uniqueSuffix } from '../support/browser';

/**
 * The inputs of the qualitative indicators: a Veilig Thuis practitioner fills in the yearly Actieoverleg evaluation
 * (a grade and statements, "weet niet" allowed) and sees it saved; the RNZS member sees the response counts,
 * registers a training with hours (a negative number and a future date are refused beside the field), changes it, and deletes it after
 * confirming. Every screen passes axe, also at 320 px.
 */

const SMAL = { width: 320, height: 800 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function geenHorizontaleScroll(page: Page, what: string) {
  const breed = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breed, `${what} scrolls horizontally at 320 px`).toBeLessThanOrEqual(320);
}

describe('Evaluaties en inspanningen', () => {
  it('vt.medewerker fills in the Actieoverleg evaluation and sees it saved', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      await page.goto('/indicatoren/evaluaties');
      await page.getByRole('heading', { level: 1, name: 'Mijn evaluaties' }).waitFor();
      await page.getByLabel('Verbeteractie', { exact: true }).selectOption('actieoverleg');
      const actieoverleg = page.getByRole('region', { name: 'Actieoverleg', exact: true });
      await actieoverleg.getByRole('button', { name: 'Evaluatie Actieoverleg opslaan' }).waitFor();
      await expectAccessible(page, 'evaluaties: leeg formulier');

      await actieoverleg.getByLabel('Welk rapportcijfer geeft u het Actieoverleg dit jaar?').selectOption('8');
      const vertrouwen = actieoverleg.locator('fieldset', { hasText: 'Ik vertrouw de partners aan tafel bij het Actieoverleg.' });
      await vertrouwen.getByLabel('Eens', { exact: true }).check();
      const beeld = actieoverleg.locator('fieldset', { hasText: 'Door het Actieoverleg krijg ik een completer beeld van de situatie.' });
      await beeld.getByLabel('Weet niet', { exact: true }).check();
      await actieoverleg.getByRole('button', { name: 'Evaluatie Actieoverleg opslaan' }).click();
      await actieoverleg.getByText('Uw evaluatie van Actieoverleg is opgeslagen.').waitFor();
      await expectAccessible(page, 'evaluaties: opgeslagen');

      // The choice of improvement action says which ones are filled in.
      expect(await page.getByLabel('Verbeteractie', { exact: true }).locator('option:checked').textContent()).toBe('Actieoverleg (ingevuld)');
      // Saved on the server: after a reload (the choice is kept in the address) the answers are back.
      await page.reload();
      const opnieuw = page.getByRole('region', { name: 'Actieoverleg', exact: true });
      await opnieuw.getByText(/^Laatst opgeslagen op/).waitFor();
      expect(await opnieuw.getByLabel('Welk rapportcijfer geeft u het Actieoverleg dit jaar?').inputValue()).toBe('8');
      expect(
        await opnieuw.locator('fieldset', { hasText: 'Ik vertrouw de partners aan tafel bij het Actieoverleg.' }).getByLabel('Eens', { exact: true }).isChecked(),
      ).toBe(true);

      // Saving again replaces it (If-Match from the loaded version).
      await opnieuw.getByLabel('Welk rapportcijfer geeft u het Actieoverleg dit jaar?').selectOption('9');
      await opnieuw.getByRole('button', { name: 'Evaluatie Actieoverleg opslaan' }).click();
      await opnieuw.getByText('Uw evaluatie van Actieoverleg is opgeslagen.').waitFor();
      // A practitioner sees no response counts (aggregates are for the network and analysts).
      expect(await page.getByRole('heading', { name: 'Respons in uw regio' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the evaluation screen works at 320 px', async () => {
    const { page, context } = await openPage(browser, SMAL);
    try {
      await logInAs(page, 'vt.medewerker');
      await page.goto('/indicatoren/evaluaties?verbeteractie=actieoverleg');
      await page.getByRole('region', { name: 'Actieoverleg', exact: true }).getByRole('button', { name: 'Evaluatie Actieoverleg opslaan' }).waitFor();
      await expectAccessible(page, 'evaluaties: 320 px');
      await geenHorizontaleScroll(page, 'evaluaties');
    } finally {
      await context.close();
    }
  });

  it('rnzs.lid sees the response, registers a training with hours, changes it and deletes it', async () => {
    const { page, context, problems } = await openPage(browser);
    const omschrijving = `Training driestappenmethode ${uniqueSuffix()}`;
    try {
      await logInAs(page, 'rnzs.lid');
      await page.goto('/indicatoren/evaluaties');
      await page.getByRole('heading', { level: 2, name: 'Respons in uw regio' }).waitFor();
      await page.getByRole('table', { name: /^Respons op de evaluaties in \d{4}$/ }).waitFor();
      await expectAccessible(page, 'evaluaties: respons voor het RNZS-lid');

      await page.goto('/indicatoren/inspanningen');
      await page.getByRole('heading', { level: 1, name: 'Inspanningen' }).waitFor();
      await page.getByRole('button', { name: 'Inspanning registreren' }).waitFor();
      await expectAccessible(page, 'inspanningen: lijst');

      await page.getByRole('button', { name: 'Inspanning registreren' }).click();
      const formulier = page.getByRole('region', { name: 'Nieuwe inspanning' });
      await formulier.getByLabel('Verbeteractie').selectOption('actieoverleg');
      await formulier.getByLabel('Soort inspanning').selectOption('training');
      await formulier.getByLabel('Uren (optioneel)').fill('-3');
      await formulier.getByLabel('Aantal deelnemers (optioneel)').fill('10');
      await formulier.getByLabel('Meer werk', { exact: true }).check();
      await formulier.getByLabel('Omschrijving (optioneel)').fill(omschrijving);
      await formulier.getByRole('button', { name: 'Inspanning opslaan' }).click();
      // Refused beside the field.
      await page.locator('#inspanning-uren-error').waitFor();
      expect(await page.locator('#inspanning-uren-error').textContent()).toContain('negatief');
      expect(await formulier.getByLabel('Uren (optioneel)').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'inspanningen: fout bij uren');

      // A date in the future: refused by the server, named beside the field.
      const vandaag = await formulier.getByLabel('Datum', { exact: true }).inputValue();
      await formulier.getByLabel('Uren (optioneel)').fill('12,5');
      await formulier.getByLabel('Datum', { exact: true }).fill(`${Number(vandaag.slice(0, 4)) + 1}-01-15`);
      await formulier.getByRole('button', { name: 'Inspanning opslaan' }).click();
      await page.locator('#inspanning-datum-error').waitFor();
      expect(await page.locator('#inspanning-datum-error').textContent()).toContain('toekomst');
      expect(await page.locator('#inspanning-uren-error').count()).toBe(0);

      await formulier.getByLabel('Datum', { exact: true }).fill(vandaag);
      await formulier.getByRole('button', { name: 'Inspanning opslaan' }).click();
      await page.getByText('De inspanning is opgeslagen.').waitFor();
      const rij = page.getByRole('row').filter({ hasText: omschrijving });
      await rij.waitFor();
      expect(await rij.getByRole('cell').nth(3).textContent()).toMatch(/12[,.]5/);
      await expectAccessible(page, 'inspanningen: geregistreerd');

      await rij.getByRole('button', { name: /^Wijzigen: Training en intervisie van / }).click();
      const wijzig = page.getByRole('region', { name: 'Inspanning wijzigen' });
      expect(await wijzig.getByLabel('Omschrijving (optioneel)').inputValue()).toBe(omschrijving);
      await wijzig.getByLabel('Uren (optioneel)').fill('14');
      await wijzig.getByRole('button', { name: 'Inspanning opslaan' }).click();
      await page.getByText('De inspanning is opgeslagen.').waitFor();
      await expect.poll(async () => rij.getByRole('cell').nth(3).textContent()).toBe('14');

      await rij.getByRole('button', { name: /^Verwijderen: Training en intervisie van / }).click();
      await rij.getByText(/^Weet u zeker dat u de inspanning Training en intervisie van .* wilt verwijderen\?$/).waitFor();
      await expectAccessible(page, 'inspanningen: bevestigen verwijderen');
      await rij.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await page.getByText('De inspanning is verwijderd.').waitFor();
      await expect.poll(async () => page.getByRole('row').filter({ hasText: omschrijving }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the effort screen works at 320 px', async () => {
    const { page, context } = await openPage(browser, SMAL);
    try {
      await logInAs(page, 'rnzs.lid');
      await page.goto('/indicatoren/inspanningen');
      await page.getByRole('button', { name: 'Inspanning registreren' }).click();
      await page.getByRole('region', { name: 'Nieuwe inspanning' }).waitFor();
      await expectAccessible(page, 'inspanningen: 320 px');
      await geenHorizontaleScroll(page, 'inspanningen');
    } finally {
      await context.close();
    }
  });
});
