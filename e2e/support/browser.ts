import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';

/** Where the server under test runs (scripts/test-e2e.mjs sets it). */
export const BASE_URL = (process.env.SAMENLOOP_E2E_URL ?? 'http://localhost:3000').replace(/\/$/, '');
export const DEMO_PASSWORD = 'Samenloop-Demo-2026';

/** Debian's Chromium; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Errors the page reported: uncaught exceptions and CSP violations (console errors of the browser). */
  problems: string[];
}

/** A fresh browser context (its own cookies and storage) with one page, laptop size unless told otherwise. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<TestPage> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`csp: ${message.text()}`);
    }
  });
  return { context, page, problems };
}

/** Logs in on the login screen (user name and password); the caller checks where it lands. */
export async function submitCredentials(page: Page, gebruikersnaam: string, wachtwoord = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** Opens the app and logs in as a demo account; waits for the overview (or the step the session asks for). */
export async function logInAs(page: Page, gebruikersnaam: string, wachtwoord = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await submitCredentials(page, gebruikersnaam, wachtwoord);
  await page.getByRole('heading', { level: 1, name: /^(Welkom|Kies uw organisatie|Kies uw eigen wachtwoord|Tweede factor instellen)/ }).waitFor();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

/** The organisation shown in the header as "Werkt voor …". */
export async function actingOrganisation(page: Page): Promise<string> {
  return (await page.getByTestId('acting-organisation').textContent())?.trim() ?? '';
}

/** The main menu. */
export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ });
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and fails with a readable list of violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
        .join('\n'),
  );
  expect(result.violations.length, `axe violations on ${what}:\n${report.join('\n')}`).toBe(0);
}

/** The TOTP code an authenticator app would show, `stepsAhead` 30-second steps from now. */
export function totpCode(secretBase32: string, stepsAhead = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32.replace(/\s+/g, '')), period: 30, timestamp: Date.now() + stepsAhead * 30_000 });
}

/** A unique suffix, so a test can create users on a server that earlier tests already used. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** First login of an administrator-created user: replace the temporary password by one of their own. */
export async function replaceTemporaryPassword(page: Page, temporary: string, chosen: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Kies uw eigen wachtwoord' }).waitFor();
  await page.getByLabel('Huidig wachtwoord', { exact: true }).fill(temporary);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(chosen);
  await page.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill(chosen);
  await page.getByRole('button', { name: 'Wachtwoord opslaan en verder' }).click();
}
