import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { deliverMelding, postJson } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, logOut, mainNav, openPage, uniqueSuffix } from '../support/browser';

/**
 * The shared casus, end to end: Veilig Thuis asks the police whether the family is known (bevraging), the
 * police answer "firearms", and Veilig Thuis sees the answer, the alignment task and every step on the
 * timeline. The other Veilig Thuis of the same region does not see the casus at all.
 *
 * The casus is set up through the API inside the test (a partner system delivers a melding through the
 * intake API, Veilig Thuis opens a casus from it), so this test does not depend on the intake screens.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The button of an action disclosure on the casus page (its name is the action; the +/− marker is hidden). */
function disclosure(page: Page, name: string) {
  return page.locator('button[aria-expanded]').filter({ hasText: new RegExp(`^.?${name}$`) });
}

async function openDisclosure(page: Page, name: string): Promise<void> {
  const button = disclosure(page, name);
  await button.click();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
  await panel.waitFor({ state: 'visible' });
}

/** After a submit or a cancel: the form is closed again and focus is back on its button. */
async function expectClosedWithFocus(page: Page, name: string): Promise<void> {
  const button = disclosure(page, name);
  await page.waitForFunction((id) => document.activeElement?.id === id, await button.getAttribute('id'));
  expect(await button.getAttribute('aria-expanded')).toBe('false');
}

