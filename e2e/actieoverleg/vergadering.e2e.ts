import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { csrfToken, deliverMelding, openCasusFrom, postJson } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, mainNav, openPage, uniqueSuffix } from '../support/browser';

/**
 * A full Actieoverleg on screen, from the tabled referral to the minutes PDF.
 *
 * The chair tables the demo Oss referral (when it still waits), plans a later meeting, opens the demo region's planned
 * meeting, draws up the agenda (other items move on to the later meeting), invites the Raad voor de Kinderbescherming
 * for the Oss casus and brings Veilig Thuis's own input. The RvdK worker sees only that item and adds a contribution
 * for chosen organisations. The chair records attendance, starts the meeting and discusses the item in the three steps:
 * closing it too early names what is missing; a colleague's save in between is reported while the typed text stays;
 * an agreement for Politie Oost-Brabant with a due date, a ZSM scenario, regie and a monitoring agreement; the item is
 * marked discussed, the meeting closed, and the minutes PDF fetched. Then a second planned meeting is moved to another
 * place and cancelled. Tolerant of other tests on the same demo server (the referral may be tabled already, the meeting
 * started, other items on the agenda).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A calendar date in Europe/Amsterdam, `days` from today (JJJJ-MM-DD). */
function dateIn(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function ossNummer(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/casussen');
  expect(response.status()).toBe(200);
  const { casussen } = (await response.json()) as { casussen: Array<{ nummer: string; personen: Array<{ naam: string }> }> };
  const oss = casussen.find((c) => c.personen.some((p) => p.naam === 'Mirjam Verbeek'));
  expect(oss, 'the demo Oss casus').toBeTruthy();
  return oss!.nummer;
}

/** Opens the first meeting in "Komende overleggen" that is planned or running. */
async function openNextMeeting(page: Page): Promise<string> {
  await page.goto('/actieoverleg');
  await page.getByRole('heading', { level: 2, name: 'Komende overleggen' }).waitFor();
  const rows = page.getByTestId('komend-overleg');
  await rows.first().waitFor();
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const text = (await row.textContent()) ?? '';
    if (/Gepland|Gestart/.test(text)) {
      await row.getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: /^Actieoverleg / }).waitFor();
      return new URL(page.url()).pathname;
    }
  }
  throw new Error('no planned or running meeting in Komende overleggen');
}

const item = (page: Page, nummer: string): Locator => page.getByTestId('agendapunt').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`casus ${nummer}$`) }) });

