import { amsterdamIso, amsterdamParts } from '../actieoverleg/vergaderingen/format';

/** Now in Dutch time, as a datetime-local value (JJJJ-MM-DDTHH:MM). */
export function nuLokaal(): string {
  return isoNaarLokaal(new Date().toISOString());
}

/** A datetime-local value read as Dutch time, as an ISO time with its offset; null when it is not a valid value. */
export function lokaalNaarIso(waarde: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(waarde.trim());
  if (!match) return null;
  const iso = amsterdamIso(match[1]!, match[2]!);
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}

/** An ISO time as a datetime-local value in Dutch time; empty for none. */
export function isoNaarLokaal(iso: string | null): string {
  if (!iso) return '';
  const { datum, tijd } = amsterdamParts(iso);
  return `${datum}T${tijd}`;
}
