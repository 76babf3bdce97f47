import { statussenMetVerplichteToelichting, type AfspraakStatus } from './schemas';

/**
 * The rules of an agreement as pure functions. A deadline is a calendar date in Dutch local time (Europe/Amsterdam):
 * the agreement is due by the end of that day, and overdue from the next local midnight on.
 */

const ZONE = 'Europe/Amsterdam';
const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** The local calendar date of an instant, as 'YYYY-MM-DD'. */
export function amsterdamDate(at: Date): string {
  return dateFormat.format(at);
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The instant local midnight starts a date (Amsterdam changes its clocks at 02:00/03:00, never at midnight). */
export function startOfAmsterdamDay(date: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, mo - 1, d);
  // The offset at the guess is the offset at local midnight except around a change, which never falls at midnight.
  return new Date(utcMidnight - offsetMinutes(new Date(utcMidnight)) * 60_000);
}

/** The last millisecond of a local date: when an agreement due that day becomes overdue. */
export function endOfAmsterdamDay(date: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(startOfAmsterdamDay(next).getTime() - 1);
}

/** Overdue: still open and its deadline is before today's local date. */
export function isOverdue(afspraak: { status: AfspraakStatus; deadline: string }, now: Date): boolean {
  return afspraak.status === 'open' && afspraak.deadline < amsterdamDate(now);
}

/** A new agreement's deadline may be today but not earlier. */
export function isDeadlineInPast(deadline: string, now: Date): boolean {
  return deadline < amsterdamDate(now);
}

/** Closed on time: on or before the local deadline date. */
export function closedOnTime(deadline: string, afgeslotenOp: Date): boolean {
  return amsterdamDate(afgeslotenOp) <= deadline;
}

export type Overgang =
  | { toegestaan: true; sluit: boolean }
  | { toegestaan: false; fout: 'al-afgesloten' | 'toelichting-verplicht' };

/**
 * Status: open → gedaan | niet-mogelijk | niet-gedaan, with a toelichting for the last two; open → open only updates
 * the note. A closed agreement stays as it was closed.
 */
export function statusOvergang(huidig: AfspraakStatus, nieuw: AfspraakStatus, toelichting: string): Overgang {
  if (huidig !== 'open') return { toegestaan: false, fout: 'al-afgesloten' };
  if ((statussenMetVerplichteToelichting as readonly AfspraakStatus[]).includes(nieuw) && toelichting.trim() === '') {
    return { toegestaan: false, fout: 'toelichting-verplicht' };
  }
  return { toegestaan: true, sluit: nieuw !== 'open' };
}

/** Order of an owner's list: overdue first, then by deadline, then oldest first. */
export function compareAfspraken(now: Date) {
  return (a: { status: AfspraakStatus; deadline: string; aangemaaktOp: string }, b: typeof a): number =>
    Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || a.deadline.localeCompare(b.deadline) || a.aangemaaktOp.localeCompare(b.aangemaaktOp);
}
