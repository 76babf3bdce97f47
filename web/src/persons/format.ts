import type { Lang } from '../i18n';

/** A calendar date from the API (JJJJ-MM-DD) in words, without time-zone shifts: "3 maart 1985". */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A BSN with all but the last three digits hidden. */
export function maskBsn(bsn: string): string {
  const digits = bsn.replace(/\D/g, '');
  return `••••••${digits.slice(-3)}`;
}

const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", 'op', 'la', 'le', 'du', 'da', 'el', 'al']);

/** A searched name as a first guess for the name fields of a new person ("Sanne de Vries" → Sanne / de / Vries). */
export function splitName(naam: string): { voornamen: string; tussenvoegsel: string; achternaam: string } {
  const words = naam.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { voornamen: '', tussenvoegsel: '', achternaam: words[0] ?? '' };
  const voornamen = words[0]!;
  let i = 1;
  const tussen: string[] = [];
  while (i < words.length - 1 && TUSSENVOEGSELS.has(words[i]!.toLowerCase())) tussen.push(words[i++]!);
  return { voornamen, tussenvoegsel: tussen.join(' '), achternaam: words.slice(i).join(' ') };
}
