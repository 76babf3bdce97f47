import type { Queryable } from '../platform/db/database';
import type { AttemptRecord } from './login-throttle';

const key = (gebruikersnaam: string) => gebruikersnaam.trim().toLowerCase();

export async function findAttempts(db: Queryable, gebruikersnaam: string): Promise<AttemptRecord | null> {
  const { rows } = await db.query<{ failures: number; last_failure_at: Date | null; locked_until: Date | null }>(
    'select failures, last_failure_at, locked_until from login_attempts where gebruikersnaam = $1',
    [key(gebruikersnaam)],
  );
  const r = rows[0];
  return r ? { failures: r.failures, lastFailureAt: r.last_failure_at, lockedUntil: r.locked_until } : null;
}

export async function saveAttempts(db: Queryable, gebruikersnaam: string, record: AttemptRecord): Promise<void> {
  await db.query(
    `insert into login_attempts (gebruikersnaam, failures, last_failure_at, locked_until) values ($1, $2, $3, $4)
     on conflict (gebruikersnaam) do update
       set failures = excluded.failures, last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
    [key(gebruikersnaam), record.failures, record.lastFailureAt, record.lockedUntil],
  );
}

export async function clearAttempts(db: Queryable, gebruikersnaam: string): Promise<void> {
  await db.query('delete from login_attempts where gebruikersnaam = $1', [key(gebruikersnaam)]);
}
