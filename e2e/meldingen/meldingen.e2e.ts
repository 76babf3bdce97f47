import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { localTime, postJson } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, mainNav, openPage } from '../support/browser';

/**
 * Search before create, end to end: the police search a family nobody knows yet, record the victim and the
 * suspect (the suspect's near-duplicate name asks "niet dezelfde persoon?" first), register a 112 melding with
 * acute onveiligheid, and open a casus from it. Veilig Thuis then finds the victim despite a typo: known to the
 * police, but without a link to a casus Veilig Thuis does not take part in, and merges a double intake (ZSM, then
 * CORV) on the melding screen and undoes it.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VICTIM = 'Marieke Verbruggen';

const SUSPECT = 'Mark Verbruggen';

async function search(page: Page, fields: { naam?: string; postcode?: string; huisnummer?: string }): Promise<Locator> {
  const form = page.getByRole('search', { name: 'Betrokkenen zoeken' });
  if (fields.naam !== undefined) await form.getByLabel('Naam', { exact: true }).fill(fields.naam);
  if (fields.postcode !== undefined) await form.getByLabel('Postcode', { exact: true }).fill(fields.postcode);
  if (fields.huisnummer !== undefined) await form.getByLabel('Huisnummer', { exact: true }).fill(fields.huisnummer);
  await form.getByRole('button', { name: 'Zoeken' }).click();
  const results = page.locator('.sl-person-results');
  await results.getByRole('heading', { name: 'Zoekresultaten' }).waitFor();
  return results;
}

/** "Niet gevonden: nieuwe persoon vastleggen": the form, prefilled from the search; the caller completes it. */
async function newPerson(page: Page, fields: { geboortedatum: string; rol: string }): Promise<Locator> {
  await page.getByRole('button', { name: 'Niet gevonden: nieuwe persoon vastleggen' }).click();
  const panel = page.locator('.sl-person-panel');
  await panel.getByRole('heading', { name: 'Nieuwe persoon vastleggen' }).waitFor();
  await panel.getByLabel('Geboortedatum').fill(fields.geboortedatum);
  await panel.getByLabel('Straat').fill('Kerkstraat');
  await panel.getByLabel('Woonplaats').fill('Boxtel');
  await panel.getByLabel('Rol in de melding').selectOption({ label: fields.rol });
  return panel;
}

