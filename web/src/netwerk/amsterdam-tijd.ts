/**
 * A meeting's time is Dutch time wherever the member's browser is: the datetime-local value is read and shown in
 * Europe/Amsterdam (not the browser's zone), and travels as an ISO instant.
 */
const ZONE = 'Europe/Amsterdam';
const formatter = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The datetime-local value (YYYY-MM-DDTHH:mm, Dutch time) of an ISO instant. */
export function naarAmsterdamInput(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : formatter.format(d).replace(' ', 'T');
}

/** Minutes Amsterdam is ahead of UTC at this instant. */
function verschilMinuten(at: number): number {
  const [datum, tijd] = formatter.format(new Date(at)).split(' ');
  const [j, mnd, d] = datum!.split('-').map(Number);
  const [u, min] = tijd!.split(':').map(Number);
  return (Date.UTC(j!, mnd! - 1, d!, u!, min!) - Math.floor(at / 60_000) * 60_000) / 60_000;
}

/** The ISO instant of a datetime-local value read as Dutch time; null for an empty or unreadable one. */
export function vanAmsterdamInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const naief = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let at = naief - verschilMinuten(naief) * 60_000;
  at = naief - verschilMinuten(at) * 60_000;
  return new Date(at).toISOString();
}
