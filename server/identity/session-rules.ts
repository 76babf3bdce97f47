/** When a session ends and when its last activity is worth writing down, as pure rules. */
export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export type SessionState = 'geldig' | 'beeindigd' | 'inactief-verlopen' | 'absoluut-verlopen';

export function sessionState(session: SessionTimes, policy: SessionPolicy, now: Date): SessionState {
  if (session.endedAt) return 'beeindigd';
  if (session.expiresAt <= now) return 'absoluut-verlopen';
  if (session.lastSeenAt.getTime() + policy.idleMinutes * 60_000 <= now.getTime()) return 'inactief-verlopen';
  return 'geldig';
}

export function absoluteExpiry(createdAt: Date, policy: SessionPolicy): Date {
  return new Date(createdAt.getTime() + policy.absoluteHours * 3_600_000);
}

/** Activity is recorded at most once a minute: a write per request would cost more than the minute of precision is worth. */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
