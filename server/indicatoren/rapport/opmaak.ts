import { KLEIN_AANTAL_GRENS, type Eenheid, type IndicatorBron, type Waarde } from '../schemas';

/**
 * How the report writes figures, periods and sources for Dutch readers (decimal comma, "< 5" for a suppressed
 * figure). Pure functions; the CSV and XLSX carry the plain numbers instead.
 */

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const lang = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const ONDERDRUKT = `< ${KLEIN_AANTAL_GRENS}`;
export const GEEN_GEGEVENS = '—';

const achtervoegsel: Record<Eenheid, string> = {
  aantal: '',
  procent: '%',
  minuten: ' min',
  uren: ' uur',
  dagen: ' dagen',
  cijfer: '',
  score: '',
};

export const eenheidNamen: Record<Eenheid, string> = {
  aantal: 'aantal',
  procent: 'procent',
  minuten: 'minuten',
  uren: 'uren',
  dagen: 'dagen',
  cijfer: 'rapportcijfer (1-10)',
  score: 'score',
};

export function getalTekst(waarde: number): string {
  return getal.format(waarde);
}

/** A figure as shown in the report: "< 5" when suppressed, "—" when there is nothing, otherwise the number with its unit. */
export function waardeTekst(w: Waarde | null, eenheid: Eenheid): string {
  if (w === null) return GEEN_GEGEVENS;
  if (w.onderdrukt) return ONDERDRUKT;
  if (w.waarde === null) return GEEN_GEGEVENS;
  return `${getalTekst(w.waarde)}${achtervoegsel[eenheid]}`;
}

export function nTekst(w: Waarde): string {
  if (w.onderdrukt) return ONDERDRUKT;
  return w.n === null ? GEEN_GEGEVENS : String(w.n);
}

/** The change against the previous period, with its sign; percentages change in percentage points. */
export function verschilTekst(huidig: Waarde, vorige: Waarde | null, eenheid: Eenheid): string {
  if (!vorige || huidig.onderdrukt || vorige.onderdrukt || huidig.waarde === null || vorige.waarde === null) return GEEN_GEGEVENS;
  const verschil = Math.round((huidig.waarde - vorige.waarde) * 10) / 10;
  const teken = verschil > 0 ? '+' : verschil < 0 ? '-' : '±';
  const eenheidTekst = eenheid === 'procent' ? ' pp' : achtervoegsel[eenheid];
  return `${teken}${getalTekst(Math.abs(verschil))}${eenheidTekst}`;
}

export function bronTekst(bron: IndicatorBron): string {
  switch (bron.soort) {
    case 'tijdlijn':
      return 'Geteld uit de tijdlijn';
    case 'evaluatie':
      return 'Evaluaties van de partners';
    case 'inspanning':
      return 'Geregistreerde inspanningen';
  }
}

const dag = (iso: string) => new Date(`${iso}T00:00:00Z`);
const laatsteDag = (tot: string) => new Date(dag(tot).getTime() - 86_400_000);
const isJaarBegin = (iso: string) => iso.endsWith('-01-01');

/** "24 november 2026". */
export function datumTekst(iso: string): string {
  return lang.format(dag(iso));
}

/** "2025", "2021-2024", or "1 januari 2025 t/m 31 maart 2025" for the period [van, tot). */
export function periodeTekst(van: string, tot: string): string {
  if (isJaarBegin(van) && isJaarBegin(tot)) {
    const eerste = Number(van.slice(0, 4));
    const laatste = Number(tot.slice(0, 4)) - 1;
    return eerste === laatste ? String(eerste) : `${eerste}-${laatste}`;
  }
  return `${lang.format(dag(van))} t/m ${lang.format(laatsteDag(tot))}`;
}

/** The period in a file name: "2025", "2021-2024" or "2025-01-01-2025-03-31" (first and last day). */
export function periodeInBestandsnaam(van: string, tot: string): string {
  if (isJaarBegin(van) && isJaarBegin(tot)) return periodeTekst(van, tot);
  return `${van}-${laatsteDag(tot).toISOString().slice(0, 10)}`;
}

/** A trend period label: "2025-03" as "mrt 2025", a year as itself. */
export function reeksLabel(periode: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(periode);
  if (!m) return periode;
  const maanden = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  return `${maanden[Number(m[2]) - 1]} ${m[1]}`;
}
