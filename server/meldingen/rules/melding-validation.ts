import type { InvalidParam } from '../../platform/http/problem';

/** Clocks of partner systems differ a little; a time up to five minutes ahead is not "in the future". */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The semantic checks on a melding's times that a schema cannot make: nothing in the future, and the incident
 * not after the melding was received. Returns each bad field, named as in the request.
 */
export function checkMeldingTimes(input: { ontvangenOp: Date; incidentOp: Date | null }, now: Date): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const limit = now.getTime() + CLOCK_SKEW_MS;
  if (input.ontvangenOp.getTime() > limit) {
    problems.push({ name: 'ontvangenOp', code: 'in-de-toekomst', reason: 'het tijdstip van ontvangst ligt in de toekomst' });
  }
  if (input.incidentOp) {
    if (input.incidentOp.getTime() > limit) {
      problems.push({ name: 'incidentOp', code: 'in-de-toekomst', reason: 'het incident ligt in de toekomst' });
    } else if (input.incidentOp.getTime() > input.ontvangenOp.getTime() + CLOCK_SKEW_MS) {
      problems.push({ name: 'incidentOp', code: 'na-ontvangst', reason: 'het incident ligt na het tijdstip waarop de melding binnenkwam' });
    }
  }
  return problems;
}