describe('een Actieoverleg op het scherm', () => {
  it('the chair prepares the meeting, RvdK contributes, the item is discussed in three steps, the meeting closed and the minutes fetched as PDF', async () => {
    const deadline = dateIn(7);
    let nummer = '';
    let meetingPath = '';

    // A second casus of Veilig Thuis for the agenda, so that there is something to reorder and to move on.
    const suffix = uniqueSuffix();
    const meldingId = await deliverMelding(browser, {
      externBerichtId: `e2e-vergadering-${suffix}`,
      omschrijving: 'Bedreiging door ex-partner na de scheiding.',
      personen: [
        { rol: 'slachtoffer', voornamen: 'Ilse', achternaam: `Vergadervrouw${suffix}`, geboortedatum: '1990-03-03' },
        { rol: 'verdachte', voornamen: 'Rob', achternaam: `Vergaderman${suffix}`, geboortedatum: '1986-06-06' },
      ],
    });
    const tweede = await openCasusFrom(browser, meldingId);

    // 1. The chair: table the Oss referral, plan a later meeting, prepare the agenda.
    const chair = await openPage(browser);
    try {
      const { page, problems } = chair;
      await logInAs(page, 'ao.voorzitter');
      nummer = await ossNummer(page);

      await mainNav(page).getByRole('link', { name: 'Actieoverleg', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Komende overleggen' }).waitFor();
      await page.getByTestId('komend-overleg').first().waitFor();
      await expectAccessible(page, 'the Actieoverleg page with the upcoming meetings');
      const waiting = page.getByTestId('wachtend').filter({ hasText: nummer });
      if ((await waiting.count()) > 0) {
        await waiting.getByRole('link', { name: `Aanmelding ${nummer} openen` }).click();
        await page.getByRole('heading', { level: 2, name: 'Besluit in het vooroverleg' }).waitFor();
        await page.getByLabel('Agenderen in het Actieoverleg', { exact: true }).check();
        await page.getByLabel('Reden', { exact: true }).fill('Derde incident in acht maanden; politie en OM zijn nodig voor de veiligheidsafspraken.');
        await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
        await page.getByRole('status').getByText('Besluit vastgelegd: Geagendeerd.').waitFor();
      }

      // A later meeting of the series, to move other items to.
      await page.getByRole('button', { name: 'Volgend overleg plannen' }).click();
      await page.getByRole('status').getByText(/^Overleg gepland op /).waitFor();

      // The series, as the chair sees it.
      await page.getByRole('link', { name: 'Reeks en leden instellen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reeks Actieoverleg' }).waitFor();
      await page.getByTestId('reeks-lid').filter({ hasText: 'Politie Oost-Brabant' }).getByText('Sanne Verhoeven').waitFor();
      expect(await page.getByTestId('reeks-tijdstip').textContent()).toContain('donderdag');
      await expectAccessible(page, 'the series with its members');
      // The chair changes the place (If-Match), adds an on-call partner with its mandate, and ends that membership.
      await page.getByLabel('Locatie', { exact: true }).fill('Politiebureau Oss, vergaderzaal 3');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByRole('status').getByText('De reeks is opgeslagen. Al geplande overleggen houden hun tijd.').waitFor();
      await page.getByText('Politiebureau Oss, vergaderzaal 3', { exact: true }).waitFor();
      const lidToevoegen = page.getByRole('form', { name: 'Lid toevoegen' });
      await lidToevoegen.getByRole('button', { name: 'Lid toevoegen' }).click();
      await lidToevoegen.getByText('Kies de organisatie.').waitFor();
      // The representative is chosen from the case workers of the chosen organisation (not yet a member).
      await lidToevoegen.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Veilig Thuis Zuidoost-Brabant (Vast lid met mandaat)' });
      const vertegenwoordiger = lidToevoegen.getByLabel('Vertegenwoordiger (optioneel)');
      await vertegenwoordiger.locator('option', { hasText: 'Joost van der Heijden' }).waitFor({ state: 'attached' });
      expect(await vertegenwoordiger.locator('option').allTextContents()).toEqual(['Nog niet aanwijzen', 'Daan Hendriks', 'Joost van der Heijden']);
      await lidToevoegen.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'SVG (Op afroep)' });
      await lidToevoegen.getByText('Deze organisatie heeft in Samenloop nog geen medewerkers met casuswerk; het lid wordt toegevoegd zonder vertegenwoordiger.').waitFor();
      await lidToevoegen.getByLabel('Mandaat', { exact: true }).fill('Reclasseringswerker op afroep.');
      await lidToevoegen.getByRole('button', { name: 'Lid toevoegen' }).click();
      await page.getByRole('status').getByText('SVG is lid van de reeks.').waitFor();
      await page.getByRole('button', { name: 'Lidmaatschap van SVG beëindigen' }).click();
      await page.getByText('Weet u zeker dat SVG geen lid meer is? De geschiedenis blijft bewaard.').waitFor();
      await expectAccessible(page, 'the series while ending a membership');
      await page.getByRole('button', { name: 'Ja, beëindigen' }).click();
      await page.getByRole('status').getByText('Het lidmaatschap van SVG is beëindigd.').waitFor();
      expect(await page.getByTestId('reeks-lid').filter({ hasText: 'SVG' }).count()).toBe(0);

      meetingPath = await openNextMeeting(page);
      await expectAccessible(page, 'the planned meeting');
      await page.getByRole('link', { name: 'Overleg in uw agenda zetten (iCalendar)' }).waitFor();
      const ics = await page.request.get(`${meetingPath.replace('/actieoverleg/overleggen/', '/api/v1/actieoverleggen/')}/agenda.ics`);
      expect(ics.status()).toBe(200);
      expect(ics.headers()['content-type']).toContain('text/calendar');

      // The chair puts a casus its organisation takes part in on the agenda by hand: search by number, choose, add.
      const zoeken = page.getByRole('search', { name: 'Casus zoeken voor de agenda' });
      await zoeken.getByLabel('Zoek op casusnummer').fill(tweede.nummer);
      await zoeken.getByRole('button', { name: 'Casussen zoeken' }).click();
      await page.getByLabel('Casus', { exact: true }).selectOption({ label: tweede.nummer });
      await page.getByRole('button', { name: 'Casus op de agenda zetten' }).click();
      await page.getByRole('status').getByText(`Casus ${tweede.nummer} staat op de agenda.`).waitFor();
      await item(page, tweede.nummer).waitFor();
      await page.getByRole('button', { name: 'Agenda opstellen' }).click();
      await page.getByRole('status').getByText(/^Agenda opgesteld: /).waitFor();
      const oss = item(page, nummer);
      await oss.waitFor();

      // Reorder when there is more than one item: the buttons say which item moves where.
      const items = page.getByTestId('agendapunt');
      expect(await items.count()).toBeGreaterThan(1);
      const omhoog = oss.getByRole('button', { name: /omhoog$/ });
      const omlaag = oss.getByRole('button', { name: /omlaag$/ });
      await ((await omhoog.count()) > 0 ? omhoog : omlaag).click();
      await page.getByRole('status').getByText(new RegExp(`^Casus ${nummer} staat nu op plaats \\d+\\.$`)).waitFor();
      // Focus stays with the item that moved.
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(new RegExp(`casus ${nummer}$`));
      // Every other item still to discuss moves on to the later meeting.
      for (;;) {
        const andere = items.filter({ hasNotText: `casus ${nummer}` }).filter({ has: page.getByRole('button', { name: 'Doorschuiven' }) });
        if ((await andere.count()) === 0) break;
        const ander = andere.first();
        const anderNummer = ((await ander.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(/^.* casus /, '');
        const later = ander.getByLabel('Later overleg');
        await later.selectOption({ index: 1 });
        await ander.getByRole('button', { name: 'Doorschuiven' }).click();
        await page.getByRole('status').getByText(`Casus ${anderNummer} is doorgeschoven naar het overleg van `, { exact: false }).waitFor();
        await item(page, anderNummer).waitFor({ state: 'detached' });
      }
      await page.getByRole('heading', { level: 3, name: 'Doorgeschoven naar een later overleg' }).waitFor();
      expect(await page.getByRole('link', { name: tweede.nummer, exact: true }).count()).toBe(1);

      // Invite the Raad voor de Kinderbescherming for the Oss casus.
      const uitgenodigd = oss.getByTestId('uitnodigingen').getByText('Raad voor de Kinderbescherming');
      if ((await uitgenodigd.count()) === 0) {
        await oss.getByLabel('Partner op afroep').selectOption({ label: 'Raad voor de Kinderbescherming' });
        await oss.getByRole('button', { name: 'Uitnodigen' }).click();
        await page.getByRole('status').getByText(`Raad voor de Kinderbescherming is uitgenodigd voor casus ${nummer}.`).waitFor();
        await uitgenodigd.waitFor();
      }

      // Veilig Thuis's own input, with the prompt for Veilig Thuis.
      await oss.getByText('Veilig Thuis deelt:').waitFor();
      await oss.getByLabel('Inbreng van uw organisatie').fill('Drie meldingen sinds maart; veiligheidsplan met moeder loopt, vader weigert contact.');
      await oss.getByRole('button', { name: /^Bijdrage (opslaan|bijwerken)$/ }).click();
      await oss.getByRole('status').getByText('Uw bijdrage is opgeslagen.').waitFor();
      await oss.getByTestId('bijdrage').filter({ hasText: 'Drie meldingen sinds maart' }).waitFor();
      await expectAccessible(page, 'the meeting with its agenda, invitations and the own contribution');
      expect(problems).toEqual([]);
    } finally {
      await chair.context.close();
    }

    // 2. The Raad voor de Kinderbescherming, on call: only the invited item; its contribution for chosen organisations.
    const rvdk = await openPage(browser);
    try {
      const { page, problems } = rvdk;
      await logInAs(page, 'rvdk.medewerker');
      await page.goto(meetingPath);
      await page.getByRole('heading', { level: 1, name: /^Actieoverleg / }).waitFor();
      await page.getByText('U bent op afroep uitgenodigd: u ziet alleen de agendapunten waarvoor uw organisatie is uitgenodigd.').waitFor();
      await page.getByText('Op afroep (alleen punten waarvoor u bent uitgenodigd)').waitFor();
      expect(await page.getByTestId('agendapunt').count()).toBe(1);
      const oss = item(page, nummer);
      await oss.getByText('Raad voor de Kinderbescherming deelt:').waitFor();
      await oss.getByLabel('Inbreng van uw organisatie').fill('Raadsonderzoek naar de veiligheid van Sem loopt sinds februari; nog geen maatregel.');
      await oss.getByLabel('Alleen de organisaties die ik kies').check();
      await oss.getByRole('button', { name: 'Bijdrage opslaan' }).click();
      await oss.getByText('Kies minstens één organisatie, of kies “Iedereen bij dit agendapunt”.').waitFor();
      await oss.getByLabel('Veilig Thuis Brabant-Noordoost', { exact: true }).check();
      await oss.getByLabel('Politie Oost-Brabant', { exact: true }).check();
      await oss.getByRole('button', { name: 'Bijdrage opslaan' }).click();
      await oss.getByRole('status').getByText('Uw bijdrage is opgeslagen.').waitFor();
      const eigen = oss.getByTestId('bijdrage').filter({ hasText: 'Raadsonderzoek naar de veiligheid van Sem' });
      await eigen.waitFor();
      expect(await eigen.textContent()).toContain('Alleen zichtbaar voor: Politie Oost-Brabant, Veilig Thuis Brabant-Noordoost');
      await expectAccessible(page, 'the meeting as an on-call partner with its contribution');

      // Meeting mode is read-only for an on-call partner.
      await oss.getByRole('link', { name: /^Bespreking bekijken/ }).click();
      await page.getByRole('heading', { level: 1, name: `Bespreking casus ${nummer}` }).waitFor();
      await page.getByText(/^(U bent op afroep uitgenodigd: u leest mee|Het overleg is nog niet gestart)/).waitFor();
      expect(await page.getByRole('button', { name: 'Stap 1 opslaan' }).count()).toBe(0);
      await expectAccessible(page, 'meeting mode, read-only for an on-call partner');

      // The series, read-only for a member that is not the chair.
      await page.goto('/actieoverleg/reeks');
      await page.getByRole('heading', { level: 1, name: 'Reeks Actieoverleg' }).waitFor();
      await page.getByText('Alleen de voorzitter Actieoverleg van de regio wijzigt de reeks en de leden.').waitFor();
      await page.getByTestId('reeks-lid').filter({ hasText: 'Raad voor de Kinderbescherming' }).waitFor();
      expect(await page.getByRole('button', { name: 'Wijzigingen opslaan' }).count()).toBe(0);
      await expectAccessible(page, 'the series, read-only');
      expect(problems).toEqual([]);
    } finally {
      await rvdk.context.close();
    }

    // 3. The chair: attendance, start, the three steps, close the item and the meeting, the minutes.
    const back = await openPage(browser);
    try {
      const { page, problems } = back;
      await logInAs(page, 'ao.voorzitter');
      await page.goto(meetingPath);
      const oss = item(page, nummer);
      await oss.getByTestId('bijdrage').filter({ hasText: 'Raadsonderzoek naar de veiligheid van Sem' }).waitFor();

      await page.getByRole('radiogroup', { name: /^Marieke Smits/ }).getByLabel('Aanwezig', { exact: true }).check();
      await page.getByLabel('Met mandaat (Marieke Smits)').check();
      await page.getByRole('radiogroup', { name: /^Sanne Verhoeven/ }).getByLabel('Aanwezig', { exact: true }).check();
      await page.getByLabel('Met mandaat (Sanne Verhoeven)').check();
      await page.getByRole('radiogroup', { name: /^mr\. Pieter de Wit/ }).getByLabel('Afgemeld', { exact: true }).check();
      await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
      await page.getByRole('status').getByText('De aanwezigheid is opgeslagen.').waitFor();

      if ((await page.getByRole('button', { name: 'Overleg starten' }).count()) > 0) {
        await page.getByRole('button', { name: 'Overleg starten' }).click();
        await page.getByRole('status').getByText('Het overleg is gestart. Open een agendapunt om het te bespreken.').waitFor();
      }
      await page.getByTestId('overleg-status').getByText('Gestart').waitFor();
      // Closing before the item is discussed is refused, naming the open item with a link to it.
      await page.getByRole('button', { name: 'Overleg afronden' }).click();
      await page.getByTestId('afronden-open').getByRole('link', { name: new RegExp(`casus ${nummer}$`) }).waitFor();
      await expectAccessible(page, 'the running meeting with the refused closing');

      // Meeting mode reads the people to choose from: the case workers of the organisations at the meeting.
      const medewerkers = page.waitForResponse((r) => /\/api\/v1\/actieoverleggen\/[^/]+\/medewerkers$/.test(new URL(r.url()).pathname) && r.status() === 200);
      await oss.getByRole('link', { name: `Bespreken in drie stappen – casus ${nummer}` }).click();
      await page.getByRole('heading', { level: 1, name: `Bespreking casus ${nummer}` }).waitFor();
      await medewerkers;
      await page.getByRole('heading', { level: 2, name: 'Eerst: openstaande afspraken uit eerdere overleggen' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /^Stap 1: Wat is de grootste zorg/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: /^Stap 2: Wat is nodig om het veilig te maken/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Stap 3: Afspraken over regie en vervolg' }).waitFor();
      await page.getByText('Denk aan: maatschappelijke onrust, veiligheid van medewerkers, vuurwapenbezit.').waitFor();
      await expectAccessible(page, 'meeting mode for the chair');

      // Earlier agreements still open are reviewed first (none for a first discussion; reviewed when there are).
      const openstaand = page.getByTestId('openstaande-afspraak').filter({ has: page.getByRole('button', { name: 'Beoordeling vastleggen' }) });
      while ((await openstaand.count()) > 0) {
        const first = openstaand.first();
        await first.getByLabel('Loopt nog', { exact: true }).check();
        await first.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
        await page.getByRole('status').getByText('De beoordeling is vastgelegd.').first().waitFor();
      }

      // Step 1, with a colleague saving in between: the typed text stays and their version is shown.
      await page.getByLabel(/^Wat vindt het Actieoverleg de grootste zorg/).fill('Het geweld neemt toe en vader ontkent; zonder ingrijpen volgt een volgend incident met Sem erbij.');
      await page.getByLabel(/^Wat is er al aan directe veiligheid/).fill('Moeder en Sem kunnen bij de grootouders terecht (afgesproken met Veilig Thuis).');
      await page.getByLabel(/^Risico-inschatting/).fill('Geen wapens bekend; vader dreigde eerder een medewerker.');
      const puntId = new URL(page.url()).pathname.split('/').pop()!;
      const stale = await page.request.get(`/api/v1/agendapunten/${puntId}/bespreking`);
      const colleague = await page.request.fetch(`/api/v1/agendapunten/${puntId}/bespreking`, {
        method: 'PATCH',
        data: { complicerendeFactoren: 'Moeder twijfelt over aangifte (collega).' },
        headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': stale.headers()['etag']! },
      });
      expect(colleague.status()).toBe(200);
      await page.getByRole('button', { name: 'Stap 1 opslaan' }).click();
      await page.getByText(/^Iemand anders heeft deze bespreking intussen opgeslagen\. Uw tekst staat er nog\./).waitFor();
      expect(await page.getByLabel(/^Wat vindt het Actieoverleg de grootste zorg/).inputValue()).toContain('Het geweld neemt toe');
      expect(await page.getByLabel(/^Complicerende factoren/).inputValue()).toBe('Moeder twijfelt over aangifte (collega).');
      await page.getByRole('button', { name: 'Stap 1 opslaan' }).click();
      await page.getByRole('status').getByText('Stap 1 is opgeslagen.').waitFor();

      // Closing now is refused: step 3's regie is missing, named with a link to the field.
      await page.getByRole('button', { name: 'Agendapunt afronden' }).click();
      const ontbreekt = page.getByTestId('afronden-ontbreekt');
      await ontbreekt.getByText('Stap 3: leg vast wie regie heeft op veiligheid.').waitFor();
      await expectAccessible(page, 'meeting mode with the refused closing');

      // Step 2: an intervention for Politie Oost-Brabant with a due date, how the actions touch, a ZSM scenario.
      const interventie = page.getByRole('form', { name: 'Interventie vastleggen' });
      await interventie.getByLabel('Wat moet er gebeuren?').fill('Wijkagent legt binnen een week een huisbezoek af bij moeder en bespreekt de veiligheid.');
      await interventie.getByLabel('Wie: organisatie die eigenaar is').selectOption({ label: 'Politie Oost-Brabant' });
      // Only the police's case workers are offered for a police agreement.
      expect(await interventie.getByLabel('Wie: persoon (optioneel)').locator('option').allTextContents()).toEqual(['Geen persoon gekozen', 'Sanne Verhoeven']);
      await interventie.getByLabel('Wie: persoon (optioneel)').selectOption({ label: 'Sanne Verhoeven' });
      await interventie.getByLabel('Deadline').fill(deadline);
      await interventie.getByRole('button', { name: 'Afspraak vastleggen' }).click();
      await interventie.getByRole('status').getByText(/^Afspraak vastgelegd: Wijkagent legt/).waitFor();
      await page.getByTestId('interventie').filter({ hasText: 'Wijkagent legt binnen een week' }).getByText('Politie Oost-Brabant').waitFor();
      await page.getByLabel(/^Hoe: hoe raken de handelingen van de partners elkaar/).fill('Het huisbezoek van de wijkagent volgt op het gesprek van Veilig Thuis, zodat het strafrechtelijk onderzoek niet wordt doorkruist.');
      await page.getByRole('button', { name: 'Stap 2 opslaan' }).click();
      await page.getByRole('status').getByText('Stap 2 is opgeslagen.').waitFor();
      const scenario = page.getByRole('form', { name: 'Scenario vastleggen' });
      await scenario.getByLabel('ZSM-scenario', { exact: true }).check();
      await scenario.getByLabel('Wat gebeurt er dan?').fill('Bij een nieuw incident: vader aanhouden en voorgeleiden bij ZSM; de officier vraagt het veiligheidsadvies van Veilig Thuis.');
      await scenario.getByLabel('Eigenaar: organisatie').selectOption({ label: 'Politie Oost-Brabant' });
      await scenario.getByRole('button', { name: 'Scenario vastleggen' }).click();
      await scenario.getByRole('status').getByText('Scenario vastgelegd: ZSM-scenario').waitFor();
      await page.getByTestId('scenario').filter({ hasText: 'vader aanhouden en voorgeleiden bij ZSM' }).waitFor();

      // Step 3: regie, monitoring, information, parties to inform, and a monitoring agreement.
      await page.getByLabel('Organisatie met regie').selectOption({ label: 'Veilig Thuis Brabant-Noordoost' });
      await page.getByLabel('Regisseur (optioneel)').selectOption({ label: 'Fatima el Amrani' });
      await page.getByLabel('Hoe stemt u de genomen stappen af en hoe informeert u elkaar?').fill('Veilig Thuis coördineert; wekelijks telefonisch overleg met de wijkagent.');
      await page.getByLabel(/^Welk vervolg is \(nog\) nodig/).fill('Veilig Thuis belt moeder elke week; over vier weken terug in het Actieoverleg.');
      await page.getByLabel(/^Welke informatie gaat wel of niet naar de directbetrokkene/).fill('Veilig Thuis vertelt moeder morgen welke afspraken er zijn; vader hoort het via de wijkagent.');
      await page.getByLabel(/^Welke partijen moeten worden geïnformeerd/).fill('De huisarts en school van Sem, via Veilig Thuis.');
      await page.getByRole('button', { name: 'Stap 3 opslaan' }).click();
      await page.getByRole('status').getByText('Stap 3 is opgeslagen.').waitFor();
      const vervolg = page.getByRole('form', { name: 'Afspraak vastleggen' });
      await vervolg.getByLabel('Monitoring', { exact: true }).check();
      await vervolg.getByLabel('Wat moet er gebeuren?').fill('Wekelijks telefonisch contact met moeder over de veiligheid.');
      await vervolg.getByLabel('Wie: organisatie die eigenaar is').selectOption({ label: 'Veilig Thuis Brabant-Noordoost' });
      // Veilig Thuis's case workers, not its analyst (Thomas Bakker) nor its administrator (Ingrid Jansen).
      const vtPersonen = await vervolg.getByLabel('Wie: persoon (optioneel)').locator('option').allTextContents();
      expect(vtPersonen).toEqual(expect.arrayContaining(['Fatima el Amrani', 'Marieke Smits']));
      expect(vtPersonen).not.toContain('Thomas Bakker');
      expect(vtPersonen).not.toContain('Ingrid Jansen');
      await vervolg.getByLabel('Deadline').fill(dateIn(28));
      await vervolg.getByRole('button', { name: 'Afspraak vastleggen' }).click();
      await page.getByTestId('vervolgafspraak').filter({ hasText: 'Wekelijks telefonisch contact' }).waitFor();
      await page.getByText('Alles wat nodig is, is vastgelegd.').waitFor();

      await page.getByRole('button', { name: 'Agendapunt afronden' }).click();
      await page.getByRole('status').getByText('Het agendapunt is besproken.').waitFor();
      expect(await page.getByTestId('bespreking-status').textContent()).toBe('Besproken');
      await expectAccessible(page, 'meeting mode after the item is discussed');

      // Close the meeting and fetch the minutes.
      await page.getByRole('link', { name: 'Terug naar het overleg', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: /^Actieoverleg / }).waitFor();
      await item(page, nummer).getByTestId('agendapunt-status').getByText('Besproken').waitFor();
      await page.getByRole('button', { name: 'Overleg afronden' }).click();
      await page.getByRole('status').getByText(/^Het overleg is afgerond\. /).waitFor();
      await page.getByTestId('overleg-status').getByText('Afgerond').waitFor();
      const pdfLink = page.getByRole('link', { name: 'Notulen downloaden als PDF' });
      const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      const html = await page.request.get((await page.getByRole('link', { name: /^Notulen lezen/ }).getAttribute('href'))!);
      expect(html.status()).toBe(200);
      expect(await html.text()).toContain('Wijkagent legt binnen een week');
      await expectAccessible(page, 'the closed meeting with the minutes');

      // At 320 px wide nothing scrolls sideways (WCAG 1.4.10): the meeting and its recorded discussion.
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await item(page, nummer).getByRole('link', { name: `Bespreking bekijken – casus ${nummer}` }).click();
      await page.getByRole('heading', { level: 1, name: `Bespreking casus ${nummer}` }).waitFor();
      await page.getByText('Het overleg is afgerond; de bespreking ligt vast.').waitFor();
      await page.getByTestId('waarde-grootsteZorg').getByText(/^Het geweld neemt toe/).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await expectAccessible(page, 'the recorded discussion at 320 px');
      expect(problems).toEqual([]);
    } finally {
      await back.context.close();
    }
  });

  it('the chair moves a second planned meeting to another place (a colleague’s change in between keeps the typed place) and cancels it', async () => {
    const chair = await openPage(browser);
    try {
      const { page, problems } = chair;
      await logInAs(page, 'ao.voorzitter');
      const reeksen = await page.request.get('/api/v1/actieoverleg-reeksen');
      const reeksId = ((await reeksen.json()) as { reeksen: Array<{ id: string }> }).reeksen[0]!.id;
      const gepland = await postJson<{ id: string; locatie: string }>(page, '/api/v1/actieoverleggen', { reeksId });
      await page.goto(`/actieoverleg/overleggen/${gepland.id}`);
      await page.getByRole('heading', { level: 1, name: /^Actieoverleg / }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Verplaatsen of annuleren' }).waitFor();
      await expectAccessible(page, 'a planned meeting with moving and cancelling');

      // The chair types a new place; meanwhile a colleague shortens the meeting. The typed place stays.
      const wijzigen = page.getByRole('form', { name: 'Tijd en plaats wijzigen' });
      await wijzigen.getByLabel('Locatie', { exact: true }).fill('Stadhuis Oss, raadzaal');
      const stale = await page.request.get(`/api/v1/actieoverleggen/${gepland.id}`);
      const colleague = await page.request.fetch(`/api/v1/actieoverleggen/${gepland.id}`, {
        method: 'PATCH',
        data: { duurMinuten: 120 },
        headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': stale.headers()['etag']! },
      });
      expect(colleague.status()).toBe(200);
      await wijzigen.getByRole('button', { name: 'Tijd en plaats opslaan' }).click();
      await wijzigen.getByText(/^Iemand anders heeft het overleg intussen gewijzigd\./).waitFor();
      expect(await wijzigen.getByLabel('Locatie', { exact: true }).inputValue()).toBe('Stadhuis Oss, raadzaal');
      await wijzigen.getByRole('button', { name: 'Tijd en plaats opslaan' }).click();
      await wijzigen.getByRole('status').getByText('Het overleg is gewijzigd.').waitFor();
      await page.getByText('Stadhuis Oss, raadzaal', { exact: true }).waitFor();
      expect(await wijzigen.getByLabel('Duur in minuten').inputValue()).toBe('120');

      // Cancelling asks for a reason and a confirmation.
      await page.getByRole('button', { name: 'Overleg annuleren' }).click();
      await page.getByText(/^Weet u zeker dat u dit overleg annuleert\?/).waitFor();
      await page.getByRole('button', { name: 'Ja, overleg annuleren' }).click();
      await page.getByText('Kies de reden.').waitFor();
      await expectAccessible(page, 'the confirmation of cancelling a meeting');
      await page.getByLabel('Feestdag', { exact: true }).check();
      await page.getByRole('button', { name: 'Ja, overleg annuleren' }).click();
      await page.getByRole('status').getByText(/^Het overleg is geannuleerd\./).waitFor();
      await page.getByRole('heading', { level: 1, name: /\(geannuleerd\)$/ }).waitFor();
      await page.getByTestId('overleg-geannuleerd').waitFor();
      await page.getByTestId('overleg-status').getByText('Geannuleerd').waitFor();
      expect(await page.getByRole('button', { name: 'Overleg starten' }).count()).toBe(0);
      expect(await page.getByRole('heading', { level: 2, name: 'Verplaatsen of annuleren' }).count()).toBe(0);
      await expectAccessible(page, 'a cancelled meeting');
      expect(problems).toEqual([]);
    } finally {
      await chair.context.close();
    }
  });
});
