import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { csrfToken, localTime, postJson } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, mainNav, openPage } from '../support/browser';

/**
 * Veilig Thuis & ZSM, end to end. The police enter a ZSM case for a new family (the persons recorded in the flow, an
 * arrest in the future refused at the field) with Veilig Thuis Brabant-Noordoost; the board shows it with its clock.
 * Veilig Thuis Brabant-Noordoost sees it on its board — and not a case the police assigned to Veilig Thuis
 * Zuidoost-Brabant — follows its task to the case, records phone contact and its safety assessment (acutely unsafe,
 * contact ban advised), and keeps its input across a colleague's change. The police record the afdoeningsoverleg with
 * the region's checklist. The officier tries to send the suspect home without conditions (the confirmation field and
 * the server's reason appear), then sends him home with a contact and a location ban. Veilig Thuis follows the
 * decision task from its inbox to the case and reads the decision (after a time of decision before the arrest is
 * refused beside its field).
 *
 * The OM's functional administrator adds an attention point to the region's list (the server's reason beside the empty
 * one), moves it up with the buttons and saves; the VT administrator only reads it; the police see it in a new case's
 * afdoeningsoverleg and, across a colleague's change, move that case to Veilig Thuis Zuidoost-Brabant, whose inbox
 * then holds the assessment; the Raad follows its 'betrokkenheid' task to the case and records its involvement.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VERDACHTE = 'Ruud Koolhoven';
const SLACHTOFFER = 'Esther Koolhoven';
const KIND = 'Fenna Koolhoven';
const ANDERE_VERDACHTE = 'Kees Brouwers';
const FEIT = 'Mishandeling van de ex-partner (art. 300 Sr)';

async function search(page: Page, naam: string): Promise<Locator> {
  const form = page.getByRole('search', { name: 'Betrokkenen zoeken' });
  await form.getByLabel('Naam', { exact: true }).fill(naam);
  await form.getByRole('button', { name: 'Zoeken' }).click();
  const results = page.locator('.sl-person-results');
  await results.getByRole('heading', { name: 'Zoekresultaten' }).waitFor();
  return results;
}

/** Search, find nobody new, record the person with a role; confirms "niet dezelfde persoon" where the server asks. */
async function recordPerson(page: Page, naam: string, geboortedatum: string, rol: string): Promise<void> {
  await search(page, naam);
  await page.getByRole('button', { name: 'Niet gevonden: nieuwe persoon vastleggen' }).click();
  const panel = page.locator('.sl-person-panel');
  await panel.getByRole('heading', { name: 'Nieuwe persoon vastleggen' }).waitFor();
  await panel.getByLabel('Geboortedatum').fill(geboortedatum);
  await panel.getByLabel('Rol in de zaak').selectOption({ label: rol });
  await panel.getByRole('button', { name: 'Persoon vastleggen' }).click();
  const added = page.getByText(`${naam} is toegevoegd als ${rol.toLowerCase()}.`);
  const duplicate = panel.getByRole('heading', { name: 'Mogelijk bestaat deze persoon al' });
  await Promise.race([added.waitFor(), duplicate.waitFor()]);
  if (await duplicate.isVisible()) {
    for (const box of await panel.getByRole('checkbox', { name: /^Dit is niet dezelfde persoon als/ }).all()) await box.check();
    await panel.getByRole('button', { name: 'Toch als nieuwe persoon vastleggen' }).click();
    await added.waitFor();
  }
}

/** The board's row of a suspect. */
function boardRow(page: Page, naam: string): Locator {
  return page.getByTestId('zsm-zaak').filter({ has: page.getByRole('rowheader', { name: new RegExp(naam) }) });
}

async function openBoard(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Veilig Thuis & ZSM' }).click();
  await page.getByRole('heading', { level: 1, name: 'ZSM: lopende zaken huiselijk geweld' }).waitFor();
  await page.getByRole('table', { name: /^Lopende zaken/ }).waitFor();
}

/** Opens the organisation's inbox and follows the task of this casus named by `link` to the case of `verdachte`. */
async function followTask(page: Page, casusNummer: string, link: string, verdachte = VERDACHTE): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Taken', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
  await page.getByRole('button', { name: 'Taken van mijn organisatie' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: casusNummer, exact: true }) }).filter({ has: page.getByRole('link', { name: new RegExp(`^${link}`) }) });
  await row.first().waitFor();
  await expectAccessible(page, `the inbox with the task "${link}"`);
  await row.first().getByRole('link', { name: new RegExp(`^${link}`) }).click();
  await page.getByRole('heading', { level: 1, name: `ZSM-zaak: ${verdachte}` }).waitFor();
}

