import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, GENESIS_HASH, verifyChain, type ChainedEntry, type ChainedFields } from './hash-chain';

function chain(n: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainedFields = {
      seq,
      at: new Date(Date.UTC(2026, 10, 23, 9, 0, seq)),
      gebruikerId: `u${seq}`,
      organisatieId: 'o1',
      rollen: ['medewerker'],
      actie: 'lezen',
      objectType: 'gebruiker',
      objectId: `g${seq}`,
      doel: 'gebruikersbeheer',
      uitkomst: 'gelukt',
      requestId: `r${seq}`,
      details: { aantal: seq },
    };
    const hash = entryHash(fields, previous);
    entries.push({ ...fields, previousHash: previous, hash });
    previous = hash;
  }
  return entries;
}

const head = (entries: ChainedEntry[]) => ({ seq: entries.at(-1)?.seq ?? 0, hash: entries.at(-1)?.hash ?? GENESIS_HASH });

describe('audit hash chain', () => {
  it('accepts an intact chain, and an empty one', () => {
    const entries = chain(5);
    expect(verifyChain(entries, head(entries))).toEqual([]);
    expect(verifyChain([], { seq: 0, hash: GENESIS_HASH })).toEqual([]);
  });

  it('finds a changed entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, objectId: 'iemand-anders' };
    expect(verifyChain(entries, head(entries))).toEqual([{ kind: 'changed', seq: 3 }]);
  });

  it('finds a changed entry whose hash was recomputed, at the link after it', () => {
    const entries = chain(5);
    const forged = { ...entries[2]!, uitkomst: 'geweigerd' };
    const { previousHash, hash: _old, ...fields } = forged;
    entries[2] = { ...forged, hash: entryHash(fields, previousHash) };
    expect(verifyChain(entries, head(entries))).toEqual([{ kind: 'broken-link', seq: 4 }]);
  });

  it('finds a removed entry', () => {
    const entries = chain(5);
    const h = head(entries);
    entries.splice(1, 1);
    const problems = verifyChain(entries, h);
    expect(problems).toContainEqual({ kind: 'missing', afterSeq: 1, expectedSeq: 2, foundSeq: 3 });
    expect(problems).toContainEqual({ kind: 'broken-link', seq: 3 });
  });

  it('finds entries removed from the end through the recorded head', () => {
    const entries = chain(5);
    const h = head(entries);
    expect(verifyChain(entries.slice(0, 3), h)).toEqual([{ kind: 'head-mismatch', headSeq: 5, lastSeq: 3 }]);
  });

  it('verifies a chain in parts from a known starting point', () => {
    const entries = chain(6);
    const first = entries.slice(0, 3);
    expect(verifyChain(first)).toEqual([]);
    expect(verifyChain(entries.slice(3), head(entries), head(first))).toEqual([]);
  });

  it('hashes the same entry the same, whatever the key order of its details', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});
