/**
 * The dashboard's choice of region, organisation and period, kept in the URL query (ids and dates only, never
 * personal data) so a view can be bookmarked and shared. Periods are [van, tot) like the API's.
 */
export interface DashboardFilter {
  regioId: string;
  organisatieId: string;
  soort: 'jaar' | 'eigen';
  jaar: number;
  /** For an own period: the first day and the last day (inclusive, as the user reads it). */
  van: string;
  totEnMet: string;
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

export function isDatum(value: string): boolean {
  return DATUM.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** What is wrong with an own period (first day, last day), per field, in the screen's own words. */
export function periodeFouten(
  van: string,
  totEnMet: string,
  tekst: { ongeldigeDatum: string; totVoorVan: string },
): Partial<Record<'van' | 'totEnMet', string>> {
  const fouten: Partial<Record<'van' | 'totEnMet', string>> = {};
  if (!isDatum(van)) fouten.van = tekst.ongeldigeDatum;
  if (!isDatum(totEnMet)) fouten.totEnMet = tekst.ongeldigeDatum;
  else if (isDatum(van) && totEnMet < van) fouten.totEnMet = tekst.totVoorVan;
  return fouten;
}

export function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** The last complete calendar year. */
export function laatsteVolledigeJaar(nu: Date = new Date()): number {
  return nu.getFullYear() - 1;
}

/** Reads the filter from a query string; missing or malformed parts fall back to the defaults. */
export function leesFilter(search: string, standaardRegioId: string, nu: Date = new Date()): DashboardFilter {
  const q = new URLSearchParams(search);
  const jaar = Number(q.get('jaar'));
  const van = q.get('van') ?? '';
  const tot = q.get('tot') ?? '';
  const standaardJaar = laatsteVolledigeJaar(nu);
  const eigen = isDatum(van) && isDatum(tot) && van < tot;
  return {
    regioId: q.get('regioId') || standaardRegioId,
    organisatieId: q.get('organisatieId') ?? '',
    soort: eigen ? 'eigen' : 'jaar',
    jaar: Number.isInteger(jaar) && jaar >= 2000 && jaar <= 2100 ? jaar : standaardJaar,
    van: eigen ? van : `${standaardJaar}-01-01`,
    totEnMet: eigen ? plusDagen(tot, -1) : `${standaardJaar}-12-31`,
  };
}

/** The period as the API takes it: [van, tot). */
export function periodeVan(filter: DashboardFilter): { van: string; tot: string } {
  if (filter.soort === 'jaar') return { van: `${filter.jaar}-01-01`, tot: `${filter.jaar + 1}-01-01` };
  return { van: filter.van, tot: plusDagen(filter.totEnMet, 1) };
}

/** The query for the URL of the dashboard. */
export function filterQuery(filter: DashboardFilter): string {
  const q = new URLSearchParams({ regioId: filter.regioId });
  if (filter.organisatieId) q.set('organisatieId', filter.organisatieId);
  if (filter.soort === 'jaar') q.set('jaar', String(filter.jaar));
  else {
    const { van, tot } = periodeVan(filter);
    q.set('van', van);
    q.set('tot', tot);
  }
  return q.toString();
}

/** The query for the API and the report: regioId, organisatieId?, van, tot. */
export function apiQuery(filter: DashboardFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ regioId: filter.regioId });
  if (filter.organisatieId) q.set('organisatieId', filter.organisatieId);
  const { van, tot } = periodeVan(filter);
  q.set('van', van);
  q.set('tot', tot);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

/** The periods of the trend, filled in (the API only lists those with data): months, or years beyond two years. */
export function reeksPeriodes(van: string, tot: string, indeling: 'maand' | 'jaar'): string[] {
  const uit: string[] = [];
  const laatste = plusDagen(tot, -1);
  if (indeling === 'jaar') {
    for (let j = Number(van.slice(0, 4)); j <= Number(laatste.slice(0, 4)); j++) uit.push(String(j));
    return uit;
  }
  let j = Number(van.slice(0, 4));
  let m = Number(van.slice(5, 7));
  const eindJ = Number(laatste.slice(0, 4));
  const eindM = Number(laatste.slice(5, 7));
  while (j < eindJ || (j === eindJ && m <= eindM)) {
    uit.push(`${j}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      j++;
    }
  }
  return uit;
}
