import { amsterdamDate } from '../../actieoverleg/afspraken/afspraak-rules';
import { problems } from '../../platform/http/problem';
import { controleerJaar } from './evaluatie-rules';

/** The current year in Dutch local time. */
export function huidigJaar(nu: Date = new Date()): number {
  return Number(amsterdamDate(nu).slice(0, 4));
}

/** Refuses a year in the future or before the first year (400 naming `jaar`). */
export function vereisGeldigJaar(jaar: number, eerste?: number): void {
  const fouten = controleerJaar(jaar, huidigJaar(), eerste);
  if (fouten.length > 0) throw problems.badRequest(`jaar: ${fouten[0]!.reason}`, fouten);
}
