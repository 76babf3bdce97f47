import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { csrfToken, localTime, postJson } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, openPage, uniqueSuffix, type TestPage } from '../support/browser';

/**
 * Samenwerken bij strafbare kindermishandeling in the browser, on fresh data: Veilig Thuis starts an anonymous
 * consultation with the OM and the police; its choice of melding or aangifte meets the OM's triage (version conflict,
 * the input kept); the OM triages; Veilig Thuis converts the track to a new named casus (the consultation stays) and
 * plans its talk with the parents before the OM alignment: the violation is shown, confirming without a reason is
 * refused beside the reason field, the talk is moved after the alignment and the plan is confirmed. A medical request
 * goes to the FMEK; fmek.arts sees the request (with the child) but not the track or the casus, and records the outcome.
 * Then the casus page section, the track closed, and the functional administrator's contact persons. axe on every screen.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const OM = 'OM Oost-Brabant';
const POLITIE = 'Politie Oost-Brabant';
const REGEL_OM = 'Veilig Thuis spreekt de ouders pas over het vermoeden na afstemming met de officier van justitie.';

async function noHorizontalScroll(page: Page, what: string) {
  const breed = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breed, `${what}: breder dan het scherm`).toBeLessThanOrEqual(320);
}

async function close(...pages: TestPage[]) {
  for (const p of pages) {
    expect(p.problems, 'page problems').toEqual([]);
    await p.context.close();
  }
}

describe('strafbare kindermishandeling', () => {
  it('anonymous consultation → triage → named casus → research plan with a sequencing conflict fixed and confirmed → FMEK records the outcome', async () => {
    const suffix = uniqueSuffix();
    const consultatie = `School ziet blauwe plekken op de armen van een kind van zes (${suffix}); de uitleg past niet.`;
    const achternaam = `Sskkind${suffix}`;
    const vt = await openPage(browser);
    const om = await openPage(browser);
    const fmek = await openPage(browser);
    try {
      // Veilig Thuis: the overview, then an anonymous consultation with the OM and the police.
      await logInAs(vt.page, 'vt.medewerker');
      await vt.page.goto('/kindermishandeling');
      await vt.page.getByRole('heading', { level: 1, name: 'Strafbare kindermishandeling', exact: true }).waitFor();
      const contacten = vt.page.getByTestId('ssk-contactpersonen');
      await contacten.getByRole('heading', { level: 3, name: OM }).waitFor();
      await contacten.getByRole('link', { name: 'Bel Piketofficier van justitie: 088-000 40 40' }).waitFor();
      expect(await contacten.getByRole('link', { name: 'Bel Piketofficier van justitie: 088-000 40 40' }).getAttribute('href')).toBe('tel:0880004040');
      await contacten.getByText('24 uur per dag, 7 dagen per week bereikbaar').first().waitFor();
      await expectAccessible(vt.page, 'kindermishandeling: overzicht');
      await vt.page.setViewportSize({ width: 320, height: 800 });
      await noHorizontalScroll(vt.page, 'overzicht op 320 px');
      await vt.page.setViewportSize({ width: 1280, height: 900 });

      await vt.page.getByRole('button', { name: 'Anonieme consultatie starten' }).click();
      const paneel = vt.page.locator('#ssk-consultatie-paneel');
      await paneel.getByText('Alleen feiten, geen namen', { exact: false }).first().waitFor();
      await paneel.getByRole('button', { name: 'Consultatie starten' }).click();
      await paneel.locator('#consultatie-error').waitFor();
      await paneel.locator('#partnerOrganisatieIds-error').waitFor();
      await expectAccessible(vt.page, 'kindermishandeling: consultatie met fouten');
      await paneel.getByLabel('Wat speelt er?').fill(consultatie);
      await paneel.getByLabel(OM, { exact: true }).check();
      await paneel.getByLabel(POLITIE, { exact: true }).check();
      await paneel.getByRole('button', { name: 'Consultatie starten' }).click();

      await vt.page.getByRole('heading', { level: 1, name: 'Strafbare kindermishandeling: Anonieme consultatie' }).waitFor();
      const trajectId = vt.page.url().split('/').pop()!;
      await vt.page.getByTestId('ssk-status').getByText('Wacht op triage door OM of politie', { exact: true }).waitFor();
      await vt.page.getByTestId('ssk-consultatietekst').getByText(consultatie).waitFor();
      await vt.page.getByText('Alleen het OM of de politie legt de triage vast.').waitFor();
      await expectAccessible(vt.page, 'traject: anonieme consultatie');
      // Veilig Thuis starts recording its choice while the OM triages (below).
      await vt.page.getByRole('button', { name: 'Keuze vastleggen', exact: true }).click();
      const keuze = vt.page.getByTestId('ssk-keuze-form');
      await keuze.getByLabel('Melding bij Veilig Thuis').check();
      await keuze.getByLabel('Reden').fill('Eerst een melding: de veiligheid van het kind staat voorop.');

      // The OM sees the track (it was consulted) and triages: direct action needed.
      await logInAs(om.page, 'om.officier');
      await om.page.goto('/kindermishandeling');
      await om.page.getByTestId('ssk-trajecten').getByRole('link', { name: 'Anonieme consultatie' }).first().waitFor();
      await om.page.goto(`/kindermishandeling/trajecten/${trajectId}`);
      await om.page.getByTestId('ssk-consultatietekst').getByText(consultatie).waitFor();
      const triage = om.page.getByTestId('ssk-triage-form');
      await triage.getByRole('button', { name: 'Triage vastleggen' }).click();
      await triage.getByText('Kies ja of nee').waitFor();
      await expectAccessible(om.page, 'traject: triage met fouten');
      await triage.getByLabel('Ja', { exact: true }).check();
      await triage.getByLabel('Toelichting').fill('Letsel is vers: vandaag forensisch laten onderzoeken; ouders nog niet confronteren.');
      await triage.getByRole('button', { name: 'Triage vastleggen' }).click();
      await om.page.getByTestId('ssk-status').getByText('Onderzoeksplan in voorbereiding', { exact: true }).waitFor();
      await om.page.getByTestId('ssk-triage-uitkomst').getByText('Ja, directe actie nodig').waitFor();
      await expectAccessible(om.page, 'traject: na triage');

      // Veilig Thuis' choice was made on the version before the triage: a conflict, the input kept, then saved.
      await keuze.getByRole('button', { name: 'Keuze vastleggen' }).click();
      await keuze.getByText('Iemand anders heeft dit intussen gewijzigd', { exact: false }).waitFor();
      await expectAccessible(vt.page, 'traject: versieconflict');
      await keuze.getByRole('button', { name: 'Nieuwste versie laden' }).click();
      await vt.page.getByTestId('ssk-status').getByText('Onderzoeksplan in voorbereiding', { exact: true }).waitFor();
      expect(await keuze.getByLabel('Reden').inputValue()).toBe('Eerst een melding: de veiligheid van het kind staat voorop.');
      expect(await keuze.getByLabel('Melding bij Veilig Thuis').isChecked()).toBe(true);
      await keuze.getByRole('button', { name: 'Keuze vastleggen' }).click();
      await vt.page.getByTestId('ssk-keuze-uitkomst').getByText('Melding bij Veilig Thuis', { exact: false }).waitFor();

      // Converted to a new named casus: the consultation stays.
      const omzetten = vt.page.getByTestId('ssk-omzetten-form');
      await omzetten.getByLabel('Een nieuwe casus').check();
      await omzetten.getByLabel('Waarom neemt uw organisatie deel?').fill('Vermoeden van strafbare kindermishandeling: veiligheid van het kind.');
      await omzetten.getByLabel('Voornamen (Persoon 1)').fill('Lotte');
      await omzetten.getByLabel('Achternaam (Persoon 1)').fill(achternaam);
      await omzetten.getByLabel('Geboortedatum (Persoon 1)').fill('2020-04-12');
      await omzetten.getByLabel('Rol (Persoon 1)').selectOption('kind');
      await expectAccessible(vt.page, 'traject: omzetten');
      await omzetten.getByRole('button', { name: 'Omzetten naar casus' }).click();
      const naarCasus = vt.page.getByTestId('ssk-kop').getByRole('link', { name: /^Naar casus / });
      await naarCasus.waitFor();
      const casusHref = (await naarCasus.getAttribute('href'))!;
      await vt.page.getByRole('heading', { level: 1, name: /^Strafbare kindermishandeling: Casus / }).waitFor();
      await vt.page.getByTestId('ssk-consultatietekst').getByText(consultatie).waitFor();
      await vt.page.getByText('Gestart als anonieme consultatie; de tekst is bewaard.').waitFor();
      expect(await vt.page.getByTestId('ssk-omzetten-form').count()).toBe(0);

      // The research plan: VT's talk with the parents planned before the OM alignment.
      const plan = vt.page.getByTestId('ssk-onderzoeksplan');
      const voegToe = async (soort: string, eigenaar: string, uren: number) => {
        await plan.getByRole('button', { name: 'Stap toevoegen', exact: true }).click();
        const form = plan.getByTestId('ssk-stap-toevoegen');
        await form.getByLabel('Soort stap').selectOption({ label: soort });
        await form.getByLabel('Eigenaar').selectOption({ label: eigenaar });
        await form.getByLabel('Gepland op').fill(localTime(uren));
        await form.getByRole('button', { name: 'Stap aan het plan toevoegen' }).click();
        await plan.getByTestId('ssk-stappen').getByRole('rowheader', { name: soort }).waitFor();
      };
      await voegToe('Gesprek Veilig Thuis met de ouders', 'Veilig Thuis Brabant-Noordoost', 2);
      // The owners offered fit the kind of step: only the OM aligns with the OM.
      await plan.getByRole('button', { name: 'Stap toevoegen', exact: true }).click();
      await plan.getByTestId('ssk-stap-toevoegen').getByLabel('Soort stap').selectOption({ label: 'Afstemming met de officier van justitie' });
      const eigenaren = await plan.getByTestId('ssk-stap-toevoegen').getByLabel('Eigenaar').locator('option').allTextContents();
      expect(eigenaren).toEqual(['Kies…', OM]);
      await plan.getByTestId('ssk-stap-toevoegen').getByRole('button', { name: 'Annuleren' }).click();
      await voegToe('Afstemming met de officier van justitie', OM, 5);
      // The injury assessment: the region's medical expert centre or Veilig Thuis (the vertrouwensarts) may own it.
      await plan.getByRole('button', { name: 'Stap toevoegen', exact: true }).click();
      await plan.getByTestId('ssk-stap-toevoegen').getByLabel('Soort stap').selectOption({ label: 'Forensisch medisch letselonderzoek' });
      const letselEigenaren = await plan.getByTestId('ssk-stap-toevoegen').getByLabel('Eigenaar').locator('option').allTextContents();
      expect(letselEigenaren.sort()).toEqual(['FMEK Zuid', 'Kies…', 'Veilig Thuis Brabant-Noordoost']);
      await plan.getByTestId('ssk-stap-toevoegen').getByRole('button', { name: 'Annuleren' }).click();
      await voegToe('Forensisch medisch letselonderzoek', 'FMEK Zuid', 3);

      const schendingen = plan.getByTestId('ssk-schendingen');
      await schendingen.getByRole('heading', { name: 'Het plan schendt de volgorderegels' }).waitFor();
      await schendingen.getByText(REGEL_OM).waitFor();
      await schendingen.getByText(/^Te vroeg: Gesprek Veilig Thuis met de ouders/).first().waitFor();
      await schendingen.getByText('Het letsel wordt forensisch onderzocht voordat de ouders met het vermoeden worden geconfronteerd.').waitFor();
      expect(await schendingen.getByTestId('ssk-schending').count()).toBe(2);
      await schendingen.getByText(/^Moet wachten op: Afstemming met de officier van justitie/).waitFor();
      await expectAccessible(vt.page, 'onderzoeksplan: schending');

      // Confirming without a reason: refused, the rule beside the reason field.
      const bevestigen = plan.getByTestId('ssk-bevestigen');
      await bevestigen.getByRole('button', { name: 'Onderzoeksplan bevestigen' }).click();
      await bevestigen.locator('#override-0-error').getByText(REGEL_OM).waitFor();
      expect(await bevestigen.getByLabel('Reden om af te wijken van volgorderegel 1').getAttribute('aria-invalid')).toBe('true');
      // Focus moved to the summary of the refusal.
      expect(await vt.page.evaluate(() => document.activeElement?.classList.contains('sl-ssk-probleem'))).toBe(true);
      await expectAccessible(vt.page, 'onderzoeksplan: bevestigen zonder reden');

      // The talk is moved after the OM alignment, while the OM adds a note to the same step: a version conflict, the
      // new time kept, the OM's note not overwritten. Then no violation, and the plan is confirmed.
      await plan.getByRole('button', { name: 'Gesprek Veilig Thuis met de ouders wijzigen' }).click();
      const wijzig = plan.getByTestId('ssk-stap-wijzigen');
      const nieuweTijd = localTime(8);
      await wijzig.getByLabel('Gepland op').fill(nieuweTijd);
      const omPlan = (await (await om.page.request.get(`/api/v1/ssk/${trajectId}/onderzoeksplan`)).json()) as { stappen: Array<{ id: string; soort: string; versie: number }> };
      const gesprek = omPlan.stappen.find((x) => x.soort === 'vt-gesprek-ouders')!;
      const notitie = await om.page.request.patch(`/api/v1/ssk/${trajectId}/stappen/${gesprek.id}`, {
        data: { omschrijving: `Pas na de afstemming ${suffix}` },
        headers: { 'X-CSRF-Token': await csrfToken(om.page), 'If-Match': `"${gesprek.versie}"` },
      });
      expect(notitie.status()).toBe(200);
      await wijzig.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await wijzig.getByText('Iemand anders heeft dit intussen gewijzigd', { exact: false }).waitFor();
      await expectAccessible(vt.page, 'onderzoeksplan: versieconflict');
      await wijzig.getByRole('button', { name: 'Nieuwste versie laden' }).click();
      await plan.getByTestId('ssk-stappen').getByText(`Pas na de afstemming ${suffix}`).waitFor();
      expect(await wijzig.getByLabel('Gepland op').inputValue()).toBe(nieuweTijd);
      await wijzig.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await plan.getByTestId('ssk-geen-schendingen').waitFor();
      await plan.getByTestId('ssk-stappen').getByText(`Pas na de afstemming ${suffix}`).waitFor();
      expect(await plan.getByTestId('ssk-schendingen').count()).toBe(0);
      await plan.getByTestId('ssk-bevestigen').getByRole('button', { name: 'Onderzoeksplan bevestigen' }).click();
      await vt.page.getByTestId('ssk-status').getByText('Onderzoeksplan bevestigd', { exact: true }).waitFor();
      await plan.getByTestId('ssk-bevestiging').waitFor();
      await expectAccessible(vt.page, 'onderzoeksplan: bevestigd');

      // A medical request to the FMEK for the child.
      await vt.page.getByRole('button', { name: 'Letselonderzoek aanvragen' }).click();
      const aanvraag = vt.page.getByTestId('ssk-verzoek-form');
      await aanvraag.getByLabel('Soort expert').selectOption('fmek');
      await aanvraag.getByLabel('Expertorganisatie').selectOption({ label: 'FMEK Zuid' });
      // The child of the casus is chosen for the user.
      await expect.poll(() => aanvraag.getByLabel('Kind', { exact: true }).locator('option:checked').textContent()).toContain(achternaam);
      await aanvraag.getByLabel('Bij stap (optioneel)').selectOption({ index: 1 });
      await aanvraag.getByLabel('Vraag aan de expert').fill('Passen de blauwe plekken op de armen bij de uitleg? Graag vandaag.');
      await aanvraag.getByRole('button', { name: 'Verzoek versturen' }).click();
      const verzoek = vt.page.getByTestId('ssk-verzoek');
      await verzoek.getByText('Aangevraagd, wacht op onderzoek').waitFor();
      await verzoek.getByText(/^Forensisch medisch letselonderzoek \(FMEK Zuid, /).waitFor();
      await expectAccessible(vt.page, 'traject: medisch verzoek');

      // On a phone (320 px) the track fits.
      await vt.page.setViewportSize({ width: 320, height: 800 });
      await noHorizontalScroll(vt.page, 'traject op 320 px');
      await vt.page.setViewportSize({ width: 1280, height: 900 });

      // The casus page: the section links to the track.
      await vt.page.goto(casusHref);
      const sectie = vt.page.getByTestId('casus-ssk');
      await sectie.getByRole('heading', { level: 2, name: 'Strafbare kindermishandeling' }).waitFor();
      await vt.page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: 'Strafbare kindermishandeling' }).waitFor();
      await sectie.getByRole('link', { name: 'Traject bekijken (Onderzoeksplan bevestigd)' }).waitFor();
      expect(await sectie.getByRole('button', { name: 'SSK-traject openen' }).count()).toBe(0);
      await expectAccessible(vt.page, 'casus: sectie strafbare kindermishandeling');
      const casusId = casusHref.split('/').pop()!;

      // The FMEK doctor: the request in the inbox, but neither the track nor the casus.
      await logInAs(fmek.page, 'fmek.arts');
      await fmek.page.goto('/kindermishandeling');
      await fmek.page.getByRole('link', { name: 'Medische verzoeken aan mijn organisatie' }).click();
      await fmek.page.getByRole('heading', { level: 1, name: 'Medische verzoeken' }).waitFor();
      const rij = fmek.page.getByTestId('ssk-inbox-rij').filter({ hasText: achternaam });
      await rij.waitFor();
      expect(await rij.count()).toBe(1);
      await expectAccessible(fmek.page, 'medische verzoeken: inbox');
      await fmek.page.setViewportSize({ width: 320, height: 800 });
      await noHorizontalScroll(fmek.page, 'inbox op 320 px');
      await fmek.page.setViewportSize({ width: 1280, height: 900 });
      const alleVerzoeken = (await (await fmek.page.request.get('/api/v1/medische-verzoeken')).json()) as { items: Array<{ expertOrganisatie: { naam: string } }> };
      expect(alleVerzoeken.items.every((v) => v.expertOrganisatie.naam === 'FMEK Zuid')).toBe(true);

      await fmek.page.goto(`/kindermishandeling/trajecten/${trajectId}`);
      await fmek.page.getByRole('heading', { level: 1, name: 'Niet gevonden' }).waitFor();
      await expectAccessible(fmek.page, 'traject: niet gevonden voor de expert');
      expect((await fmek.page.request.get(`/api/v1/ssk/${trajectId}`)).status()).toBe(404);
      expect((await fmek.page.request.get(`/api/v1/casussen/${casusId}`)).status()).toBe(404);

      await fmek.page.goto('/kindermishandeling/medische-verzoeken');
      await rij.getByRole('link').click();
      await fmek.page.getByRole('heading', { level: 1, name: new RegExp(`^Letselonderzoek: .*${achternaam}`) }).waitFor();
      await fmek.page.getByText('Passen de blauwe plekken op de armen bij de uitleg? Graag vandaag.').waitFor();
      expect(await fmek.page.locator('dt:text-is("Geboortedatum") + dd').textContent()).toContain('2020');
      const uitkomst = fmek.page.getByTestId('ssk-uitkomst-form');
      await uitkomst.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
      await uitkomst.locator('#uitkomst-error').waitFor();
      await expectAccessible(fmek.page, 'medisch verzoek: uitkomst met fouten');
      await uitkomst.getByLabel('Onderzocht op').fill(localTime(-1));
      await uitkomst.getByLabel('Uitkomst', { exact: true }).fill('Vingertopvormige hematomen op beide bovenarmen; niet passend bij een val.');
      await uitkomst.getByLabel('Past het letsel bij de verklaring?').selectOption({ label: 'Nee, het letsel past niet bij de verklaring' });
      await uitkomst.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
      await fmek.page.getByTestId('ssk-verzoek-status').getByText('Onderzocht', { exact: true }).waitFor();
      await fmek.page.getByText('De uitkomst is vastgelegd.').waitFor();
      await expectAccessible(fmek.page, 'medisch verzoek: onderzocht');

      // Veilig Thuis sees the outcome on the track.
      await vt.page.goto(`/kindermishandeling/trajecten/${trajectId}`);
      await vt.page.getByTestId('ssk-verzoek').getByText('Nee, het letsel past niet bij de verklaring').waitFor();

      // The partners are done: Veilig Thuis closes the track (after a second click to be sure).
      await vt.page.getByRole('button', { name: 'Traject afsluiten', exact: true }).click();
      await vt.page.getByRole('button', { name: 'Ja, traject afsluiten' }).click();
      await vt.page.getByTestId('ssk-status').getByText('Afgesloten', { exact: true }).waitFor();
      expect(await vt.page.getByRole('button', { name: 'Letselonderzoek aanvragen' }).count()).toBe(0);
      await expectAccessible(vt.page, 'traject: afgesloten');
    } finally {
      await close(vt, om, fmek);
    }
  });

  it('a case worker opens an SSK track from the casus page; the police join the casus and see it', async () => {
    const suffix = uniqueSuffix();
    const vt = await openPage(browser);
    const politie = await openPage(browser);
    try {
      await logInAs(vt.page, 'vt.medewerker');
      const kind = await postJson<{ id: string }>(vt.page, '/api/v1/personen', { voornamen: 'Sem', achternaam: `Casusssk${suffix}`, geboortedatum: '2019-08-01' });
      const grondslagen = (await (await vt.page.request.get('/api/v1/grondslagen')).json()) as { grondslagen: Array<{ id: string; code: string }> };
      const casus = await postJson<{ id: string; nummer: string }>(vt.page, '/api/v1/casussen', {
        personen: [{ persoonId: kind.id, rol: 'kind' }],
        doel: 'Veiligheid van het kind na een zorgelijke melding van school',
        grondslagId: grondslagen.grondslagen.find((g) => g.code === 'SSK')!.id,
      });

      await vt.page.goto(`/casussen/${casus.id}`);
      const sectie = vt.page.getByTestId('casus-ssk');
      await sectie.getByText('Deze casus heeft geen traject strafbare kindermishandeling.').waitFor();
      await sectie.getByRole('button', { name: 'SSK-traject openen' }).click();
      await sectie.getByLabel('Wat speelt er? (optioneel)').fill('Kind vertelt op school over slaan met een riem.');
      await expectAccessible(vt.page, 'casus: SSK-traject openen');
      await sectie.getByRole('button', { name: 'Traject openen', exact: true }).click();
      await vt.page.getByRole('heading', { level: 1, name: `Strafbare kindermishandeling: Casus ${casus.nummer}` }).waitFor();
      await vt.page.getByTestId('ssk-status').getByText('Wacht op triage door OM of politie', { exact: true }).waitFor();
      const trajectId = vt.page.url().split('/').pop()!;

      await vt.page.goto(`/casussen/${casus.id}`);
      await sectie.getByRole('link', { name: 'Traject bekijken (Wacht op triage door OM of politie)' }).waitFor();
      expect(await sectie.getByRole('button', { name: 'SSK-traject openen' }).count()).toBe(0);

      // The police take part in the casus on grondslag SSK now, and triage from the track.
      await logInAs(politie.page, 'politie.medewerker');
      await politie.page.goto(`/casussen/${casus.id}`);
      await politie.page.getByTestId('casus-ssk').getByRole('link', { name: /^Traject bekijken/ }).click();
      await politie.page.getByRole('heading', { level: 1, name: `Strafbare kindermishandeling: Casus ${casus.nummer}` }).waitFor();
      expect(politie.page.url()).toContain(`/kindermishandeling/trajecten/${trajectId}`);
      await politie.page.getByTestId('ssk-triage-form').waitFor();
      await expectAccessible(politie.page, 'traject: politie triage');
    } finally {
      await close(vt, politie);
    }
  });

  it('the functional administrator adds, changes and deactivates a contact person; case workers see the list', async () => {
    const suffix = uniqueSuffix();
    const naam = `Contactpersoon ${suffix}`;
    const beheer = await openPage(browser);
    try {
      await logInAs(beheer.page, 'beheer.vt');
      await beheer.page.goto('/kindermishandeling');
      await beheer.page.getByRole('link', { name: 'Contactpersonen van mijn organisatie beheren' }).click();
      await beheer.page.getByRole('heading', { level: 1, name: 'Contactpersonen kindermishandeling beheren' }).waitFor();
      await beheer.page.getByTestId('ssk-cp-beheer').first().waitFor();
      await expectAccessible(beheer.page, 'contactpersonen: beheer');

      await beheer.page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
      const nieuw = beheer.page.locator('#cp-toevoegen-paneel');
      await nieuw.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
      await nieuw.locator('#nieuw-naam-error').waitFor();
      await expectAccessible(beheer.page, 'contactpersonen: toevoegen met fouten');
      await nieuw.getByLabel('Volgorde').fill('3');
      await nieuw.getByLabel('Naam of dienst').fill(naam);
      await nieuw.getByLabel('Functie (optioneel)').fill('gedragswetenschapper');
      await nieuw.getByLabel('Telefoonnummer').fill('073-000 99 99');
      await nieuw.getByLabel('E-mailadres (optioneel)').fill('geen-email');
      await nieuw.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
      await nieuw.locator('#nieuw-email-error').waitFor();
      await nieuw.getByLabel('E-mailadres (optioneel)').fill('');
      await nieuw.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
      const item = beheer.page.getByTestId('ssk-cp-beheer').filter({ hasText: naam });
      await item.getByRole('link', { name: `Bel ${naam}: 073-000 99 99` }).waitFor();

      await item.getByRole('button', { name: `${naam} wijzigen` }).click();
      await item.getByLabel('24/7 bereikbaar').check();
      await item.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await beheer.page.getByTestId('ssk-cp-beheer').filter({ hasText: naam }).getByText('24 uur per dag, 7 dagen per week bereikbaar').waitFor();

      const opnieuw = beheer.page.getByTestId('ssk-cp-beheer').filter({ hasText: naam });
      await opnieuw.getByRole('button', { name: `${naam} uitzetten` }).click();
      await opnieuw.getByRole('button', { name: `Ja, ${naam} uitzetten` }).click();
      await beheer.page.getByText('De contactpersoon staat niet meer in de lijst.').waitFor();
      await expect.poll(() => beheer.page.getByTestId('ssk-cp-beheer').filter({ hasText: naam }).count()).toBe(0);
      await expectAccessible(beheer.page, 'contactpersonen: na uitzetten');
    } finally {
      await close(beheer);
    }
  });
});
