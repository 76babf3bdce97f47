/**
 * `<input type="datetime-local">` speaks local wall-clock time without a zone; the API speaks ISO instants.
 * These convert between the two in the browser's time zone.
 */

/** The input value (minutes) for an ISO instant, or for now. */
export function toLocalInput(iso?: string): string {
  const d = iso ? new Date(iso) : new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The ISO instant of an input value; null for an empty or unreadable one (the server then names the field). */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
