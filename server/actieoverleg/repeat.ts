import type { AanmeldingStatus } from './schemas';

/**
 * Repeat (herhaling): a referral of the same casus, or of a casus sharing a person, within 12 months of an earlier
 * referral that was tabled (geagendeerd, later besproken), is a repeat. A repeat is tabled again whatever the
 * criteria and is flagged for the chair (the MARAC practice of the brief §7: re-referred whatever the threshold).
 */
export const HERHALING_TERMIJN_DAGEN = 365;
const DAY = 86_400_000;

/** The statuses of a referral that reached the Actieoverleg's table. */
export const GEAGENDEERDE_STATUSSEN: readonly AanmeldingStatus[] = ['geagendeerd', 'besproken'];

export interface EerdereAanmelding {
  id: string;
  casusId: string;
  persoonIds: readonly string[];
  status: AanmeldingStatus;
  /** When it was tabled (the chair's decision); null when it never was. */
  geagendeerdOp: Date | null;
}

export interface Herhaling {
  vanAanmeldingId: string;
  dagenSinds: number;
}

/** The most recent earlier tabled referral this one repeats, or null. */
export function findRepeat(
  aanmelding: { id?: string; casusId: string; persoonIds: readonly string[] },
  eerdere: readonly EerdereAanmelding[],
  at: Date = new Date(),
): Herhaling | null {
  const personen = new Set(aanmelding.persoonIds);
  let best: { id: string; op: Date } | null = null;
  for (const e of eerdere) {
    if (e.id === aanmelding.id || !GEAGENDEERDE_STATUSSEN.includes(e.status) || !e.geagendeerdOp) continue;
    const dagen = (at.getTime() - e.geagendeerdOp.getTime()) / DAY;
    if (dagen < 0 || dagen > HERHALING_TERMIJN_DAGEN) continue;
    const zelfde = e.casusId === aanmelding.casusId || e.persoonIds.some((p) => personen.has(p));
    if (!zelfde) continue;
    if (!best || e.geagendeerdOp > best.op) best = { id: e.id, op: e.geagendeerdOp };
  }
  return best ? { vanAanmeldingId: best.id, dagenSinds: Math.floor((at.getTime() - best.op.getTime()) / DAY) } : null;
}

/** A referral that may not be submitted on the criteria can still go on: a repeat is tabled whatever the criteria. */
export function maySubmit(criteriaVoldaan: boolean, herhaling: Herhaling | null): boolean {
  return criteriaVoldaan || herhaling !== null;
}
