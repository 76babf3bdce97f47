import { describe, expect, it } from 'vitest';
import { compareBirthDates, jaroWinkler, nameSimilarity, rankMatches, scoreCandidate, STRONG_NAME, type MatchCandidate } from './person-matching';
import { householdAt, householdOf, isCurrent } from './household';
import { relationFrom, toStoredRelation } from './relations';
import { normaliseName } from './name-normalisation';

const candidate = (naam: string, geboortedatum: string | null = null, extra: Partial<MatchCandidate> = {}): MatchCandidate => ({
  zoeknaam: normaliseName(naam),
  geboortedatum,
  adresSleutels: [],
  bsnHash: null,
  ...extra,
});

describe('name similarity', () => {
  it('tolerates typos, doubled letters, hyphens and diacritics in realistic Dutch names', () => {
    expect(nameSimilarity('Mohamed el Idrissi', 'Mohammed El-Idrisi')).toBeGreaterThanOrEqual(STRONG_NAME);
    expect(nameSimilarity('Özdemir', 'Ozdemir')).toBe(1);
    expect(nameSimilarity('Aylin Öztürk', 'aylin ozturk')).toBe(1);
    expect(nameSimilarity('Fatima Bouzid', 'Fatma Bouzit')).toBeGreaterThanOrEqual(STRONG_NAME);
  });
  it('ignores particles and word order', () => {
    expect(nameSimilarity('Jan de Vries', 'Jan Vries')).toBe(1);
    expect(nameSimilarity('de Vries', 'Vries')).toBe(1);
    expect(nameSimilarity('Idrissi Mohamed', 'Mohamed el Idrissi')).toBeGreaterThanOrEqual(0.95);
    expect(nameSimilarity('Sanne van den Berg', 'Sanne Vandenberg')).toBeGreaterThanOrEqual(STRONG_NAME);
  });
  it('keeps different people apart', () => {
    expect(nameSimilarity('Jan Jansen', 'Piet de Jong')).toBeLessThan(0.6);
    expect(nameSimilarity('Fatima Bouzid', 'Khadija Yilmaz')).toBeLessThan(0.6);
    expect(nameSimilarity('Jan Jansen', 'Jan Jansen')).toBe(1);
  });
  it('counts a partial query covered by the full name as a strong likeness', () => {
    expect(nameSimilarity('Jansen', 'Johannes Cornelis Jansen')).toBeGreaterThanOrEqual(STRONG_NAME);
  });
  it('Jaro-Winkler behaves at the edges', () => {
    expect(jaroWinkler('', 'a')).toBe(0);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
  });
});

describe('dates of birth', () => {
  it('recognises exact, swapped day and month, a one-digit typo, and different dates', () => {
    expect(compareBirthDates('1985-03-12', '1985-03-12')).toBe('gelijk');
    expect(compareBirthDates('1985-03-12', '1985-12-03')).toBe('dag-maand-omgewisseld');
    expect(compareBirthDates('1985-03-12', '1986-03-12')).toBe('bijna-gelijk');
    expect(compareBirthDates('1985-03-12', '1985-03-21')).toBe('bijna-gelijk');
    expect(compareBirthDates('1985-03-12', '1990-07-01')).toBe('verschilt');
    expect(compareBirthDates('1985-03-12', null)).toBe('onbekend');
  });
});

