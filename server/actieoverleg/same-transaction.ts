import type { Database, Queryable } from '../platform/db/database';

/**
 * A Database whose transaction() joins the transaction already running, so a use case of another domain that opens
 * its own transaction (openCasus) runs inside ours: the casus and the referral are saved together or not at all.
 */
export function sameTransaction(db: Database, tx: Queryable): Database {
  return {
    kind: db.kind,
    query: (text, params) => tx.query(text, params),
    exec: (sql) => tx.exec(sql),
    afterCommit: (fn) => tx.afterCommit(fn),
    transaction: (fn) => fn(tx),
    ping: () => db.ping(),
    listen: () => Promise.reject(new Error('listen is not available inside a transaction')),
    close: () => Promise.reject(new Error('close is not available inside a transaction')),
  };
}
