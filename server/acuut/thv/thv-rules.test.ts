import { describe, expect, it } from 'vitest';
import { amsterdamParts } from '../../actieoverleg/vergaderingen/occurrences';
import { adresDeadline, thvEinde, thvTermijnen, thvUitersteEinde, verlengingsbesluitTijdig, verlengingToegestaan } from './thv-rules';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);
/** Dutch wall-clock time of an instant, 'YYYY-MM-DD HH:MM'. */
function nl(d: Date): string {
  const p = amsterdamParts(d);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
}

describe('tijdelijk huisverbod: duration', () => {
  it('ends exactly ten days (240 hours) after the imposition', () => {
    const opgelegdOp = at('2026-02-10T13:00:00Z'); // 14:00 winter time
    expect(thvEinde(opgelegdOp).toISOString()).toBe('2026-02-20T13:00:00.000Z');
    expect(nl(thvEinde(opgelegdOp))).toBe('2026-02-20 14:00');
  });

  it('keeps 240 real hours across the switch to summer time (29 March 2026): 14:00 winter time ends 15:00 summer time', () => {
    const opgelegdOp = at('2026-03-22T13:00:00Z');
    expect(nl(opgelegdOp)).toBe('2026-03-22 14:00');
    const einde = thvEinde(opgelegdOp);
    expect(einde.getTime() - opgelegdOp.getTime()).toBe(240 * HOUR);
    expect(nl(einde)).toBe('2026-04-01 15:00');
  });

  it('keeps 240 real hours across the switch to winter time (25 October 2026): 14:00 summer time ends 13:00 winter time', () => {
    const opgelegdOp = at('2026-10-20T12:00:00Z');
    expect(nl(opgelegdOp)).toBe('2026-10-20 14:00');
    expect(nl(thvEinde(opgelegdOp))).toBe('2026-10-30 13:00');
  });

  it('the latest end is 28 × 24 hours after the imposition, also across a switch', () => {
    const opgelegdOp = at('2026-03-22T13:00:00Z');
    expect(thvUitersteEinde(opgelegdOp).getTime() - opgelegdOp.getTime()).toBe(28 * DAY);
    expect(nl(thvUitersteEinde(opgelegdOp))).toBe('2026-04-19 15:00');
  });
});

describe('tijdelijk huisverbod: address within 24 hours', () => {
  it('is due 24 hours after the imposition', () => {
    expect(adresDeadline(at('2026-06-01T20:30:00Z')).toISOString()).toBe('2026-06-02T20:30:00.000Z');
  });

  it('counts real hours through the night the clocks go forward: 22:00 → 23:00 the next evening', () => {
    const opgelegdOp = at('2026-03-28T21:00:00Z');
    expect(nl(opgelegdOp)).toBe('2026-03-28 22:00');
    expect(nl(adresDeadline(opgelegdOp))).toBe('2026-03-29 23:00');
  });
});

describe('tijdelijk huisverbod: extension', () => {
  const opgelegdOp = at('2026-03-22T13:00:00Z');

  it('allows an extension after the current end up to exactly four weeks after imposition', () => {
    expect(verlengingToegestaan(opgelegdOp, new Date(opgelegdOp.getTime() + 20 * DAY))).toBeNull();
    expect(verlengingToegestaan(opgelegdOp, thvUitersteEinde(opgelegdOp))).toBeNull();
  });

  it('refuses an end beyond four weeks after imposition, naming the latest end in Dutch time', () => {
    const reden = verlengingToegestaan(opgelegdOp, new Date(thvUitersteEinde(opgelegdOp).getTime() + 60_000));
    expect(reden).toContain('ten hoogste 4 weken na oplegging');
    expect(reden).toContain('19 april 2026 om 15:00');
  });

  it('refuses a new end on or before the current end', () => {
    expect(verlengingToegestaan(opgelegdOp, thvEinde(opgelegdOp))).toContain('na het huidige einde');
    expect(verlengingToegestaan(opgelegdOp, new Date(opgelegdOp.getTime() + 5 * DAY))).toContain('na het huidige einde');
    // A second extension: the current end is the first extension's end.
    const eersteVerlenging = new Date(opgelegdOp.getTime() + 20 * DAY);
    expect(verlengingToegestaan(opgelegdOp, new Date(opgelegdOp.getTime() + 15 * DAY), eersteVerlenging)).toContain('na het huidige einde');
    expect(verlengingToegestaan(opgelegdOp, new Date(opgelegdOp.getTime() + 25 * DAY), eersteVerlenging)).toBeNull();
  });

  it('needs the decision before the current end', () => {
    const einde = thvEinde(opgelegdOp);
    expect(verlengingsbesluitTijdig(einde, new Date(einde.getTime() - 60_000))).toBeNull();
    expect(verlengingsbesluitTijdig(einde, einde)).toContain('vóór het einde');
    expect(verlengingsbesluitTijdig(einde, new Date(einde.getTime() + HOUR))).toContain('1 april 2026 om 15:00');
  });
});

describe('tijdelijk huisverbod: deadlines for the inboxes', () => {
  it('gives the address, the extension decision a day before the end, and the end, in time order', () => {
    const opgelegdOp = at('2026-03-22T13:00:00Z');
    const termijnen = thvTermijnen(opgelegdOp);
    expect(termijnen.map((t) => t.soort)).toEqual(['adres-binnen-24-uur', 'verlengingsbesluit', 'einde']);
    expect(termijnen.map((t) => nl(t.deadline))).toEqual(['2026-03-23 14:00', '2026-03-31 15:00', '2026-04-01 15:00']);
  });

  it('follows an extended end', () => {
    const opgelegdOp = at('2026-10-20T12:00:00Z');
    const verlengd = new Date(opgelegdOp.getTime() + 20 * DAY);
    const termijnen = thvTermijnen(opgelegdOp, verlengd);
    expect(termijnen.find((t) => t.soort === 'einde')?.deadline).toEqual(verlengd);
    expect(termijnen.find((t) => t.soort === 'verlengingsbesluit')?.deadline).toEqual(new Date(verlengd.getTime() - DAY));
  });

  it('has no extension decision once the end is four weeks after imposition', () => {
    const opgelegdOp = at('2026-10-20T12:00:00Z');
    const termijnen = thvTermijnen(opgelegdOp, thvUitersteEinde(opgelegdOp));
    expect(termijnen.map((t) => t.soort)).toEqual(['adres-binnen-24-uur', 'einde']);
  });
});