describe('scoring a candidate', () => {
  it('a BSN equal is certain, whatever the name', () => {
    const r = scoreCandidate({ naam: 'Piet', bsnHash: 'h1' }, candidate('Jan Jansen', null, { bsnHash: 'h1' }));
    expect(r).toMatchObject({ score: 1, waarschijnlijkDezelfde: true });
    expect(r.redenen).toContain('BSN gelijk');
  });
  it('strong name and same date of birth is probably the same person, with Dutch reasons', () => {
    const r = scoreCandidate({ naam: 'Mohammed El-Idrisi', geboortedatum: '1990-05-04' }, candidate('Mohamed el Idrissi', '1990-05-04'));
    expect(r.waarschijnlijkDezelfde).toBe(true);
    expect(r.score).toBeGreaterThan(0.9);
    expect(r.redenen).toEqual(['naam lijkt sterk', 'geboortedatum gelijk']);
  });
  it('day and month swapped still counts; a different date does not', () => {
    expect(scoreCandidate({ naam: 'Özdemir', geboortedatum: '1990-04-05' }, candidate('Aylin Ozdemir', '1990-05-04')).waarschijnlijkDezelfde).toBe(true);
    const other = scoreCandidate({ naam: 'Aylin Özdemir', geboortedatum: '1971-01-01' }, candidate('Aylin Ozdemir', '1990-05-04'));
    expect(other.waarschijnlijkDezelfde).toBe(false);
    expect(other.redenen).toContain('geboortedatum verschilt');
  });
  it('same name at the same address is probably the same person; a different BSN rules it out', () => {
    const atHome = candidate('Jan de Vries', null, { adresSleutels: ['5211AB 12'] });
    expect(scoreCandidate({ naam: 'Jan Vries', adresSleutel: '5211AB 12' }, atHome)).toMatchObject({ waarschijnlijkDezelfde: true, redenen: ['naam gelijk', 'zelfde adres'] });
    const differentBsn = scoreCandidate({ naam: 'Jan Vries', adresSleutel: '5211AB 12', bsnHash: 'a' }, { ...atHome, bsnHash: 'b' });
    expect(differentBsn.waarschijnlijkDezelfde).toBe(false);
    expect(differentBsn.score).toBeLessThan(0.35);
    expect(differentBsn.redenen).toContain('BSN verschilt');
  });
  it('family members sharing a (long) surname and the address are not "probably the same": the given name must agree', () => {
    const vader = { ...candidate('Jan van den Heuvel-Vermeulen', '1980-02-02'), adresSleutels: ['5211AB 7'] };
    const zoon = scoreCandidate({ naam: 'Piet van den Heuvel-Vermeulen', geboortedatum: '2010-06-06', adresSleutel: '5211AB 7' }, vader);
    expect(zoon.waarschijnlijkDezelfde).toBe(false);
    const broer = { ...candidate('Yasmina Bakkalitvgqus', '1993-02-11'), adresSleutels: ['5211MS 7'] };
    expect(scoreCandidate({ naam: 'Karim Bakkalitvgqus', adresSleutel: '5211MS 7' }, broer).waarschijnlijkDezelfde).toBe(false);
    // The same person typed with the surname first still agrees on the given name.
    expect(scoreCandidate({ naam: 'Heuvel-Vermeulen Jan', adresSleutel: '5211AB 7' }, vader).waarschijnlijkDezelfde).toBe(true);
  });

  it('a name alone is never "probably the same"', () => {
    expect(scoreCandidate({ naam: 'Jan Jansen' }, candidate('Jan Jansen', '1980-01-01')).waarschijnlijkDezelfde).toBe(false);
  });
  it('ranks probably-the-same first, then by score, and drops weak candidates', () => {
    const criteria = { naam: 'Fatima Bouzid', geboortedatum: '1988-02-02' };
    const ranked = rankMatches(
      [candidate('Fatima Bouzid', '1970-01-01'), candidate('Fatma Bouzit', '1988-02-02'), candidate('Khadija Yilmaz', '1960-06-06')].map((c) => ({
        c,
        match: scoreCandidate(criteria, c),
      })),
    );
    expect(ranked.map((r) => r.c.zoeknaam)).toEqual(['fatma bouzit', 'fatima bouzid']);
  });
});

describe('relations seen from each side', () => {
  it("stores 'kind' as 'ouder' the other way round and reads it back from both sides", () => {
    const stored = toStoredRelation('kind-id', 'moeder-id', 'ouder');
    expect(stored).toEqual({ persoonId: 'moeder-id', gerelateerdPersoonId: 'kind-id', soort: 'ouder' });
    expect(toStoredRelation('moeder-id', 'kind-id', 'kind')).toEqual(stored);
    expect(relationFrom('kind-id', stored)).toEqual({ other: 'moeder-id', soort: 'ouder' });
    expect(relationFrom('moeder-id', stored)).toEqual({ other: 'kind-id', soort: 'kind' });
    expect(relationFrom('iemand-anders', stored)).toBeNull();
    expect(relationFrom('b', toStoredRelation('a', 'b', 'ex-partner'))).toEqual({ other: 'a', soort: 'ex-partner' });
  });
});

describe('households', () => {
  const addresses = [
    { persoonId: 'moeder', adresSleutel: '5211AB 12' },
    { persoonId: 'kind', adresSleutel: '5211AB 12' },
    { persoonId: 'oma', adresSleutel: '5211AB 12' },
    { persoonId: 'ex', adresSleutel: '1012AA 1' },
    { persoonId: 'buurman', adresSleutel: '5211AB 14' },
  ];
  const relations = [toStoredRelation('kind', 'moeder', 'ouder'), toStoredRelation('moeder', 'ex', 'ex-partner'), toStoredRelation('ex', 'kind', 'kind')];

  it('joins co-residents and direct relations, with every reason from the person asked about', () => {
    expect(householdOf('moeder', addresses, relations)).toEqual([
      { persoonId: 'kind', redenen: ['zelfde-adres', 'kind'] },
      { persoonId: 'oma', redenen: ['zelfde-adres'] },
      { persoonId: 'ex', redenen: ['ex-partner'] },
    ]);
    expect(householdOf('kind', addresses, relations)).toEqual([
      { persoonId: 'moeder', redenen: ['zelfde-adres', 'ouder'] },
      { persoonId: 'oma', redenen: ['zelfde-adres'] },
      { persoonId: 'ex', redenen: ['ouder'] },
    ]);
  });
  it('lists everyone at one address', () => {
    expect(householdAt('5211AB 12', addresses).map((m) => m.persoonId)).toEqual(['moeder', 'kind', 'oma']);
    expect(householdAt('9999ZZ 1', addresses)).toEqual([]);
  });
  it('knows which periods run today', () => {
    expect(isCurrent({ geldigVan: null, geldigTot: null }, '2026-01-01')).toBe(true);
    expect(isCurrent({ geldigVan: '2020-01-01', geldigTot: '2025-12-31' }, '2026-01-01')).toBe(false);
    expect(isCurrent({ geldigVan: '2026-02-01', geldigTot: null }, '2026-01-01')).toBe(false);
  });
});
