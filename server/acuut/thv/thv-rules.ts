import type { ThvTermijnSoort } from '../schemas';

/**
 * The date rules of the tijdelijk huisverbod (Wet tijdelijk huisverbod), as pure functions on instants.
 *
 * Duration. The law imposes the ban "voor de duur van tien dagen" from its imposition. We take the end as exactly
 * T + 10 × 24 hours of real time: the banned person is kept away for ten full days, never an hour less, and the
 * end is one unambiguous instant whatever the clocks do. Across a switch of Dutch summer time the wall-clock time
 * of the end therefore differs by an hour from that of the imposition (imposed 14:00 in winter time → ends 15:00
 * summer time; imposed 14:00 summer time → ends 13:00 winter time). The beschikking shows that instant in Dutch
 * time, so nobody has to reckon.
 *
 * Extension. The mayor may extend the ban "tot ten hoogste vier weken na dagtekening van de beschikking": the new
 * end may be at most T + 28 × 24 hours (inclusive) and must lie after the current end; the decision must be taken
 * before the current end (after it there is no ban left to extend).
 *
 * Address. The banned person's address where they stay during the ban is registered within 24 hours: T + 24 h.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const THV_DUUR_DAGEN = 10;
export const THV_MAX_DAGEN = 28;

/** The end of a tijdelijk huisverbod imposed at `opgelegdOp`: exactly ten days (240 hours) later. */
export function thvEinde(opgelegdOp: Date): Date {
  return new Date(opgelegdOp.getTime() + THV_DUUR_DAGEN * DAY);
}

/** The latest end an extension may give: four weeks (28 × 24 hours) after the imposition. */
export function thvUitersteEinde(opgelegdOp: Date): Date {
  return new Date(opgelegdOp.getTime() + THV_MAX_DAGEN * DAY);
}

/** The banned person's address must be registered within 24 hours of the imposition. */
export function adresDeadline(opgelegdOp: Date): Date {
  return new Date(opgelegdOp.getTime() + DAY);
}

/**
 * The task deadline for the extension decision: one day before the current end. The law only says "before the
 * end", but a decision taken in the last hour cannot be served on the banned person, heard by Veilig Thuis and
 * passed to the police in time; a task that falls due at the end itself would only turn red once it is too late.
 */
export function verlengingsbesluitDeadline(huidigeEinde: Date): Date {
  return new Date(huidigeEinde.getTime() - DAY);
}

/**
 * Null when the ban imposed at `opgelegdOp` may be extended to `nieuweEinde`; otherwise the reason in Dutch, for a
 * 400 naming the field of the new end. `huidigeEinde` defaults to the first end (ten days), for a first extension.
 */
export function verlengingToegestaan(opgelegdOp: Date, nieuweEinde: Date, huidigeEinde: Date = thvEinde(opgelegdOp)): string | null {
  if (nieuweEinde.getTime() > thvUitersteEinde(opgelegdOp).getTime()) {
    return `een huisverbod kan worden verlengd tot ten hoogste 4 weken na oplegging (uiterlijk ${amsterdamTijd(thvUitersteEinde(opgelegdOp))})`;
  }
  if (nieuweEinde.getTime() <= huidigeEinde.getTime()) {
    return `het nieuwe einde moet na het huidige einde liggen (${amsterdamTijd(huidigeEinde)})`;
  }
  return null;
}

/** Null when an extension decided at `besluitOp` is in time (before the current end); otherwise the reason in Dutch. */
export function verlengingsbesluitTijdig(huidigeEinde: Date, besluitOp: Date): string | null {
  if (besluitOp.getTime() >= huidigeEinde.getTime()) {
    return `het besluit tot verlenging moet vóór het einde van het huisverbod vallen (${amsterdamTijd(huidigeEinde)})`;
  }
  return null;
}

export interface ThvTermijnDeadline {
  soort: ThvTermijnSoort;
  deadline: Date;
}

/**
 * The deadlines a THV puts in the inboxes, in time order: the address within 24 hours, the extension decision a day
 * before the current end (left out once the end is already the latest possible, four weeks after imposition: there is
 * nothing left to decide) and the end itself.
 */
export function thvTermijnen(opgelegdOp: Date, huidigeEinde: Date = thvEinde(opgelegdOp)): ThvTermijnDeadline[] {
  const termijnen: ThvTermijnDeadline[] = [{ soort: 'adres-binnen-24-uur', deadline: adresDeadline(opgelegdOp) }];
  if (huidigeEinde.getTime() < thvUitersteEinde(opgelegdOp).getTime()) {
    termijnen.push({ soort: 'verlengingsbesluit', deadline: verlengingsbesluitDeadline(huidigeEinde) });
  }
  termijnen.push({ soort: 'einde', deadline: huidigeEinde });
  return termijnen.sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
}

const amsterdamFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** An instant as Dutch wall-clock time, for the reasons above ("4 april 2026 om 15:00"). */
function amsterdamTijd(at: Date): string {
  return amsterdamFormat.format(at);
}
