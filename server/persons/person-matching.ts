import { normaliseName } from './name-normalisation';

/**
 * How well an existing person matches what a user searches for (or is about to register): pure rules over plain
 * data. The database only pre-selects candidates (trigram index, date of birth, address, BSN hash); this ranks
 * them and says in Dutch why, and whether the candidate is probably the same person.
 */

/** Search criteria, already normalised: name by normaliseName, address as addressKey, BSN as its keyed hash. */
export interface MatchCriteria {
  naam?: string;
  geboortedatum?: string;
  adresSleutel?: string;
  bsnHash?: string;
}

export interface MatchCandidate {
  zoeknaam: string;
  geboortedatum: string | null;
  /** Address keys of the candidate's current addresses. */
  adresSleutels: readonly string[];
  bsnHash: string | null;
}

export interface MatchResult {
  score: number;
  waarschijnlijkDezelfde: boolean;
  redenen: string[];
}

/** Name similarity from which a name "looks strongly alike" and, with a matching date of birth or address, is probably the same person. */
export const STRONG_NAME = 0.85;
/** Below this a candidate found only by name is not worth showing. */
export const MIN_SCORE = 0.35;

/** Particles that are left out or written differently so often that they should not decide a match. */
const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', 't', 'ter', 'ten', 'te', 'in', 'op', 'la', 'le', 'du', 'des', 'di', 'da', 'dos', 'do', 'el', 'al', 'ben', 'bin', 'y', 'von', 'zu',
]);

function significantTokens(normalised: string): string[] {
  const tokens = normalised.split(' ').filter(Boolean);
  const significant = tokens.filter((t) => !PARTICLES.has(t));
  return significant.length > 0 ? significant : tokens;
}

/** Jaro-Winkler similarity of two strings (0..1): forgiving for typos, dropped or doubled letters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Jaro-Winkler gives unrelated short words 0.6-0.75 ("jansen"/"jong"); below 0.8 a token pair counts at half,
 * so only real look-alikes add up to a strong name likeness.
 */
function tokenSimilarity(a: string, b: string): number {
  const jw = jaroWinkler(a, b);
  return jw >= 0.8 ? jw : jw / 2;
}

/** How well the tokens of `from` are covered by the tokens of `to`, weighted by token length, order-free. */
function coverage(from: string[], to: string[]): number {
  let weighted = 0;
  let total = 0;
  for (const token of from) {
    const best = Math.max(...to.map((t) => tokenSimilarity(token, t)));
    weighted += best * token.length;
    total += token.length;
  }
  return total === 0 ? 0 : weighted / total;
}

/**
 * Name similarity (0..1) of two names, both run through normaliseName here again (idempotent): case, diacritics,
 * hyphens, particles ("de Vries" = "Vries", "el Idrissi" = "El-Idrissi") and word order do not matter; typos cost little.
 * A partial query ("Jansen") covered by a fuller name counts mostly as a match.
 */
export function nameSimilarity(query: string, candidate: string): number {
  const q = normaliseName(query);
  const c = normaliseName(candidate);
  if (!q || !c) return 0;
  if (q === c) return 1;
  const qTokens = significantTokens(q);
  const cTokens = significantTokens(c);
  if (qTokens.join('') === cTokens.join('')) return 1;
  const tokenScore = 0.8 * coverage(qTokens, cTokens) + 0.2 * coverage(cTokens, qTokens);
  // Written together or apart ("vanderberg" / "van der berg", "abdelkader" / "abdel kader").
  const joined = jaroWinkler(qTokens.join(''), cTokens.join(''));
  return Math.min(1, Math.max(tokenScore, joined >= 0.8 ? joined * 0.95 : 0));
}

/**
 * Whether the candidate's first given name occurs in the query (in any position, typos forgiven, an initial
 * counts). Family members share surname and address; with a long or double surname their names look alike as a
 * whole, so "probably the same person" also needs the given name to agree.
 */
export function givenNameAgrees(query: string, candidate: string): boolean {
  const first = significantTokens(normaliseName(candidate))[0];
  if (!first) return false;
  return significantTokens(normaliseName(query)).some((t) => (t.length === 1 ? first.startsWith(t) : jaroWinkler(t, first) >= 0.85));
}

export type DateMatch = 'gelijk' | 'dag-maand-omgewisseld' | 'bijna-gelijk' | 'verschilt' | 'onbekend';

