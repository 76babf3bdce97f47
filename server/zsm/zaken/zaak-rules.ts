import { amsterdamParts } from '../../actieoverleg/vergaderingen/occurrences';
import type { VtStatus } from './schemas';

/** The plain rules of a ZSM case besides the clock and the visibility rule. */

/** Age in whole years on the (Amsterdam) calendar day of `op`. */
export function leeftijdOp(geboortedatum: string, op: Date): number {
  const [jaar, maand, dag] = geboortedatum.split('-').map(Number) as [number, number, number];
  const p = amsterdamParts(op);
  const verjaardagGehad = p.month > maand || (p.month === maand && p.day >= dag);
  return p.year - jaar - (verjaardagGehad ? 0 : 1);
}

/** A suspect under 18 at the arrest; unknown date of birth counts as not known to be a minor. */
export function minderjarigBijAanhouding(geboortedatum: string | null, aangehoudenOp: Date): boolean {
  return geboortedatum !== null && leeftijdOp(geboortedatum, aangehoudenOp) < 18;
}

/** Where Veilig Thuis stands on a case: its assessment first, then whether it was reached, then whether it was tried. */
export function vtStatusVan(f: { beoordelingBinnen: boolean; bereikt: boolean; pogingen: number }): VtStatus {
  if (f.beoordelingBinnen) return 'beoordeling-binnen';
  if (f.bereikt) return 'contact-gehad';
  if (f.pogingen > 0) return 'niet-bereikt';
  return 'nog-geen-contact';
}

const HOUR = 3_600_000;

/** The VT safety assessment is due an hour before the clock runs out, so the prosecutor has it in time; never before now. */
export function beoordelingDeadline(beslissenUiterlijk: Date, now: Date): Date {
  return new Date(Math.max(beslissenUiterlijk.getTime() - HOUR, now.getTime()));
}

export function minutenNaAanhouding(aangehoudenOp: Date, op: Date): number {
  return Math.floor((op.getTime() - aangehoudenOp.getTime()) / 60_000);
}
