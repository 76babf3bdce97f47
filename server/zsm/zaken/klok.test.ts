import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamParts } from '../../actieoverleg/vergaderingen/occurrences';
import { beslissenUiterlijk, resterendeMinuten, termijnStatus } from './klok';

const MIN = 60_000;
const STAP = 5 * MIN;
const at = (iso: string) => new Date(iso);

/** Independent of the implementation: counts the 5-minute slots between a and b that start outside 00:00-09:00 local. */
function geteldeMinuten(van: Date, tot: Date): number {
  let n = 0;
  for (let t = van.getTime(); t < tot.getTime(); t += STAP) if (amsterdamParts(new Date(t)).hour >= 9) n += 5;
  return n;
}

const start2026 = Date.UTC(2025, 11, 31, 0, 0);
const eind2026 = Date.UTC(2027, 0, 1, 0, 0);
/** Any 5-minute instant in 2026, plus a bias towards the DST days and the pause boundaries. */
const rond = (iso: string) => fc.integer({ min: -36 * 12, max: 36 * 12 }).map((k) => new Date(Date.parse(iso) + k * STAP));
const aanhouding = fc.oneof(
  fc.integer({ min: 0, max: Math.floor((eind2026 - start2026) / STAP) }).map((k) => new Date(start2026 + k * STAP)),
  rond('2026-03-29T00:00:00+01:00'),
  rond('2026-10-25T00:00:00+02:00'),
  rond('2026-06-10T09:00:00+02:00'),
  rond('2026-12-31T23:00:00+01:00'),
);

