import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { deliverMelding, openCasusFrom } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, mainNav, openPage, uniqueSuffix } from '../support/browser';

/**
 * The first slice of the Actieoverleg. The demo already holds a submitted referral of the Oss family, so the casus
 * page's "Aanmelden bij het Actieoverleg" points at that running one. A new casus (a melding through the intake API,
 * opened by Veilig Thuis through the API, as in e2e/cases) is referred from its casus page: a draft without a
 * concrete question (the criteria panel says what is missing), refused on submitting, completed and submitted. The
 * chair sees it waiting and tables it with a reason; Veilig Thuis sees "Geagendeerd" with the reason and the task.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('aanmelding Actieoverleg', () => {
  it('VT is pointed at the running referral of the Oss casus, refers a new casus, the criteria guide the draft, the chair tables it, VT reads the decision', async () => {
    const reden = 'Samenloop straf en zorg: politie en OM zijn nodig voor de veiligheidsafspraken. Donderdag op de agenda.';
    let nummer = '';
    let aanmeldingPath = '';

    const suffix = uniqueSuffix();
    const meldingId = await deliverMelding(browser, {
      externBerichtId: `e2e-ao-${suffix}`,
      omschrijving: 'Dreiging door ex-partner; kind thuis.',
      personen: [
        { rol: 'slachtoffer', voornamen: 'Lotte', achternaam: `Aanmeldvrouw${suffix}`, geboortedatum: '1992-02-02' },
        { rol: 'verdachte', voornamen: 'Kees', achternaam: `Aanmeldman${suffix}`, geboortedatum: '1987-07-07' },
        { rol: 'kind', voornamen: 'Noor', achternaam: `Aanmeldkind${suffix}`, geboortedatum: '2019-09-09' },
      ],
    });
    const casusId = (await openCasusFrom(browser, meldingId)).id;

    // Veilig Thuis: the Oss family's casus already has a running referral (the demo's): the link points at it.
    const vt = await openPage(browser);
    try {
      const { page, problems } = vt;
      await logInAs(page, 'vt.medewerker');
      await mainNav(page).getByRole('link', { name: 'Casussen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Casussen van mijn organisatie' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Mirjam Verbeek' }).first();
      await row.getByRole('link').first().click();
      await page.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
      await page.getByRole('link', { name: 'Aanmelden bij het Actieoverleg' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Aanmelden bij het Actieoverleg' }).waitFor();
      await page.getByText('Voor deze casus loopt al een aanmelding.').waitFor();
      expect(await page.getByRole('button', { name: 'Concept opslaan' }).count()).toBe(0);
      await expectAccessible(page, 'the referral form of a casus with a running referral');
      await page.getByRole('link', { name: 'Open de lopende aanmelding' }).click();
      await page.getByRole('heading', { level: 1, name: /^Aanmelding Actieoverleg – casus / }).waitFor();
      expect(await page.getByTestId('aanmelding-status').textContent()).toBe('Ingediend, wacht op besluit');

      // The new casus: from its casus page to the referral form.
      await page.goto(`/casussen/${casusId}`);
      const h1 = page.getByRole('heading', { level: 1, name: /^Casus / });
      await h1.waitFor();
      nummer = ((await h1.textContent()) ?? '').replace(/^Casus /, '').trim();
      expect(nummer).toMatch(/^C-/);
      await page.getByRole('link', { name: 'Aanmelden bij het Actieoverleg' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Aanmelden bij het Actieoverleg' }).waitFor();
      // Parts 1-3 are shown, not typed: the referring party, the casus persons, the region.
      await page.getByRole('row').filter({ hasText: `Noor Aanmeldkind${suffix}` }).waitFor();
      await page.getByText('Veilig Thuis Brabant-Noordoost').first().waitFor();
      await page.getByText('Let op! De vraag moet voor alle drie partijen (Politie, OM en VT) relevant zijn.').waitFor();
      await page.getByText('Sla het concept op; dan ziet u hier').waitFor();
      await expectAccessible(page, 'the new referral form');

      // A draft without a concrete question is kept; the criteria panel says what is missing.
      await page.getByLabel('Omschrijving van de situatie').fill('Partnergeweld met letsel; zoon (8) was thuis. Man ontkent, eerdere meldingen op dit adres.');
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await page.getByRole('status').getByText('Concept opgeslagen.').waitFor();
      await page.waitForURL(/\/actieoverleg\/aanmeldingen\/[0-9a-f-]{36}$/);
      aanmeldingPath = new URL(page.url()).pathname;
      const relevantie = page.getByTestId('criterium-relevantie');
      await relevantie.getByText('✗ Niet voldaan', { exact: true }).waitFor();
      expect(await relevantie.textContent()).toMatch(/concrete vraag/);
      expect(await page.getByTestId('criterium-inhoud').textContent()).toContain('Niet voldaan');
      await expectAccessible(page, 'the draft with missing criteria');

      // Submitting now is refused: each missing criterion at its field and in the summary; the draft stays.
      await page.getByRole('button', { name: 'Indienen bij de voorzitter' }).click();
      await page.getByText('Niet ingediend: de aanmelding voldoet nog niet aan de criteria.').waitFor();
      expect(await page.locator('#aanmelding-vraag-error').textContent()).toMatch(/concrete vraag/);
      expect(await page.getByLabel('Omschrijving van de situatie').inputValue()).toContain('Partnergeweld');
      await expectAccessible(page, 'the refused submission');

      // Complete it: a concrete question, relevant to VT, police and OM, aimed at actions, and a content factor.
      await page
        .getByLabel(/Wat is het doel waarmee u de casus inbrengt/)
        .fill('Welke veiligheidsafspraken maken VT, politie en OM nu het strafrechtelijk onderzoek loopt, en wie houdt de regie?');
      await page.getByLabel('Veilig Thuis', { exact: true }).check();
      await page.getByLabel('Politie', { exact: true }).check();
      await page.getByLabel('Openbaar Ministerie (OM)', { exact: true }).check();
      await page.getByLabel('Acties en lijnen uitzetten', { exact: true }).check();
      await page.getByLabel('Lopend strafrechtelijk onderzoek', { exact: true }).check();
      await page.getByRole('radiogroup', { name: 'Is er een ondertoezichtstelling (OTS)?' }).getByLabel('Ja', { exact: true }).check();
      expect(await page.getByLabel('Kind', { exact: true }).inputValue()).not.toBe('');
      await page.getByLabel('Naam gezinsvoogd (GV)').fill('J. de Wit');
      await page.getByLabel('Nee, nog niet', { exact: true }).check();
      await page.getByLabel('Wanneer en hoe worden zij geïnformeerd?').fill('Morgen, na het gesprek met moeder.');
      await page.getByRole('button', { name: 'Indienen bij de voorzitter' }).click();
      await page.getByRole('status').getByText('Aanmelding ingediend bij de voorzitter.').waitFor();
      expect(await page.getByTestId('aanmelding-status').textContent()).toBe('Ingediend, wacht op besluit');
      expect(await page.getByText(`Noor Aanmeldkind${suffix} – Naam gezinsvoogd (GV): J. de Wit`).count()).toBe(1);
      await page.getByRole('heading', { level: 2, name: 'Bekend bij reclassering of Raad voor de Kinderbescherming' }).waitFor();
      await page.getByText('De voorzitter heeft nog niet besloten.').waitFor();
      await expectAccessible(page, 'the submitted referral');

      // The own list shows it.
      await page.goto('/actieoverleg');
      await page.getByRole('heading', { level: 1, name: 'Actieoverleg', exact: true }).waitFor();
      const mine = page.getByTestId('mijn-aanmelding').filter({ hasText: nummer });
      await mine.getByText('Ingediend, wacht op besluit').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await vt.context.close();
    }

    // The chair: waiting for a decision, oldest first; tables it with a reason.
    const chair = await openPage(browser);
    try {
      const { page, problems } = chair;
      await logInAs(page, 'ao.voorzitter');
      await mainNav(page).getByRole('link', { name: 'Actieoverleg', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Wachten op besluit' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Aanmeldingen per organisatie' }).waitFor();
      const waiting = page.getByTestId('wachtend').filter({ hasText: nummer });
      await waiting.waitFor();
      expect(await waiting.textContent()).toContain('Voldaan');
      await expectAccessible(page, "the chair's overview");

      await waiting.getByRole('link', { name: `Aanmelding ${nummer} openen` }).click();
      await page.getByRole('heading', { level: 1, name: `Aanmelding Actieoverleg – casus ${nummer}` }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Besluit in het vooroverleg' }).waitFor();
      await expectAccessible(page, 'the referral with the decision form');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByText('Kies een besluit.').waitFor();
      await page.getByLabel('Agenderen in het Actieoverleg', { exact: true }).check();
      await page.getByLabel('Reden', { exact: true }).fill(reden);
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Actieoverleg', exact: true }).waitFor();
      await page.getByRole('status').getByText('Besluit vastgelegd: Geagendeerd.').waitFor();
      expect(await page.getByTestId('wachtend').filter({ hasText: nummer }).count()).toBe(0);
      await expectAccessible(page, "the chair's overview after deciding");
      expect(problems).toEqual([]);
    } finally {
      await chair.context.close();
    }

    // Veilig Thuis reads the decision and has the task.
    const back = await openPage(browser);
    try {
      const { page, problems } = back;
      await logInAs(page, 'vt.medewerker');
      await page.goto('/actieoverleg');
      const mine = page.getByTestId('mijn-aanmelding').filter({ hasText: nummer });
      await mine.getByText('Geagendeerd', { exact: true }).waitFor();
      // The decision in words and the chair's reason are in the list itself; the repeat flag in words.
      const besluitInLijst = mine.getByTestId('mijn-aanmelding-besluit');
      await besluitInLijst.getByText('Agenderen in het Actieoverleg').waitFor();
      expect(await besluitInLijst.textContent()).toContain(reden);
      expect(await mine.textContent()).toContain('Geen herhaling');
      await expectAccessible(page, 'my referrals with the decision');
      await mine.getByRole('link', { name: `Aanmelding ${nummer} openen` }).click();
      await page.waitForURL(new RegExp(`${aanmeldingPath}$`));
      expect(await page.getByTestId('aanmelding-status').textContent()).toBe('Geagendeerd');
      const besluit = page.getByTestId('besluit');
      await besluit.getByText('Agenderen in het Actieoverleg').waitFor();
      expect(await besluit.textContent()).toContain(reden);
      expect(await page.getByRole('heading', { level: 2, name: 'Besluit in het vooroverleg' }).count()).toBe(0);
      await expectAccessible(page, 'the tabled referral');

      await mainNav(page).getByRole('link', { name: 'Taken', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      await page.getByText('Aanmelding Actieoverleg geagendeerd: lees het besluit').first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await back.context.close();
    }
  });
});
