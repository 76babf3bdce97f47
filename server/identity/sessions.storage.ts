import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../platform/db/database';
import type { OrganisatieSoort } from '../organisations/schemas';
import type { Rol } from './schemas';
import { sessionsChanged } from './session-changes';

/** Server-side sessions: the cookie holds a random token; the database holds only its hash. */
export type SessionStatus = 'actief' | 'wachtwoord-wijzigen' | 'tweede-factor-inrichten' | 'organisatie-kiezen';

export interface ResolvedSession {
  id: string;
  status: SessionStatus;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  gebruiker: { id: string; gebruikersnaam: string; naam: string; actief: boolean; demo: boolean };
  /** The acting organisation with the roles held there; null until one is chosen, or when the membership ended. */
  organisatie: { id: string; naam: string; soort: OrganisatieSoort; regioId: string; rollen: Rol[] } | null;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export async function insertSession(
  db: Queryable,
  input: { gebruikerId: string; organisatieId: string | null; status: SessionStatus; expiresAt: Date },
): Promise<{ id: string; token: string }> {
  const token = newToken();
  const { rows } = await db.query<{ id: string }>(
    `insert into sessions (token_hash, gebruiker_id, organisatie_id, status, csrf_token, expires_at)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [hashToken(token), input.gebruikerId, input.organisatieId, input.status, newToken(), input.expiresAt],
  );
  return { id: rows[0]!.id, token };
}

interface SessionRow {
  id: string;
  status: SessionStatus;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  gebruiker_id: string;
  gebruikersnaam: string;
  gebruiker_naam: string;
  gebruiker_actief: boolean;
  demo: boolean;
  organisatie_id: string | null;
  organisatie_naam: string | null;
  soort: OrganisatieSoort | null;
  regio_id: string | null;
  rollen: Rol[] | null;
}

const SESSION_SELECT = `
  select s.id, s.status, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, s.ended_at,
         g.id as gebruiker_id, g.gebruikersnaam, g.naam as gebruiker_naam, g.actief as gebruiker_actief, g.demo,
         o.id as organisatie_id, o.naam as organisatie_naam, o.soort, o.regio_id, l.rollen
    from sessions s
    join gebruikers g on g.id = s.gebruiker_id
    left join lidmaatschappen l on l.gebruiker_id = s.gebruiker_id and l.organisatie_id = s.organisatie_id and l.actief
    left join organisaties o on o.id = l.organisatie_id and o.actief`;

function toSession(r: SessionRow): ResolvedSession {
  return {
    id: r.id,
    status: r.status,
    csrfToken: r.csrf_token,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    endedAt: r.ended_at,
    gebruiker: { id: r.gebruiker_id, gebruikersnaam: r.gebruikersnaam, naam: r.gebruiker_naam, actief: r.gebruiker_actief, demo: r.demo },
    organisatie:
      r.organisatie_id && r.organisatie_naam && r.soort && r.regio_id && r.rollen
        ? { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.soort, regioId: r.regio_id, rollen: r.rollen }
        : null,
  };
}

export async function findSessionByTokenHash(db: Queryable, tokenHash: string): Promise<ResolvedSession | null> {
  const { rows } = await db.query<SessionRow>(`${SESSION_SELECT} where s.token_hash = $1`, [tokenHash]);
  return rows[0] ? toSession(rows[0]) : null;
}

export async function findSessionById(db: Queryable, id: string): Promise<ResolvedSession | null> {
  const { rows } = await db.query<SessionRow>(`${SESSION_SELECT} where s.id = $1`, [id]);
  return rows[0] ? toSession(rows[0]) : null;
}

export async function touchSession(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query('update sessions set last_seen_at = $2 where id = $1 and ended_at is null', [id, at]);
}

export async function endSession(db: Queryable, id: string, reason: string): Promise<void> {
  const { rows } = await db.query<{ gebruiker_id: string }>(
    'update sessions set ended_at = now(), end_reason = $2 where id = $1 and ended_at is null returning gebruiker_id',
    [id, reason],
  );
  if (rows[0]) await sessionsChanged(db, rows[0].gebruiker_id);
}

/** Ends every open session of a user, but `exceptSessionId`; returns how many were ended. */
export async function endSessionsOfUser(db: Queryable, gebruikerId: string, reason: string, exceptSessionId?: string): Promise<number> {
  const { rowCount } = await db.query(
    `update sessions set ended_at = now(), end_reason = $2
      where gebruiker_id = $1 and ended_at is null and ($3::uuid is null or id <> $3)`,
    [gebruikerId, reason, exceptSessionId ?? null],
  );
  await sessionsChanged(db, gebruikerId);
  return rowCount;
}

export async function updateSessionState(
  db: Queryable,
  id: string,
  changes: { status: SessionStatus; organisatieId: string | null },
): Promise<void> {
  const { rows } = await db.query<{ gebruiker_id: string }>(
    'update sessions set status = $2, organisatie_id = $3 where id = $1 returning gebruiker_id',
    [id, changes.status, changes.organisatieId],
  );
  if (rows[0]) await sessionsChanged(db, rows[0].gebruiker_id);
}

/** Removes sessions that ended or expired more than a day ago (housekeeping job). */
export async function purgeOldSessions(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `delete from sessions where coalesce(ended_at, expires_at) < $1::timestamptz - interval '1 day'`,
    [now],
  );
  return rowCount;
}
