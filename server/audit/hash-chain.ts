import { createHash } from 'node:crypto';

/**
 * The audit log is a hash chain: each entry's hash covers its own fields and its predecessor's hash,
 * so changing, inserting or removing any entry breaks every link after it.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  at: Date;
  gebruikerId: string | null;
  organisatieId: string | null;
  rollen: readonly string[];
  actie: string;
  objectType: string | null;
  objectId: string | null;
  doel: string;
  uitkomst: string;
  requestId: string | null;
  details: Record<string, unknown>;
}

export interface ChainedEntry extends ChainedFields {
  previousHash: string;
  hash: string;
}

/** Stable JSON: object keys sorted at every depth, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(fields: ChainedFields, previousHash: string): string {
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonicalJson({ ...fields, at: fields.at.toISOString() }))
    .digest('hex');
}

export type ChainProblem =
  | { kind: 'changed'; seq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'missing'; afterSeq: number; expectedSeq: number; foundSeq: number }
  | { kind: 'head-mismatch'; headSeq: number; lastSeq: number };

/**
 * Checks entries (ordered by seq) from the start of the chain. `head` is the recorded end of the chain;
 * it catches entries removed from the end, which no link can show.
 */
export function verifyChain(
  entries: Iterable<ChainedEntry>,
  head?: { seq: number; hash: string },
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedSeq = start.seq + 1;
  let previousHash = start.hash;
  let lastSeq = start.seq;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) {
      problems.push({ kind: 'missing', afterSeq: lastSeq, expectedSeq, foundSeq: entry.seq });
    }
    const { previousHash: storedPrevious, hash, ...fields } = entry;
    if (entryHash(fields, storedPrevious) !== hash) {
      problems.push({ kind: 'changed', seq: entry.seq });
    } else if (storedPrevious !== previousHash) {
      problems.push({ kind: 'broken-link', seq: entry.seq });
    }
    previousHash = hash;
    lastSeq = entry.seq;
    expectedSeq = entry.seq + 1;
  }
  if (head && (head.seq !== lastSeq || head.hash !== previousHash)) {
    problems.push({ kind: 'head-mismatch', headSeq: head.seq, lastSeq });
  }
  return problems;
}

export function describeProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'changed':
      return `entry ${problem.seq} was changed after it was written`;
    case 'broken-link':
      return `entry ${problem.seq} does not follow its predecessor (an entry before it was changed, inserted or replaced)`;
    case 'missing':
      return `entries missing or inserted after ${problem.afterSeq}: expected ${problem.expectedSeq}, found ${problem.foundSeq}`;
    case 'head-mismatch':
      return `the chain ends at ${problem.lastSeq} but its recorded head is ${problem.headSeq} (entries removed from or added at the end)`;
  }
}