describe('Veilig Thuis & ZSM', () => {
  it('intake → VT contact and assessment → afdoeningsoverleg → decision with conditions → Veilig Thuis reads it from its inbox', async () => {
    let zaakUrl = '';
    let casusNummer = '';

    // --- The police enter the case ---------------------------------------------------------------------------
    const politie = await openPage(browser);
    try {
      const { page } = politie;
      await logInAs(page, 'politie.medewerker');
      await openBoard(page);
      await page.getByTestId('vt-nu-bereikbaar').getByText('Veilig Thuis Brabant-Noordoost').waitFor();
      await expectAccessible(page, 'the ZSM board (police)');

      await page.getByRole('link', { name: 'ZSM-zaak invoeren' }).click();
      await page.getByRole('heading', { level: 1, name: 'ZSM-zaak invoeren' }).waitFor();
      await expectAccessible(page, 'the ZSM intake');

      await recordPerson(page, VERDACHTE, '1987-11-02', 'Verdachte');
      await recordPerson(page, SLACHTOFFER, '1990-03-12', 'Slachtoffer');
      await recordPerson(page, KIND, '2018-06-20', 'Kind in het gezin');
      const chosen = page.getByTestId('zsm-betrokkenen');
      expect(await chosen.getByLabel(`Rol van ${VERDACHTE}`).inputValue()).toBe('verdachte');
      expect(await chosen.getByLabel(`Rol van ${KIND}`).inputValue()).toBe('kind');

      await page.getByLabel('Feit', { exact: true }).fill(FEIT);
      await page.getByRole('radio', { name: 'Ja, voorlopige hechtenis is mogelijk (9 uur)' }).check();
      await page.getByRole('checkbox', { name: 'Geweld tussen ex-partners' }).check();
      await page.getByLabel('Korte feitelijke omschrijving').fill('Aanhouding na melding van de buren: slaan in de woning, dochter (7) thuis.');
      await page.getByLabel('Veilig Thuis-organisatie van het gezin').selectOption({ label: 'Veilig Thuis Brabant-Noordoost' });
      // An arrest in the future is refused by the server, beside the field.
      await page.getByLabel('Tijdstip van aanhouding').fill(localTime(2));
      await page.getByRole('button', { name: 'ZSM-zaak invoeren en klok starten' }).click();
      await page.locator('#zsm-aangehoudenOp[aria-invalid="true"]').waitFor();
      await expectAccessible(page, 'the intake with an arrest in the future');
      await page.getByLabel('Tijdstip van aanhouding').fill(localTime(-1));
      await page.getByRole('button', { name: 'ZSM-zaak invoeren en klok starten' }).click();

      await page.getByRole('heading', { level: 1, name: `ZSM-zaak: ${VERDACHTE}` }).waitFor();
      await page.getByText(/^De ZSM-zaak is ingevoerd\. De officier beslist uiterlijk/).waitFor();
      await expect.poll(() => page.getByTestId('zsm-kop').getByTestId('aftelklok').textContent()).toMatch(/^.\s*nog (\d+ u )?\d+ min/);
      await page.getByTestId('zsm-kop').getByText(`${SLACHTOFFER} (`).waitFor();
      await page.getByTestId('zsm-kop').getByText('Nog geen contact').waitFor();
      zaakUrl = new URL(page.url()).pathname;
      casusNummer = ((await page.getByTestId('zsm-kop').getByRole('link', { name: /^Casus / }).textContent()) ?? '').replace(/^Casus /, '').trim();
      expect(casusNummer).not.toBe('');
      await expectAccessible(page, 'the new ZSM case (police)');

      // The board: the case with its countdown and VT status.
      await openBoard(page);
      const row = boardRow(page, VERDACHTE);
      await row.getByText(/nog (\d+ u )?\d+ min/).waitFor();
      await row.getByText('Nog geen contact').waitFor();
      await row.getByText('Veilig Thuis Brabant-Noordoost').waitFor();

      // A second case, assigned to Veilig Thuis Zuidoost-Brabant, through the API.
      const { organisaties } = (await (await page.request.get('/api/v1/zsm-bereikbaarheid')).json()) as { organisaties: Array<{ organisatie: { id: string; naam: string } }> };
      const zob = organisaties.find((o) => o.organisatie.naam === 'Veilig Thuis Zuidoost-Brabant')!;
      const verdachte = await postJson<{ id: string }>(page, '/api/v1/personen', { voornamen: 'Kees', achternaam: 'Brouwers', geboortedatum: '1979-04-18', geslacht: 'man' });
      const slachtoffer = await postJson<{ id: string }>(page, '/api/v1/personen', { voornamen: 'Ilse', achternaam: 'Dekkers', geboortedatum: '1982-09-30', geslacht: 'vrouw' });
      await postJson(page, '/api/v1/zsm-zaken', {
        aangehoudenOp: new Date(Date.now() - 30 * 60_000).toISOString(),
        feit: 'Bedreiging van de partner (art. 285 Sr)',
        voorlopigeHechtenisMogelijk: true,
        vtOrganisatieId: zob.organisatie.id,
        verdachte: { persoonId: verdachte.id },
        slachtoffers: [{ persoonId: slachtoffer.id }],
      });
      await page.reload();
      await boardRow(page, ANDERE_VERDACHTE).waitFor();
      expect(politie.problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    // --- Veilig Thuis Brabant-Noordoost: its board, contact, assessment -----------------------------------------
    const vt = await openPage(browser);
    try {
      const { page } = vt;
      await logInAs(page, 'vt.medewerker');
      await openBoard(page);
      await boardRow(page, VERDACHTE).waitFor();
      expect(await boardRow(page, ANDERE_VERDACHTE).count()).toBe(0);
      await page.getByText('Als Veilig Thuis ziet u de zaken van huiselijk geweld').waitFor();
      await expectAccessible(page, 'the ZSM board (Veilig Thuis)');

      // The assessment task leads to the case.
      await followTask(page, casusNummer, 'Naar de ZSM-zaak: veiligheidsbeoordeling');
      expect(new URL(page.url()).pathname).toBe(zaakUrl);

      // Phone contact.
      const vtSection = page.locator('section[aria-labelledby="vt"]');
      await vtSection.getByRole('radio', { name: 'Telefonisch' }).check();
      await vtSection.getByRole('radio', { name: 'Ja, bereikt' }).check();
      await vtSection.getByLabel('Toelichting').fill('Gebeld met de ZSM-tafel; politie deelt het proces-verbaal.');
      await vtSection.getByRole('button', { name: 'Contact vastleggen' }).click();
      await vtSection.getByText('Het contact met Veilig Thuis is vastgelegd.').waitFor();
      await vtSection.getByTestId('vt-contact').getByText('Bereikt', { exact: true }).waitFor();

      // The safety assessment: acutely unsafe, a contact ban advised.
      const beoordeling = page.locator('section[aria-labelledby="beoordeling"]');
      await beoordeling.getByRole('radio', { name: 'Ja, acuut onveilig' }).check();
      await beoordeling.getByRole('radio', { name: 'Ja', exact: true }).check();
      await beoordeling.getByRole('checkbox', { name: 'Contactverbod' }).check();
      await beoordeling.getByLabel('Context uit eerdere betrokkenheid').fill('Twee eerdere meldingen van partnergeweld; het slachtoffer is bang voor de verdachte.');
      await expectAccessible(page, 'the safety assessment form');
      await beoordeling.getByRole('button', { name: 'Veiligheidsbeoordeling vastleggen' }).click();
      await beoordeling.getByText('De veiligheidsbeoordeling is vastgelegd.').waitFor();
      await beoordeling.getByTestId('veiligheidsbeoordeling').getByText('Ja, acuut onveilig').waitFor();
      await page.getByTestId('zsm-kop').getByText('Beoordeling binnen').waitFor();

      // A colleague changes the assessment in between: the form says so and keeps what was typed.
      const zaakId = zaakUrl.split('/').pop()!;
      const huidig = await page.request.get(`/api/v1/zsm-zaken/${zaakId}/veiligheidsbeoordeling`);
      const etag = huidig.headers()['etag']!;
      const collega = await page.request.put(`/api/v1/zsm-zaken/${zaakId}/veiligheidsbeoordeling`, {
        data: {
          acuutOnveilig: true,
          veiligheidsvoorwaardenNodig: true,
          geadviseerdeVoorwaarden: ['contactverbod'],
          context: 'Twee eerdere meldingen van partnergeweld; het slachtoffer is bang voor de verdachte.',
          overdracht: 'Telefonisch toegelicht aan de officier.',
        },
        headers: { 'If-Match': etag, 'X-CSRF-Token': await csrfToken(page) },
      });
      expect(collega.status()).toBe(200);
      await beoordeling.getByLabel('Schriftelijke overdracht aan het OM').fill('VT kan na 17:00 niet aansluiten; contactverbod dringend geadviseerd.');
      await beoordeling.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await beoordeling.getByText(/^Iemand anders heeft dit intussen gewijzigd/).waitFor();
      expect(await beoordeling.getByLabel('Schriftelijke overdracht aan het OM').inputValue()).toContain('contactverbod dringend');
      await beoordeling.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await beoordeling.getByText('De veiligheidsbeoordeling is bijgewerkt.').waitFor();
      await beoordeling.getByTestId('veiligheidsbeoordeling').getByText('VT kan na 17:00 niet aansluiten; contactverbod dringend geadviseerd.').waitFor();
      await expectAccessible(page, 'the ZSM case after the assessment (Veilig Thuis)');

      // At 320 px the page reflows: nothing but the tables scrolls sideways.
      await page.setViewportSize({ width: 320, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectAccessible(page, 'the ZSM case at 320 px');
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(vt.problems).toEqual([]);
    } finally {
      await vt.context.close();
    }

    // --- The police record the afdoeningsoverleg with the checklist ------------------------------------------------
    const politie2 = await openPage(browser);
    try {
      const { page } = politie2;
      await logInAs(page, 'politie.medewerker');
      await page.goto(zaakUrl);
      await page.getByRole('heading', { level: 1, name: `ZSM-zaak: ${VERDACHTE}` }).waitFor();
      const afdoening = page.locator('section[aria-labelledby="afdoening"]');
      await afdoening.getByText('Er is nog geen afdoeningsoverleg gepland of vastgelegd.').waitFor();
      await afdoening.getByLabel('Gepland op').fill(localTime(-0.25));
      await afdoening.getByRole('radio', { name: 'Telefonisch' }).check();
      const checklist = afdoening.getByTestId('ao-checklist');
      await checklist.getByRole('checkbox', { name: 'Is Veilig Thuis geïnformeerd en gehoord?' }).check();
      await checklist.getByRole('checkbox', { name: 'Welke voorwaarden beschermen het slachtoffer (contact-/locatieverbod)?' }).check();
      await checklist.getByLabel('Toelichting: Welke voorwaarden beschermen het slachtoffer (contact-/locatieverbod)?').fill('Contactverbod en locatieverbod rond de woning.');
      await checklist.getByRole('checkbox', { name: 'Ex-partner: is er sprake van stalking?' }).check();
      await afdoening.getByRole('checkbox', { name: 'Het afdoeningsoverleg heeft plaatsgevonden' }).check();
      await expectAccessible(page, 'the afdoeningsoverleg form');
      await afdoening.getByRole('button', { name: 'Afdoeningsoverleg opslaan' }).click();
      await afdoening.getByText('Het afdoeningsoverleg is opgeslagen.').waitFor();
      await afdoening.getByTestId('afdoeningsoverleg').getByText(/^Ja, vastgelegd op/).waitFor();
      expect(await afdoening.getByRole('checkbox', { name: 'Het afdoeningsoverleg heeft plaatsgevonden' }).isDisabled()).toBe(true);
      expect(politie2.problems).toEqual([]);
    } finally {
      await politie2.context.close();
    }

    // --- The officier decides ------------------------------------------------------------------------------------------
    const om = await openPage(browser);
    try {
      const { page } = om;
      await logInAs(page, 'om.officier');
      await openBoard(page);
      const row = boardRow(page, VERDACHTE);
      await row.getByText('Acuut onveilig').waitFor();
      await row.getByRole('link', { name: new RegExp(VERDACHTE) }).click();
      await page.getByRole('heading', { level: 1, name: `ZSM-zaak: ${VERDACHTE}` }).waitFor();
      const beslissing = page.locator('section[aria-labelledby="beslissing"]');
      await beslissing.getByRole('radio', { name: 'Heenzenden' }).check();
      // Veilig Thuis saw acute unsafety: releasing without conditions asks for a confirmation with a reason.
      const bevestiging = beslissing.getByTestId('onveilige-vrijlating');
      await bevestiging.getByLabel('Bevestig vrijlating zonder veiligheidsmaatregelen, met reden').waitFor();
      await beslissing.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await page.locator('#besl-onveiligeVrijlatingReden[aria-invalid="true"]').waitFor();
      await bevestiging.getByText(/Veilig Thuis beoordeelde de situatie als acuut onveilig: voeg veiligheidsvoorwaarden toe/).waitFor();
      await expectAccessible(page, 'the decision refused without conditions');

      // Send home with a contact and a location ban: the confirmation is no longer asked.
      await beslissing.getByRole('checkbox', { name: 'Contactverbod' }).check();
      await beslissing.getByRole('checkbox', { name: 'Locatieverbod' }).check();
      await expect.poll(() => bevestiging.count()).toBe(0);
      await beslissing.getByLabel('Toelichting', { exact: true }).fill('Heenzending met contact- en locatieverbod; HG-spreekuur reclassering volgt.');
      // The time of decision stands at now; one before the arrest is refused beside the field.
      const beslistOp = beslissing.getByLabel('Tijdstip beslissing');
      expect(await beslistOp.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      await beslistOp.fill(localTime(-2));
      await beslissing.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await page.locator('#besl-beslistOp[aria-invalid="true"]').waitFor();
      await beslissing.getByText('de beslissing kan niet vóór de aanhouding liggen').waitFor();
      await expectAccessible(page, 'the decision with a time before the arrest');
      await beslistOp.fill(localTime(0));
      await beslissing.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      const besluit = beslissing.getByTestId('beslissing');
      await besluit.getByText('Heenzenden', { exact: true }).waitFor();
      await besluit.getByRole('listitem').filter({ hasText: 'Contactverbod' }).waitFor();
      await besluit.getByRole('listitem').filter({ hasText: 'Locatieverbod' }).waitFor();
      await besluit.getByTestId('terugkoppeling').filter({ hasText: 'Veilig Thuis Brabant-Noordoost' }).getByText('Nog niet gelezen').waitFor();
      await page.getByTestId('zsm-kop').getByText('Beslist', { exact: true }).first().waitFor();
      await expectAccessible(page, 'the ZSM case after the decision');

      await openBoard(page);
      await page.getByRole('button', { name: 'Besliste zaken' }).click();
      await page.getByRole('table', { name: /^Besliste zaken/ }).waitFor();
      await boardRow(page, VERDACHTE).getByText('Heenzenden').waitFor();
      expect(om.problems).toEqual([]);
    } finally {
      await om.context.close();
    }

    // --- Veilig Thuis hears the decision ------------------------------------------------------------------------------
    const vt2 = await openPage(browser);
    try {
      const { page } = vt2;
      await logInAs(page, 'vt.medewerker');
      await followTask(page, casusNummer, 'Naar de ZSM-zaak: beslissing lezen');
      const besluit = page.getByTestId('beslissing');
      await besluit.getByText('Heenzenden', { exact: true }).waitFor();
      await besluit.getByRole('listitem').filter({ hasText: 'Contactverbod' }).waitFor();
      await besluit.getByTestId('terugkoppeling').filter({ hasText: 'Veilig Thuis Brabant-Noordoost' }).getByText(/^Gelezen op/).waitFor();
      await expectAccessible(page, 'the decision as Veilig Thuis reads it');
      expect(vt2.problems).toEqual([]);
    } finally {
      await vt2.context.close();
    }
  });

  it('Veilig Thuis availability: everyone reads it, the VT administrator edits the own week', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'beheer.vt');
      await page.goto('/zsm/bereikbaarheid');
      await page.getByRole('heading', { level: 1, name: 'Bereikbaarheid van Veilig Thuis op ZSM' }).waitFor();
      await page.getByRole('table', { name: 'Week van Veilig Thuis Zuidoost-Brabant' }).waitFor();
      expect(await page.getByRole('button', { name: 'Week van Veilig Thuis Zuidoost-Brabant bewerken' }).count()).toBe(0);
      await expectAccessible(page, 'the availability page');

      await page.getByRole('button', { name: 'Week van Veilig Thuis Brabant-Noordoost bewerken' }).click();
      const form = page.locator('form[aria-labelledby^="week-form-"]');
      await form.getByRole('heading', { name: 'Week van Veilig Thuis Brabant-Noordoost bewerken' }).waitFor();
      const blokken = form.getByTestId('week-blok');
      const aantal = await blokken.count();
      await form.getByRole('button', { name: 'Blok toevoegen' }).click();
      const nieuw = blokken.nth(aantal);
      await nieuw.getByLabel('Weekdag').selectOption({ label: 'zaterdag' });
      await nieuw.getByLabel('Van (UU:MM)').fill('10:00');
      await nieuw.getByLabel('Tot (UU:MM)').fill('09:00');
      await form.getByRole('button', { name: 'Week opslaan' }).click();
      await nieuw.getByText('De eindtijd moet later zijn dan de begintijd.').waitFor();
      // The server's reason: the new Saturday block overlaps the on-call service that holds all day.
      await nieuw.getByLabel('Tot (UU:MM)').fill('12:00');
      await form.getByRole('button', { name: 'Week opslaan' }).click();
      await nieuw.getByText(/^overlapt op zaterdag/).waitFor();
      await expectAccessible(page, 'the week form with the server’s reason');
      await nieuw.getByRole('button', { name: new RegExp(`^Blok ${aantal + 1} verwijderen`) }).click();
      await blokken.first().getByLabel('Toelichting').fill('Bereikbaarheidsdienst Veilig Thuis (24/7), ook voor ZSM');
      await form.getByRole('button', { name: 'Week opslaan' }).click();
      await page.getByText('De week van Veilig Thuis Brabant-Noordoost is opgeslagen.').waitFor();
      await page.getByRole('table', { name: 'Week van Veilig Thuis Brabant-Noordoost' }).getByText('Bereikbaarheidsdienst Veilig Thuis (24/7), ook voor ZSM').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the OM administrator keeps the attention points; the police change the Veilig Thuis organisation; the Raad follows its task', async () => {
    const NIEUW_PUNT = 'Is er een risicotaxatie gedaan (bijvoorbeeld B-SAFER)?';
    const TIJDELIJK = 'Tijdelijk punt dat weer vervalt';
    const VERDACHTE2 = 'Bram Willems';

    // --- The OM's functional administrator edits the region's list -----------------------------------------------
    const beheer = await openPage(browser);
    try {
      const { page } = beheer;
      await logInAs(page, 'beheer.om');
      await mainNav(page).getByRole('link', { name: 'Aandachtspunten ZSM' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aandachtspunten voor het afdoeningsoverleg' }).waitFor();
      const lijst = page.getByTestId('ap-lijst');
      await lijst.getByText('Is Veilig Thuis geïnformeerd en gehoord?').waitFor();
      await expectAccessible(page, 'the attention points (OM administrator)');

      await page.getByRole('button', { name: 'Aandachtspunten bewerken' }).click();
      const form = page.locator('form[aria-labelledby="ap-form-titel"]');
      await form.getByRole('heading', { name: 'Aandachtspunten bewerken' }).waitFor();
      const punten = form.getByTestId('ap-punt');
      const n = await punten.count();
      expect(n).toBeGreaterThan(2);

      // A new point left empty: the server's reason stands beside it.
      await form.getByRole('button', { name: 'Aandachtspunt toevoegen' }).click();
      const nieuw = form.getByLabel(`Aandachtspunt ${n + 1} (nieuw)`);
      await expect.poll(() => nieuw.evaluate((el) => el === document.activeElement)).toBe(true);
      await form.getByRole('button', { name: 'Aandachtspunten opslaan' }).click();
      await punten.nth(n).getByText('geef de tekst van het aandachtspunt').waitFor();
      await expectAccessible(page, 'the attention points with the server’s reason');
      await nieuw.fill(NIEUW_PUNT);

      // Another one, removed again.
      await form.getByRole('button', { name: 'Aandachtspunt toevoegen' }).click();
      await form.getByLabel(`Aandachtspunt ${n + 2} (nieuw)`).fill(TIJDELIJK);
      await form.getByRole('button', { name: new RegExp(`^Verwijderen\\W+aandachtspunt ${n + 2}$`) }).click();
      await expect.poll(() => punten.count()).toBe(n + 1);

      // Up twice: the button keeps the focus, so Enter moves the point again.
      await form.getByRole('button', { name: new RegExp(`^Omhoog\\W+aandachtspunt ${n + 1}$`) }).click();
      await form.getByText(`Aandachtspunt ${n + 1} staat nu op plaats ${n}.`).waitFor({ state: 'attached' });
      await page.keyboard.press('Enter');
      await form.getByText(`Aandachtspunt ${n} staat nu op plaats ${n - 1}.`).waitFor({ state: 'attached' });
      expect(await form.getByLabel(`Aandachtspunt ${n - 1} (nieuw)`).inputValue()).toBe(NIEUW_PUNT);
      // At 320 px the editor reflows.
      await page.setViewportSize({ width: 320, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectAccessible(page, 'the attention points editor at 320 px');
      await page.setViewportSize({ width: 1280, height: 900 });
      await form.getByRole('button', { name: 'Aandachtspunten opslaan' }).click();

      await page.getByText('De aandachtspunten zijn opgeslagen.', { exact: false }).waitFor();
      await expect.poll(() => lijst.getByRole('listitem').nth(n - 2).textContent()).toBe(NIEUW_PUNT);
      expect(await lijst.getByRole('listitem').count()).toBe(n + 1);
      expect(await lijst.getByText(TIJDELIJK).count()).toBe(0);
      await expectAccessible(page, 'the attention points after saving');
      expect(beheer.problems).toEqual([]);
    } finally {
      await beheer.context.close();
    }

    // --- The VT administrator reads the list but does not edit it ------------------------------------------------------
    const beheerVt = await openPage(browser);
    try {
      const { page } = beheerVt;
      await logInAs(page, 'beheer.vt');
      await mainNav(page).getByRole('link', { name: 'Aandachtspunten ZSM' }).click();
      await page.getByTestId('ap-lijst').getByText(NIEUW_PUNT).waitFor();
      await page.getByText('De functioneel beheerder van het OM of de politie van de regio houdt deze lijst bij.').waitFor();
      expect(await page.getByRole('button', { name: 'Aandachtspunten bewerken' }).count()).toBe(0);
    } finally {
      await beheerVt.context.close();
    }

    // --- The police: a case with a child; the new point in its afdoeningsoverleg; another Veilig Thuis -------------------
    let casusNummer = '';
    const politie = await openPage(browser);
    try {
      const { page } = politie;
      await logInAs(page, 'politie.medewerker');
      const { organisaties } = (await (await page.request.get('/api/v1/zsm-bereikbaarheid')).json()) as { organisaties: Array<{ organisatie: { id: string; naam: string } }> };
      const vtId = (naam: string) => organisaties.find((o) => o.organisatie.naam === naam)!.organisatie.id;
      const persoon = (voornamen: string, geboortedatum: string, geslacht: string) =>
        postJson<{ id: string }>(page, '/api/v1/personen', { voornamen, achternaam: 'Willems', geboortedatum, geslacht });
      const verdachte = await persoon('Bram', '1984-02-11', 'man');
      const slachtoffer = await persoon('Noor', '1986-07-23', 'vrouw');
      const kind = await persoon('Sem', '2016-05-14', 'man');
      const zaak = await postJson<{ id: string; casus: { nummer: string } }>(page, '/api/v1/zsm-zaken', {
        aangehoudenOp: new Date(Date.now() - 45 * 60_000).toISOString(),
        feit: 'Mishandeling van de partner (art. 300 Sr)',
        voorlopigeHechtenisMogelijk: true,
        vtOrganisatieId: vtId('Veilig Thuis Brabant-Noordoost'),
        verdachte: { persoonId: verdachte.id },
        slachtoffers: [{ persoonId: slachtoffer.id }],
        kinderen: [{ persoonId: kind.id }],
      });
      casusNummer = zaak.casus.nummer;

      await openBoard(page);
      await boardRow(page, VERDACHTE2).getByRole('link', { name: new RegExp(VERDACHTE2) }).click();
      await page.getByRole('heading', { level: 1, name: `ZSM-zaak: ${VERDACHTE2}` }).waitFor();
      await page.locator('section[aria-labelledby="afdoening"]').getByTestId('ao-checklist').getByRole('checkbox', { name: NIEUW_PUNT }).waitFor();

      const vtSection = page.locator('section[aria-labelledby="vt"]');
      await vtSection.getByRole('button', { name: 'Andere Veilig Thuis-organisatie kiezen' }).click();
      await vtSection.getByRole('heading', { name: 'Veilig Thuis-organisatie wijzigen' }).waitFor();
      await vtSection.getByText(/^Veilig Thuis Brabant-Noordoost blijft deelnemer van de casus/).waitFor();
      await expectAccessible(page, 'changing the Veilig Thuis organisation');

      // A colleague plans the afdoeningsoverleg in between: the case reloads, the choice stays.
      const huidig = await page.request.get(`/api/v1/zsm-zaken/${zaak.id}`);
      const collega = await page.request.patch(`/api/v1/zsm-zaken/${zaak.id}`, {
        data: { afdoeningsoverlegOp: new Date().toISOString() },
        headers: { 'If-Match': huidig.headers()['etag']!, 'X-CSRF-Token': await csrfToken(page) },
      });
      expect(collega.status()).toBe(200);
      const keuze = vtSection.getByLabel('Nieuwe Veilig Thuis-organisatie');
      await keuze.selectOption({ label: 'Veilig Thuis Zuidoost-Brabant' });
      await vtSection.getByRole('button', { name: 'Veilig Thuis-organisatie wijzigen' }).click();
      await vtSection.getByText(/^Iemand anders heeft deze zaak intussen gewijzigd/).waitFor();
      expect(await keuze.inputValue()).toBe(vtId('Veilig Thuis Zuidoost-Brabant'));
      await vtSection.getByRole('button', { name: 'Veilig Thuis-organisatie wijzigen' }).click();
      await vtSection.getByText('Veilig Thuis Zuidoost-Brabant is de Veilig Thuis-organisatie van deze zaak.').waitFor();
      await vtSection.locator('dd').filter({ hasText: /^Veilig Thuis Zuidoost-Brabant$/ }).waitFor();
      await expectAccessible(page, 'the case after changing the Veilig Thuis organisation');
      expect(politie.problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    // --- The assessment task moved to Veilig Thuis Zuidoost-Brabant ------------------------------------------------------
    const vtzob = await openPage(browser);
    try {
      const { page } = vtzob;
      await logInAs(page, 'vtzob.medewerker');
      await followTask(page, casusNummer, 'Naar de ZSM-zaak: veiligheidsbeoordeling', VERDACHTE2);
    } finally {
      await vtzob.context.close();
    }

    // --- The Raad follows its task and records its involvement -------------------------------------------------------------
    const raad = await openPage(browser);
    try {
      const { page } = raad;
      await logInAs(page, 'rvdk.medewerker');
      await followTask(page, casusNummer, 'Naar de ZSM-zaak: betrokkenheid Raad vastleggen', VERDACHTE2);
      const adviezen = page.locator('section[aria-labelledby="adviezen"]');
      await adviezen.getByText(/^Er zijn kinderen bij betrokken/).waitFor();
      await adviezen.getByRole('textbox', { name: 'Betrokkenheid van de Raad' }).fill('Geen lopend raadsonderzoek; de Raad neemt contact op met het gezin over Sem (10).');
      await adviezen.getByRole('button', { name: 'Betrokkenheid vastleggen' }).click();
      await adviezen.getByText('Vastgelegd.', { exact: true }).waitFor();
      await adviezen.getByTestId('zsm-advies').getByText('Betrokkenheid Raad voor de Kinderbescherming').waitFor();
      await expectAccessible(page, 'the case after the Raad’s involvement');

      // The task is done: it stands among the organisation's finished tasks.
      await mainNav(page).getByRole('link', { name: 'Taken', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      await page.getByRole('button', { name: 'Taken van mijn organisatie' }).click();
      await page.getByRole('button', { name: 'Afgeronde taken' }).click();
      const afgerond = page.getByRole('table', { name: 'Taken van mijn organisatie – Afgeronde taken' });
      await afgerond
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: casusNummer, exact: true }) })
        .filter({ hasText: 'betrokkenheid van de Raad' })
        .waitFor();
      expect(raad.problems).toEqual([]);
    } finally {
      await raad.context.close();
    }
  });
});
