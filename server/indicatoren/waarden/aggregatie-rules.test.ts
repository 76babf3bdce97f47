import { describe, expect, it } from 'vitest';
import type { IndicatorDefinitie } from '../schemas';
import { figuur, rolSamenvattingenOp, toonbareWaarde, vatSamen } from './aggregatie-rules';
import { stelIndicatorWaardenSamen, type PeriodeSamenvattingen } from './indicator-waarden-rules';
import { jarenVan, reeksIndeling, vorigePeriode } from './periode';

describe('summaries and figures', () => {
  it('summarises values: count, sum, mean and the median of an even and an odd number', () => {
    expect(vatSamen([3, 1, 2])).toEqual({ n: 3, som: 6, gemiddelde: 2, mediaan: 2 });
    expect(vatSamen([10, 40, 20, 30])).toEqual({ n: 4, som: 100, gemiddelde: 25, mediaan: 25 });
    expect(vatSamen([])).toEqual({ n: 0, som: 0, gemiddelde: null, mediaan: null });
  });

  it('turns a summary into the figure of each aggregation', () => {
    const s = vatSamen([1, 0, 1, 1]);
    expect(figuur('aantal', s)).toBe(4);
    expect(figuur('som', s)).toBe(3);
    expect(figuur('aandeel', s)).toBe(75);
    expect(figuur('gemiddelde', vatSamen([10, 20]))).toBe(15);
    expect(figuur('mediaan', vatSamen([10, 20, 90]))).toBe(20);
    expect(figuur('aandeel', vatSamen([]))).toBeNull();
  });

  it('suppresses figures based on one to four measurements, shows zero and five', () => {
    expect(toonbareWaarde(4, 4)).toEqual({ waarde: null, n: null, onderdrukt: true });
    expect(toonbareWaarde(80, 1)).toEqual({ waarde: null, n: null, onderdrukt: true });
    expect(toonbareWaarde(0, 0)).toEqual({ waarde: 0, n: 0, onderdrukt: false });
    expect(toonbareWaarde(5, 5)).toEqual({ waarde: 5, n: 5, onderdrukt: false });
    expect(toonbareWaarde(66.666, 6)).toEqual({ waarde: 66.7, n: 6, onderdrukt: false });
    expect(toonbareWaarde(3, 3, false)).toEqual({ waarde: 3, n: 3, onderdrukt: false });
  });
});

describe('rolling up the finest grain', () => {
  it('adds counts and sums to the whole period, per breakdown and per period; the mean follows', () => {
    const rijen = rolSamenvattingenOp([
      { indicator: 'a', kenmerk: 'werkdag', periode: '2025-01', n: 2, som: 1 },
      { indicator: 'a', kenmerk: 'weekend', periode: '2025-01', n: 1, som: 1 },
      { indicator: 'a', kenmerk: 'werkdag', periode: '2025-02', n: 3, som: 3 },
      { indicator: 'a', kenmerk: null, periode: '2025-02', n: 2, som: 0 },
      { indicator: 'b', kenmerk: null, periode: null, n: 4, som: 10 },
    ]);
    const vind = (indicator: string, kenmerk: string | null, periode: string | null) =>
      rijen.find((r) => r.indicator === indicator && r.kenmerk === kenmerk && r.periode === periode);
    expect(rijen).toHaveLength(6);
    expect(vind('a', null, null)).toEqual({ indicator: 'a', kenmerk: null, periode: null, n: 8, som: 5, gemiddelde: 0.625, mediaan: null });
    expect(vind('a', 'werkdag', null)).toMatchObject({ n: 5, som: 4 });
    expect(vind('a', 'weekend', null)).toMatchObject({ n: 1, som: 1 });
    expect(vind('a', null, '2025-01')).toMatchObject({ n: 3, som: 2 });
    expect(vind('a', null, '2025-02')).toMatchObject({ n: 5, som: 3 });
    expect(vind('b', null, null)).toMatchObject({ n: 4, som: 10, gemiddelde: 2.5 });
  });
});

describe('periods', () => {
  it('takes the same length just before: a year, a month, a span of days', () => {
    expect(vorigePeriode({ van: '2025-01-01', tot: '2026-01-01' })).toEqual({ van: '2024-01-01', tot: '2025-01-01' });
    expect(vorigePeriode({ van: '2025-03-01', tot: '2025-04-01' })).toEqual({ van: '2025-02-01', tot: '2025-03-01' });
    expect(vorigePeriode({ van: '2025-03-10', tot: '2025-03-20' })).toEqual({ van: '2025-02-28', tot: '2025-03-10' });
  });

  it('shows a trend per month up to two years and per year beyond; names the years a period touches', () => {
    expect(reeksIndeling({ van: '2024-01-01', tot: '2026-01-01' })).toBe('maand');
    expect(reeksIndeling({ van: '2016-01-01', tot: '2026-01-01' })).toBe('jaar');
    expect(jarenVan({ van: '2025-01-01', tot: '2026-01-01' })).toEqual({ van: 2025, tot: 2025 });
    expect(jarenVan({ van: '2024-07-01', tot: '2025-07-01' })).toEqual({ van: 2024, tot: 2025 });
  });
});

