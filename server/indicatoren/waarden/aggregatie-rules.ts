import { KLEIN_AANTAL_GRENS, type Aggregatie, type Waarde } from '../schemas';

/** What the database (or DuckDB) computes per group of measurements; the figure follows from the aggregation. */
export interface Samenvatting {
  n: number;
  som: number;
  gemiddelde: number | null;
  mediaan: number | null;
}

/** The same summary in plain code: the reference the SQL is tested against and the unit tests use. */
export function vatSamen(waarden: readonly number[]): Samenvatting {
  const n = waarden.length;
  if (n === 0) return { n: 0, som: 0, gemiddelde: null, mediaan: null };
  const som = waarden.reduce((a, b) => a + b, 0);
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  const midden = (n - 1) / 2;
  const mediaan = (gesorteerd[Math.floor(midden)]! + gesorteerd[Math.ceil(midden)]!) / 2;
  return { n, som, gemiddelde: som / n, mediaan };
}

/** The figure of a summary: a count, a sum, a percentage of yes, a mean or a median. */
export function figuur(aggregatie: Aggregatie, s: Samenvatting): number | null {
  switch (aggregatie) {
    case 'aantal':
      return s.n;
    case 'som':
      return s.som;
    case 'aandeel':
      return s.gemiddelde === null ? null : s.gemiddelde * 100;
    case 'gemiddelde':
      return s.gemiddelde;
    case 'mediaan':
      return s.mediaan;
  }
}

/**
 * A figure as shown: based on 1 to 4 measurements or respondents it is suppressed (a count of 0 is shown,
 * it identifies no one). `onderdrukKleineAantallen` is off only for registered effort, which is about
 * organisations, not persons.
 */
export function toonbareWaarde(waarde: number | null, n: number, onderdrukKleineAantallen = true): Waarde {
  if (onderdrukKleineAantallen && n > 0 && n < KLEIN_AANTAL_GRENS) return { waarde: null, n: null, onderdrukt: true };
  return { waarde: waarde === null ? null : Math.round(waarde * 10) / 10, n, onderdrukt: false };
}

/** Count and sum of the measurements of one indicator, breakdown and period (the finest grain the database groups by). */
export interface FijneSamenvatting {
  indicator: string;
  kenmerk: string | null;
  periode: string | null;
  n: number;
  som: number;
}

/**
 * The summaries over the whole period, per breakdown and per period, rolled up from the finest grain: counts and
 * sums add up exactly, the mean follows from them. Medians do not add up; they come separately.
 */
export function rolSamenvattingenOp(
  fijn: readonly FijneSamenvatting[],
): { indicator: string; kenmerk: string | null; periode: string | null; n: number; som: number; gemiddelde: number | null; mediaan: null }[] {
  const groepen = new Map<string, { indicator: string; kenmerk: string | null; periode: string | null; n: number; som: number }>();
  const tel = (indicator: string, kenmerk: string | null, periode: string | null, n: number, som: number) => {
    const sleutel = `${indicator}\u0000${kenmerk ?? ''}\u0000${periode ?? ''}`;
    const groep = groepen.get(sleutel);
    if (groep) {
      groep.n += n;
      groep.som += som;
    } else groepen.set(sleutel, { indicator, kenmerk, periode, n, som });
  };
  for (const r of fijn) {
    tel(r.indicator, null, null, r.n, r.som);
    if (r.kenmerk !== null) tel(r.indicator, r.kenmerk, null, r.n, r.som);
    if (r.periode !== null) tel(r.indicator, null, r.periode, r.n, r.som);
  }
  return [...groepen.values()].map((g) => ({ ...g, gemiddelde: g.n === 0 ? null : g.som / g.n, mediaan: null }));
}
