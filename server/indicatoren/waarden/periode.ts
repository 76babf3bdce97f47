/** Periods are calendar days in Europe/Amsterdam: [van, tot). */
export interface Periode {
  van: string;
  tot: string;
}

/** The same length of time just before the period, for the trend against the previous period. */
export function vorigePeriode(p: Periode): Periode {
  const van = new Date(`${p.van}T00:00:00Z`);
  const tot = new Date(`${p.tot}T00:00:00Z`);
  const maanden = (tot.getUTCFullYear() - van.getUTCFullYear()) * 12 + (tot.getUTCMonth() - van.getUTCMonth());
  if (van.getUTCDate() === 1 && tot.getUTCDate() === 1 && maanden > 0) {
    const vorigeVan = new Date(Date.UTC(van.getUTCFullYear(), van.getUTCMonth() - maanden, 1));
    return { van: vorigeVan.toISOString().slice(0, 10), tot: p.van };
  }
  const vorigeVan = new Date(van.getTime() - (tot.getTime() - van.getTime()));
  return { van: vorigeVan.toISOString().slice(0, 10), tot: p.van };
}

/** A trend per month for up to two years, per year beyond. */
export function reeksIndeling(p: Periode): 'maand' | 'jaar' {
  const dagen = (Date.parse(p.tot) - Date.parse(p.van)) / 86_400_000;
  return dagen <= 731 ? 'maand' : 'jaar';
}

/** The years a period touches (evaluations are per year). */
export function jarenVan(p: Periode): { van: number; tot: number } {
  const laatsteDag = new Date(Date.parse(`${p.tot}T00:00:00Z`) - 86_400_000);
  return { van: Number(p.van.slice(0, 4)), tot: laatsteDag.getUTCFullYear() };
}
