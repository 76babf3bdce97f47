import { createHash } from 'node:crypto';
import { amsterdamParts, isoWeekday } from '../../actieoverleg/vergaderingen/occurrences';
import type { InvalidParam } from '../../platform/http/problem';
import { weekdagLabels, type BereikbaarheidBlok, type NuBereikbaar } from './schemas';

/**
 * Veilig Thuis's availability at ZSM as plain rules: a week of blocks per VT organisation (wall-clock times in
 * Europe/Amsterdam, 'tot' exclusive, 24:00 = end of the day), whom to reach now, and the checks on a new week.
 */
export type Blok = Pick<BereikbaarheidBlok, 'weekdag' | 'van' | 'tot' | 'wijze' | 'telefoon'> & { toelichting?: string };

const minuten = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The block that covers this moment on the Amsterdam wall clock, or null when nobody of this VT is reachable. */
export function wieNuBereikbaar(schema: readonly Blok[], now: Date): NuBereikbaar | null {
  const p = amsterdamParts(now);
  const weekdag = isoWeekday(p.year, p.month, p.day);
  const nu = p.hour * 60 + p.minute;
  const blok = schema.find((b) => b.weekdag === weekdag && minuten(b.van) <= nu && nu < minuten(b.tot));
  return blok ? { wijze: blok.wijze, telefoon: blok.telefoon, tot: blok.tot } : null;
}

/** Blocks in week order (weekday, then start). */
export function sorteerWeek<T extends Blok>(blokken: readonly T[]): T[] {
  return [...blokken].sort((a, b) => a.weekdag - b.weekdag || minuten(a.van) - minuten(b.van) || minuten(a.tot) - minuten(b.tot));
}

/** The problems of a new week, each naming its item: 'tot' not after 'van', or a block overlapping an earlier one on its weekday. */
export function controleerWeek(blokken: readonly Blok[]): InvalidParam[] {
  const fouten: InvalidParam[] = [];
  blokken.forEach((b, i) => {
    if (minuten(b.tot) <= minuten(b.van)) fouten.push({ name: `blokken[${i}].tot`, code: 'tot-voor-van', reason: 'de eindtijd moet later zijn dan de begintijd' });
  });
  blokken.forEach((b, i) => {
    if (minuten(b.tot) <= minuten(b.van)) return;
    const j = blokken.findIndex(
      (a, k) => k < i && a.weekdag === b.weekdag && minuten(a.tot) > minuten(a.van) && minuten(a.van) < minuten(b.tot) && minuten(b.van) < minuten(a.tot),
    );
    if (j >= 0) {
      const a = blokken[j]!;
      fouten.push({
        name: `blokken[${i}]`,
        code: 'overlap',
        reason: `overlapt op ${weekdagLabels[b.weekdag - 1]} met blokken[${j}] (${a.van}-${a.tot})`,
      });
    }
  });
  return fouten;
}

/** The week's version for If-Match: a number derived from its content, so any change gives another ETag. */
export function weekVersie(blokken: readonly Blok[]): number {
  const canon = JSON.stringify(sorteerWeek(blokken).map((b) => [b.weekdag, b.van, b.tot, b.wijze, b.telefoon, b.toelichting ?? '']));
  return parseInt(createHash('sha256').update(canon).digest('hex').slice(0, 7), 16) + 1;
}
