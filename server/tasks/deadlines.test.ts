import { describe, expect, it } from 'vitest';
import { addWorkingDays, dutchPublicHolidays, isWorkingDay, veiligheidstaxatieDeadline, zorgmeldingDeadline } from './deadlines';

describe('deadlines', () => {
  it('the police report to Veilig Thuis is due 24 hours after the incident', () => {
    expect(zorgmeldingDeadline(new Date('2026-11-20T22:15:00Z')).toISOString()).toBe('2026-11-21T22:15:00.000Z');
  });

  it('the safety assessment is due within 5 working days, skipping the weekend', () => {
    // Thursday 19 November 2026, 10:00 in Amsterdam → Thursday 26 November.
    expect(veiligheidstaxatieDeadline(new Date('2026-11-19T09:00:00Z'), false).toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });

  it('the safety assessment is due at once when acutely unsafe', () => {
    const ontvangen = new Date('2026-11-21T23:00:00Z');
    const deadline = veiligheidstaxatieDeadline(ontvangen, true);
    expect(deadline.getTime() - ontvangen.getTime()).toBeLessThanOrEqual(2 * 3_600_000);
  });

  it('knows the Dutch public holidays, Easter-based ones included', () => {
    // Easter 2026 is 5 April: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May.
    const h = dutchPublicHolidays(2026);
    for (const day of ['1-1', '4-6', '4-27', '5-14', '5-25', '12-25', '12-26']) expect(h.has(day), day).toBe(true);
    expect(h.has('5-5')).toBe(false);
    expect(dutchPublicHolidays(2025).has('5-5')).toBe(true);
    // 27 April 2025 was a Sunday: King's Day on the 26th.
    expect(dutchPublicHolidays(2025).has('4-26')).toBe(true);
  });

  it('skips holidays when counting working days', () => {
    // Wednesday 23 December 2026 + 2 working days: 24th, then the 28th (25th, 26th holiday, 27th Sunday).
    expect(addWorkingDays(new Date('2026-12-23T09:00:00Z'), 2).toISOString()).toBe('2026-12-28T09:00:00.000Z');
    expect(isWorkingDay(new Date('2026-12-25T12:00:00Z'))).toBe(false);
  });
});
