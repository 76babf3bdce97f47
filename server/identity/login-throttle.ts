/**
 * Growing delay and lockout after failed logins, as a pure rule over the attempt record.
 * Counted per user name as typed (known or not), so the answers don't reveal which accounts exist.
 */
export interface AttemptRecord {
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

export const FREE_ATTEMPTS = 3;
export const LOCKOUT_AFTER = 10;
export const LOCKOUT_MINUTES = 15;
const MAX_DELAY_SECONDS = 60;

/** Seconds to wait after the n-th consecutive failure: none for the first few, then doubling. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS));
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; locked: boolean };

export function mayAttempt(record: AttemptRecord | null, now: Date): ThrottleDecision {
  if (!record) return { allowed: true };
  if (record.lockedUntil && record.lockedUntil > now) {
    return { allowed: false, locked: true, retryAfterSeconds: (record.lockedUntil.getTime() - now.getTime()) / 1000 };
  }
  if (record.lastFailureAt) {
    const readyAt = record.lastFailureAt.getTime() + delayAfterFailures(record.failures) * 1000;
    if (readyAt > now.getTime()) {
      return { allowed: false, locked: false, retryAfterSeconds: (readyAt - now.getTime()) / 1000 };
    }
  }
  return { allowed: true };
}

/** The record after one more failure; the lockout starts at the LOCKOUT_AFTER-th failure in a row. */
export function afterFailure(record: AttemptRecord | null, now: Date): AttemptRecord {
  const expiredLock = record?.lockedUntil && record.lockedUntil <= now;
  const failures = (expiredLock ? 0 : (record?.failures ?? 0)) + 1;
  return {
    failures,
    lastFailureAt: now,
    lockedUntil: failures >= LOCKOUT_AFTER ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null,
  };
}