describe('beslissenUiterlijk (property-based)', () => {
  it('the deadline is never inside the night pause: local time from 09:00, or exactly the midnight at which the hours ran out', () => {
    fc.assert(
      fc.property(aanhouding, fc.boolean(), (a, vh) => {
        const p = amsterdamParts(beslissenUiterlijk(a, vh));
        expect(p.hour >= 9 || (p.hour === 0 && p.minute === 0 && p.second === 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('counts exactly 9 (vh possible) or 6 hours of real time outside 00:00-09:00 between arrest and deadline', () => {
    fc.assert(
      fc.property(aanhouding, fc.boolean(), (a, vh) => {
        const d = beslissenUiterlijk(a, vh);
        expect(d.getTime()).toBeGreaterThan(a.getTime());
        expect(geteldeMinuten(a, d)).toBe((vh ? 9 : 6) * 60);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotonic in the arrest time, and the 9-hour deadline never falls before the 6-hour one', () => {
    fc.assert(
      fc.property(aanhouding, fc.integer({ min: 0, max: 48 * 60 }), fc.boolean(), (a, extraMin, vh) => {
        const later = new Date(a.getTime() + extraMin * MIN);
        expect(beslissenUiterlijk(later, vh).getTime()).toBeGreaterThanOrEqual(beslissenUiterlijk(a, vh).getTime());
        expect(beslissenUiterlijk(a, true).getTime()).toBeGreaterThan(beslissenUiterlijk(a, false).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('an arrest anywhere in the night pause has the same deadline as one at 09:00 that morning', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 9 * 12 - 1 }), fc.boolean(), (dag, slot, vh) => {
        const d = new Date(Date.UTC(2026, 0, 1 + dag));
        const ymd = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
        const middernachtLokaal = amsterdamMiddernacht(ymd);
        const inPauze = new Date(middernachtLokaal.getTime() + slot * STAP);
        if (amsterdamParts(inPauze).hour >= 9) return; // a short (spring) night: the slot is already past 09:00
        const p = amsterdamParts(inPauze);
        const vanaf9 = beslissenUiterlijk(inPauze, vh);
        const q = amsterdamParts(vanaf9);
        expect(q.hour * 60 + q.minute).toBe((9 + (vh ? 9 : 6)) * 60);
        expect(q.day).toBe(p.day);
      }),
      { numRuns: 200 },
    );
  });
});

function amsterdamMiddernacht(ymd: string): Date {
  // Midnight is always +01:00 or +02:00; try both and keep the one that is 00:00 local.
  for (const off of ['+01:00', '+02:00']) {
    const d = new Date(`${ymd}T00:00:00${off}`);
    const p = amsterdamParts(d);
    if (p.hour === 0 && p.minute === 0) return d;
  }
  throw new Error('no midnight');
}

describe('beslissenUiterlijk (worked examples)', () => {
  const cases: [string, string, boolean, string][] = [
    ['arrest 22:00 with vh: 2 hours to midnight, resumes 09:00', '2026-03-10T22:00:00+01:00', true, '2026-03-11T16:00:00+01:00'],
    ['arrest 03:00 with vh: counting starts at 09:00', '2026-03-10T03:00:00+01:00', true, '2026-03-10T18:00:00+01:00'],
    ['arrest 03:00 without vh: 6 hours from 09:00', '2026-03-10T03:00:00+01:00', false, '2026-03-10T15:00:00+01:00'],
    ['arrest 10:00 with vh: same day', '2026-05-12T10:00:00+02:00', true, '2026-05-12T19:00:00+02:00'],
    ['arrest 15:00 without vh: same evening', '2026-05-12T15:00:00+02:00', false, '2026-05-12T21:00:00+02:00'],
    ['arrest 15:00 with vh: the hours run out exactly at midnight', '2026-05-12T15:00:00+02:00', true, '2026-05-13T00:00:00+02:00'],
    ['arrest 16:00 with vh: 8 hours to midnight, 1 the next morning', '2026-05-12T16:00:00+02:00', true, '2026-05-13T10:00:00+02:00'],
    ['arrest exactly 00:00: counting starts at 09:00', '2026-05-12T00:00:00+02:00', true, '2026-05-12T18:00:00+02:00'],
    ['arrest 08:59 counts from 09:00', '2026-05-12T08:59:00+02:00', false, '2026-05-12T15:00:00+02:00'],
    ['arrest 09:00 counts at once', '2026-05-12T09:00:00+02:00', false, '2026-05-12T15:00:00+02:00'],
    ['arrest 23:59 with vh: 1 minute counted before the pause', '2026-05-12T23:59:00+02:00', true, '2026-05-13T17:59:00+02:00'],
    ['spring forward: Saturday 22:00 winter time, resumes 09:00 summer time', '2026-03-28T22:00:00+01:00', true, '2026-03-29T16:00:00+02:00'],
    ['spring forward: arrest in the skipped night', '2026-03-29T01:30:00+01:00', false, '2026-03-29T15:00:00+02:00'],
    ['fall back: Saturday 22:00 summer time, resumes 09:00 winter time', '2026-10-24T22:00:00+02:00', true, '2026-10-25T16:00:00+01:00'],
    ['fall back: arrest in the repeated hour', '2026-10-25T02:30:00+01:00', true, '2026-10-25T18:00:00+01:00'],
    ['year end', '2026-12-31T20:00:00+01:00', true, '2027-01-01T14:00:00+01:00'],
    ['month end in summer', '2026-08-31T21:00:00+02:00', false, '2026-09-01T12:00:00+02:00'],
  ];
  it.each(cases)('%s', (_naam, aangehouden, vh, verwacht) => {
    expect(beslissenUiterlijk(at(aangehouden), vh).toISOString()).toBe(at(verwacht).toISOString());
  });
});

describe('countdown', () => {
  const deadline = at('2026-05-12T18:00:00+02:00');
  it('whole minutes left, negative when overdue', () => {
    expect(resterendeMinuten(deadline, at('2026-05-12T15:30:00+02:00'))).toBe(150);
    expect(resterendeMinuten(deadline, at('2026-05-12T17:59:30+02:00'))).toBe(0);
    expect(resterendeMinuten(deadline, at('2026-05-12T18:00:30+02:00'))).toBe(-1);
    expect(resterendeMinuten(deadline, at('2026-05-12T19:00:00+02:00'))).toBe(-60);
  });
  it('ruim, krap below 2 hours, verstreken from the deadline', () => {
    expect(termijnStatus(deadline, at('2026-05-12T15:59:00+02:00'))).toBe('ruim');
    expect(termijnStatus(deadline, at('2026-05-12T16:00:00+02:00'))).toBe('ruim');
    expect(termijnStatus(deadline, at('2026-05-12T16:00:01+02:00'))).toBe('krap');
    expect(termijnStatus(deadline, at('2026-05-12T18:00:00+02:00'))).toBe('verstreken');
  });
});
