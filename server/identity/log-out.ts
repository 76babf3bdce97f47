import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import type { AuditActor } from '../audit/audit-events';
import { endSession, endSessionsOfUser, type ResolvedSession } from './sessions.storage';

const actorOf = (session: ResolvedSession, requestId: string): AuditActor => ({
  gebruikerId: session.gebruiker.id,
  organisatieId: session.organisatie?.id ?? null,
  rollen: session.organisatie?.rollen ?? [],
  requestId,
});

export async function logOut(db: Database, session: ResolvedSession, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await endSession(tx, session.id, 'uitgelogd');
    await appendAudit(tx, actorOf(session, requestId), {
      actie: 'uitloggen',
      objectType: 'sessie',
      objectId: session.id,
      uitkomst: 'gelukt',
      doel: 'authenticatie',
    });
  });
}

/** Ends every session of the user, on every device. */
export async function logOutEverywhere(db: Database, session: ResolvedSession, requestId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await endSessionsOfUser(tx, session.gebruiker.id, 'overal-uitgelogd');
    await appendAudit(tx, actorOf(session, requestId), {
      actie: 'uitloggen-overal',
      objectType: 'sessie',
      objectId: session.id,
      uitkomst: 'gelukt',
      doel: 'authenticatie',
      details: { beeindigd: ended },
    });
    return ended;
  });
}
