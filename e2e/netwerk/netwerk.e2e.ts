import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, logInAs, openPage, uniqueSuffix } from '../support/browser';
import { csrfToken, deliverMelding, openCasusFrom } from '../support/api';

/**
 * The regional network (RNZS) of Oost-Brabant: the chair (rnzs.lid) opens the network, adds an own theme with a lead,
 * plans a meeting with an agenda item and writes the notes — while another member saves notes first, so the chair
 * meets a version conflict that keeps what she typed — and records a doubt case and the norm found for it.
 * A user without the network role reads why the page is not for them. Axe on every screen; the overview at 320 px.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const jaar = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));

describe('Regionaal Netwerk Zorg en Straf', () => {
  it('a user without the network role gets an explanation', async () => {
    const { page, context } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      await page.goto('/netwerk');
      await page.getByRole('heading', { level: 1, name: 'Regionaal Netwerk Zorg en Straf' }).waitFor();
      await page.getByText('Dit deel is voor leden van het Regionaal Netwerk Zorg en Straf').waitFor();
      await expectAccessible(page, 'netwerk: geen lid');
    } finally {
      await context.close();
    }
  });

  it('the functional administrator sees the members per organisation and keeps them, not the network\'s work', async () => {
    const { page, context } = await openPage(browser);
    try {
      await logInAs(page, 'beheer.om');
      await page.goto('/netwerk');
      await page.getByRole('heading', { level: 1, name: 'Regionaal Netwerk Zorg en Straf' }).waitFor();
      await page.getByRole('table', { name: 'Leden van het netwerk per organisatie van de regio' }).waitFor();
      // Every organisation of the region shows, also those without a member.
      await page.getByRole('rowheader', { name: 'Raad voor de Kinderbescherming' }).waitFor();
      expect(await page.getByText('Nog geen lid').count()).toBeGreaterThan(0);
      // The OM's administrator keeps the OM's member (the chair), not Veilig Thuis's.
      await page.getByRole('button', { name: 'Marloes van Dijk uit het netwerk halen' }).waitFor();
      expect(await page.getByRole('button', { name: 'Bram Willems tot voorzitter benoemen' }).count()).toBe(0);
      await page.getByRole('heading', { level: 2, name: 'Lid toevoegen' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: /^Bijeenkomsten/ }).count()).toBe(0);
      await expectAccessible(page, 'netwerk: functioneel beheerder');
      if (process.env.NETWERK_SHOTS) await page.screenshot({ path: '/tmp/netwerk-beheer.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('the chair adds a theme, plans a meeting with notes (through a version conflict) and records a doubt case with its norm', async () => {
    const suffix = uniqueSuffix();
    const { page, context, problems } = await openPage(browser, { width: 320, height: 800 });
    try {
      await logInAs(page, 'rnzs.lid');
      await page.goto('/netwerk');
      await page.getByRole('heading', { level: 1, name: 'Regionaal Netwerk Zorg en Straf' }).waitFor();
      await page.getByText('Voorzitter: Marloes van Dijk (OM Oost-Brabant)').waitFor();
      await page.getByRole('heading', { level: 2, name: `Bijeenkomsten ${jaar}` }).waitFor();
      await page.getByRole('table', { name: `Bijeenkomsten van het netwerk in ${jaar}` }).waitFor();
      await page.getByRole('link', { name: 'Ex-partnerstalking' }).count();
      const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(breedte).toBeLessThanOrEqual(320);
      await expectAccessible(page, 'netwerk: overzicht op 320 px');
      if (process.env.NETWERK_SHOTS) await page.screenshot({ path: '/tmp/netwerk-overzicht-320.png', fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });

      // An own theme with a lead.
      await page.getByRole('link', { name: 'Thema’s en trekkers beheren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Thema’s' }).waitFor();
      await page.getByRole('button', { name: 'Thema toevoegen' }).click();
      expect(await page.locator('#thema-naam-error').textContent()).toBe('Vul een naam in.');
      const thema = `Eergerelateerd geweld ${suffix}`;
      await page.getByLabel('Naam van het thema').fill(thema);
      await page.getByLabel('Trekker', { exact: true }).selectOption({ label: 'Yvonne Kuijpers (Politie Oost-Brabant)' });
      await page.getByRole('button', { name: 'Thema toevoegen' }).click();
      await page.getByText(`Thema ${thema} is toegevoegd.`).waitFor();
      await page.getByRole('rowheader', { name: thema }).waitFor();
      await expectAccessible(page, 'netwerk: thema’s');

      // A meeting with one agenda item about the new theme.
      await page.goto('/netwerk/bijeenkomsten/nieuw');
      await page.getByRole('heading', { level: 1, name: 'Bijeenkomst plannen' }).waitFor();
      await page.getByLabel('Begint op').fill(`${jaar}-12-17T14:00`);
      await page.getByLabel('Onderwerp').fill(`Casuïstiek ${suffix}`);
      await page.getByLabel('Thema', { exact: true }).selectOption({ label: thema });
      await expectAccessible(page, 'netwerk: bijeenkomst plannen');
      await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
      await page.getByRole('heading', { level: 1, name: /^Bijeenkomst van / }).waitFor();
      const url = page.url();
      await page.getByLabel('Notulen').waitFor();
      await page.getByText('Geen namen of andere persoonsgegevens').first().waitFor();

      // Another member saves notes first.
      const ander = await openPage(browser);
      try {
        await logInAs(ander.page, 'rnzs.vt');
        await ander.page.goto(url);
        await ander.page.getByLabel('Notulen').fill('Notities van een ander lid.');
        await ander.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
        await ander.page.getByText('Opgeslagen.').waitFor();
      } finally {
        await ander.context.close();
      }

      const notulen = `Besproken: werkafspraak ${suffix}.`;
      await page.getByLabel('Notulen').fill(notulen);
      await page.getByLabel('Status').selectOption({ label: 'Gehouden' });
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByText('Iemand anders heeft dit intussen gewijzigd.').waitFor();
      await page.getByText('Notities van een ander lid.').waitFor();
      expect(await page.getByLabel('Notulen').inputValue()).toBe(notulen);
      await expectAccessible(page, 'netwerk: bijeenkomst met versieconflict');
      if (process.env.NETWERK_SHOTS) await page.screenshot({ path: '/tmp/netwerk-conflict.png', fullPage: true });
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByText('Opgeslagen.').waitFor();
      await page.reload();
      await page.getByLabel('Notulen').waitFor();
      expect(await page.getByLabel('Notulen').inputValue()).toBe(notulen);

      // A doubt case and its norm.
      await page.goto('/netwerk/twijfelcasussen');
      await page.getByRole('heading', { level: 1, name: 'Twijfelcasussen' }).waitFor();
      const vraag = `Wanneer schuift de RvdK aan bij ZSM? ${suffix}`;
      await page.getByLabel('Vraag', { exact: true }).fill(vraag);
      await page.getByLabel('Situatie (geanonimiseerd)').fill('Aanhouding na geweld in het bijzijn van kinderen.');
      await page.getByLabel('Verbeteractie').selectOption({ label: 'VT & ZSM' });
      await page.getByRole('button', { name: 'Twijfelcasus vastleggen' }).click();
      await page.getByText('De twijfelcasus is vastgelegd.').waitFor();
      const kaart = page.getByRole('article', { name: vraag });
      await kaart.waitFor();
      await expectAccessible(page, 'netwerk: twijfelcasussen');
      await kaart.getByRole('button', { name: 'Norm vastleggen' }).click();
      expect(await kaart.getByText('Beschrijf de norm.').count()).toBe(1);
      await kaart.getByLabel('Gevonden norm').fill('Bij kinderen in het gezin is de Raad altijd betrokken.');
      await kaart.getByRole('button', { name: 'Norm vastleggen' }).click();
      await page.getByText('De norm is vastgelegd.').waitFor();
      await page.getByRole('article', { name: vraag }).getByText('Norm gevonden').waitFor();
      await expectAccessible(page, 'netwerk: twijfelcasus met norm');
      if (process.env.NETWERK_SHOTS) await page.screenshot({ path: '/tmp/netwerk-twijfel.png', fullPage: true });

      // The work plan and the learning cases open too.
      await page.goto(`/netwerk/werkplan/${jaar}`);
      await page.getByRole('heading', { level: 1, name: `Jaarwerkplan ${jaar}` }).waitFor();
      const actieoverleg = page.getByRole('group', { name: 'Actieoverleg' });
      await actieoverleg.waitFor();
      await expectAccessible(page, 'netwerk: werkplan');
      await actieoverleg.getByRole('button', { name: 'Actie toevoegen aan Actieoverleg' }).click();
      const nieuweActie = actieoverleg.getByLabel('Omschrijving').last();
      await nieuweActie.fill(`Terugkoppeling aan verwijzers ${suffix}`);
      await page.getByRole('button', { name: 'Werkplan opslaan' }).click();
      await page.getByText('Opgeslagen.').waitFor();
      await page.getByText('Concept: nog niet vastgesteld door de voorzitter.').waitFor();
      await page.getByRole('button', { name: 'Werkplan vaststellen' }).click();
      await page.getByText('Het werkplan is vastgesteld.').waitFor();
      await page.getByText(/^Vastgesteld op /).waitFor();
      if (process.env.NETWERK_SHOTS) await page.screenshot({ path: '/tmp/netwerk-werkplan.png', fullPage: true });
      await page.goto('/netwerk/leercasussen');
      await page.getByRole('heading', { level: 1, name: 'Leercasussen' }).waitFor();
      await expectAccessible(page, 'netwerk: leercasussen');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a member who works cases brings in a closed casus as an anonymised learning case', async () => {
    const suffix = uniqueSuffix();
    const meldingId = await deliverMelding(browser, {
      externBerichtId: `e2e-netwerk-${suffix}`,
      omschrijving: 'Ex-partner blijft langskomen en dreigen.',
      personen: [{ rol: 'slachtoffer', voornamen: 'Lies', achternaam: `Leervrouw${suffix}`, geboortedatum: '1985-05-05' }],
    });
    const casus = await openCasusFrom(browser, meldingId);
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'rnzs.vt');
      await page.goto('/netwerk/leercasussen');
      await page.getByRole('heading', { level: 1, name: 'Leercasussen' }).waitFor();
      const titel = `Stalking na scheiding ${suffix}`;
      await page.getByLabel('Casusnummer').fill(casus.nummer);
      await page.getByLabel('Titel', { exact: true }).fill(titel);
      await page.getByLabel('Lessen van het netwerk').fill('Eerder samen op met de politie.');
      await page.getByRole('button', { name: 'Leercasus inbrengen' }).click();
      // Still open: refused with the reason.
      await page.getByText('Deze casus is nog open.').waitFor();

      const huidig = await page.request.get(`/api/v1/casussen/${casus.id}`);
      const gesloten = await page.request.patch(`/api/v1/casussen/${casus.id}`, {
        data: { status: 'gesloten' },
        headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': huidig.headers()['etag']! },
      });
      expect(gesloten.status(), await gesloten.text()).toBe(200);

      await page.getByRole('button', { name: 'Leercasus inbrengen' }).click();
      await page.getByText('De leercasus is ingebracht.').waitFor();
      const kaart = page.getByRole('article', { name: titel });
      await kaart.waitFor();
      const tekst = (await kaart.textContent()) ?? '';
      expect(tekst).not.toContain(casus.nummer);
      expect(tekst).not.toContain(`Leervrouw${suffix}`);
      await expectAccessible(page, 'netwerk: leercasus ingebracht');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
