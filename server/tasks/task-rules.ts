/** The inbox rules as pure functions: what is overdue, and in which order work is shown. */
export interface TaakTiming {
  status: 'open' | 'afgerond' | 'vervallen';
  deadline: Date;
  afgerondOp: Date | null;
  aangemaaktOp: Date;
}

/**
 * Late: open past its deadline, or completed after it (so a late report stays visible as late to police and
 * Veilig Thuis alike). A lapsed task (vervallen) is not late: the work it asked for is no longer needed.
 */
export function isTeLaat(taak: Pick<TaakTiming, 'status' | 'deadline' | 'afgerondOp'>, now: Date): boolean {
  if (taak.status === 'open') return taak.deadline.getTime() < now.getTime();
  if (taak.status === 'afgerond') return taak.afgerondOp !== null && taak.afgerondOp.getTime() > taak.deadline.getTime();
  return false;
}

/** Inbox order: overdue open work first, then by deadline (soonest first), then oldest created first. */
export function compareInbox(now: Date): (a: TaakTiming, b: TaakTiming) => number {
  return (a, b) => {
    const overdue = (t: TaakTiming) => (t.status === 'open' && t.deadline.getTime() < now.getTime() ? 0 : 1);
    return (
      overdue(a) - overdue(b) ||
      a.deadline.getTime() - b.deadline.getTime() ||
      a.aangemaaktOp.getTime() - b.aangemaaktOp.getTime()
    );
  };
}

export function sortInbox<T extends TaakTiming>(taken: readonly T[], now: Date): T[] {
  return [...taken].sort(compareInbox(now));
}
