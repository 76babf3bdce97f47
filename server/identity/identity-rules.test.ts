import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';
import { afterFailure, delayAfterFailures, LOCKOUT_AFTER, mayAttempt } from './login-throttle';
import { needsTouch, sessionState } from './session-rules';
import { acceptTotp, newTotpSecret, totpCode } from './totp';
import { newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes';
import { nextSessionStatus } from './session-steps';

describe('password rules', () => {
  it.each([
    ['kort', 'te-kort'],
    ['elf-tekens!', 'te-kort'],
    ['password1234', 'veelgebruikt'],
    ['Welkom2026!!', 'veelgebruikt'],
    ['111111111111', 'veelgebruikt'],
    ['123456789012', 'veelgebruikt'],
    ['jan.jansen-geheim', 'gelijk-aan-gebruikersnaam'],
    ['x'.repeat(257), 'te-lang'],
  ])('refuses %s (%s)', (password, problem) => {
    expect(checkPassword(password, 'jan.jansen')).toBe(problem);
  });

  it('accepts a long uncommon passphrase', () => {
    expect(checkPassword('paars-fietsrek-onder-de-brug', 'jan.jansen')).toBeNull();
  });
});

describe('login throttle', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('grows the delay after the free attempts and caps it', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(delayAfterFailures(30)).toBe(60);
  });

  it('refuses an attempt inside the delay, and allows it after', () => {
    const record = { failures: 5, lastFailureAt: new Date(now.getTime() - 1000), lockedUntil: null };
    expect(mayAttempt(record, now)).toEqual({ allowed: false, locked: false, retryAfterSeconds: 3 });
    expect(mayAttempt(record, new Date(now.getTime() + 3000))).toEqual({ allowed: true });
  });

  it('locks at the tenth failure in a row and starts counting afresh after the lock', () => {
    let record = null as ReturnType<typeof afterFailure> | null;
    for (let i = 0; i < LOCKOUT_AFTER; i++) record = afterFailure(record, now);
    expect(record!.lockedUntil!.getTime()).toBe(now.getTime() + 15 * 60_000);
    expect(mayAttempt(record, now)).toMatchObject({ allowed: false, locked: true });
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(afterFailure(record, later)).toMatchObject({ failures: 1, lockedUntil: null });
  });
});

describe('session rules', () => {
  const policy = { idleMinutes: 30, absoluteHours: 12 };
  const created = new Date('2026-11-23T08:00:00Z');
  const session = { createdAt: created, lastSeenAt: created, expiresAt: new Date('2026-11-23T20:00:00Z'), endedAt: null };
  it('ends a session after 30 idle minutes and after its absolute end', () => {
    expect(sessionState(session, policy, new Date('2026-11-23T08:29:59Z'))).toBe('geldig');
    expect(sessionState(session, policy, new Date('2026-11-23T08:30:00Z'))).toBe('inactief-verlopen');
    expect(sessionState({ ...session, lastSeenAt: new Date('2026-11-23T19:59:00Z') }, policy, new Date('2026-11-23T20:00:00Z'))).toBe(
      'absoluut-verlopen',
    );
    expect(sessionState({ ...session, endedAt: created }, policy, created)).toBe('beeindigd');
  });
  it('records activity at most once a minute', () => {
    expect(needsTouch(created, new Date(created.getTime() + 59_999))).toBe(false);
    expect(needsTouch(created, new Date(created.getTime() + 60_000))).toBe(true);
  });
});

describe('TOTP', () => {
  const secret = newTotpSecret();
  const at = new Date('2026-11-23T10:00:10Z');
  it('accepts the current code and one step of clock drift, not more', () => {
    expect(acceptTotp(secret, totpCode(secret, at), at, null)).toBe(Math.floor(at.getTime() / 30_000));
    expect(acceptTotp(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at, null)).not.toBeNull();
    expect(acceptTotp(secret, totpCode(secret, new Date(at.getTime() - 90_000)), at, null)).toBeNull();
  });
  it('never accepts a code of a step already used', () => {
    const step = acceptTotp(secret, totpCode(secret, at), at, null)!;
    expect(acceptTotp(secret, totpCode(secret, at), at, step)).toBeNull();
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes that compare regardless of case, spaces and dashes', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(normaliseRecoveryCode(codes[0]!.toLowerCase().replace(/-/g, ' '))).toBe(codes[0]);
  });
});

describe('session steps', () => {
  it('asks for the temporary password first, then the second factor, then the organisation', () => {
    expect(nextSessionStatus({ mustChangePassword: true, secondFactorMissing: true, organisationChosen: false })).toBe('wachtwoord-wijzigen');
    expect(nextSessionStatus({ mustChangePassword: false, secondFactorMissing: true, organisationChosen: false })).toBe('tweede-factor-inrichten');
    expect(nextSessionStatus({ mustChangePassword: false, secondFactorMissing: false, organisationChosen: false })).toBe('organisatie-kiezen');
    expect(nextSessionStatus({ mustChangePassword: false, secondFactorMissing: false, organisationChosen: true })).toBe('actief');
  });
});
