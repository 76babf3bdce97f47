import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { localTime } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, logOut, mainNav, openPage, uniqueSuffix } from '../support/browser';

/**
 * The run of a casus, all of it on the screens ("loop van de zaak", the done-when story): a Veilig Thuis
 * worker takes a police report in, finds the family first, opens the casus, asks the police whether the family is
 * known; the police answer; the worker sees every step on the timeline. Veilig Thuis Zuidoost-Brabant, outside the
 * casus, sees nothing of it: not the casus, and in a search only that the person is known, never where.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function searchFamily(page: Page, fields: { naam: string; postcode?: string; huisnummer?: string }): Promise<Locator> {
  const form = page.getByRole('search', { name: 'Betrokkenen zoeken' });
  await form.getByLabel('Naam', { exact: true }).fill(fields.naam);
  await form.getByLabel('Postcode', { exact: true }).fill(fields.postcode ?? '');
  await form.getByLabel('Huisnummer', { exact: true }).fill(fields.huisnummer ?? '');
  await form.getByRole('button', { name: 'Zoeken' }).click();
  const results = page.locator('.sl-person-results');
  await results.getByRole('heading', { name: 'Zoekresultaten' }).waitFor();
  return results;
}

async function recordNewPerson(page: Page, fields: { geboortedatum: string; rol: string; naam: string }): Promise<void> {
  await page.getByRole('button', { name: 'Niet gevonden: nieuwe persoon vastleggen' }).click();
  const panel = page.locator('.sl-person-panel');
  await panel.getByRole('heading', { name: 'Nieuwe persoon vastleggen' }).waitFor();
  await panel.getByLabel('Geboortedatum').fill(fields.geboortedatum);
  await panel.getByLabel('Straat').fill('Hinthamerstraat');
  await panel.getByLabel('Woonplaats').fill("'s-Hertogenbosch");
  await panel.getByLabel('Rol in de melding').selectOption({ label: fields.rol });
  await panel.getByRole('button', { name: 'Persoon vastleggen' }).click();
  await page.getByText(`${fields.naam} is toegevoegd als ${fields.rol.toLowerCase()}.`).waitFor();
}

describe('de loop van de zaak', () => {
  it('police report → family found → casus → bevraging answered → the whole run on the timeline; outside the casus nothing', async () => {
    const suffix = uniqueSuffix().replace(/[^a-z]/gi, '').slice(-6) || 'x';
    const achternaam = `Bakkali${suffix}`;
    const slachtoffer = `Yasmina ${achternaam}`;
    const verdachte = `Karim ${achternaam}`;
    let casusUrl = '';
    let nummer = '';

    // 1. Veilig Thuis takes the police report (zorgmelding) in: search first, then record the family and the melding.
    const vt = await openPage(browser);
    try {
      const { page } = vt;
      await logInAs(page, 'vt.medewerker');
      await mainNav(page).getByRole('link', { name: 'Meldingen' }).click();
      await page.getByRole('link', { name: 'Melding registreren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Melding registreren' }).waitFor();
      const none = await searchFamily(page, { naam: slachtoffer, postcode: '5211 MS', huisnummer: '7' });
      await none.getByText('Niemand gevonden met deze gegevens.').waitFor();
      await recordNewPerson(page, { naam: slachtoffer, geboortedatum: '1993-02-11', rol: 'Slachtoffer' });
      await searchFamily(page, { naam: verdachte, postcode: '5211 MS', huisnummer: '7' });
      await recordNewPerson(page, { naam: verdachte, geboortedatum: '1990-07-30', rol: 'Verdachte' });

      await page.getByRole('button', { name: 'Verder naar de melding' }).click();
      await page.getByLabel('Bron').selectOption({ label: 'Zorgmelding politie (CORV)' });
      await page.getByRole('checkbox', { name: 'Partnergeweld' }).check();
      await page.getByRole('checkbox', { name: 'Kinderen aanwezig' }).check();
      await page.getByLabel('Tijdstip van het incident').fill(localTime(-6));
      await page.getByLabel('Omschrijving').fill('Zorgmelding van de politie na een ruzie met duwen; twee kinderen waren thuis.');
      await page.getByRole('button', { name: 'Melding opslaan' }).click();
      await page.getByText('De melding is opgeslagen.').waitFor();

      // 2. Open the casus from the melding, with the purpose and legal basis of Veilig Thuis's participation.
      await page.getByLabel('Doel van de deelname van uw organisatie').fill('Veiligheidstaxatie na de zorgmelding en afstemming met de politie.');
      await page.getByLabel('Grondslag').selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Casus openen' }).click();
      await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
      casusUrl = new URL(page.url()).pathname;
      const title = page.getByRole('heading', { level: 1, name: /^Casus C-\d{4}-\d{6}$/ });
      await title.waitFor();
      nummer = ((await title.textContent()) ?? '').replace('Casus ', '').trim();

      // 3. Ask the police whether the family is known.
      const ask = page.locator('button[aria-expanded]').filter({ hasText: /Bevraging stellen$/ });
      await ask.click();
      await page.getByLabel('Aan welke organisatie').selectOption({ label: 'Politie Oost-Brabant (Politie)' });
      await page.getByLabel('Doel van de bevraging').fill('Veiligheidstaxatie: is het gezin of het adres bij de politie bekend?');
      await page.getByRole('button', { name: 'Bevraging versturen' }).click();
      await page.getByRole('status').getByText('De bevraging is verstuurd aan Politie Oost-Brabant.').waitFor();
      await expectAccessible(page, 'the new casus after asking the police');
      expect(vt.problems).toEqual([]);
      await logOut(page);
    } finally {
      await vt.context.close();
    }

    // 4. The police answer: earlier domestic violence at this address.
    const politie = await openPage(browser);
    try {
      const { page } = politie;
      await logInAs(page, 'politie.medewerker');
      await mainNav(page).getByRole('link', { name: 'Bevragingen', exact: true }).click();
      const card = page.getByTestId('bevraging').filter({ hasText: nummer });
      await card.getByText(slachtoffer).first().waitFor();
      await card.getByRole('checkbox', { name: 'Eerder huiselijk geweld' }).check();
      await card.getByLabel('Antwoord', { exact: true }).fill('Twee eerdere meldingen van huiselijk geweld op dit adres (2025).');
      await card.getByRole('button', { name: 'Antwoord versturen' }).click();
      await page.getByTestId('bevraging').filter({ hasText: nummer }).filter({ hasText: 'Beantwoord' }).waitFor();
      expect(politie.problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    // 5. Outside the casus: Veilig Thuis Zuidoost-Brabant sees nothing of it.
    const ander = await openPage(browser);
    try {
      const { page } = ander;
      await logInAs(page, 'vtzob.medewerker');
      await page.goto(casusUrl);
      await page.getByRole('heading', { level: 1, name: 'Casus niet gevonden' }).waitFor();
      await page.goto('/casussen');
      await page.getByRole('heading', { level: 1, name: 'Casussen van mijn organisatie' }).waitFor();
      expect(await page.getByRole('link', { name: nummer }).count()).toBe(0);
      // A search before registering says the victim is known, and to whom — never the casus or what is in it.
      await page.goto('/meldingen/nieuw');
      const results = await searchFamily(page, { naam: slachtoffer });
      const hit = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: slachtoffer }) });
      await hit.getByText('Bekend bij Veilig Thuis Brabant-Noordoost').waitFor();
      expect(await hit.getByRole('link', { name: 'Naar de casus' }).count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toContain('ruzie met duwen');
    } finally {
      await ander.context.close();
    }

    // 6. Back at Veilig Thuis: the answer, and the whole run of the casus on its timeline.
    const terug = await openPage(browser);
    try {
      const { page } = terug;
      await logInAs(page, 'vt.medewerker');
      await page.goto(casusUrl);
      await page.getByRole('heading', { level: 1, name: `Casus ${nummer}` }).waitFor();
      await page.getByTestId('bevraging').filter({ hasText: 'Beantwoord' }).getByText('Eerder huiselijk geweld', { exact: true }).waitFor();
      // The timeline loads on its own: wait for its last step before reading it whole.
      await page.getByTestId('tijdlijn').getByText('Bevraging beantwoord door Politie Oost-Brabant').waitFor();
      const steps = (await page.getByTestId('tijdlijn').getByRole('listitem').allTextContents()).join('\n');
      for (const step of [
        'Melding ontvangen via Zorgmelding politie (CORV)',
        'Casus geopend naar aanleiding van een melding',
        'Veilig Thuis Brabant-Noordoost neemt deel',
        'Taak voor Veilig Thuis Brabant-Noordoost: Veiligheidstaxatie',
        'Bevraging gesteld aan Politie Oost-Brabant',
        'Bevraging beantwoord door Politie Oost-Brabant',
        'Taak voor Veilig Thuis Brabant-Noordoost: Afstemming met politie en OM',
      ]) {
        expect(steps, step).toContain(step);
      }
      // The answer feeds the route map: the Actieoverleg is proposed, with the signal as its reason.
      await page.getByText('Signaal: eerder huiselijk geweld bekend.').waitFor();
      await expectAccessible(page, 'the casus with its whole run');
      expect(terug.problems).toEqual([]);
    } finally {
      await terug.context.close();
    }
  });
});
