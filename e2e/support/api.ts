import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { BASE_URL, logInAs, openPage } from './browser';

/**
 * Setting the stage through the API, as the web client would (cookie and CSRF token of the page's session), for
 * tests whose subject is a later step: a melding delivered by a partner system, a casus opened from it.
 */

/** The CSRF token of the page's session, as the web client gets it (GET /api/v1/sessies/huidig). */
export async function csrfToken(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/sessies/huidig');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

export async function postJson<T>(page: Page, path: string, body: unknown): Promise<T> {
  const response = await page.request.post(path, { data: body, headers: { 'X-CSRF-Token': await csrfToken(page) } });
  const text = await response.text();
  expect(response.ok(), `POST ${path}: ${response.status()} ${text}`).toBe(true);
  return JSON.parse(text) as T;
}

/** A datetime-local value (Europe/Amsterdam, as the test browser) `hours` from now. */
export function localTime(hours: number): string {
  const at = new Date(Date.now() + hours * 3_600_000);
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(at)
    .replace(' ', 'T');
}

export interface IntakePersoon {
  rol: string;
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
}

/**
 * As the functional administrator of VT Brabant-Noordoost: a koppeling, then a zorgmelding through the intake API
 * (HTTP Basic, no session). Returns the melding's id.
 */
export async function deliverMelding(browser: Browser, input: { externBerichtId: string; omschrijving: string; personen: IntakePersoon[] }): Promise<string> {
  const { page, context } = await openPage(browser);
  try {
    await logInAs(page, 'beheer.vt');
    const koppeling = await postJson<{ clientId: string; secret: string }>(page, '/api/v1/koppelingen', { naam: `E2E ${input.externBerichtId}` });
    const response = await fetch(`${BASE_URL}/api/v1/intake/meldingen`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from(`${koppeling.clientId}:${koppeling.secret}`).toString('base64')}`,
      },
      body: JSON.stringify({
        bron: 'zorgmelding-politie',
        externBerichtId: input.externBerichtId,
        geweldsvormen: ['partnergeweld'],
        kinderenAanwezig: true,
        omschrijving: input.omschrijving,
        personen: input.personen,
      }),
    });
    const text = await response.text();
    expect(response.status, `intake: ${text}`).toBe(201);
    return (JSON.parse(text) as { id: string }).id;
  } finally {
    await context.close();
  }
}

/** As vt.medewerker: a casus opened from the melding (purpose and a grondslag from the register). */
export async function openCasusFrom(browser: Browser, meldingId: string): Promise<{ id: string; nummer: string }> {
  const { page, context } = await openPage(browser);
  try {
    await logInAs(page, 'vt.medewerker');
    const grondslagen = (await (await page.request.get('/api/v1/grondslagen')).json()) as { grondslagen: Array<{ id: string; code: string }> };
    const grondslag = grondslagen.grondslagen.find((g) => g.code === 'WMO-5.2.4') ?? grondslagen.grondslagen[0]!;
    return await postJson<{ id: string; nummer: string }>(page, '/api/v1/casussen', {
      meldingIds: [meldingId],
      doel: 'Veiligheidstaxatie na een zorgmelding van de politie',
      grondslagId: grondslag.id,
    });
  } finally {
    await context.close();
  }
}
