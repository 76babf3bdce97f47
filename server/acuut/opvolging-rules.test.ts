import { describe, expect, it } from 'vitest';
import { minutenTotBeoordeling, minutenTotOpgenomen, opvolgingDeadline, opvolgingStatus } from './opvolging-rules';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const contactOp = new Date('2026-03-28T21:30:00Z'); // 22:30 winter time, the night the clocks go forward
const plus = (ms: number) => new Date(contactOp.getTime() + ms);

describe('follow-up melding of an acute contact', () => {
  it('is due 24 real hours after the contact, across the switch to summer time', () => {
    expect(opvolgingDeadline(contactOp).toISOString()).toBe('2026-03-29T21:30:00.000Z');
  });

  it('is on time when received within 24 hours, exactly 24 hours included', () => {
    expect(opvolgingStatus(contactOp, plus(2 * HOUR), plus(30 * HOUR))).toBe('op-tijd');
    expect(opvolgingStatus(contactOp, plus(24 * HOUR), plus(24 * HOUR))).toBe('op-tijd');
    expect(opvolgingStatus(contactOp, plus(-MINUTE), plus(HOUR))).toBe('op-tijd');
  });

  it('is late when received after 24 hours, whatever now is', () => {
    expect(opvolgingStatus(contactOp, plus(24 * HOUR + 1), plus(24 * HOUR + 1))).toBe('te-laat-ontvangen');
    expect(opvolgingStatus(contactOp, plus(72 * HOUR), plus(100 * HOUR))).toBe('te-laat-ontvangen');
  });

  it('waits while none arrived and the 24 hours run, up to and including the deadline', () => {
    expect(opvolgingStatus(contactOp, null, contactOp)).toBe('wacht');
    expect(opvolgingStatus(contactOp, null, plus(23 * HOUR + 59 * MINUTE))).toBe('wacht');
    expect(opvolgingStatus(contactOp, null, plus(24 * HOUR))).toBe('wacht');
  });

  it('has expired when none arrived and the 24 hours passed', () => {
    expect(opvolgingStatus(contactOp, null, plus(24 * HOUR + 1))).toBe('verlopen');
    expect(opvolgingStatus(contactOp, null, plus(5 * 24 * HOUR))).toBe('verlopen');
  });
});

describe('response times', () => {
  const gebeldOp = new Date('2026-06-01T02:10:00Z');

  it('counts whole minutes from the call to the answer, rounded down', () => {
    expect(minutenTotOpgenomen(gebeldOp, gebeldOp)).toEqual({ minuten: 0 });
    expect(minutenTotOpgenomen(gebeldOp, new Date(gebeldOp.getTime() + 59_000))).toEqual({ minuten: 0 });
    expect(minutenTotOpgenomen(gebeldOp, new Date(gebeldOp.getTime() + 7 * MINUTE + 30_000))).toEqual({ minuten: 7 });
    expect(minutenTotOpgenomen(gebeldOp, new Date(gebeldOp.getTime() + 2 * HOUR))).toEqual({ minuten: 120 });
  });

  it('refuses an answered time before the call, naming opgenomenOp', () => {
    const r = minutenTotOpgenomen(gebeldOp, new Date(gebeldOp.getTime() - 1000));
    expect(r).toEqual({ veld: 'opgenomenOp', reden: 'het tijdstip van opnemen of terugbellen ligt vóór het tijdstip van bellen' });
    expect(minutenTotOpgenomen(gebeldOp, new Date('nonsense'))).toEqual({ veld: 'opgenomenOp', reden: 'geen geldig tijdstip' });
  });

  it('counts the time to the joint assessment and refuses one before the call, naming beoordeeldOp', () => {
    expect(minutenTotBeoordeling(gebeldOp, new Date(gebeldOp.getTime() + 45 * MINUTE))).toEqual({ minuten: 45 });
    expect(minutenTotBeoordeling(gebeldOp, new Date(gebeldOp.getTime() - MINUTE))).toMatchObject({ veld: 'beoordeeldOp' });
  });
});