describe('assembling the figures of a period', () => {
  const geteld: IndicatorDefinitie = {
    id: 'test.geteld',
    naam: 'Geteld',
    overzichtItem: 'x',
    verbeteractie: 'actieoverleg',
    soort: 'waarde',
    bron: { soort: 'tijdlijn', aggregatie: 'aandeel', kenmerken: ['werkdag', 'weekend'] },
    formule: '',
    eenheid: 'procent',
    hogerIsBeter: true,
  };
  const geevalueerd: IndicatorDefinitie = { ...geteld, id: 'test.evaluatie', bron: { soort: 'evaluatie', vragen: ['v1', 'v2'] }, eenheid: 'score' };
  const inspanning: IndicatorDefinitie = {
    ...geteld,
    id: 'test.inspanning',
    bron: { soort: 'inspanning', inspanningSoorten: ['training'], aggregatie: 'werklast' },
  };
  const leeg: PeriodeSamenvattingen = { metingen: [], evaluaties: [], inspanningen: [] };

  it('gives the total, the breakdown with a suppressed cell, the trend and the previous period', () => {
    const huidig: PeriodeSamenvattingen = {
      ...leeg,
      metingen: [
        { indicator: 'test.geteld', kenmerk: null, periode: null, ...vatSamen([1, 1, 1, 0, 1, 1, 0, 1]) },
        { indicator: 'test.geteld', kenmerk: 'werkdag', periode: null, ...vatSamen([1, 1, 1, 0, 1, 1]) },
        { indicator: 'test.geteld', kenmerk: 'weekend', periode: null, ...vatSamen([0, 1]) },
        { indicator: 'test.geteld', kenmerk: null, periode: '2025-02', ...vatSamen([1, 1, 1, 0, 1]) },
        { indicator: 'test.geteld', kenmerk: null, periode: '2025-01', ...vatSamen([1, 0, 1]) },
      ],
    };
    const vorige: PeriodeSamenvattingen = { ...leeg, metingen: [{ indicator: 'test.geteld', kenmerk: null, periode: null, ...vatSamen([1, 0, 1, 0, 1, 0]) }] };
    const [w] = stelIndicatorWaardenSamen([geteld], huidig, vorige);
    expect(w).toEqual({
      id: 'test.geteld',
      totaal: { waarde: 75, n: 8, onderdrukt: false },
      perKenmerk: [
        { kenmerk: 'werkdag', waarde: 83.3, n: 6, onderdrukt: false },
        { kenmerk: 'weekend', waarde: null, n: null, onderdrukt: true },
      ],
      reeks: [
        { periode: '2025-01', waarde: null, n: null, onderdrukt: true },
        { periode: '2025-02', waarde: 80, n: 5, onderdrukt: false },
      ],
      vorigePeriode: { waarde: 50, n: 6, onderdrukt: false },
    });
  });

  it('pools the answers to several questions, weighted by respondents, and suppresses fewer than five respondents', () => {
    const huidig: PeriodeSamenvattingen = {
      ...leeg,
      evaluaties: [
        { vraag: 'v1', jaar: null, n: 6, gemiddelde: 4 },
        { vraag: 'v2', jaar: null, n: 4, gemiddelde: 3 },
        { vraag: 'v1', jaar: 2025, n: 6, gemiddelde: 4 },
        { vraag: 'v2', jaar: 2025, n: 4, gemiddelde: 3 },
      ],
    };
    const vorige: PeriodeSamenvattingen = { ...leeg, evaluaties: [{ vraag: 'v1', jaar: null, n: 3, gemiddelde: 5 }] };
    const [w] = stelIndicatorWaardenSamen([geevalueerd], huidig, vorige);
    expect(w!.totaal).toEqual({ waarde: 3.6, n: 6, onderdrukt: false });
    expect(w!.reeks).toEqual([{ periode: '2025', waarde: 3.6, n: 6, onderdrukt: false }]);
    expect(w!.vorigePeriode).toEqual({ waarde: null, n: null, onderdrukt: true });
  });

  it('gives the balance of more and less work in percentage points, unsuppressed (effort is about organisations)', () => {
    const huidig: PeriodeSamenvattingen = {
      ...leeg,
      inspanningen: [
        { verbeteractie: 'actieoverleg', soort: 'training', periode: null, n: 3, uren: 12, meer: 2, minder: 0, gelijk: 1 },
        { verbeteractie: 'vt-zsm', soort: 'training', periode: null, n: 4, uren: 9, meer: 0, minder: 4, gelijk: 0 },
      ],
    };
    const [w] = stelIndicatorWaardenSamen([inspanning], huidig, null);
    expect(w!.totaal).toEqual({ waarde: 66.7, n: 3, onderdrukt: false });
    expect(w!.vorigePeriode).toBeNull();
  });

  it('gives zero for a count with no measurements and nothing (not an error) for a share', () => {
    const aantal: IndicatorDefinitie = { ...geteld, bron: { soort: 'tijdlijn', aggregatie: 'aantal' } };
    const [a] = stelIndicatorWaardenSamen([aantal], leeg, leeg);
    expect(a!.totaal).toEqual({ waarde: 0, n: 0, onderdrukt: false });
    const [b] = stelIndicatorWaardenSamen([geteld], leeg, leeg);
    expect(b!.totaal).toEqual({ waarde: null, n: 0, onderdrukt: false });
    expect(b!.reeks).toEqual([]);
  });
});
