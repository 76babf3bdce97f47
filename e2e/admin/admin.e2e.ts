import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { BASE_URL, expectAccessible, launchBrowser, logInAs, mainNav, openPage, uniqueSuffix } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** The row of a table whose row header (first column) is exactly this text. */
const row = (page: Page, header: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });

/** "Someone else": a change through the API with the administrator's own session (CSRF token from the session). */
async function patchAsSomeoneElse(page: Page, id: string, versie: number, body: unknown): Promise<void> {
  const sessie = await page.request.get('/api/v1/sessies/huidig');
  const { csrfToken } = (await sessie.json()) as { csrfToken: string };
  const response = await page.request.patch(`/api/v1/grondslagen/${id}`, {
    headers: { 'If-Match': `"${versie}"`, 'X-CSRF-Token': csrfToken },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(200);
}

describe('grondslagen register', () => {
  it('the administrator adds a grondslag, edits it through a version conflict, deactivates it and sees it inactive', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      const code = `E2E-${uniqueSuffix().toUpperCase()}`;
      await logInAs(page, 'beheer.vt');
      await mainNav(page).getByRole('link', { name: 'Grondslagen' }).click();
      await h1(page, 'Grondslagen');
      await page.getByText(/doelbinding/).waitFor();
      await page.getByText(/Bestaande deelnames houden hun grondslag/).waitFor();
      await page.getByRole('table', { name: 'Grondslagen in het register' }).waitFor();
      await expectAccessible(page, 'grondslagen');

      await page.getByRole('link', { name: 'Grondslag toevoegen' }).click();
      await h1(page, 'Grondslag toevoegen');
      // Checked at the field before sending.
      await page.getByRole('button', { name: 'Grondslag toevoegen' }).click();
      await expect.poll(() => page.getByLabel('Code').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'grondslag toevoegen (with errors)');
      await page.getByLabel('Code').fill(code);
      await page.getByLabel('Naam').fill('Testgrondslag voor de e2e-test');
      await page.getByLabel('Wettelijke basis').fill('Wet testen art. 1');
      await page.getByLabel('Omschrijving').fill('Alleen voor de geautomatiseerde test.');
      await page.getByRole('button', { name: 'Grondslag toevoegen' }).click();
      await h1(page, 'Grondslagen');
      await page.getByText(`Grondslag ${code} is toegevoegd.`).waitFor();
      await expect.poll(() => row(page, code).getByRole('cell').nth(2).textContent()).toBe('Actief');

      // Edit: meanwhile someone else changes the name; the user's own change survives the conflict.
      await row(page, code).getByRole('link', { name: `Grondslag ${code} wijzigen` }).click();
      await h1(page, `Grondslag ${code} wijzigen`);
      await expectAccessible(page, 'grondslag wijzigen');
      const id = page.url().split('/').pop()!;
      await patchAsSomeoneElse(page, id, 1, { naam: 'Door een collega gewijzigd' });
      await page.getByLabel('Wettelijke basis').fill('Wet testen art. 2');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText(/Iemand anders heeft deze grondslag intussen gewijzigd/).waitFor();
      expect(await page.getByLabel('Wettelijke basis').inputValue()).toBe('Wet testen art. 2');
      expect(await page.getByLabel('Naam').inputValue()).toBe('Door een collega gewijzigd');
      await expectAccessible(page, 'grondslag wijzigen (version conflict)');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();

      await page.getByRole('link', { name: 'Terug naar de grondslagen' }).click();
      await h1(page, 'Grondslagen');
      await expect.poll(() => row(page, code).getByRole('cell').nth(1).textContent()).toBe('Wet testen art. 2');
      await row(page, code).getByRole('button', { name: `Grondslag ${code} deactiveren` }).click();
      await page.getByText(`Grondslag ${code} is gedeactiveerd. Bestaande deelnames houden deze grondslag.`).waitFor();
      await expect.poll(() => row(page, code).getByRole('cell').nth(2).textContent()).toBe('Inactief');
      await row(page, code).getByRole('button', { name: `Grondslag ${code} activeren` }).waitFor();
      await expectAccessible(page, 'grondslagen after deactivating');

      // Still inactive after a reload: the administrator sees inactive grondslagen too.
      await page.reload();
      await h1(page, 'Grondslagen');
      await expect.poll(() => row(page, code).getByRole('cell').nth(2).textContent()).toBe('Inactief');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('koppelingen', () => {
  let partner: APIRequestContext;
  beforeAll(async () => {
    // The partner system: its own HTTP client, no cookies of the browser.
    partner = await playwrightRequest.newContext({ baseURL: BASE_URL });
  });
  afterAll(async () => {
    await partner?.dispose();
  });

  const deliver = (clientId: string, secret: string, externBerichtId: string) =>
    partner.post('/api/v1/intake/meldingen', {
      headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
      data: {
        bron: 'zorgmelding-politie',
        externBerichtId,
        geweldsvormen: ['partnergeweld'],
        omschrijving: 'Zorgmelding uit de e2e-test van de koppelingen.',
        personen: [{ rol: 'slachtoffer', voornamen: 'Koppel', achternaam: `Testpersoon-${externBerichtId}` }],
      },
    });

  it('the administrator creates a koppeling, sees the secret once, the partner system delivers with it, and after revoking it gets 401', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      const naam = `E2E-systeem ${uniqueSuffix()}`;
      await logInAs(page, 'beheer.vt');
      await mainNav(page).getByRole('link', { name: 'Koppelingen' }).click();
      await h1(page, 'Koppelingen');
      await expectAccessible(page, 'koppelingen');

      await page.getByLabel('Naam').fill(naam);
      await page.getByRole('button', { name: 'Koppeling aanmaken' }).click();
      await page.getByRole('heading', { level: 2, name: `Koppeling ${naam} is aangemaakt` }).waitFor();
      await page.getByText('Kopieer het geheim nu: het wordt niet meer getoond.').waitFor();
      await page.getByText(/HTTP Basic/).waitFor();
      const clientId = ((await page.getByTestId('koppeling-client-id').textContent()) ?? '').trim();
      const secret = ((await page.getByTestId('koppeling-secret').textContent()) ?? '').trim();
      expect(clientId.length).toBeGreaterThan(0);
      expect(secret.length).toBeGreaterThanOrEqual(40);
      await expectAccessible(page, 'koppelingen with the new secret');
      // At 320 px wide the secret box and the list fit (the table scrolls in its own region).
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.setViewportSize({ width: 1280, height: 900 });
      await expect.poll(() => row(page, naam).getByRole('cell').nth(1).textContent()).toBe('Actief');

      const berichtId = `e2e-${uniqueSuffix()}`;
      const delivered = await deliver(clientId, secret, berichtId);
      expect(delivered.status(), await delivered.text()).toBe(201);

      // Shown once: after a reload the list has the client id, never the secret.
      await page.reload();
      await h1(page, 'Koppelingen');
      await expect.poll(() => row(page, naam).getByRole('cell').first().textContent()).toBe(clientId);
      expect(await page.getByTestId('koppeling-secret').count()).toBe(0);
      expect(await page.content()).not.toContain(secret);
      expect(await row(page, naam).getByRole('cell').nth(3).textContent()).not.toBe('Nog niet gebruikt');

      // Revoke, with a confirmation step; cancelling first keeps it active.
      await row(page, naam).getByRole('button', { name: `Koppeling ${naam} intrekken` }).click();
      await page.getByRole('heading', { level: 2, name: `Koppeling ${naam} intrekken?` }).waitFor();
      await page.getByText(/werkt de koppeling direct niet meer/).waitFor();
      await expectAccessible(page, 'koppeling intrekken (confirmation)');
      await page.getByRole('button', { name: 'Annuleren' }).click();
      expect(await row(page, naam).getByRole('cell').nth(1).textContent()).toBe('Actief');
      await row(page, naam).getByRole('button', { name: `Koppeling ${naam} intrekken` }).click();
      await page.getByRole('button', { name: 'Ja, koppeling intrekken' }).click();
      await page.getByText(`Koppeling ${naam} is ingetrokken.`, { exact: false }).waitFor();
      await expect.poll(() => row(page, naam).getByRole('cell').nth(1).textContent()).toBe('Ingetrokken');
      expect(await row(page, naam).getByRole('button').count()).toBe(0);
      await expectAccessible(page, 'koppelingen after revoking');

      const refused = await deliver(clientId, secret, `e2e-${uniqueSuffix()}`);
      expect(refused.status()).toBe(401);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('not for other roles', () => {
  it('a Veilig Thuis medewerker sees no admin menu items and no access on /grondslagen and /koppelingen', async () => {
    const { page, context, problems } = await openPage(browser);
    try {
      await logInAs(page, 'vt.medewerker');
      await mainNav(page).getByRole('link', { name: 'Casussen' }).waitFor();
      expect(await mainNav(page).getByRole('link', { name: 'Grondslagen' }).count()).toBe(0);
      expect(await mainNav(page).getByRole('link', { name: 'Koppelingen' }).count()).toBe(0);
      for (const path of ['/grondslagen', '/grondslagen/nieuw', '/koppelingen']) {
        await page.goto(path);
        await h1(page, 'U heeft geen toegang tot deze pagina.');
        await expectAccessible(page, `${path} without access`);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
