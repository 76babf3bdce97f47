import { zorgmeldingDeadline } from '../tasks/deadlines';
import type { OpvolgingStatus } from './schemas';

/**
 * The follow-up of an acute contact (seed 003 §2, poster "Samen op in Acuut"): after police and Veilig Thuis aligned
 * at the door, the police always make a VT-melding afterwards that refers to the contact. It is the police report to
 * Veilig Thuis of seed 002 ("Politie meldt bij VT binnen 24u"), so it has the same clock: 24 hours of real time after
 * the contact, inclusive (a melding at exactly 24 hours is on time).
 */
export function opvolgingDeadline(contactOp: Date): Date {
  return zorgmeldingDeadline(contactOp);
}

/**
 * Where the follow-up melding of a contact stands at `now`: received on time or late, or none yet — 'wacht' while the
 * 24 hours run (up to and including the deadline), 'verlopen' after. On 'verlopen' both the police and Veilig Thuis
 * get a task (the police to make the melding, VT to chase it: VT knows of the contact and must not wait days).
 * A melding stamped before the contact (clock skew between systems) counts as on time.
 */
export function opvolgingStatus(contactOp: Date, meldingOntvangenOp: Date | null, now: Date): OpvolgingStatus {
  const deadline = opvolgingDeadline(contactOp).getTime();
  if (meldingOntvangenOp) return meldingOntvangenOp.getTime() <= deadline ? 'op-tijd' : 'te-laat-ontvangen';
  return now.getTime() <= deadline ? 'wacht' : 'verlopen';
}

/** A response time, or the reason (Dutch) the later moment cannot be right, with the field it belongs to (400). */
export type Reactietijd = { minuten: number } | { veld: string; reden: string };

/**
 * Whole minutes from the call to Veilig Thuis until it was answered or called back (rounded down: 59 seconds is
 * 0 minutes), for the indicator "time to answer". An answered time before the call is refused for 'opgenomenOp'.
 */
export function minutenTotOpgenomen(gebeldOp: Date, opgenomenOp: Date): Reactietijd {
  return minutenTussen(gebeldOp, opgenomenOp, 'opgenomenOp', 'het tijdstip van opnemen of terugbellen ligt vóór het tijdstip van bellen');
}

/**
 * Whole minutes from the call until the joint safety assessment was made, for the indicator "time to joint
 * assessment". An assessment before the call is refused for 'beoordeeldOp'.
 */
export function minutenTotBeoordeling(gebeldOp: Date, beoordeeldOp: Date): Reactietijd {
  return minutenTussen(gebeldOp, beoordeeldOp, 'beoordeeldOp', 'de gezamenlijke veiligheidsbeoordeling ligt vóór het tijdstip van bellen');
}

function minutenTussen(van: Date, tot: Date, veld: string, reden: string): Reactietijd {
  const ms = tot.getTime() - van.getTime();
  if (Number.isNaN(ms)) return { veld, reden: 'geen geldig tijdstip' };
  if (ms < 0) return { veld, reden };
  return { minuten: Math.floor(ms / 60_000) };
}
