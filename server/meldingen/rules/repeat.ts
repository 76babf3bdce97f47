import { likelySameIncident } from './double-intake';
import { DAY_MS, isPerpetratorRole, personsInRole, referenceTime, sharesVictimPerpetratorPair, type MeldingFeiten } from './melding-facts';

/**
 * Repeat ("herhaling"): a further melding for the same victim–perpetrator pair, or the same household (a shared
 * victim or child), within 12 months of an earlier one (UK MARAC practice, BRIEF §7). The repeat is linked to the
 * most recent earlier melding. An earlier melding that likely describes the same incident is double intake, not a
 * repeat, and is skipped.
 */
export const REPEAT_WINDOW_DAYS = 365;

export interface Herhaling {
  eerdereMeldingId: string;
  dagenSindsEerdere: number;
  reden: 'zelfde-paar' | 'zelfde-huishouden';
}

const householdRole = (rol: string) => rol === 'slachtoffer' || rol === 'kind';

function sharesHousehold(a: MeldingFeiten, b: MeldingFeiten): boolean {
  const inB = personsInRole(b, householdRole);
  return [...personsInRole(a, householdRole)].some((id) => inB.has(id));
}

export function findRepeat(nieuw: MeldingFeiten, eerdere: readonly MeldingFeiten[]): Herhaling | null {
  const at = referenceTime(nieuw).getTime();
  let best: { melding: MeldingFeiten; at: number; reden: Herhaling['reden'] } | null = null;
  for (const candidate of eerdere) {
    if (candidate.id === nieuw.id) continue;
    const candidateAt = referenceTime(candidate).getTime();
    // Earlier: by the moment it is about, ties broken by receipt.
    const earlier = candidateAt < at || (candidateAt === at && candidate.ontvangenOp.getTime() < nieuw.ontvangenOp.getTime());
    if (!earlier || at - candidateAt > REPEAT_WINDOW_DAYS * DAY_MS) continue;
    const reden = sharesVictimPerpetratorPair(nieuw, candidate) ? 'zelfde-paar' : sharesHousehold(nieuw, candidate) ? 'zelfde-huishouden' : null;
    if (!reden || likelySameIncident(nieuw, candidate)) continue;
    if (!best || candidateAt > best.at) best = { melding: candidate, at: candidateAt, reden };
  }
  if (!best) return null;
  return { eerdereMeldingId: best.melding.id, dagenSindsEerdere: Math.floor((at - best.at) / DAY_MS), reden: best.reden };
}

/** The persons whose earlier meldingen can make this one a repeat: victims, children and perpetrators. */
export function repeatRelevantPersons(m: Pick<MeldingFeiten, 'personen'>): string[] {
  return [...personsInRole(m, (rol) => householdRole(rol) || isPerpetratorRole(rol))];
}
