import { amsterdamParts, amsterdamToUtc } from '../../actieoverleg/vergaderingen/occurrences';
import type { TermijnStatus } from './schemas';

/**
 * The ZSM clock (ophouden voor onderzoek, Sv art. 56a): the prosecutor's first decision falls within 9 hours of the
 * arrest where pre-trial detention is possible, otherwise 6; the hours between 00:00 and 09:00 (wall clock,
 * Europe/Amsterdam) do not count. Real elapsed time is counted outside the night pause, so the summer-time switches
 * (at 02:00/03:00, inside the pause) change nothing of the counted hours.
 *
 * An arrest in the night pause starts the count at 09:00. When the hours run out exactly at midnight the deadline is
 * that midnight (00:00), the end of the day on which they were counted.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const NACHTRUST_EINDE_UUR = 9;
export const KRAP_MINUTEN = 120;

export function termijnUren(voorlopigeHechtenisMogelijk: boolean): number {
  return voorlopigeHechtenisMogelijk ? 9 : 6;
}

export function beslissenUiterlijk(aangehoudenOp: Date, voorlopigeHechtenisMogelijk: boolean): Date {
  let budget = termijnUren(voorlopigeHechtenisMogelijk) * HOUR;
  let t = aangehoudenOp.getTime();
  for (;;) {
    const p = amsterdamParts(new Date(t));
    const negen = amsterdamToUtc(p.year, p.month, p.day, NACHTRUST_EINDE_UUR, 0).getTime();
    // The next local midnight: the calendar day after, at 00:00 (Date.UTC normalises the month and year ends).
    const morgen = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
    const middernacht = amsterdamToUtc(morgen.getUTCFullYear(), morgen.getUTCMonth() + 1, morgen.getUTCDate(), 0, 0).getTime();
    if (t < negen) t = negen;
    const venster = middernacht - t;
    if (budget <= venster) return new Date(t + budget);
    budget -= venster;
    t = middernacht;
  }
}

/** Whole minutes left until the deadline for the countdown; negative once it has passed. */
export function resterendeMinuten(deadline: Date, now: Date): number {
  return Math.floor((deadline.getTime() - now.getTime()) / MINUTE);
}

/** ruim; krap: less than 2 hours left; verstreken: the deadline has passed. */
export function termijnStatus(deadline: Date, now: Date): TermijnStatus {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return 'verstreken';
  return ms < KRAP_MINUTEN * MINUTE ? 'krap' : 'ruim';
}
