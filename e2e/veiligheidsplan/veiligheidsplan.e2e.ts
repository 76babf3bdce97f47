import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { csrfToken, deliverMelding, openCasusFrom, postJson } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, openPage, uniqueSuffix } from '../support/browser';

/**
 * The safety plan on a fresh casus (opened from a melding by Veilig Thuis, set up through the API; the demo Oss plan
 * is left alone): the police and the Raad join the casus; the VT case worker makes the plan from the casus page —
 * an unsafe situation, a condition first without monitoring date (the server's reason beside the field), an
 * agreement, the police contact ban (acute) and the Raad's access arrangement (risk-led). The crossing shows with both
 * owners; confirming is refused; the owners' alignment is recorded; Veilig Thuis (regie) confirms; a check-in is
 * recorded as broken. The police see the plan but cannot confirm it; the versions open read only; 320 px wide.
 */

const VT = 'Veilig Thuis Brabant-Noordoost';
const POLITIE = 'Politie Oost-Brabant';
const RAAD = 'Raad voor de Kinderbescherming';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** As Veilig Thuis: the police and the Raad take part in the casus (the plan's owners come from the participants). */
async function laatDeelnemen(page: Page, casusId: string) {
  const organisaties = ((await (await page.request.get('/api/v1/organisaties')).json()) as { organisaties: Array<{ id: string; naam: string }> }).organisaties;
  const grondslagen = ((await (await page.request.get('/api/v1/grondslagen')).json()) as { grondslagen: Array<{ id: string; code: string }> }).grondslagen;
  const grondslag = (code: string) => (grondslagen.find((g) => g.code === code) ?? grondslagen[0]!).id;
  const org = (naam: string) => organisaties.find((o) => o.naam === naam)!.id;
  await postJson(page, `/api/v1/casussen/${casusId}/deelnemers`, {
    organisatieId: org(POLITIE),
    doel: 'Contactverbod als voorwaarde en toezicht op naleving.',
    grondslagId: grondslag('WPG-19'),
  });
  await postJson(page, `/api/v1/casussen/${casusId}/deelnemers`, {
    organisatieId: org(RAAD),
    doel: 'Onderzoek naar de veiligheid van het kind en de omgangsregeling.',
    grondslagId: grondslag('JW-7.4.4'),
  });
}

describe('veiligheidsplan', () => {
  it('builds a plan with a crossing pair, is refused, aligns it, confirms and records a broken check-in', async () => {
    const suffix = uniqueSuffix();
    const meldingId = await deliverMelding(browser, {
      externBerichtId: `vp-${suffix}`,
      omschrijving: 'Vader slaat moeder in het bijzijn van het kind.',
      personen: [
        { rol: 'slachtoffer', voornamen: 'Anna', achternaam: `Plan${suffix}`, geboortedatum: '1988-04-02' },
        { rol: 'verdachte', voornamen: 'Bart', achternaam: `Plan${suffix}`, geboortedatum: '1985-09-12' },
      ],
    });
    const casus = await openCasusFrom(browser, meldingId);
    const { page, context } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      await laatDeelnemen(page, casus.id);

      // The casus page: no plan yet.
      await page.goto(`/casussen/${casus.id}`);
      await page.getByRole('heading', { level: 1, name: `Casus ${casus.nummer}` }).waitFor();
      await page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: 'Veiligheidsplan' }).waitFor();
      const sectie = page.getByTestId('casus-veiligheidsplan');
      await sectie.getByText('Deze casus heeft nog geen veiligheidsplan.').waitFor();
      await expectAccessible(page, 'casus zonder veiligheidsplan');
      await sectie.getByRole('link', { name: 'Veiligheidsplan maken' }).click();

      // The plan page: the ten steps in three phases.
      await page.getByRole('heading', { level: 1, name: `Veiligheidsplan casus ${casus.nummer}` }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Fase 1 – Directe veiligheid' }).waitFor();
      await page.getByRole('heading', { level: 4, name: 'Stap 10 – Monitoring: neemt de onveiligheid af?' }).waitFor();
      await expectAccessible(page, 'nieuw veiligheidsplan');
      await page.getByLabel('Organisatie die de regie op veiligheid houdt').selectOption({ label: VT });
      await page.getByLabel('Persoon met de regie (optioneel)').selectOption({ label: 'Ikzelf (Fatima el Amrani)' });

      await page.getByRole('button', { name: 'Onveilige situatie toevoegen' }).click();
      const situatie = page.getByTestId('vp-situatie');
      await situatie.getByLabel('Wat is onveilig, en wat is nodig om het veilig te stellen?').fill('Vader slaat moeder waar het kind bij is.');
      await situatie.getByRole('button', { name: 'Veiligheidsvoorwaarde toevoegen aan situatie 1' }).click();
      const voorwaarde = situatie.getByTestId('vp-voorwaarde');
      await voorwaarde.getByLabel('Veiligheidsvoorwaarde', { exact: true }).fill('Vader komt niet in of bij de woning.');
      await voorwaarde.getByRole('button', { name: 'Afspraak toevoegen aan voorwaarde 1.1' }).click();
      const afspraak = voorwaarde.getByTestId('vp-afspraak');
      await afspraak.getByLabel('Wat is afgesproken?').fill('De wijkagent rijdt twee keer per week langs.');
      await afspraak.getByLabel('Eigenaar (organisatie)').selectOption({ label: POLITIE });
      await afspraak.getByLabel('Deadline (optioneel)').fill(dag(7));

      // Two partners' interventions that cross: the police contact ban (acute) and the Raad's access arrangement.
      await page.getByRole('button', { name: 'Interventie toevoegen (Acuut (directe veiligheid))' }).click();
      const acuut = page.getByTestId('vp-interventies-acuut').getByTestId('vp-interventie');
      await acuut.getByLabel('Rechtsdomein').selectOption({ label: 'Strafrecht' });
      await acuut.getByLabel('Interventie', { exact: true }).selectOption('contactverbod');
      await acuut.getByLabel('Eigenaar (organisatie)').selectOption({ label: POLITIE });
      await page.getByRole('button', { name: 'Interventie toevoegen (Risicogestuurd (stabiele veiligheid))' }).click();
      const risico = page.getByTestId('vp-interventies-risicogestuurd').getByTestId('vp-interventie');
      await risico.getByLabel('Interventie', { exact: true }).selectOption('omgangsregeling');
      await risico.getByLabel('Eigenaar (organisatie)').selectOption({ label: RAAD });

      // Bad input: the condition has no monitoring date — the server's reason beside that field, and a summary.
      await page.getByRole('button', { name: 'Veiligheidsplan aanmaken' }).click();
      await voorwaarde.locator('[id$="-monitoringOp-error"]').waitFor();
      await page.getByTestId('vp-foutsamenvatting').getByRole('link', { name: /Eerste controle op/ }).waitFor();
      expect(await voorwaarde.getByLabel('Eerste controle op (verplicht)').getAttribute('aria-invalid')).toBe('true');
      // Focus moved to the summary of what to correct.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('vp-foutsamenvatting');
      await expectAccessible(page, 'veiligheidsplan met fout');
      // Nothing typed is lost.
      expect(await afspraak.getByLabel('Wat is afgesproken?').inputValue()).toBe('De wijkagent rijdt twee keer per week langs.');

      await voorwaarde.getByLabel('Eerste controle op (verplicht)').fill(dag(2));
      await page.getByRole('button', { name: 'Veiligheidsplan aanmaken' }).click();
      await page.getByText('Het veiligheidsplan is opgeslagen als versie 1.').waitFor();
      expect(await page.getByTestId('vp-status').textContent()).toBe('Concept (nog niet bevestigd)');

      // A colleague saves in between: the save is refused as a version conflict, the typed text stays, the newer loads.
      const url = `/api/v1/casussen/${casus.id}/veiligheidsplan`;
      const huidig = (await (await page.request.get(url)).json()) as { regie: { organisatie: { id: string } }; inhoud: { directeVeiligheid: { kader: string } } };
      huidig.inhoud.directeVeiligheid.kader = 'Strafrechtelijk: contactverbod. Civiel: omgangsregeling.';
      const collega = await page.request.put(url, {
        data: { regieOrganisatieId: huidig.regie.organisatie.id, inhoud: huidig.inhoud },
        headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': '"1"' },
      });
      expect(collega.status(), await collega.text()).toBe(200);
      const betrokkenen = page.getByLabel('Welke lokale hulpverleners en specialisten zijn betrokken (en welke niet)?');
      await betrokkenen.fill('Grootouders van moederskant.');
      await page.getByRole('button', { name: 'Veiligheidsplan opslaan' }).click();
      await page.getByText('Iemand anders heeft het plan intussen gewijzigd.').waitFor();
      expect(await betrokkenen.inputValue()).toBe('Grootouders van moederskant.');
      await expectAccessible(page, 'veiligheidsplan met versieconflict');
      await page.getByRole('button', { name: 'Nieuwere versie laden' }).click();
      await page.locator('.sl-vp-feiten dd', { hasText: 'versie 2' }).waitFor();
      expect(await page.getByLabel(/Welk civielrechtelijk/).inputValue()).toBe('Strafrechtelijk: contactverbod. Civiel: omgangsregeling.');
      expect(await betrokkenen.inputValue()).toBe('');

      // The crossing, prominently, with both interventions and both owners.
      const doorkruising = page.getByTestId('vp-doorkruising');
      await doorkruising.waitFor();
      const tekst = (await doorkruising.textContent()) ?? '';
      expect(tekst).toContain('Doorkruist');
      expect(tekst).toContain(`Contactverbod (${POLITIE}) doorkruist`);
      expect(tekst).toContain(`(${RAAD})`);
      expect(await page.getByTestId('vp-conflicten').textContent()).toBe('Eén doorkruising is nog niet opgelost of afgestemd');
      await expectAccessible(page, 'veiligheidsplan met doorkruising');

      // Confirming is refused while the crossing is open: the server's reason names the rule and both owners.
      await page.getByRole('button', { name: 'Veiligheidsplan bevestigen' }).click();
      await page.getByText('Het plan is niet bevestigd.').waitFor();
      await page.getByText(/doorkruisingen die nog niet zijn opgelost of afgestemd/).first().waitFor();

      // The owners align it.
      await doorkruising.getByRole('button', { name: /^\+?Afstemmen: Contactverbod en Omgangsregeling/ }).click();
      await doorkruising.getByLabel('Hoe hebben de eigenaren dit afgestemd?').fill('Omgang alleen begeleid, overdracht via de grootouders; de officier staat dit toe.');
      await doorkruising.getByRole('button', { name: 'Afstemming vastleggen en plan opslaan' }).click();
      await page.getByText('De afstemming is vastgelegd en het plan is opgeslagen.').waitFor();
      await doorkruising.getByText('Afgestemd', { exact: true }).waitFor();
      expect(await page.getByTestId('vp-conflicten').textContent()).toBe('Geen openstaande doorkruisingen');

      // Veilig Thuis holds the regie and confirms.
      await page.getByRole('button', { name: 'Veiligheidsplan bevestigen' }).click();
      await page.getByText('Het veiligheidsplan is bevestigd (versie 4).').waitFor();
      expect(await page.getByTestId('vp-status').textContent()).toBe('Bevestigd');
      await expectAccessible(page, 'bevestigd veiligheidsplan');

      // A check-in on the condition: broken.
      await page.getByRole('button', { name: /Controle vastleggen: Vader komt niet in of bij de woning\./ }).click();
      const controle = page.locator('[id^="controle-"][id$="-paneel"]');
      await controle.getByLabel('Geschonden').check();
      await controle.getByLabel('Toelichting (optioneel)').fill('Vader stond gisteravond voor de deur.');
      await controle.getByRole('button', { name: 'Controle vastleggen', exact: true }).click();
      await page.getByText(/De voorwaarde is geschonden\..*Veilig Thuis Brabant-Noordoost \(regiehouder\) heeft een taak gekregen\./).waitFor();
      await page.getByRole('table', { name: 'Controles per veiligheidsvoorwaarde' }).getByText(/^Geschonden \(/).waitFor();
      await expectAccessible(page, 'veiligheidsplan na schending');

      // The versions; the first opens read only.
      const versies = page.getByRole('table', { name: 'Versies van het veiligheidsplan, nieuwste eerst' });
      await versies.getByRole('button', { name: 'Versie 1 bekijken' }).click();
      await page.getByRole('heading', { level: 3, name: 'Versie 1 (alleen lezen)' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('vp-versie-kop');
      await page.getByTestId('vp-versie').getByText('Vader slaat moeder waar het kind bij is.').waitFor();
      await expectAccessible(page, 'oude versie van het veiligheidsplan');

      // The casus page section: confirmed, regie, no open crossings.
      await page.getByRole('link', { name: `Terug naar casus ${casus.nummer}` }).click();
      await sectie.getByTestId('vp-status').waitFor();
      expect(await sectie.getByTestId('vp-status').textContent()).toBe('Bevestigd');
      expect(await sectie.getByTestId('vp-regie').textContent()).toBe(`${VT} – Fatima el Amrani`);
      expect(await sectie.getByTestId('vp-conflicten').textContent()).toBe('Geen openstaande doorkruisingen');
      await expectAccessible(page, 'casus met veiligheidsplan');
    } finally {
      await context.close();
    }

    // The police take part: they see the plan at 320 px, the confirm button is disabled with the reason.
    const politie = await openPage(browser, { width: 320, height: 800 });
    try {
      await logInAs(politie.page, 'politie.medewerker');
      await politie.page.goto(`/casussen/${casus.id}/veiligheidsplan`);
      await politie.page.getByRole('heading', { level: 1, name: `Veiligheidsplan casus ${casus.nummer}` }).waitFor();
      await politie.page.getByTestId('vp-bevestigen-reden').waitFor();
      expect(await politie.page.getByRole('button', { name: 'Veiligheidsplan bevestigen' }).isDisabled()).toBe(true);
      const breedte = await politie.page.evaluate(() => document.documentElement.scrollWidth);
      expect(breedte).toBeLessThanOrEqual(320);
      await expectAccessible(politie.page, 'veiligheidsplan als politie op 320 px');

      // The agreement with a deadline became a task for the police, listed on /veiligheidsplan and opening the plan.
      await politie.page.goto('/veiligheidsplan');
      await politie.page.getByRole('heading', { level: 1, name: 'Veiligheidsplan' }).waitFor();
      const taak = politie.page.getByTestId('vp-taken').getByRole('link', { name: new RegExp(`casus ${casus.nummer}`) }).first();
      await taak.waitFor();
      await expectAccessible(politie.page, 'overzicht veiligheidsplan');
      await taak.click();
      await politie.page.getByRole('heading', { level: 1, name: `Veiligheidsplan casus ${casus.nummer}` }).waitFor();
    } finally {
      await politie.context.close();
    }
  });
});
