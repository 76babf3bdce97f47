import { describe, expect, it } from 'vitest';
import { controleerWeek, weekVersie, wieNuBereikbaar, type Blok } from './bereikbaarheid-rules';

const dienst = (weekdag: number, van: string, tot: string): Blok => ({ weekdag, van, tot, wijze: 'bereikbaarheidsdienst', telefoon: '0800-2000' });
/** VT Zuidoost-Brabant: at the table Wed-Fri and by phone Mon-Tue 08:00-17:00, the on-call service at all other hours. */
const zob: Blok[] = [
  ...[1, 2, 3, 4, 5].flatMap((d) => [
    dienst(d, '00:00', '08:00'),
    { weekdag: d, van: '08:00', tot: '17:00', wijze: d <= 2 ? ('telefonisch' as const) : ('aan-tafel' as const), telefoon: '040-1234567' },
    dienst(d, '17:00', '24:00'),
  ]),
  dienst(6, '00:00', '24:00'),
  dienst(7, '00:00', '24:00'),
];

const at = (iso: string) => new Date(iso);

describe('wieNuBereikbaar (Europe/Amsterdam)', () => {
  it('by phone on Monday, at the table on Wednesday, in office hours', () => {
    expect(wieNuBereikbaar(zob, at('2026-06-08T10:00:00+02:00'))).toEqual({ wijze: 'telefonisch', telefoon: '040-1234567', tot: '17:00' });
    expect(wieNuBereikbaar(zob, at('2026-06-10T08:00:00+02:00'))).toEqual({ wijze: 'aan-tafel', telefoon: '040-1234567', tot: '17:00' });
  });

  it('the on-call service from 17:00 (end exclusive), at night and all weekend', () => {
    expect(wieNuBereikbaar(zob, at('2026-06-10T17:00:00+02:00'))).toMatchObject({ wijze: 'bereikbaarheidsdienst', tot: '24:00' });
    expect(wieNuBereikbaar(zob, at('2026-06-10T16:59:00+02:00'))).toMatchObject({ wijze: 'aan-tafel' });
    expect(wieNuBereikbaar(zob, at('2026-06-11T03:00:00+02:00'))).toMatchObject({ wijze: 'bereikbaarheidsdienst', tot: '08:00' });
    expect(wieNuBereikbaar(zob, at('2026-06-13T12:00:00+02:00'))).toEqual({ wijze: 'bereikbaarheidsdienst', telefoon: '0800-2000', tot: '24:00' });
    expect(wieNuBereikbaar(zob, at('2026-06-14T23:59:00+02:00'))).toMatchObject({ wijze: 'bereikbaarheidsdienst' });
  });

  it('uses the Dutch wall clock, also in winter and across midnight UTC', () => {
    // 23:30 UTC on Friday 6 March is 00:30 Saturday in Amsterdam.
    expect(wieNuBereikbaar(zob, at('2026-03-06T23:30:00Z'))).toMatchObject({ wijze: 'bereikbaarheidsdienst', tot: '24:00' });
    // 07:30 UTC on a Tuesday in winter is 08:30 in Amsterdam: by phone.
    expect(wieNuBereikbaar(zob, at('2026-01-13T07:30:00Z'))).toMatchObject({ wijze: 'telefonisch' });
  });

  it('null when nothing covers the moment (only office hours configured)', () => {
    const kantoor: Blok[] = [{ weekdag: 1, van: '08:00', tot: '17:00', wijze: 'telefonisch', telefoon: '' }];
    expect(wieNuBereikbaar(kantoor, at('2026-06-13T12:00:00+02:00'))).toBeNull();
    expect(wieNuBereikbaar([], at('2026-06-08T10:00:00+02:00'))).toBeNull();
  });
});

describe('controleerWeek', () => {
  it('accepts the demo week (touching blocks do not overlap)', () => {
    expect(controleerWeek(zob)).toEqual([]);
  });

  it('names an overlapping block and a block that ends before it starts', () => {
    const fouten = controleerWeek([dienst(1, '08:00', '17:00'), dienst(2, '08:00', '17:00'), dienst(1, '16:30', '18:00'), dienst(3, '12:00', '12:00')]);
    expect(fouten.map((f) => f.name)).toEqual(['blokken[3].tot', 'blokken[2]']);
    expect(fouten[1]!.reason).toContain('maandag');
  });
});

describe('weekVersie', () => {
  it('depends on the content, not on the order', () => {
    const a = [dienst(1, '00:00', '08:00'), dienst(2, '00:00', '08:00')];
    expect(weekVersie(a)).toBe(weekVersie([...a].reverse()));
    expect(weekVersie(a)).not.toBe(weekVersie([dienst(1, '00:00', '09:00'), dienst(2, '00:00', '08:00')]));
    expect(String(weekVersie(a))).toMatch(/^\d{1,9}$/);
  });
});