describe('de casus', () => {
  it('VT asks the police, the police answer "vuurwapens", VT sees the answer, the alignment task and the timeline; the other VT sees nothing', async () => {
    const suffix = uniqueSuffix();
    const meldingId = await deliverMelding(browser, {
      externBerichtId: `e2e-${suffix}`,
      omschrijving: 'Ruzie met duwen en schreeuwen; twee kinderen thuis.',
      personen: [
        { rol: 'slachtoffer', voornamen: 'Anna', achternaam: `Testvrouw${suffix}`, geboortedatum: '1990-04-12' },
        { rol: 'verdachte', voornamen: 'Bram', achternaam: `Testman${suffix}`, geboortedatum: '1988-09-30' },
      ],
    });

    // Veilig Thuis opens a casus from the melding (through the API: the intake screens are another area's).
    const vt = await openPage(browser);
    let casusId = '';
    let nummer = '';
    try {
      const { page } = vt;
      await logInAs(page, 'vt.medewerker');
      const grondslagen = (await (await page.request.get('/api/v1/grondslagen')).json()) as { grondslagen: Array<{ id: string; code: string }> };
      const grondslag = grondslagen.grondslagen.find((g) => g.code === 'WMO-5.2.4') ?? grondslagen.grondslagen[0]!;
      const casus = await postJson<{ id: string; nummer: string }>(page, '/api/v1/casussen', {
        meldingIds: [meldingId],
        doel: 'Veiligheidstaxatie na een zorgmelding van de politie',
        grondslagId: grondslag.id,
      });
      casusId = casus.id;
      nummer = casus.nummer;

      // The list of the own organisation shows it, with the persons.
      await mainNav(page).getByRole('link', { name: 'Casussen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Casussen van mijn organisatie' }).waitFor();
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: nummer }) });
      await row.waitFor();
      expect(await row.textContent()).toContain(`Anna Testvrouw${suffix}`);
      await expectAccessible(page, 'the case list');

      // The casus page.
      await row.getByRole('link', { name: nummer }).click();
      await page.getByRole('heading', { level: 1, name: `Casus ${nummer}` }).waitFor();
      await page.getByRole('navigation', { name: 'Op deze pagina' }).waitFor();
      for (const section of ['Routeadvies', 'Coördinatiemomenten', 'Personen', 'Deelnemers', 'Informatie per partner', 'Bevragingen', 'Taken', 'Tijdlijn']) {
        await page.getByRole('heading', { level: 2, name: section, exact: true }).waitFor();
      }
      await page.getByRole('row').filter({ hasText: `Bram Testman${suffix}` }).waitFor();
      // The header: facts as a definition list, "Nu te doen" beneath it, every action form closed.
      await page.getByRole('heading', { level: 2, name: 'Nu te doen' }).waitFor();
      const todo = page.getByTestId('nu-te-doen');
      await todo.getByRole('link', { name: 'Geen bevraging wacht op antwoord' }).waitFor();
      for (const action of ['Regie wijzigen', 'Casus sluiten', 'Persoon toevoegen', 'Organisatie toevoegen', 'Deelname beëindigen', 'Informatie delen', 'Bevraging stellen']) {
        expect(await disclosure(page, action).getAttribute('aria-expanded'), action).toBe('false');
      }
      expect(await page.getByLabel('Organisatie met de regie').isVisible()).toBe(false);
      await expectAccessible(page, 'the casus page');

      // The person search (a POST: names never go into a URL) finds who is already in the casus.
      await openDisclosure(page, 'Persoon toevoegen');
      await page.getByLabel('Naam', { exact: true }).fill(`Testvrouw${suffix}`);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByRole('listitem').filter({ hasText: `Anna Testvrouw${suffix}` }).getByText('staat al in de casus').waitFor();
      await expectAccessible(page, 'the casus page with the person search open');
      await page.getByRole('button', { name: 'Annuleren' }).click();
      await expectClosedWithFocus(page, 'Persoon toevoegen');

      // Adding an organisation without filling in the form: the errors stand beside the fields, the form stays open.
      await openDisclosure(page, 'Organisatie toevoegen');
      await page.getByRole('button', { name: 'Organisatie aan de casus toevoegen' }).click();
      await page.getByText('Beschrijf het doel in minimaal 10 tekens.').waitFor();
      expect(await disclosure(page, 'Organisatie toevoegen').getAttribute('aria-expanded')).toBe('true');
      await expectAccessible(page, 'the casus page with errors in the organisation form');
      await disclosure(page, 'Organisatie toevoegen').click();

      // Ask the police.
      await openDisclosure(page, 'Bevraging stellen');
      await page.getByLabel('Aan welke organisatie').selectOption({ label: 'Politie Oost-Brabant (Politie)' });
      await page.getByLabel('Doel van de bevraging').fill('Veiligheidstaxatie: is het gezin bij de politie bekend?');
      await expectAccessible(page, 'the casus page with the bevraging form open');
      await page.getByRole('button', { name: 'Bevraging versturen' }).click();
      await page.getByRole('status').getByText('De bevraging is verstuurd aan Politie Oost-Brabant.').waitFor();
      await expectClosedWithFocus(page, 'Bevraging stellen');
      await page.getByTestId('bevraging').filter({ hasText: 'Wacht op antwoord' }).waitFor();
      await todo.getByRole('link', { name: '1 bevraging wacht op antwoord' }).waitFor();
      await expectAccessible(page, 'the casus page after asking');
      expect(vt.problems).toEqual([]);
      await logOut(page);
    } finally {
      await vt.context.close();
    }

    // The police answer: firearms. They see the question, not the casus.
    const politie = await openPage(browser);
    try {
      const { page } = politie;
      await logInAs(page, 'politie.medewerker');
      await mainNav(page).getByRole('link', { name: 'Bevragingen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Bevragingen' }).waitFor();
      const card = page.getByTestId('bevraging').filter({ hasText: nummer });
      await card.waitFor();
      expect(await card.textContent()).toContain(`Anna Testvrouw${suffix}`);
      expect(await card.textContent()).toContain('1990-04-12');
      // No link to the casus for the asked organisation: it does not take part.
      expect(await card.getByRole('link').count()).toBe(0);
      await expectAccessible(page, 'the incoming bevragingen');
      await card.getByRole('checkbox', { name: 'Vuurwapens' }).check();
      await card.getByLabel('Antwoord', { exact: true }).fill('Bij de politie bekend: vuurwapenvergunning ingetrokken in 2024.');
      await card.getByRole('button', { name: 'Antwoord versturen' }).click();
      await page.getByText('Het antwoord is verstuurd. Veilig Thuis krijgt de taak om met politie en OM af te stemmen.').waitFor();
      await page.getByTestId('bevraging').filter({ hasText: nummer }).filter({ hasText: 'Beantwoord' }).waitFor();
      await expectAccessible(page, 'the answered bevraging');

      // The police cannot open the casus.
      await page.goto(`/casussen/${casusId}`);
      await page.getByRole('heading', { level: 1, name: 'Casus niet gevonden' }).waitFor();
      expect(politie.problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    // Back at Veilig Thuis: the answer, the task, the route advice and every step on the timeline.
    const vt2 = await openPage(browser);
    try {
      const { page } = vt2;
      await logInAs(page, 'vt.medewerker');
      await page.goto(`/casussen/${casusId}`);
      await page.getByRole('heading', { level: 1, name: `Casus ${nummer}` }).waitFor();
      const answered = page.getByTestId('bevraging').filter({ hasText: 'Beantwoord' });
      await answered.waitFor();
      await answered.getByText('Vuurwapens', { exact: true }).waitFor();
      await answered.getByText('Positief antwoord: afstemming met politie en OM is nodig.').waitFor();
      const taken = page.getByRole('table', { name: 'Taken op deze casus' });
      await taken.getByRole('row').filter({ hasText: 'Afstemming met politie en OM' }).waitFor();
      const timeline = page.getByTestId('tijdlijn');
      await timeline.waitFor();
      await timeline.getByText('Bevraging beantwoord door Politie Oost-Brabant').waitFor();
      const steps = await timeline.getByRole('listitem').allTextContents();
      expect(steps.length).toBeGreaterThanOrEqual(4);
      expect(await timeline.locator('time').count()).toBe(steps.length);
      const all = steps.join('\n');
      expect(all).toContain('Casus geopend');
      expect(all).toContain('Bevraging gesteld aan Politie Oost-Brabant');
      expect(all).toContain('Bevraging beantwoord door Politie Oost-Brabant');
      expect(all).toMatch(/Taak voor Veilig Thuis Brabant-Noordoost: Afstemming met politie en OM/);
      await expectAccessible(page, 'the casus page with the answer');

      // The route advice after a positive answer: confirm it, the moments open.
      const proposals = await page.getByTestId('routeadvies-moment').count();
      if (proposals > 0) {
        await page.getByRole('button', { name: 'Geselecteerde momenten openen' }).click();
        await page.getByText(/coördinatiemoment(en)? (is|zijn) geopend/).waitFor();
        await page.getByTestId('coordinatiemoment').first().waitFor();
      }

      // "Nu te doen" counts the alignment task and links to the tasks.
      await page.getByTestId('nu-te-doen').getByRole('link', { name: /open ta(ak|ken)$/ }).waitFor();
      expect(await page.getByTestId('nu-te-doen').getByRole('link', { name: /open ta(ak|ken)$/ }).getAttribute('href')).toBe('#taken');

      // The regie on safety: the own organisation, the user herself.
      await openDisclosure(page, 'Regie wijzigen');
      await expectAccessible(page, 'the casus page with the regie form open');
      await page.getByLabel('Organisatie met de regie').selectOption({ label: 'Veilig Thuis Brabant-Noordoost' });
      await page.getByLabel('Persoon met de regie').selectOption({ label: 'Ikzelf (Fatima el Amrani)' });
      await page.getByRole('button', { name: 'Regie opslaan' }).click();
      await page.getByRole('status').getByText('De regie is gewijzigd.').waitFor();
      await expectClosedWithFocus(page, 'Regie wijzigen');
      await page.getByTestId('casus-regie').filter({ hasText: 'Veilig Thuis Brabant-Noordoost – ' }).waitFor();

      // Information for all participants.
      await openDisclosure(page, 'Informatie delen');
      await page.getByLabel('Titel', { exact: true }).fill('Eerdere melding 2025');
      await page.getByLabel('Inhoud', { exact: true }).fill('In 2025 een melding van de school over spanningen thuis.');
      await page.getByRole('button', { name: 'Deze informatie delen' }).click();
      await page.getByRole('status').getByText('De informatie is gedeeld.').waitFor();
      await expectClosedWithFocus(page, 'Informatie delen');
      await page.getByTestId('informatie-item').filter({ hasText: 'Eerdere melding 2025' }).getByText('Alle deelnemers').waitFor();

      // The newest-first toggle turns the timeline around.
      const first = await timeline.getByRole('listitem').first().textContent();
      await page.getByRole('button', { name: 'Nieuwste eerst tonen' }).click();
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid="tijdlijn"] li')?.textContent !== before,
        first,
      );

      // Closing asks for a confirmation; a closed casus can be reopened the same way.
      await openDisclosure(page, 'Casus sluiten');
      await expectAccessible(page, 'the casus page with the close confirmation open');
      await page.getByRole('button', { name: 'Ja, casus sluiten' }).click();
      await page.getByTestId('casus-status').filter({ hasText: 'Gesloten' }).waitFor();
      await page.getByRole('status').getByText('De casus is nu gesloten.').waitFor();
      await openDisclosure(page, 'Casus heropenen');
      await page.getByRole('button', { name: 'Ja, casus heropenen' }).click();
      await page.getByTestId('casus-status').filter({ hasText: 'Open' }).waitFor();
      await expectClosedWithFocus(page, 'Casus sluiten');

      // The task inbox of the organisation has the alignment task, late first, with a link to the casus.
      await mainNav(page).getByRole('link', { name: 'Taken', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      await expectAccessible(page, 'my tasks');
      await page.getByRole('button', { name: 'Taken van mijn organisatie' }).click();
      const taskRow = page.getByRole('row').filter({ hasText: 'Afstemming met politie en OM' }).filter({ hasText: nummer });
      await taskRow.waitFor();
      await expectAccessible(page, 'the tasks of my organisation');
      await taskRow.getByRole('button', { name: /^Afronden/ }).click();
      await page.getByText('Taak "Afstemming met politie en OM" is afgerond.').waitFor();

      // Outgoing bevragingen link to the casus.
      await mainNav(page).getByRole('link', { name: 'Bevragingen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Bevragingen' }).waitFor();
      await page.getByTestId('bevraging').filter({ hasText: nummer }).getByRole('link', { name: `Casus ${nummer} openen` }).waitFor();
      await expectAccessible(page, 'the outgoing bevragingen');
      expect(vt2.problems).toEqual([]);
    } finally {
      await vt2.context.close();
    }

    // The other Veilig Thuis in the region does not take part: not found.
    const zob = await openPage(browser);
    try {
      const { page } = zob;
      await logInAs(page, 'vtzob.medewerker');
      await page.goto(`/casussen/${casusId}`);
      await page.getByRole('heading', { level: 1, name: 'Casus niet gevonden' }).waitFor();
      await page.getByText('Deze casus is niet gevonden.', { exact: false }).waitFor();
      await expectAccessible(page, 'a casus the organisation does not take part in');
      await page.goto('/casussen');
      await page.getByRole('heading', { level: 1, name: 'Casussen van mijn organisatie' }).waitFor();
      expect(await page.getByRole('link', { name: nummer }).count()).toBe(0);
    } finally {
      await zob.context.close();
    }
  });
});
