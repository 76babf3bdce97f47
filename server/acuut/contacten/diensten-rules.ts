import { amsterdamParts, isoWeekday } from '../../actieoverleg/vergaderingen/occurrences';
import type { Dienst } from '../schemas';

/**
 * Who of an organisation's roster can be reached at `now`: every shift with van <= now < tot (two on call both count),
 * the one ending last first; and when nobody is on, the next shift to start (null when none is planned).
 */
export function wieNuBereikbaar(diensten: readonly Dienst[], now: Date): { nu: Dienst[]; volgende: Dienst | null } {
  const t = now.getTime();
  const ms = (iso: string) => new Date(iso).getTime();
  const nu = diensten.filter((d) => ms(d.van) <= t && t < ms(d.tot)).sort((a, b) => ms(b.tot) - ms(a.tot) || a.id.localeCompare(b.id));
  if (nu.length > 0) return { nu, volgende: null };
  const later = diensten.filter((d) => ms(d.van) > t).sort((a, b) => ms(a.van) - ms(b.van) || a.id.localeCompare(b.id));
  return { nu, volgende: later[0] ?? null };
}

/** Whether a moment falls outside Veilig Thuis's office hours: Monday to Friday 08:00-17:00, Dutch local time. */
export function buitenKantoortijd(at: Date): boolean {
  const p = amsterdamParts(at);
  const minuten = p.hour * 60 + p.minute;
  return isoWeekday(p.year, p.month, p.day) > 5 || minuten < 8 * 60 || minuten >= 17 * 60;
}
