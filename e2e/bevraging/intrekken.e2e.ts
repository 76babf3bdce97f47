import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { deliverMelding, openCasusFrom } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, logOut, mainNav, openPage, uniqueSuffix } from '../support/browser';

/**
 * Withdrawing a bevraging: Veilig Thuis asks the police, then withdraws the question with a reason (a confirmation
 * step first); the card says "Ingetrokken" with the reason; the police see it withdrawn, without an answer form
 * and without the reason. The casus is set up through the API (melding through the intake API, casus from it).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The button of an action disclosure (its name is the action; the +/− marker is hidden). */
function disclosure(within: Page | Locator, name: string) {
  return within.locator('button[aria-expanded]').filter({ hasText: new RegExp(`^.?${name}$`) });
}

describe('bevraging intrekken', () => {
  it('VT asks the police, withdraws with a reason after confirming; the police see it withdrawn without an answer form', async () => {
    const suffix = uniqueSuffix();
    const meldingId = await deliverMelding(browser, {
      externBerichtId: `e2e-intrekken-${suffix}`,
      omschrijving: 'Buren hoorden geschreeuw; een kind thuis.',
      personen: [{ rol: 'slachtoffer', voornamen: 'Iris', achternaam: `Intrekvrouw${suffix}`, geboortedatum: '1991-02-03' }],
    });
    const { id: casusId, nummer } = await openCasusFrom(browser, meldingId);
    const reden = 'Verkeerde organisatie gevraagd: het gezin woont in een andere regio.';

    const vt = await openPage(browser);
    try {
      const { page } = vt;
      await logInAs(page, 'vt.medewerker');
      await page.goto(`/casussen/${casusId}#bevragingen`);
      await page.getByRole('heading', { level: 1, name: `Casus ${nummer}` }).waitFor();

      // Ask the police.
      await disclosure(page, 'Bevraging stellen').click();
      await page.getByLabel('Aan welke organisatie').selectOption({ label: 'Politie Oost-Brabant (Politie)' });
      await page.getByLabel('Doel van de bevraging').fill('Veiligheidstaxatie: is het gezin bij de politie bekend?');
      await page.getByRole('button', { name: 'Bevraging versturen' }).click();
      await page.getByRole('status').getByText('De bevraging is verstuurd aan Politie Oost-Brabant.').waitFor();
      const card = page.getByTestId('bevraging').filter({ hasText: 'Wacht op antwoord' });
      await card.waitFor();

      // Withdraw: a reason that is too short stays beside the field; then a confirmation step.
      await disclosure(card, 'Intrekken').click();
      const redenVeld = card.getByLabel('Reden van intrekken');
      await redenVeld.fill('kort');
      await card.getByRole('button', { name: 'Verder' }).click();
      await card.getByText('Beschrijf de reden in minimaal 10 tekens.').waitFor();
      await expectAccessible(page, 'the casus page with an error in the withdrawal form');
      await redenVeld.fill(reden);
      await card.getByRole('button', { name: 'Verder' }).click();
      await card.getByText(/Weet u het zeker\? Politie Oost-Brabant hoeft deze bevraging dan niet meer te beantwoorden/).waitFor();
      await expectAccessible(page, 'the casus page with the withdrawal confirmation');
      await card.getByRole('button', { name: 'Ja, bevraging intrekken' }).click();

      await page.getByRole('status').getByText('De bevraging aan Politie Oost-Brabant is ingetrokken.').waitFor();
      const ingetrokken = page.getByTestId('bevraging').filter({ hasText: 'Politie Oost-Brabant' });
      await ingetrokken.getByRole('heading', { name: 'Ingetrokken', exact: true }).waitFor();
      expect(await ingetrokken.textContent()).toContain(reden);
      expect(await disclosure(ingetrokken, 'Intrekken').count()).toBe(0);
      await page.getByText('Bevraging aan Politie Oost-Brabant ingetrokken (de reden staat bij de bevraging)').waitFor();
      await expectAccessible(page, 'the casus page after withdrawing');
      expect(vt.problems).toEqual([]);
      await logOut(page);
    } finally {
      await vt.context.close();
    }

    // The police: the question is still readable, marked withdrawn, with no answer form and no reason.
    const politie = await openPage(browser);
    try {
      const { page } = politie;
      await logInAs(page, 'politie.medewerker');
      await mainNav(page).getByRole('link', { name: 'Bevragingen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Bevragingen' }).waitFor();
      const card = page.getByTestId('bevraging').filter({ hasText: nummer });
      await card.waitFor();
      await card.getByText('Ingetrokken door Veilig Thuis — niet meer beantwoorden').waitFor();
      expect(await card.getByText('Ingetrokken', { exact: true }).count()).toBe(1);
      expect(await card.getByRole('button', { name: 'Antwoord versturen' }).count()).toBe(0);
      expect(await card.getByLabel('Antwoord').count()).toBe(0);
      expect(await card.textContent()).not.toContain(reden);
      await expectAccessible(page, 'the incoming bevragingen with a withdrawn one');
      expect(politie.problems).toEqual([]);
    } finally {
      await politie.context.close();
    }
  });
});