describe('meldingen: eerst zoeken, dan vastleggen', () => {
  it('the police register a melding for a new family and open a casus; Veilig Thuis finds the victim with a typo, known to the police', async () => {
    const politie = await openPage(browser);
    try {
      const { page } = politie;
      await logInAs(page, 'politie.medewerker');
      await mainNav(page).getByRole('link', { name: 'Meldingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
      await expectAccessible(page, 'the meldingen list');

      await page.getByRole('link', { name: 'Melding registreren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Melding registreren' }).waitFor();
      await expectAccessible(page, 'melding registreren, step 1');

      // The family is not known anywhere.
      const results = await search(page, { naam: VICTIM, postcode: '5283 XK', huisnummer: '41' });
      await results.getByText('Niemand gevonden met deze gegevens.').waitFor();
      await expectAccessible(page, 'search without hits');

      // The victim: the name and the address come from the search.
      const victimForm = await newPerson(page, { geboortedatum: '1991-05-14', rol: 'Slachtoffer' });
      expect(await victimForm.getByLabel('Voornamen').inputValue()).toBe('Marieke');
      expect(await victimForm.getByLabel('Achternaam').inputValue()).toBe('Verbruggen');
      expect(await victimForm.getByLabel('Postcode').inputValue()).toBe('5283 XK');
      await expectAccessible(page, 'new person form');
      // A BSN that fails the eleven test is refused at the field.
      await victimForm.getByLabel('BSN').fill('123456789');
      await victimForm.getByRole('button', { name: 'Persoon vastleggen' }).click();
      await victimForm.locator('#nieuw-bsn[aria-invalid="true"]').waitFor();
      await victimForm.getByText('geen geldig BSN (elfproef)').waitFor();
      await victimForm.getByLabel('BSN').fill('312966210');
      await victimForm.getByRole('button', { name: 'Persoon vastleggen' }).click();
      await page.getByText(`${VICTIM} is toegevoegd als slachtoffer.`).waitFor();

      // The suspect lives at the same address with a name much like hers: the server asks to confirm first.
      const again = await search(page, { naam: SUSPECT });
      await again.getByRole('heading', { name: VICTIM }).first().waitFor();
      const suspectForm = await newPerson(page, { geboortedatum: '1989-02-03', rol: 'Verdachte' });
      expect(await suspectForm.getByLabel('Voornamen').inputValue()).toBe('Mark');
      await suspectForm.getByRole('button', { name: 'Persoon vastleggen' }).click();
      await suspectForm.getByRole('heading', { name: 'Mogelijk bestaat deze persoon al' }).waitFor();
      const notSame = suspectForm.getByRole('checkbox', { name: `Dit is niet dezelfde persoon als ${VICTIM} (geboren 14 mei 1991)` });
      await notSame.waitFor();
      await expectAccessible(page, 'the confirm step for a likely duplicate');
      // Without the confirmation nothing is sent.
      await suspectForm.getByRole('button', { name: 'Toch als nieuwe persoon vastleggen' }).click();
      await suspectForm.getByText('Bevestig voor elke persoon hieronder').waitFor();
      await notSame.check();
      await suspectForm.getByRole('button', { name: 'Toch als nieuwe persoon vastleggen' }).click();
      await page.getByText(`${SUSPECT} is toegevoegd als verdachte.`).waitFor();
      const chosen = page.locator('.sl-melding-chosen');
      await chosen.getByText(VICTIM, { exact: true }).waitFor();
      await chosen.getByText(SUSPECT, { exact: true }).waitFor();

      // Step 2: the melding.
      await page.getByRole('button', { name: 'Verder naar de melding' }).click();
      await page.getByRole('heading', { level: 2, name: 'Stap 2 van 2: De melding' }).waitFor();
      await page.getByLabel('Bron').selectOption({ label: '112 / meldkamer' });
      await page.getByRole('checkbox', { name: 'Partnergeweld' }).check();
      await page.getByRole('checkbox', { name: 'Acute onveiligheid' }).check();
      await page.getByLabel('Omschrijving').fill('Melding via 112: ruzie met slaan, buren hoorden geschreeuw. Slachtoffer heeft zich opgesloten.');
      expect(await page.getByLabel(`Rol van ${SUSPECT}`).last().inputValue()).toBe('verdachte');
      await expectAccessible(page, 'melding registreren, step 2');

      // Back to step 1 and forward again: nothing typed is lost.
      await page.getByRole('button', { name: 'Terug naar de betrokkenen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Stap 1 van 2: Betrokkenen' }).waitFor();
      expect(await page.getByRole('search', { name: 'Betrokkenen zoeken' }).getByLabel('Naam', { exact: true }).inputValue()).toBe(SUSPECT);
      await page.getByRole('button', { name: 'Verder naar de melding' }).click();
      expect(await page.getByLabel('Omschrijving').inputValue()).toContain('Melding via 112');

      // An incident in the future is refused at the field by the server.
      const incident = page.getByLabel('Tijdstip van het incident');
      await incident.fill(localTime(3));
      await page.getByRole('button', { name: 'Melding opslaan' }).click();
      await page.locator('#melding-incidentOp[aria-invalid="true"]').waitFor();
      await expectAccessible(page, 'melding with an error at the incident time');
      await incident.fill(localTime(-1));
      await page.getByRole('button', { name: 'Melding opslaan' }).click();

      // The melding detail, then "Casus openen".
      await page.getByRole('heading', { level: 1, name: 'Melding: 112 / meldkamer' }).waitFor();
      await page.getByText('De melding is opgeslagen.').waitFor();
      await page.getByRole('table', { name: 'Betrokkenen bij deze melding met hun rol' }).getByRole('row', { name: new RegExp(SUSPECT) }).getByText('Verdachte').waitFor();
      await page.getByText('Zorgmelding aan Veilig Thuis').waitFor();
      await expectAccessible(page, 'the melding detail');

      // The victim's page: the BSN masked until asked, never in the URL.
      await page.getByRole('link', { name: VICTIM }).click();
      await page.getByRole('heading', { level: 1, name: VICTIM }).waitFor();
      expect(page.url()).not.toContain('312966210');
      await expect.poll(() => page.locator('main').textContent()).not.toContain('312966210');
      await page.getByRole('button', { name: 'Toon BSN' }).click();
      await page.getByText('312966210').waitFor();
      await page.getByRole('rowheader', { name: /Kerkstraat 41, 5283 ?XK Boxtel/ }).waitFor();
      await expectAccessible(page, 'the person page');
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Melding: 112 / meldkamer' }).waitFor();
      await page.getByLabel('Doel van de deelname van uw organisatie').fill('Strafrechtelijk onderzoek naar partnergeweld en afstemmen van de veiligheid met Veilig Thuis.');
      await page.getByLabel('Grondslag').selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Casus openen' }).click();
      await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1 }).waitFor();

      // The list now shows the melding with its casus link.
      await mainNav(page).getByRole('link', { name: 'Meldingen' }).click();
      const table = page.getByRole('table', { name: 'Meldingen van mijn organisatie, nieuwste eerst' });
      const row = table.getByRole('row', { name: new RegExp(VICTIM) });
      await row.getByText('Acute onveiligheid').waitFor();
      await row.getByRole('link', { name: 'Naar de casus' }).waitFor();
      expect(politie.problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    const vt = await openPage(browser);
    try {
      const { page } = vt;
      await logInAs(page, 'vt.medewerker');
      await page.goto('/meldingen/nieuw');
      await page.getByRole('heading', { level: 1, name: 'Melding registreren' }).waitFor();
      const results = await search(page, { naam: 'Mariek Verbrugen' });
      const hit = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: VICTIM }) });
      await hit.getByText('Bekend bij Politie Oost-Brabant').waitFor();
      expect(await hit.getByRole('link', { name: 'Naar de casus' }).count()).toBe(0);
      await expectAccessible(page, 'search hit known to the police');

      // Double intake at Veilig Thuis: told at ZSM, then the zorgmelding through CORV. Delivered through the API;
      // the merge itself is decided on the screen, and undone again.
      const [victim] = (await postJson<{ treffers: { persoon: { id: string } }[] }>(page, '/api/v1/personen/zoekopdrachten', { naam: VICTIM })).treffers;
      const feiten = { geweldsvormen: ['partnergeweld'], incidentOp: new Date(Date.now() - 2 * 3_600_000).toISOString(), personen: [{ persoonId: victim!.persoon.id, rol: 'slachtoffer' }] };
      await postJson(page, '/api/v1/meldingen', { ...feiten, bron: 'zsm', ontvangenOp: new Date(Date.now() - 3_600_000).toISOString() });
      const corv = await postJson<{ id: string }>(page, '/api/v1/meldingen', { ...feiten, bron: 'zorgmelding-politie' });
      await mainNav(page).getByRole('link', { name: 'Meldingen' }).click();
      await page.getByRole('checkbox', { name: 'Alleen meldingen zonder casus' }).check();
      await page.getByLabel('Bron').selectOption({ label: 'Zorgmelding politie (CORV)' });
      await page.getByRole('button', { name: 'Filter toepassen' }).click();
      await page.getByRole('table', { name: 'Meldingen van mijn organisatie, nieuwste eerst' }).getByRole('row').nth(1).getByRole('link').first().click();
      await page.getByRole('heading', { level: 1, name: 'Melding: Zorgmelding politie (CORV)' }).waitFor();
      expect(page.url()).toContain(corv.id);
      const proposal = page.locator('.sl-melding-card');
      await proposal.getByText('Mogelijk dezelfde gebeurtenis als melding via ZSM').waitFor();
      await expectAccessible(page, 'a merge proposal');
      await proposal.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
      await page.getByText('De meldingen zijn samengevoegd.').waitFor();
      await page.getByText('Deze melding is samengevoegd in een andere melding.').waitFor();
      await proposal.getByRole('button', { name: 'Samenvoegen ongedaan maken' }).click();
      await page.getByText('Het samenvoegen is ongedaan gemaakt.').waitFor();
      await page.getByRole('heading', { name: 'Casus openen' }).waitFor();
      expect(vt.problems).toEqual([]);
    } finally {
      await vt.context.close();
    }
  });
});
