import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { csrfToken, postJson } from '../support/api';
import { BASE_URL, expectAccessible, launchBrowser, logInAs, mainNav, openPage, uniqueSuffix } from '../support/browser';

/**
 * An agreement followed up from the owner's inbox, and a scenario that reaches the next professional.
 *
 * Set up through the API, as the chair would at the table: the demo Oss referral is tabled, the demo meeting's agenda
 * built and the meeting started, step 1 recorded, then an agreement owned by Politie Oost-Brabant (Sanne Verhoeven)
 * and a ZSM scenario owned by the police. The police worker follows the task from /taken to "Afspraken van mijn
 * organisatie" and closes the agreement "Gedaan" with a note — after a colleague's change in between, which the form
 * reports while keeping the typed note. The casus page shows the agreement closed and the scenario banner. Then a ZSM
 * melding about the Oss mother arrives through the intake API; Veilig Thuis links it to the casus, and the police
 * worker opening that melding sees the agreed scenario, and finally withdraws it on the casus.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Send {
  status: number;
  json: unknown;
}

/** A JSON request in the page's session, with its CSRF token; the caller checks the status. */
async function send(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Send> {
  const response = await page.request.fetch(path, {
    method,
    ...(body === undefined ? {} : { data: body }),
    headers: method === 'GET' ? headers : { 'X-CSRF-Token': await csrfToken(page), ...headers },
  });
  const text = await response.text();
  return { status: response.status(), json: text ? (JSON.parse(text) as unknown) : null };
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  const r = await send(page, 'GET', path);
  expect(r.status, `GET ${path}: ${JSON.stringify(r.json)}`).toBe(200);
  return r.json as T;
}

/** A calendar date in Europe/Amsterdam, `days` from today (JJJJ-MM-DD). */
function dateIn(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

interface Punt {
  id: string;
  casus: { id: string };
  status: string;
}
interface Overleg {
  id: string;
  status: string;
  agendapunten: Punt[];
  leden: Array<{ organisatie: { id: string; naam: string }; vertegenwoordiger: { id: string; naam: string } | null }>;
}

/**
 * As the chair: the Oss casus on a running meeting. Tolerant of the demo's state after other tests: the referral may
 * already be tabled, and the casus may already be on a planned or running meeting.
 */
async function ossOnRunningMeeting(page: Page): Promise<{ casusId: string; overleg: Overleg; punt: Punt }> {
  const { casussen } = await getJson<{ casussen: Array<{ id: string; personen: Array<{ naam: string }> }> }>(page, '/api/v1/casussen');
  const oss = casussen.find((c) => c.personen.some((p) => p.naam === 'Mirjam Verbeek'));
  expect(oss, 'the demo Oss casus').toBeTruthy();
  const casusId = oss!.id;

  const { aanmeldingen } = await getJson<{ aanmeldingen: Array<{ id: string; casus: { id: string }; status: string }> }>(page, '/api/v1/aanmeldingen');
  const aanmelding = aanmeldingen.find((a) => a.casus.id === casusId);
  if (aanmelding?.status === 'ingediend') {
    await postJson(page, `/api/v1/aanmeldingen/${aanmelding.id}/besluit`, {
      besluit: 'agenderen',
      reden: 'Derde incident in acht maanden; politie en OM zijn nodig voor de veiligheidsafspraken.',
    });
  }

  const { actieoverleggen } = await getJson<{ actieoverleggen: Array<{ id: string; status: string; begintOp: string }> }>(page, '/api/v1/actieoverleggen');
  const open = actieoverleggen.filter((o) => o.status === 'gepland' || o.status === 'gestart').sort((a, b) => a.begintOp.localeCompare(b.begintOp));
  expect(open.length, 'a planned demo meeting').toBeGreaterThan(0);
  let overleg: Overleg | null = null;
  for (const o of open) {
    const read = await getJson<Overleg>(page, `/api/v1/actieoverleggen/${o.id}`);
    if (read.agendapunten.some((p) => p.casus.id === casusId && p.status === 'gepland')) {
      overleg = read;
      break;
    }
  }
  if (!overleg) {
    const target = open.find((o) => o.status === 'gepland') ?? open[0]!;
    overleg = await postJson<Overleg>(page, `/api/v1/actieoverleggen/${target.id}/agenda/opstellen`, {});
    if (!overleg.agendapunten.some((p) => p.casus.id === casusId && p.status === 'gepland')) {
      overleg = await postJson<Overleg>(page, `/api/v1/actieoverleggen/${target.id}/agendapunten`, { casusId });
    }
  }
  if (overleg.status === 'gepland') overleg = await postJson<Overleg>(page, `/api/v1/actieoverleggen/${overleg.id}/starten`, {});
  const punt = overleg.agendapunten.find((p) => p.casus.id === casusId && p.status === 'gepland');
  expect(punt, 'the Oss casus on the agenda').toBeTruthy();
  return { casusId, overleg, punt: punt! };
}

describe('afspraken en scenario’s uit het Actieoverleg', () => {
  it('the police close their agreement from the inbox, see it on the casus with the scenario, and a later ZSM melding shows the scenario', async () => {
    const suffix = uniqueSuffix();
    // Ten days: another test on the same demo server may leave an agreement for the police due in seven.
    const deadline = dateIn(10);
    const wat = `Wijkagent legt binnen een week een huisbezoek af bij moeder en bespreekt de veiligheid (${suffix}).`;
    const scenarioWat = `Bij een nieuw incident: vader aanhouden en voorgeleiden bij ZSM; de officier vraagt het veiligheidsadvies van Veilig Thuis (${suffix}).`;
    const taakTitel = `Afspraak uit het Actieoverleg, uiterlijk ${deadline}`;
    let casusId = '';
    let nummer = '';

    // The chair at the table: the Oss casus, step 1, an agreement and a ZSM scenario for the police.
    const chair = await openPage(browser);
    try {
      const { page } = chair;
      await logInAs(page, 'ao.voorzitter');
      const { overleg, punt, casusId: id } = await ossOnRunningMeeting(page);
      casusId = id;
      const politie = overleg.leden.find((l) => l.organisatie.naam === 'Politie Oost-Brabant');
      expect(politie?.vertegenwoordiger, 'the police member of the demo series').toBeTruthy();

      const bespreking = await getJson<{ versie: number }>(page, `/api/v1/agendapunten/${punt.id}/bespreking`);
      const stap1 = await send(
        page,
        'PATCH',
        `/api/v1/agendapunten/${punt.id}/bespreking`,
        {
          grootsteZorg: 'Het geweld neemt toe en vader ontkent; bij niets doen volgt een volgend incident met Sem erbij.',
          directeVeiligheid: 'Moeder en Sem kunnen bij de grootouders in Oss terecht.',
          gevaren: 'Geen wapens bekend.',
          complicerendeFactoren: 'Moeder twijfelt over aangifte.',
        },
        { 'If-Match': `"${bespreking.versie}"` },
      );
      expect(stap1.status, JSON.stringify(stap1.json)).toBe(200);

      await postJson(page, `/api/v1/agendapunten/${punt.id}/afspraken`, {
        soort: 'interventie',
        wat,
        eigenaarOrganisatieId: politie!.organisatie.id,
        eigenaarGebruikerId: politie!.vertegenwoordiger!.id,
        deadline,
      });
      await postJson(page, `/api/v1/agendapunten/${punt.id}/scenarios`, {
        soort: 'zsm',
        wat: scenarioWat,
        eigenaarOrganisatieId: politie!.organisatie.id,
        eigenaarGebruikerId: politie!.vertegenwoordiger!.id,
      });
    } finally {
      await chair.context.close();
    }

    // The police worker: from the task to the agreements of the organisation; closes it "Gedaan" with a note.
    const politie = await openPage(browser);
    try {
      const { page, problems } = politie;
      await logInAs(page, 'politie.medewerker');
      await mainNav(page).getByRole('link', { name: 'Taken', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      const taakRij = page.getByRole('row').filter({ hasText: taakTitel }).first();
      await taakRij.waitFor();
      expect(await taakRij.getByRole('button', { name: /^Afronden/ }).count()).toBe(0);
      await expectAccessible(page, 'the inbox with an agreement task');
      await taakRij.getByRole('link', { name: /^Afspraak afsluiten/ }).click();

      await page.getByRole('heading', { level: 1, name: 'Afspraken van mijn organisatie' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Open afspraken' }).waitFor();
      const kaart = page.getByTestId('afspraak').filter({ hasText: suffix });
      await kaart.waitFor();
      expect(await kaart.getByTestId('afspraak-status').textContent()).toBe('Open');
      expect(await kaart.textContent()).toContain('Politie Oost-Brabant – Sanne Verhoeven');
      nummer = ((await kaart.getByRole('link', { name: /^Casus / }).textContent()) ?? '').replace(/^Casus /, '').trim();
      expect(nummer).toMatch(/^C-/);
      await expectAccessible(page, 'the agreements of my organisation');

      // The form: nothing chosen is refused beside the field; "Niet gedaan" needs a note.
      await kaart.getByRole('button', { name: 'Afspraak afsluiten' }).first().click();
      const form = kaart.locator('form');
      await form.getByRole('button', { name: 'Afspraak afsluiten' }).click();
      await form.getByText('Kies hoe de afspraak is afgelopen.').waitFor();
      await form.getByLabel('Niet gedaan', { exact: true }).check();
      await form.getByRole('button', { name: 'Afspraak afsluiten' }).click();
      await form.getByText('Licht toe waarom de afspraak niet mogelijk was of niet is gedaan.').waitFor();
      await expectAccessible(page, 'the close form with its errors');

      // A colleague changes the agreement meanwhile: the form says so, offers to reload, and keeps the note.
      const notitie = 'Huisbezoek afgelegd; moeder en Sem verblijven bij de grootouders. Veiligheidsafspraken doorgenomen.';
      await form.getByLabel('Gedaan', { exact: true }).check();
      await form.getByLabel('Toelichting', { exact: true }).fill(notitie);
      const { afspraken } = await getJson<{ afspraken: Array<{ id: string; wat: string; versie: number }> }>(page, `/api/v1/casussen/${casusId}/afspraken`);
      const afspraak = afspraken.find((a) => a.wat === wat)!;
      const collega = await send(page, 'PATCH', `/api/v1/afspraken/${afspraak.id}`, { status: 'open', toelichting: 'Huisbezoek gepland.' }, { 'If-Match': `"${afspraak.versie}"` });
      expect(collega.status, JSON.stringify(collega.json)).toBe(200);
      await form.getByRole('button', { name: 'Afspraak afsluiten' }).click();
      await form.getByText('Iemand anders heeft deze afspraak intussen gewijzigd.', { exact: false }).waitFor();
      await expectAccessible(page, 'the version conflict');
      await form.getByRole('button', { name: 'Afspraak opnieuw laden' }).click();
      await kaart.getByTestId('afspraak-toelichting').getByText('Huisbezoek gepland.').waitFor();
      expect(await form.getByLabel('Toelichting', { exact: true }).inputValue()).toBe(notitie);
      expect(await form.getByText('Iemand anders heeft deze afspraak').count()).toBe(0);
      await form.getByRole('button', { name: 'Afspraak afsluiten' }).click();

      await page.getByRole('status').getByText(`De afspraak bij casus ${nummer} is afgesloten: Gedaan.`).waitFor();
      await page.getByTestId('afspraak').filter({ hasText: suffix }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Afgesloten afspraken' }).click();
      await page.getByRole('heading', { level: 2, name: 'Afgesloten afspraken' }).waitFor();
      const gesloten = page.getByTestId('afspraak').filter({ hasText: suffix });
      await gesloten.waitFor();
      expect(await gesloten.getByTestId('afspraak-status').textContent()).toBe('Gedaan');
      expect(await gesloten.getByTestId('afspraak-toelichting').textContent()).toBe(notitie);
      expect(await gesloten.getByRole('button', { name: 'Afspraak afsluiten' }).count()).toBe(0);
      await expectAccessible(page, 'the closed agreements');

      // The task is done with it.
      await mainNav(page).getByRole('link', { name: 'Taken', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      await page.getByRole('table').or(page.getByText(/^Er zijn geen taken/)).first().waitFor();
      expect(await page.getByRole('row').filter({ hasText: taakTitel }).count()).toBe(0);

      // The casus: the scenario banner at the top, the agreement closed in its section.
      await page.goto(`/casussen/${casusId}`);
      await page.getByRole('heading', { level: 1, name: `Casus ${nummer}` }).waitFor();
      const banner = page.getByRole('region', { name: /Afgesproken scenario bij een volgend incident/ });
      await banner.getByText('ZSM-scenario').first().waitFor();
      expect(await banner.textContent()).toContain(scenarioWat);
      expect(await banner.textContent()).toContain('Politie Oost-Brabant – Sanne Verhoeven');
      const sectie = page.getByRole('region', { name: 'Afspraken uit het Actieoverleg' });
      const opCasus = sectie.getByTestId('afspraak').filter({ hasText: suffix });
      await opCasus.waitFor();
      expect(await opCasus.getByTestId('afspraak-status').textContent()).toBe('Gedaan');
      const scenario = sectie.getByTestId('scenario').filter({ hasText: suffix });
      expect(await scenario.getByTestId('scenario-status').textContent()).toBe('Geldt');
      await scenario.getByRole('button', { name: 'Scenario intrekken' }).waitFor();
      await expectAccessible(page, 'the casus page with the scenario banner and the agreements');

      // The minutes page (nothing delivered yet unless an earlier test closed a meeting).
      await page.goto('/actieoverleg');
      await page.getByRole('link', { name: 'Notulen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Notulen Actieoverleg' }).waitFor();
      await page.getByText(/Er zijn nog geen notulen|Notulen lezen/).first().waitFor();
      await expectAccessible(page, 'the minutes of my organisation');
      expect(problems).toEqual([]);
    } finally {
      await politie.context.close();
    }

    // A ZSM melding about the Oss parents through the intake API (matched by exact name and date of birth);
    // Veilig Thuis, whose koppeling delivered it, links it to the casus.
    const meldingId = await deliverZsmMelding(browser, suffix);
    const vt = await openPage(browser);
    try {
      await logInAs(vt.page, 'vt.medewerker');
      await postJson(vt.page, `/api/v1/casussen/${casusId}/meldingen`, { meldingId });
    } finally {
      await vt.context.close();
    }

    // The police worker opens that melding: the agreed scenario, its owner to contact, and the casus.
    const zsm = await openPage(browser);
    try {
      const { page, problems } = zsm;
      await logInAs(page, 'politie.medewerker');
      await page.goto(`/meldingen/${meldingId}`);
      await page.getByRole('heading', { level: 1, name: /^Melding/ }).waitFor();
      const banner = page.getByRole('region', { name: 'Let op: voor deze personen is in het Actieoverleg een scenario afgesproken' });
      const item = banner.getByTestId('melding-scenario').filter({ hasText: suffix });
      await item.waitFor();
      expect(await item.textContent()).toContain('ZSM-scenario');
      expect(await item.textContent()).toContain('Politie Oost-Brabant – Sanne Verhoeven');
      expect(await item.textContent()).toContain('een ZSM-intake');
      await item.getByRole('link', { name: `Casus ${nummer}` }).waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'scenario' }).count()).toBe(0);
      await expectAccessible(page, 'the melding with the scenario banner');

      // The owner was alerted.
      await mainNav(page).getByRole('link', { name: 'Taken', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
      await page.getByText('Scenario in werking (ZSM-scenario): handel volgens de afspraak').first().waitFor();

      // The owner withdraws the scenario on the casus, after a confirmation: it is marked, in words, as withdrawn.
      await page.goto(`/casussen/${casusId}#afspraken`);
      const scenario = page.getByTestId('scenario').filter({ hasText: suffix });
      await scenario.getByTestId('scenario-status').getByText('Geldt').waitFor();
      await scenario.getByText('door een ZSM-intake').waitFor();
      await scenario.getByRole('button', { name: 'Scenario intrekken' }).click();
      await scenario.getByText('Weet u het zeker?', { exact: false }).waitFor();
      await expectAccessible(page, 'the confirmation to withdraw a scenario');
      await scenario.getByRole('button', { name: 'Ja, scenario intrekken' }).click();
      await page.getByRole('status').getByText('ZSM-scenario is ingetrokken.').waitFor();
      await scenario.getByTestId('scenario-status').getByText('Ingetrokken').waitFor();
      expect(await scenario.getByRole('button', { name: 'Scenario intrekken' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await zsm.context.close();
    }
  });
});

/** As the functional administrator of VT Brabant-Noordoost: a koppeling, then a ZSM melding through the intake API. */
async function deliverZsmMelding(b: Browser, suffix: string): Promise<string> {
  const { page, context } = await openPage(b);
  try {
    await logInAs(page, 'beheer.vt');
    const koppeling = await postJson<{ clientId: string; secret: string }>(page, '/api/v1/koppelingen', { naam: `E2E ZSM ${suffix}` });
    const response = await fetch(`${BASE_URL}/api/v1/intake/meldingen`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from(`${koppeling.clientId}:${koppeling.secret}`).toString('base64')}`,
      },
      body: JSON.stringify({
        bron: 'zsm',
        externBerichtId: `e2e-zsm-${suffix}`,
        geweldsvormen: ['partnergeweld'],
        verdachteAangehouden: true,
        kinderenAanwezig: true,
        omschrijving: 'Verdachte aangehouden na een nieuw incident; voorgeleid bij ZSM.',
        personen: [
          { rol: 'slachtoffer', voornamen: 'Mirjam', achternaam: 'Verbeek', geboortedatum: '1989-03-14' },
          { rol: 'verdachte', voornamen: 'Ronald', tussenvoegsel: 'van', achternaam: 'Dongen', geboortedatum: '1986-11-02' },
        ],
      }),
    });
    const text = await response.text();
    expect(response.status, `intake: ${text}`).toBe(201);
    return (JSON.parse(text) as { id: string }).id;
  } finally {
    await context.close();
  }
}