/** Dates of birth as people mistype them: exact, day and month swapped, or one part off by one typo. */
export function compareBirthDates(query: string, candidate: string | null): DateMatch {
  if (!candidate) return 'onbekend';
  if (query === candidate) return 'gelijk';
  const [qy, qm, qd] = query.split('-');
  const [cy, cm, cd] = candidate.split('-');
  if (qy === cy && qm === cd && qd === cm) return 'dag-maand-omgewisseld';
  const parts: [string | undefined, string | undefined][] = [
    [qy, cy],
    [qm, cm],
    [qd, cd],
  ];
  const differing = parts.filter(([a, b]) => a !== b);
  if (differing.length === 1) {
    const [a = '', b = ''] = differing[0]!;
    const digitsOff = [...a].filter((ch, i) => ch !== b[i]).length;
    const swappedDigits = a.length === 2 && a === [...b].reverse().join('');
    if (digitsOff === 1 || swappedDigits) return 'bijna-gelijk';
  }
  return 'verschilt';
}

const DATE_SCORE: Record<DateMatch, number> = { gelijk: 1, 'dag-maand-omgewisseld': 0.8, 'bijna-gelijk': 0.6, verschilt: 0, onbekend: 0.3 };
const DATE_REASON: Record<DateMatch, string | null> = {
  gelijk: 'geboortedatum gelijk',
  'dag-maand-omgewisseld': 'geboortedatum met dag en maand omgewisseld',
  'bijna-gelijk': 'geboortedatum bijna gelijk',
  verschilt: 'geboortedatum verschilt',
  onbekend: null,
};

const WEIGHTS = { naam: 0.55, geboortedatum: 0.3, adres: 0.15 };

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

/**
 * Scores one candidate against the criteria. A BSN equal is certain; a different BSN makes "the same person" very
 * unlikely. Otherwise the weighted mean of name, date of birth and address over the criteria given; probably the
 * same person when the name looks strongly alike, the given name agrees, AND the date of birth (nearly) agrees or
 * the address is the same.
 */
export function scoreCandidate(criteria: MatchCriteria, candidate: MatchCandidate): MatchResult {
  const redenen: string[] = [];
  if (criteria.bsnHash && candidate.bsnHash === criteria.bsnHash) {
    redenen.push('BSN gelijk');
  }
  const bsnEqual = redenen.length > 0;
  const bsnDiffers = Boolean(criteria.bsnHash && candidate.bsnHash && candidate.bsnHash !== criteria.bsnHash);

  let weighted = 0;
  let weights = 0;
  let name = 0;
  if (criteria.naam) {
    name = nameSimilarity(criteria.naam, candidate.zoeknaam);
    weighted += WEIGHTS.naam * name;
    weights += WEIGHTS.naam;
    if (name >= 0.99) redenen.push('naam gelijk');
    else if (name >= STRONG_NAME) redenen.push('naam lijkt sterk');
    else if (name >= 0.6) redenen.push('naam lijkt');
  }
  let date: DateMatch = 'onbekend';
  if (criteria.geboortedatum) {
    date = compareBirthDates(criteria.geboortedatum, candidate.geboortedatum);
    weighted += WEIGHTS.geboortedatum * DATE_SCORE[date];
    weights += WEIGHTS.geboortedatum;
    const reason = DATE_REASON[date];
    if (reason) redenen.push(reason);
  }
  let sameAddress = false;
  if (criteria.adresSleutel) {
    sameAddress = candidate.adresSleutels.includes(criteria.adresSleutel);
    weighted += WEIGHTS.adres * (sameAddress ? 1 : 0);
    weights += WEIGHTS.adres;
    if (sameAddress) redenen.push('zelfde adres');
  }
  if (bsnDiffers) redenen.push('BSN verschilt');

  if (bsnEqual) return { score: 1, waarschijnlijkDezelfde: true, redenen };
  let score = weights > 0 ? weighted / weights : 0;
  if (bsnDiffers) score *= 0.3;
  const dateAgrees = date === 'gelijk' || date === 'dag-maand-omgewisseld' || date === 'bijna-gelijk';
  // A surname alone ("Özdemir") says nothing about the given name; a full name must agree on it.
  const sameGivenName = !criteria.naam || significantTokens(normaliseName(criteria.naam)).length < 2 || givenNameAgrees(criteria.naam, candidate.zoeknaam);
  const waarschijnlijkDezelfde = !bsnDiffers && name >= STRONG_NAME && sameGivenName && (dateAgrees || sameAddress);
  return { score: round(score), waarschijnlijkDezelfde, redenen };
}

/** Ranks scored candidates: probably-the-same first, then by score; drops the weak ones and keeps at most `limit`. */
export function rankMatches<T extends { match: MatchResult }>(scored: T[], limit = 20): T[] {
  return scored
    .filter((s) => s.match.waarschijnlijkDezelfde || s.match.score >= MIN_SCORE)
    .sort((a, b) => Number(b.match.waarschijnlijkDezelfde) - Number(a.match.waarschijnlijkDezelfde) || b.match.score - a.match.score)
    .slice(0, limit);
}
