import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { csrfToken, localTime, postJson } from '../support/api';
import { expectAccessible, launchBrowser, logInAs, openPage, uniqueSuffix } from '../support/browser';

/**
 * The tijdelijk huisverbod on a phone (390×844), as the police officer: a fresh family and ZSM case (set up through
 * the API), the casus page where the police consider a THV (linked to the ZSM case), the THV page where it is imposed
 * (two days ago: the address deadline shows as overdue on the casus page), the address registered, an extension
 * beyond four weeks refused beside its field and then a valid one, a violation recorded across a colleague's change
 * (version conflict: the input is kept); the casus page shows the deadlines, the ZSM case links to the THV. Veilig
 * Thuis (taking part through the ZSM case) sees it and records a violation; the police end it and waive a second one.
 */

const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function nieuwePersoon(page: Page, voornamen: string, achternaam: string, geboortedatum: string) {
  return postJson<{ id: string; naam: string }>(page, '/api/v1/personen', { voornamen, achternaam, geboortedatum });
}

async function verwachtGroot(page: Page, namen: string[]) {
  for (const name of namen) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    expect(box!.height, name).toBeGreaterThanOrEqual(44);
  }
}

describe('tijdelijk huisverbod', () => {
  it('police consider, impose, register the address, extend (not beyond 4 weeks) and record a violation; deadlines on the casus, the THV on the ZSM case', async () => {
    const suffix = uniqueSuffix();
    const { page, context, problems } = await openPage(browser, PHONE);
    try {
      // Veilig Thuis Brabant-Noordoost takes part through the ZSM case (its organisation id from its own session).
      const vt = await openPage(browser, PHONE);
      await logInAs(vt.page, 'vt.medewerker');
      const vtOrganisatieId = ((await (await vt.page.request.get('/api/v1/sessies/huidig')).json()) as { organisatie: { id: string } }).organisatie.id;

      await logInAs(page, 'politie.medewerker');
      const pleger = await nieuwePersoon(page, 'Henk', `Thvman${suffix}`, '1980-02-03');
      const slachtoffer = await nieuwePersoon(page, 'Ilse', `Thvvrouw${suffix}`, '1983-06-07');
      const zaak = await postJson<{ id: string; casus: { id: string; nummer: string } }>(page, '/api/v1/zsm-zaken', {
        aangehoudenOp: new Date(Date.now() - 3_600_000).toISOString(),
        feit: 'Mishandeling van de partner (art. 300 Sr)',
        voorlopigeHechtenisMogelijk: true,
        verdachte: { persoonId: pleger.id },
        slachtoffers: [{ persoonId: slachtoffer.id }],
        vtOrganisatieId,
      });
      const casusId = zaak.casus.id;

      // The casus page: no THV yet; the police consider one.
      await page.goto(`/casussen/${casusId}`);
      await page.getByRole('heading', { level: 1, name: `Casus ${zaak.casus.nummer}` }).waitFor();
      await page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: 'Tijdelijk huisverbod' }).waitFor();
      const sectie = page.getByTestId('casus-thv');
      await sectie.getByRole('heading', { level: 2, name: 'Tijdelijk huisverbod' }).waitFor();
      await sectie.getByText('Er is (nog) geen tijdelijk huisverbod overwogen in deze casus.').waitFor();
      await sectie.getByRole('button', { name: 'Huisverbod overwegen', exact: true }).click();
      const paneel = page.locator('#thv-overwegen-paneel');
      await paneel.getByRole('button', { name: 'Huisverbod overwegen vastleggen' }).click();
      await paneel.getByText('Kies de persoon die uit huis wordt geplaatst').waitFor();
      await paneel.getByText('Kies ja of nee').waitFor();
      await expectAccessible(page, 'thv: overwegen met fouten');
      await paneel.getByLabel('Wie wordt uit huis geplaatst?').selectOption({ label: pleger.naam });
      await paneel.getByLabel('Ja', { exact: true }).check();
      await paneel.getByLabel('ZSM-zaak van deze casus (optioneel)').selectOption(zaak.id);
      await verwachtGroot(page, ['Huisverbod overwegen vastleggen']);
      await paneel.getByRole('button', { name: 'Huisverbod overwegen vastleggen' }).click();
      const item = sectie.getByTestId('thv-item');
      await item.getByText('Wordt overwogen', { exact: true }).waitFor();
      await expectAccessible(page, 'thv: casus met overwogen huisverbod');

      // The THV page: impose it (two days ago), as the hulpofficier on the mayor's behalf.
      await item.getByRole('link', { name: `Huisverbod voor ${pleger.naam} openen` }).click();
      await page.getByRole('heading', { level: 1, name: `Tijdelijk huisverbod ${pleger.naam}` }).waitFor();
      await page.getByText('Het huisverbod geldt 10 dagen vanaf het opleggen.').waitFor();
      await page.getByRole('link', { name: 'Bekijk de ZSM-zaak' }).waitFor();
      await expectAccessible(page, 'thv: pagina overwogen');
      // Imposed in the future: the server's reason beside the field.
      await page.getByLabel('Opgelegd op').fill(localTime(2));
      await page.getByLabel('Opgelegd door (hulpofficier, namens de burgemeester)').fill('J. de Wit');
      await page.getByRole('button', { name: 'Huisverbod opleggen', exact: true }).click();
      await page.locator('#opgelegdOp-error').waitFor();
      await page.getByLabel('Opgelegd op').fill(localTime(-48));
      await verwachtGroot(page, ['Huisverbod opleggen', 'Afzien vastleggen']);
      await page.getByRole('button', { name: 'Huisverbod opleggen', exact: true }).click();
      await page.getByText('Het huisverbod is opgelegd.').waitFor();
      expect(await page.getByTestId('thv-status').textContent()).toBe('Opgelegd (loopt)');
      await page.getByRole('table', { name: `Termijnen van het huisverbod voor ${pleger.naam}` }).waitFor();
      await expectAccessible(page, 'thv: pagina opgelegd');

      // On the casus page the address deadline (24 hours) has passed: overdue, in words.
      await page.getByRole('link', { name: `Terug naar casus ${zaak.casus.nummer}` }).click();
      await item.getByText('Opgelegd (loopt)').waitFor();
      await item.getByTestId('thv-termijn-adres-binnen-24-uur').getByText('Verlopen').waitFor();
      expect(await item.getByTestId('thv-termijn-verlengingsbesluit').textContent()).toContain('Loopt');
      expect(await item.getByTestId('thv-termijn-einde').textContent()).toContain('Loopt');
      await expectAccessible(page, 'thv: casus met termijnen');

      // The address where the banned person stays.
      await item.getByRole('link', { name: `Huisverbod voor ${pleger.naam} openen` }).click();
      await page.getByRole('heading', { level: 1, name: `Tijdelijk huisverbod ${pleger.naam}` }).waitFor();
      await page.getByLabel('Verblijfadres uithuisgeplaatste').fill('Bij zijn broer, Dorpsstraat 12, Uden');
      await page.getByRole('button', { name: 'Verblijfadres vastleggen', exact: true }).click();
      await page.getByText('Het verblijfadres is vastgelegd.').waitFor();
      expect(await page.getByTestId('thv-verblijfadres').textContent()).toBe('Bij zijn broer, Dorpsstraat 12, Uden');
      // The address deadline is met: it leaves the list of running deadlines.
      await page.getByTestId('thv-termijn-adres-binnen-24-uur').waitFor({ state: 'detached' });

      // An extension beyond four weeks after imposition: the server's reason beside the field; then a valid one.
      await page.getByLabel('Nieuw einde').fill(localTime(-48 + 29 * 24));
      await page.getByRole('button', { name: 'Huisverbod verlengen', exact: true }).click();
      const fout = page.locator('#nieuweEindeOp-error');
      await fout.waitFor();
      expect(await fout.textContent()).toContain('4 weken');
      await expectAccessible(page, 'thv: verlengen te ver');
      await page.getByLabel('Nieuw einde').fill(localTime(-48 + 27 * 24));
      await page.getByRole('button', { name: 'Huisverbod verlengen', exact: true }).click();
      await page.getByText('Het huisverbod is verlengd.').waitFor();
      expect(await page.getByTestId('thv-status').textContent()).toBe('Verlengd (loopt)');

      // A colleague records a violation meanwhile: ours meets a version conflict, keeps its input, then goes through.
      const thvId = new URL(page.url()).pathname.split('/').pop()!;
      const huidig = (await (await page.request.get(`/api/v1/thv/${thvId}`)).json()) as { versie: number };
      const collega = await page.request.post(`/api/v1/thv/${thvId}/overtredingen`, {
        data: { op: new Date(Date.now() - 7_200_000).toISOString(), omschrijving: 'Belde het slachtoffer' },
        headers: { 'X-CSRF-Token': await csrfToken(page), 'If-Match': `"${huidig.versie}"` },
      });
      expect(collega.status()).toBe(200);
      await page.getByLabel('Omschrijving').fill('Stond om 22:00 voor de deur');
      await page.getByRole('button', { name: 'Overtreding vastleggen', exact: true }).click();
      await page.getByText('Iemand anders heeft dit huisverbod intussen gewijzigd', { exact: false }).waitFor();
      expect(await page.getByLabel('Omschrijving').inputValue()).toBe('Stond om 22:00 voor de deur');
      await expectAccessible(page, 'thv: versieconflict');
      await page.getByRole('button', { name: 'Nieuwe versie laden' }).click();
      await page.getByText('Belde het slachtoffer').waitFor();
      await page.getByText('Iemand anders heeft dit huisverbod intussen gewijzigd', { exact: false }).waitFor({ state: 'detached' });
      expect(await page.getByLabel('Omschrijving').inputValue()).toBe('Stond om 22:00 voor de deur');
      await page.getByRole('button', { name: 'Overtreding vastleggen', exact: true }).click();
      await page.getByText('De overtreding is vastgelegd.').waitFor();
      await page.getByTestId('thv-overtredingen').getByText('Stond om 22:00 voor de deur').waitFor();
      expect(await page.getByTestId('thv-overtredingen').getByRole('listitem').count()).toBe(2);
      await verwachtGroot(page, ['Overtreding vastleggen', 'Huisverbod beëindigen']);
      await expectAccessible(page, 'thv: pagina verlengd met overtredingen');

      // The ZSM case shows the THV linked to it.
      await page.goto(`/zsm/zaken/${zaak.id}`);
      const zsm = page.getByTestId('zsm-thv');
      await zsm.getByText('Naast het huisverbod kunnen strafrechtelijke voorwaarden nodig zijn.').waitFor();
      await zsm.getByRole('link', { name: /^Tijdelijk huisverbod: Verlengd \(loopt\), einde / }).waitFor();
      await expectAccessible(page, 'thv: ZSM-zaak');

      // Veilig Thuis sees the THV and its deadlines, cannot consider one, and records a violation (nothing else).
      try {
        await vt.page.goto(`/casussen/${casusId}`);
        const vtItem = vt.page.getByTestId('casus-thv').getByTestId('thv-item');
        await vtItem.getByText('Verlengd (loopt)').waitFor();
        await vtItem.getByTestId('thv-termijn-einde').waitFor();
        expect(await vt.page.getByRole('button', { name: 'Huisverbod overwegen', exact: true }).count()).toBe(0);
        await vtItem.getByRole('link', { name: `Huisverbod voor ${pleger.naam} openen` }).click();
        await vt.page.getByRole('heading', { level: 1, name: `Tijdelijk huisverbod ${pleger.naam}` }).waitFor();
        expect(await vt.page.getByRole('button', { name: 'Huisverbod beëindigen', exact: true }).count()).toBe(0);
        expect(await vt.page.getByRole('button', { name: 'Huisverbod verlengen', exact: true }).count()).toBe(0);
        await vt.page.getByLabel('Omschrijving').fill('Moeder belde: hij stond weer in de tuin');
        await vt.page.getByRole('button', { name: 'Overtreding vastleggen', exact: true }).click();
        await vt.page.getByText('De overtreding is vastgelegd.').waitFor();
        await vt.page.getByTestId('thv-overtredingen').getByText('Moeder belde: hij stond weer in de tuin').waitFor();
        await expectAccessible(vt.page, 'thv: Veilig Thuis');
        expect(vt.problems).toEqual([]);
      } finally {
        await vt.context.close();
      }

      // The casus page: the address deadline met, the extended ban's decision and end deadlines running.
      await page.goto(`/casussen/${casusId}`);
      await item.getByText('Verlengd (loopt)').waitFor();
      expect(await item.getByTestId('thv-termijn-adres-binnen-24-uur').count()).toBe(0);
      expect(await item.getByTestId('thv-termijn-verlengingsbesluit').textContent()).toContain('Loopt');
      expect(await item.getByTestId('thv-termijn-einde').textContent()).toContain('Loopt');
      await expectAccessible(page, 'thv: casus na verlenging');
      if (process.env.THV_SHOTS) await sectie.screenshot({ path: '/tmp/thv-casus.png' });

      // At 320 px wide nothing needs sideways scrolling on the THV page.
      await item.getByRole('link', { name: `Huisverbod voor ${pleger.naam} openen` }).click();
      await page.getByRole('heading', { level: 1, name: `Tijdelijk huisverbod ${pleger.naam}` }).waitFor();
      await page.setViewportSize({ width: 320, height: 800 });
      if (process.env.THV_SHOTS) await page.screenshot({ path: '/tmp/thv-pagina.png', fullPage: true });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.setViewportSize(PHONE);

      // Ending the ban: a second tap confirms; nothing is left to do.
      await page.getByRole('button', { name: 'Huisverbod beëindigen', exact: true }).click();
      await page.getByRole('button', { name: 'Ja, huisverbod nu beëindigen' }).click();
      await page.getByText('Het huisverbod is beëindigd.').waitFor();
      expect(await page.getByTestId('thv-status').textContent()).toBe('Beëindigd');
      await page.getByText('Er is nu niets meer te doen aan dit huisverbod.').waitFor();
      expect(await page.getByTestId('thv-termijnen').count()).toBe(0);
      await expectAccessible(page, 'thv: beëindigd');

      // A second one for the same person: considered without Veilig Thuis, then waived with a reason.
      await page.getByRole('link', { name: `Terug naar casus ${zaak.casus.nummer}` }).click();
      await sectie.getByRole('button', { name: 'Huisverbod overwegen', exact: true }).click();
      await paneel.getByLabel('Wie wordt uit huis geplaatst?').selectOption({ label: pleger.naam });
      await paneel.getByLabel('Nee', { exact: true }).check();
      await paneel.getByRole('button', { name: 'Huisverbod overwegen vastleggen' }).click();
      await sectie.getByText('Wordt overwogen', { exact: true }).waitFor();
      await sectie.getByTestId('thv-item').filter({ hasText: 'Wordt overwogen' }).getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: `Tijdelijk huisverbod ${pleger.naam}` }).waitFor();
      await page.getByRole('button', { name: 'Afzien vastleggen' }).click();
      await page.locator('#reden-error').waitFor();
      await page.getByLabel('Reden').fill('Pleger vertrekt vrijwillig naar zijn broer; afspraken via de wijkagent');
      await page.getByRole('button', { name: 'Afzien vastleggen' }).click();
      await page.getByText('Vastgelegd dat van het huisverbod is afgezien.').waitFor();
      expect(await page.getByTestId('thv-status').textContent()).toBe('Afgezien');
      await expectAccessible(page, 'thv: afgezien');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
