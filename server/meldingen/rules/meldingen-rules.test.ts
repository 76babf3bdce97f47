import { describe, expect, it } from 'vitest';
import { likelySameIncident, primaryOf } from './double-intake';
import { findRepeat, repeatRelevantPersons } from './repeat';
import { checkMeldingTimes } from './melding-validation';
import { DAY_MS, HOUR_MS, type MeldingFeiten } from './melding-facts';
import type { MeldingRol } from '../schemas';

const t0 = new Date('2026-03-01T20:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR_MS);
const days = (d: number) => new Date(t0.getTime() + d * DAY_MS);
let seq = 0;
function melding(over: Partial<Omit<MeldingFeiten, 'personen'>> & { personen?: [string, MeldingRol][] } = {}): MeldingFeiten {
  const { personen, ...rest } = over;
  return {
    id: `m${++seq}`,
    bron: 'zsm',
    ontvangenOp: t0,
    incidentOp: t0,
    ...rest,
    personen: (personen ?? [['anna', 'slachtoffer'], ['bert', 'verdachte']]).map(([persoonId, rol]) => ({ persoonId, rol })),
  };
}

describe('double intake', () => {
  it('proposes ZSM then CORV about the same pair within 48 hours, with Dutch reasons', () => {
    const zsm = melding({ bron: 'zsm', incidentOp: at(0), ontvangenOp: at(2) });
    const corv = melding({ bron: 'zorgmelding-politie', incidentOp: at(1), ontvangenOp: at(20) });
    const result = likelySameIncident(zsm, corv);
    expect(result).not.toBeNull();
    expect(result!.score).toBeGreaterThan(0.9);
    expect(result!.redenen).toContain('zelfde slachtoffer en verdachte');
    expect(result!.redenen[0]).toMatch(/verschillend kanaal/);
    expect(result!.redenen[0]).not.toMatch(/zorgmelding-politie|vt-melding/);
  });

  it('scores a shared victim only lower than the pair', () => {
    const a = melding({ bron: 'zsm' });
    const b = melding({ bron: 'aangifte', personen: [['anna', 'slachtoffer'], ['carl', 'verdachte']] });
    const pair = likelySameIncident(a, melding({ bron: 'aangifte' }))!;
    const victimOnly = likelySameIncident(a, b)!;
    expect(victimOnly.score).toBeLessThan(pair.score);
    expect(victimOnly.redenen).toContain('zelfde slachtoffer');
  });

  it('refuses the same channel, no shared victim, or more than 48 hours apart', () => {
    expect(likelySameIncident(melding({ bron: 'zsm' }), melding({ bron: 'zsm' }))).toBeNull();
    expect(likelySameIncident(melding(), melding({ bron: 'aangifte', personen: [['bert', 'slachtoffer']] }))).toBeNull();
    expect(likelySameIncident(melding({ incidentOp: at(0) }), melding({ bron: 'aangifte', incidentOp: at(49) }))).toBeNull();
    expect(likelySameIncident(melding({ incidentOp: at(0) }), melding({ bron: 'aangifte', incidentOp: at(47) }))).not.toBeNull();
  });

  it('falls back on receipt time when the incident time is unknown', () => {
    const a = melding({ incidentOp: null, ontvangenOp: at(0) });
    expect(likelySameIncident(a, melding({ bron: 'aangifte', incidentOp: null, ontvangenOp: at(30) }))).not.toBeNull();
    expect(likelySameIncident(a, melding({ bron: 'aangifte', incidentOp: null, ontvangenOp: at(50) }))).toBeNull();
  });

  it('takes the first received as primary', () => {
    const a = melding({ ontvangenOp: at(5) });
    const b = melding({ ontvangenOp: at(1) });
    expect(primaryOf(a, b).primair).toBe(b);
    expect(primaryOf(b, a).secundair).toBe(a);
  });
});

describe('repeat', () => {
  it('flags the same victim–perpetrator pair within 12 months, linked to the most recent earlier melding', () => {
    const old = melding({ incidentOp: days(-300), ontvangenOp: days(-300) });
    const recent = melding({ incidentOp: days(-40), ontvangenOp: days(-40) });
    const nieuw = melding({ incidentOp: days(0) });
    expect(findRepeat(nieuw, [old, recent])).toEqual({ eerdereMeldingId: recent.id, dagenSindsEerdere: 40, reden: 'zelfde-paar' });
  });

  it('flags the same household through a shared child or victim', () => {
    const earlier = melding({ incidentOp: days(-100), personen: [['kim', 'kind'], ['dirk', 'pleger']] });
    const nieuw = melding({ personen: [['kim', 'kind'], ['erik', 'verdachte']] });
    expect(findRepeat(nieuw, [earlier])).toMatchObject({ eerdereMeldingId: earlier.id, reden: 'zelfde-huishouden' });
  });

  it('does not flag after 13 months, nor a later melding, nor only a shared witness', () => {
    expect(findRepeat(melding(), [melding({ incidentOp: days(-395) })])).toBeNull();
    expect(findRepeat(melding(), [melding({ incidentOp: days(3) })])).toBeNull();
    const witness = melding({ incidentOp: days(-10), personen: [['anna', 'getuige'], ['zoe', 'slachtoffer']] });
    expect(findRepeat(melding(), [witness])).toBeNull();
  });

  it('flags at 365 days, not at 366', () => {
    expect(findRepeat(melding(), [melding({ incidentOp: days(-365) })])).not.toBeNull();
    expect(findRepeat(melding(), [melding({ incidentOp: days(-366) })])).toBeNull();
  });

  it('does not count double intake of the same incident as a repeat', () => {
    const zsm = melding({ bron: 'zsm', incidentOp: at(-3) });
    expect(findRepeat(melding({ bron: 'zorgmelding-politie' }), [zsm])).toBeNull();
    // The same channel a day later is a new incident.
    expect(findRepeat(melding({ bron: 'zsm' }), [melding({ bron: 'zsm', incidentOp: at(-24) })])).toMatchObject({ dagenSindsEerdere: 1 });
  });

  it('looks up victims, children and perpetrators, not witnesses or reporters', () => {
    const m = melding({ personen: [['a', 'slachtoffer'], ['b', 'pleger'], ['c', 'kind'], ['d', 'getuige'], ['e', 'melder']] });
    expect(repeatRelevantPersons(m).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('melding times', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it('accepts the past and a little clock skew', () => {
    expect(checkMeldingTimes({ ontvangenOp: now, incidentOp: new Date(now.getTime() - HOUR_MS) }, now)).toEqual([]);
    expect(checkMeldingTimes({ ontvangenOp: now, incidentOp: new Date(now.getTime() + 4 * 60_000) }, now)).toEqual([]);
  });
  it('names incidentOp in the future, or after receipt', () => {
    expect(checkMeldingTimes({ ontvangenOp: now, incidentOp: new Date(now.getTime() + HOUR_MS) }, now)).toEqual([
      expect.objectContaining({ name: 'incidentOp', code: 'in-de-toekomst' }),
    ]);
    const received = new Date(now.getTime() - 2 * HOUR_MS);
    expect(checkMeldingTimes({ ontvangenOp: received, incidentOp: new Date(now.getTime() - HOUR_MS) }, now)).toEqual([
      expect.objectContaining({ name: 'incidentOp', code: 'na-ontvangst' }),
    ]);
  });
  it('names ontvangenOp in the future', () => {
    expect(checkMeldingTimes({ ontvangenOp: new Date(now.getTime() + DAY_MS), incidentOp: null }, now)).toEqual([
      expect.objectContaining({ name: 'ontvangenOp' }),
    ]);
  });
});
