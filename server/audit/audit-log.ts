import type { Database, Queryable } from '../platform/db/database';
import type { AuditActor, AuditEvent } from './audit-events';
import { entryHash, verifyChain, type ChainProblem, type ChainedEntry, type ChainedFields } from './hash-chain';

/**
 * Appends one entry inside the caller's transaction, so the entry exists exactly when the work it records does.
 * Locking the head row gives consecutive numbers in commit order; call this as the last step of a transaction
 * to hold that lock briefly.
 */
export async function appendAudit(tx: Queryable, actor: AuditActor, event: AuditEvent): Promise<void> {
  const head = await tx.query<{ seq: number; hash: string }>('select seq, hash from audit_head for update');
  const previous = head.rows[0];
  if (!previous) throw new Error('audit_head row missing');
  const fields: ChainedFields = {
    seq: previous.seq + 1,
    at: new Date(),
    gebruikerId: actor.gebruikerId,
    organisatieId: actor.organisatieId,
    rollen: [...actor.rollen],
    actie: event.actie,
    objectType: event.objectType,
    objectId: event.objectId,
    doel: event.doel,
    uitkomst: event.uitkomst,
    requestId: actor.requestId,
    details: event.details ?? {},
  };
  const hash = entryHash(fields, previous.hash);
  await tx.query(
    `insert into audit_log (seq, at, gebruiker_id, organisatie_id, rollen, actie, object_type, object_id, doel, uitkomst,
       request_id, details, previous_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      fields.seq,
      fields.at,
      fields.gebruikerId,
      fields.organisatieId,
      fields.rollen,
      fields.actie,
      fields.objectType,
      fields.objectId,
      fields.doel,
      fields.uitkomst,
      fields.requestId,
      JSON.stringify(fields.details),
      previous.hash,
      hash,
    ],
  );
  await tx.query('update audit_head set seq = $1, hash = $2', [fields.seq, hash]);
}

/** Writes a single entry in its own transaction: for events that have no other work to join (a refused login). */
export function recordAudit(db: Database, actor: AuditActor, event: AuditEvent): Promise<void> {
  return db.transaction((tx) => appendAudit(tx, actor, event));
}

interface AuditRow {
  seq: number;
  at: Date;
  gebruiker_id: string | null;
  organisatie_id: string | null;
  rollen: string[];
  actie: string;
  object_type: string | null;
  object_id: string | null;
  doel: string;
  uitkomst: string;
  request_id: string | null;
  details: Record<string, unknown>;
  previous_hash: string;
  hash: string;
}

function toEntry(row: AuditRow): ChainedEntry {
  return {
    seq: row.seq,
    at: row.at,
    gebruikerId: row.gebruiker_id,
    organisatieId: row.organisatie_id,
    rollen: row.rollen,
    actie: row.actie,
    objectType: row.object_type,
    objectId: row.object_id,
    doel: row.doel,
    uitkomst: row.uitkomst,
    requestId: row.request_id,
    details: row.details,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

export interface VerifyResult {
  entries: number;
  problems: ChainProblem[];
}

/** Reads the whole chain in batches and verifies it against the recorded head. */
export async function verifyAuditLog(db: Queryable, batchSize = 5000): Promise<VerifyResult> {
  const headResult = await db.query<{ seq: number; hash: string }>('select seq, hash from audit_head');
  const head = headResult.rows[0];
  const problems: ChainProblem[] = [];
  let count = 0;
  let cursor = { seq: 0, hash: '0'.repeat(64) };
  let afterSeq = -1;
  for (;;) {
    const { rows } = await db.query<AuditRow>('select * from audit_log where seq > $1 order by seq limit $2', [afterSeq, batchSize]);
    if (rows.length === 0) break;
    const entries = rows.map(toEntry);
    const last = entries[entries.length - 1]!;
    const isLastBatch = rows.length < batchSize;
    problems.push(...verifyChain(entries, isLastBatch ? head : undefined, cursor));
    count += entries.length;
    cursor = { seq: last.seq, hash: last.hash };
    afterSeq = last.seq;
    if (isLastBatch) return { entries: count, problems };
  }
  problems.push(...verifyChain([], head, cursor));
  return { entries: count, problems };
}

export interface AuditListItem {
  seq: number;
  at: Date;
  gebruikerId: string | null;
  organisatieId: string | null;
  rollen: string[];
  actie: string;
  objectType: string | null;
  objectId: string | null;
  doel: string;
  uitkomst: string;
}

/** Latest entries recorded on behalf of one organisation (for its functional administrator). */
export async function listAuditForOrganisation(db: Queryable, organisatieId: string, limit: number, beforeSeq?: number) {
  const { rows } = await db.query<AuditRow>(
    `select * from audit_log where organisatie_id = $1 and ($2::bigint is null or seq < $2) order by seq desc limit $3`,
    [organisatieId, beforeSeq ?? null, limit],
  );
  return rows.map((row): AuditListItem => {
    const e = toEntry(row);
    return {
      seq: e.seq,
      at: e.at,
      gebruikerId: e.gebruikerId,
      organisatieId: e.organisatieId,
      rollen: [...e.rollen],
      actie: e.actie,
      objectType: e.objectType,
      objectId: e.objectId,
      doel: e.doel,
      uitkomst: e.uitkomst,
    };
  });
}
