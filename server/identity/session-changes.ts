import { EventEmitter } from 'node:events';
import type { Queryable } from '../platform/db/database';

/**
 * Announces that what a user's sessions may do has changed (a session ended, a membership or role changed,
 * the account was deactivated). Caches of resolved sessions listen to this: in this process right after the
 * commit, and in every other instance through PostgreSQL NOTIFY, which is delivered on commit as well.
 * Every storage function that changes such state calls `sessionsChanged` in its transaction.
 */
export const SESSION_CHANNEL = 'samenloop_sessies';

const local = new EventEmitter().setMaxListeners(0);

export async function sessionsChanged(tx: Queryable, gebruikerId: string): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [SESSION_CHANNEL, gebruikerId]);
  tx.afterCommit(() => local.emit('changed', gebruikerId));
}

export function onLocalSessionChange(listener: (gebruikerId: string) => void): () => void {
  local.on('changed', listener);
  return () => local.off('changed', listener);
}
