/**
 * The calendar of a series, as pure functions: a weekly meeting on an ISO weekday at a local time in
 * Europe/Amsterdam, correct across the switches to and from summer time (13:30 stays 13:30 on the wall clock).
 */
export const TIJDZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;
const DAY = 86_400_000;

export interface ReeksPatroon {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekdag: number;
  /** Local time 'HH:MM'. */
  begintijd: string;
  duurMinuten: number;
}

export interface Moment {
  begintOp: Date;
  eindigtOp: Date;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIJDZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock time in Amsterdam of an instant. */
export function amsterdamParts(at: Date): LocalParts {
  const parts = formatter.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const p = amsterdamParts(at);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / MINUTE);
}

/**
 * The instant of a wall-clock time in Amsterdam. A time that does not exist (the hour skipped in March) moves
 * forward by the hour; a time that exists twice (the hour repeated in October) is the later one, in winter time.
 */
export function amsterdamToUtc(year: number, month: number, day: number, hour: number, minute: number): Date {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetMinutes(new Date(naive));
  const guess = naive - first * MINUTE;
  const second = offsetMinutes(new Date(guess));
  return new Date(second === first ? guess : naive - second * MINUTE);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
export function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * The next `count` meetings of a series starting at or after `from`, in order. Each starts at the series' local
 * time on its weekday in Amsterdam and lasts its duration in real time.
 */
export function nextOccurrences(reeks: ReeksPatroon, from: Date, count: number): Moment[] {
  const [hour, minute] = reeks.begintijd.split(':').map(Number) as [number, number];
  const today = amsterdamParts(from);
  const start = Date.UTC(today.year, today.month - 1, today.day);
  const result: Moment[] = [];
  // One day a step from the local date of `from`; a week more than needed covers the first partial week.
  for (let i = 0; result.length < count && i <= count * 7 + 7; i++) {
    const date = new Date(start + i * DAY);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    if (isoWeekday(y, m, d) !== reeks.weekdag) continue;
    const begintOp = amsterdamToUtc(y, m, d, hour, minute);
    if (begintOp.getTime() < from.getTime()) continue;
    result.push({ begintOp, eindigtOp: new Date(begintOp.getTime() + reeks.duurMinuten * MINUTE) });
  }
  return result;
}

/** The first occurrence at or after `from` that is not taken (instants in ms); null when a year holds none. */
export function firstFreeOccurrence(reeks: ReeksPatroon, from: Date, taken: ReadonlySet<number>): Moment | null {
  return nextOccurrences(reeks, from, 53).find((m) => !taken.has(m.begintOp.getTime())) ?? null;
}
