import type { Eenheid } from '@schemas/indicatoren';
import type { Lang } from '../i18n';
import type { nl } from './messages';

type M = typeof nl;

/** A figure with its unit ("12 minuten", "45 %", "7,4 (rapportcijfer)"). */
export function formatGetal(waarde: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(waarde);
}

export function formatWaarde(waarde: number, eenheid: Eenheid, m: M, lang: Lang): string {
  const eenheidTekst = m.eenheden[eenheid];
  const getal = formatGetal(waarde, lang);
  if (!eenheidTekst) return getal;
  return `${getal} ${eenheidTekst}`;
}

/** A trend period label: "mrt 2025" for a month, the year itself otherwise. */
export function periodeLabel(periode: string, m: M): string {
  if (periode.length === 7) return `${m.trend.maanden[Number(periode.slice(5, 7)) - 1]} ${periode.slice(0, 4)}`;
  return periode;
}

/** A breakdown id ('buiten-kantoortijd') as words ('Buiten kantoortijd'). */
export function kenmerkLabel(kenmerk: string): string {
  const woorden = kenmerk.replace(/[-_]+/g, ' ').trim();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}
