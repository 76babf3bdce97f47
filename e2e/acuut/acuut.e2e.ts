import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, logInAs, openPage, uniqueSuffix } from '../support/browser';
import { deliverMelding } from '../support/api';

/**
 * Samen op in Acuut on a phone (390×844): the police officer at the door sees whom at Veilig Thuis to call now,
 * registers the acute contact while the connection drops (the draft is kept and sent once when back), records the
 * joint safety assessment with a measure; Veilig Thuis sees the contact in its list. Then a sent contact is completed
 * (with a version conflict that keeps the input) and Veilig Thuis links the follow-up VT-melding to it.
 */

const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Samen op in Acuut', () => {
  it('police find whom to call, register a contact offline and online, record the joint assessment; VT sees it', async () => {
    const suffix = uniqueSuffix();
    const adres = `Kerkstraat ${suffix}, Boxtel`;
    // A person known to Veilig Thuis (through a melding), whom the officer links to the contact.
    await deliverMelding(browser, {
      externBerichtId: `acuut-persoon-${suffix}`,
      omschrijving: 'Eerdere zorgmelding (e2e Samen op in Acuut)',
      personen: [{ rol: 'slachtoffer', voornamen: 'Sara', achternaam: `Acuutpersoon${suffix}`, geboortedatum: '1990-05-01' }],
    });
    const politie = await openPage(browser, PHONE);
    try {
      const { page, context, problems } = politie;
      await logInAs(page, 'politie.medewerker');
      await page.goto('/acuut');
      await page.getByRole('heading', { level: 1, name: 'Samen op in Acuut' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Wie bel ik nu?' }).waitFor();
      const bel = page.locator('a[href^="tel:"]').first();
      await bel.waitFor();
      expect(await bel.textContent()).toMatch(/^Bel /);
      expect(await page.getByText(/Kan ter plaatse komen|Alleen telefonisch/).count()).toBeGreaterThan(0);
      expect((await bel.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await expectAccessible(page, 'acuut: wie bel ik nu');
      if (process.env.A3_SHOTS) await page.screenshot({ path: '/tmp/a3-acuut.png', fullPage: true });

      await page.getByRole('link', { name: 'Acuut contact vastleggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Acuut contact vastleggen' }).waitFor();
      const vt = page.getByLabel('Veilig Thuis-organisatie');
      await vt.locator('option', { hasText: 'Brabant-Noordoost' }).waitFor({ state: 'attached' });
      await vt.selectOption({ label: (await vt.locator('option', { hasText: 'Brabant-Noordoost' }).first().textContent())! });
      await page.getByLabel('Ter plaatse').check();
      await page.getByLabel('Contactpersoon Veilig Thuis').fill('Sanne de Vries');
      await page.getByLabel('Adres').fill(adres);
      // An answered-time before the call: the server's reason beside the field.
      const [gebeld, teVroeg, goed] = await page.evaluate(() => {
        const local = (minutes: number) => {
          const d = new Date(Date.now() - minutes * 60_000);
          const p = (n: number) => String(n).padStart(2, '0');
          return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
        };
        return [local(15), local(20), local(10)];
      });
      await page.getByLabel('Gebeld om').fill(gebeld);
      await page.getByLabel('Opgenomen om').fill(teVroeg);
      await page.getByRole('button', { name: 'Contact versturen' }).click();
      await page.locator('#opgenomenOp-error').waitFor();
      await page.getByLabel('Opgenomen om').fill(goed);
      await page.getByText('Besproken', { exact: true }).click();
      await page.getByLabel('Eerdere meldingen').fill('Twee eerdere meldingen in 2025');
      // Optional and quick: link the person involved through the person search (a POST; nothing in the URL).
      await page.getByText('Betrokken personen (optioneel)').click();
      await page.getByLabel('Naam', { exact: true }).fill(`Acuutpersoon${suffix}`);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByRole('button', { name: new RegExp(`^Koppel .*Acuutpersoon${suffix}`) }).first().click();
      await page.getByRole('list', { name: 'Gekoppelde personen' }).getByText(`Sara Acuutpersoon${suffix}`, { exact: true }).waitFor();
      expect(page.url()).not.toContain(suffix);
      const targets = [page.getByText('Ter plaatse', { exact: true }), page.getByText('Besproken', { exact: true }), page.getByRole('button', { name: 'Contact versturen' })];
      for (const target of targets) {
        expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
      await expectAccessible(page, 'acuut: contact vastleggen');
      if (process.env.A3_SHOTS) await page.screenshot({ path: '/tmp/a3-nieuw.png', fullPage: true });

      await context.setOffline(true);
      await page.getByRole('button', { name: 'Contact versturen' }).click();
      await page.getByText('Geen verbinding — uw invoer is bewaard en wordt verstuurd zodra er weer verbinding is').waitFor();
      // The draft is kept on the device, under this officer's own key.
      const concepten = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenloop.acuut.concept.')).map((k) => localStorage.getItem(k) ?? ''));
      expect((await concepten()).join('')).toContain(adres);
      expect((await concepten()).join('')).toContain(`Acuutpersoon${suffix}`);
      await page.getByRole('button', { name: 'Nu opnieuw versturen' }).waitFor();
      await context.setOffline(false);

      await page.getByRole('heading', { level: 1, name: 'Acuut contact' }).waitFor();
      await page.getByText('Wacht op de VT-melding').waitFor();
      await page.getByText('1 persoon gekoppeld').waitFor();
      expect((await concepten()).join('')).not.toContain(adres);
      await expectAccessible(page, 'acuut: contact met beoordeling');
      if (process.env.A3_SHOTS) await page.screenshot({ path: '/tmp/a3-contact.png', fullPage: true });

      await page.getByLabel('Ja', { exact: true }).check();
      await page.locator('input[name="maatregelen-bestuursrecht"]').first().check();
      await page.getByLabel('Wie doet wat').fill('Politie legt THV op; Veilig Thuis komt ter plaatse');
      await page.getByLabel('OM', { exact: true }).check();
      await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await page.getByText('Beoordeling opgeslagen').waitFor();
      expect(await page.locator('input[name="maatregelen-bestuursrecht"]').first().isChecked()).toBe(true);

      // Someone else (here a second tab) changes the assessment meanwhile: a conflict keeps what was typed.
      const other = await context.newPage();
      await other.goto(page.url());
      await other.getByLabel('Wie doet wat').fill('Veilig Thuis belt morgen de moeder');
      await other.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await other.getByText('Beoordeling opgeslagen').waitFor();
      await other.close();
      await page.getByLabel('Wie doet wat').fill('Politie legt THV op; wijkagent gaat langs');
      await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await page.getByText('Iemand anders heeft de beoordeling intussen gewijzigd', { exact: false }).waitFor();
      expect(await page.getByLabel('Wie doet wat').inputValue()).toBe('Politie legt THV op; wijkagent gaat langs');
      await page.getByRole('button', { name: 'Nieuwe versie laden' }).click();
      expect(await page.getByLabel('Wie doet wat').inputValue()).toBe('Politie legt THV op; wijkagent gaat langs');
      await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await page.getByText('Beoordeling opgeslagen').waitFor();

      await page.getByRole('link', { name: 'Terug naar Samen op in Acuut' }).click();
      await page.getByRole('heading', { level: 2, name: 'Mijn recente contacten' }).waitFor();
      const links = page.getByRole('link', { name: new RegExp(adres) });
      await links.first().waitFor();
      expect(await links.count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    const vtPage = await openPage(browser, PHONE);
    try {
      const { page } = vtPage;
      await logInAs(page, 'vt.medewerker');
      await page.goto('/acuut');
      await page.getByRole('heading', { level: 1, name: 'Samen op in Acuut' }).waitFor();
      await page.getByRole('link', { name: new RegExp(adres) }).waitFor();
      expect(await page.getByRole('link', { name: 'Acuut contact vastleggen' }).count()).toBe(0);
      await expectAccessible(page, 'acuut: Veilig Thuis');
    } finally {
      await vtPage.context.close();
    }
  });
});

describe('Samen op in Acuut: afterwards', () => {
  it('police complete a sent contact (a conflict keeps the input); Veilig Thuis links the follow-up VT-melding', async () => {
    const suffix = uniqueSuffix();
    const adres = `Molenstraat ${suffix}, Oss`;
    let contactUrl = '';
    const politie = await openPage(browser, PHONE);
    try {
      const { page, context, problems } = politie;
      await logInAs(page, 'politie.medewerker');
      await page.goto('/acuut/contact/nieuw');
      await page.getByRole('heading', { level: 1, name: 'Acuut contact vastleggen' }).waitFor();
      const vt = page.getByLabel('Veilig Thuis-organisatie');
      await vt.locator('option', { hasText: 'Brabant-Noordoost' }).waitFor({ state: 'attached' });
      await vt.selectOption({ label: (await vt.locator('option', { hasText: 'Brabant-Noordoost' }).first().textContent())! });
      await page.getByLabel('Adres').fill(adres);
      await page.getByRole('button', { name: 'Contact versturen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Acuut contact', exact: true }).waitFor();
      await page.waitForURL(/\/acuut\/contacten\//);
      contactUrl = page.url();

      // Completing it afterwards: when VT answered, who, what was discussed.
      await page.getByRole('button', { name: 'Contact aanvullen' }).click();
      const opgenomen = await page.evaluate(() => {
        const d = new Date(Date.now() + 2 * 60_000);
        const p = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
      });
      await page.locator('#wijzig-opgenomenOp').fill(opgenomen);
      await page.locator('#wijzig-vtContactpersoon').fill('Eva de Bruijn');
      await page.locator('#wijzig-lopendeAfspraken').fill('Contactverbod op dit adres sinds maart');
      await expectAccessible(page, 'acuut: contact aanvullen');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('Contact bijgewerkt').waitFor();
      await page.getByText('Contactverbod op dit adres sinds maart').waitFor();
      await page.getByText('Eva de Bruijn').waitFor();

      // Someone else (a second tab) completes it meanwhile: the conflict keeps what was typed here.
      await page.getByRole('button', { name: 'Contact aanvullen' }).click();
      const other = await context.newPage();
      await other.goto(contactUrl);
      await other.getByRole('button', { name: 'Contact aanvullen' }).click();
      await other.locator('#wijzig-ggz').fill('Vader in behandeling bij de GGZ');
      await other.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await other.getByText('Contact bijgewerkt').waitFor();
      await other.close();
      await page.locator('#wijzig-afsprakenWijkagent').fill('Wijkagent gaat morgen langs');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('Iemand anders heeft dit contact intussen gewijzigd', { exact: false }).waitFor();
      expect(await page.locator('#wijzig-afsprakenWijkagent').inputValue()).toBe('Wijkagent gaat morgen langs');
      await page.getByRole('button', { name: 'Nieuwe versie laden' }).click();
      // The new version is in once the warning is gone; what was typed is still there.
      await page.getByText('Iemand anders heeft dit contact intussen gewijzigd', { exact: false }).waitFor({ state: 'hidden' });
      expect(await page.locator('#wijzig-afsprakenWijkagent').inputValue()).toBe('Wijkagent gaat morgen langs');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('Contact bijgewerkt').waitFor();
      await page.getByText('Wijkagent gaat morgen langs').waitFor();
      // The police do not link the VT-melding: that is Veilig Thuis's.
      expect(await page.getByRole('button', { name: 'Melding koppelen' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    // The VT-melding made afterwards (a zorgmelding through the intake API), about the person of the contact.
    await deliverMelding(browser, {
      externBerichtId: `acuut-opvolging-${suffix}`,
      omschrijving: 'Zorgmelding na acuut contact (e2e)',
      personen: [{ rol: 'slachtoffer', voornamen: 'Lotte', achternaam: `Opvolging${suffix}`, geboortedatum: '1988-02-03' }],
    });

    const vtPage = await openPage(browser, PHONE);
    try {
      const { page, problems } = vtPage;
      await logInAs(page, 'vt.medewerker');
      await page.goto('/acuut');
      await page.getByRole('link', { name: new RegExp(adres) }).click();
      await page.getByRole('heading', { level: 1, name: 'Acuut contact' }).waitFor();
      await page.getByText('Wacht op de VT-melding').waitFor();
      const keuze = page.getByLabel(new RegExp(`Opvolging${suffix}`));
      await keuze.waitFor();
      await expectAccessible(page, 'acuut: VT koppelt de opvolgmelding');
      if (process.env.A3_SHOTS) await page.screenshot({ path: '/tmp/a3-opvolging.png', fullPage: true });
      // Without a choice: the reason beside the list.
      await page.getByRole('button', { name: 'Melding koppelen' }).click();
      await page.locator('#meldingId-error').waitFor();
      await keuze.check();
      await page.getByRole('button', { name: 'Melding koppelen' }).click();
      await page.getByText('VT-melding gekoppeld').waitFor();
      await page.getByText('VT-melding binnen 24 uur ontvangen').waitFor();
      await page.getByRole('link', { name: 'Bekijk de VT-melding' }).waitFor();
      expect(await page.getByRole('button', { name: 'Melding koppelen' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await vtPage.context.close();
    }
  });
});

describe('Samen op in Acuut: the follow-up melding that did not come', () => {
  it('a contact registered after its 24 hours puts a task in the VT inbox that opens the contact', async () => {
    const suffix = uniqueSuffix();
    const adres = `Laat ${suffix}, Uden`;
    const politie = await openPage(browser, PHONE);
    let contactUrl = '';
    try {
      const { page, problems } = politie;
      await logInAs(page, 'politie.medewerker');
      await page.goto('/acuut/contact/nieuw');
      await page.getByRole('heading', { level: 1, name: 'Acuut contact vastleggen' }).waitFor();
      const vt = page.getByLabel('Veilig Thuis-organisatie');
      await vt.locator('option', { hasText: 'Brabant-Noordoost' }).waitFor({ state: 'attached' });
      await vt.selectOption({ label: (await vt.locator('option', { hasText: 'Brabant-Noordoost' }).first().textContent())! });
      // The call was yesterday evening; the officer registers it only now, with no VT-melding made since.
      const gisteren = await page.evaluate(() => {
        const d = new Date(Date.now() - 25 * 3_600_000);
        const p = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
      });
      await page.getByLabel('Gebeld om').fill(gisteren);
      await page.getByLabel('Adres').fill(adres);
      await page.getByRole('button', { name: 'Contact versturen' }).click();
      await page.waitForURL(/\/acuut\/contacten\//);
      contactUrl = new URL(page.url()).pathname;
      expect(problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    const veiligThuis = await openPage(browser, PHONE);
    try {
      const { page, problems } = veiligThuis;
      await logInAs(page, 'vt.medewerker');
      // The contact's own job runs at once (its deadline has passed): the task appears within seconds.
      const taak = page.locator(`a[href="${contactUrl}"]`);
      for (let poging = 0; poging < 20 && (await taak.count()) === 0; poging++) {
        await page.goto('/taken');
        await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
        // The task is the organisation's, not one person's.
        await page.getByRole('button', { name: 'Taken van mijn organisatie' }).click();
        await page.getByRole('table').or(page.getByText('Er zijn geen taken.')).first().waitFor();
        await taak.first().waitFor({ timeout: 1_000 }).catch(() => undefined);
      }
      await taak.first().waitFor();
      await expectAccessible(page, 'acuut: VT-taak opvolgmelding verlopen');
      await taak.first().click();
      await page.getByRole('heading', { level: 1, name: 'Acuut contact' }).waitFor();
      await page.getByText(adres).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await veiligThuis.context.close();
    }
  });
});
