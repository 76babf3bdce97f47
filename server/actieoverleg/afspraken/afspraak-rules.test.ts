import { describe, expect, it } from 'vitest';
import { amsterdamDate, closedOnTime, compareAfspraken, endOfAmsterdamDay, isDeadlineInPast, isOverdue, startOfAmsterdamDay, statusOvergang } from './afspraak-rules';
import { aanleidingVoorBron, scenarioTaakDeadline } from '../scenarios/activate-scenarios';

describe('deadlines in Dutch local time', () => {
  it('reads the local date around midnight, in winter (UTC+1) and summer (UTC+2)', () => {
    expect(amsterdamDate(new Date('2026-01-15T22:59:59.999Z'))).toBe('2026-01-15');
    expect(amsterdamDate(new Date('2026-01-15T23:00:00.000Z'))).toBe('2026-01-16');
    expect(amsterdamDate(new Date('2026-07-15T21:59:59.999Z'))).toBe('2026-07-15');
    expect(amsterdamDate(new Date('2026-07-15T22:00:00.000Z'))).toBe('2026-07-16');
  });

  it('ends a due day at local midnight, also on the days the clocks change', () => {
    expect(endOfAmsterdamDay('2026-01-15').toISOString()).toBe('2026-01-15T22:59:59.999Z');
    expect(endOfAmsterdamDay('2026-07-15').toISOString()).toBe('2026-07-15T21:59:59.999Z');
    // Summer time starts 29 March 2026 at 02:00: the day is 23 hours long and ends at 22:00 UTC.
    expect(startOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    // Winter time starts 25 October 2026 at 03:00: the day is 25 hours long.
    expect(startOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z');
    expect(endOfAmsterdamDay('2026-12-31').toISOString()).toBe('2026-12-31T22:59:59.999Z');
  });
});

describe('isOverdue', () => {
  const open = { status: 'open' as const, deadline: '2026-01-15' };
  it('is not overdue on the due day itself, up to the last local millisecond', () => {
    expect(isOverdue(open, new Date('2026-01-15T08:00:00Z'))).toBe(false);
    expect(isOverdue(open, new Date('2026-01-15T22:59:59.999Z'))).toBe(false);
  });
  it('is overdue from local midnight on — while in UTC it is still the due day', () => {
    expect(isOverdue(open, new Date('2026-01-15T23:00:00.000Z'))).toBe(true);
    expect(isOverdue({ status: 'open', deadline: '2026-07-15' }, new Date('2026-07-15T22:30:00Z'))).toBe(true);
  });
  it('is never overdue once closed', () => {
    for (const status of ['gedaan', 'niet-mogelijk', 'niet-gedaan'] as const) {
      expect(isOverdue({ status, deadline: '2020-01-01' }, new Date('2026-01-01T00:00:00Z'))).toBe(false);
    }
  });
  it('a new deadline may be today (local) but not yesterday', () => {
    const now = new Date('2026-01-15T23:30:00Z'); // 16 January, 00:30 in Amsterdam
    expect(isDeadlineInPast('2026-01-15', now)).toBe(true);
    expect(isDeadlineInPast('2026-01-16', now)).toBe(false);
  });
  it('closed on time on or before the local due date', () => {
    expect(closedOnTime('2026-01-15', new Date('2026-01-15T22:59:00Z'))).toBe(true);
    expect(closedOnTime('2026-01-15', new Date('2026-01-15T23:01:00Z'))).toBe(false);
  });
  it('orders overdue first, then by deadline', () => {
    const now = new Date('2026-02-01T12:00:00Z');
    const a = { status: 'open' as const, deadline: '2026-03-01', aangemaaktOp: '1' };
    const b = { status: 'open' as const, deadline: '2026-01-20', aangemaaktOp: '2' };
    const c = { status: 'gedaan' as const, deadline: '2026-01-10', aangemaaktOp: '3' };
    expect([a, c, b].sort(compareAfspraken(now))).toEqual([b, c, a]);
  });
});

describe('agreement status transitions', () => {
  it('open → gedaan without a note, and open → open updates the note', () => {
    expect(statusOvergang('open', 'gedaan', '')).toEqual({ toegestaan: true, sluit: true });
    expect(statusOvergang('open', 'open', 'loopt')).toEqual({ toegestaan: true, sluit: false });
  });
  it('niet-mogelijk and niet-gedaan need a note', () => {
    expect(statusOvergang('open', 'niet-mogelijk', '  ')).toEqual({ toegestaan: false, fout: 'toelichting-verplicht' });
    expect(statusOvergang('open', 'niet-gedaan', '')).toEqual({ toegestaan: false, fout: 'toelichting-verplicht' });
    expect(statusOvergang('open', 'niet-gedaan', 'geen capaciteit')).toEqual({ toegestaan: true, sluit: true });
  });
  it('a closed agreement stays closed', () => {
    expect(statusOvergang('gedaan', 'open', '')).toEqual({ toegestaan: false, fout: 'al-afgesloten' });
    expect(statusOvergang('niet-gedaan', 'gedaan', 'x')).toEqual({ toegestaan: false, fout: 'al-afgesloten' });
  });
});

describe('scenario activation', () => {
  it('a ZSM melding is a ZSM intake; the owner acts within four hours', () => {
    expect(aanleidingVoorBron('zsm')).toBe('zsm-intake');
    expect(aanleidingVoorBron('zorgmelding-politie')).toBe('melding');
    expect(scenarioTaakDeadline(new Date('2026-01-15T10:00:00Z')).toISOString()).toBe('2026-01-15T14:00:00.000Z');
  });
});
