import { describe, expect, it } from 'vitest';
import { indicatorCatalogus } from '../catalogus';
import { figuur, vatSamen } from '../waarden/aggregatie-rules';
import { meetCasus } from './meet-casus';
import { meetGevallen } from './voorbeelden.fixture';
import { weekdeel } from './gedeeld';

/** The figure of one indicator over hand-made timelines: meetCasus, then the same summary the database makes. */
function bereken(indicator: string, tijdlijnen: ReturnType<(typeof meetGevallen)[number]['tijdlijnen']>) {
  const definitie = indicatorCatalogus.find((d) => d.id === indicator)!;
  if (definitie.bron.soort !== 'tijdlijn') throw new Error(`${indicator} is niet geteld`);
  const aggregatie = definitie.bron.aggregatie;
  const metingen = tijdlijnen.flatMap((t) => meetCasus(t)).filter((m) => m.indicator === indicator);
  const totaal = figuur(aggregatie, vatSamen(metingen.map((m) => m.waarde)));
  const perKenmerk: Record<string, number | null> = {};
  for (const kenmerk of new Set(metingen.map((m) => m.kenmerk).filter((k) => k !== null))) {
    perKenmerk[kenmerk] = figuur(aggregatie, vatSamen(metingen.filter((m) => m.kenmerk === kenmerk).map((m) => m.waarde)));
  }
  const perOrganisatie: Record<string, number> = {};
  for (const m of metingen) if (m.organisatieId) perOrganisatie[m.organisatieId] = (perOrganisatie[m.organisatieId] ?? 0) + 1;
  return { totaal, n: metingen.length, perKenmerk, perOrganisatie };
}

describe('counted indicators on hand-made timelines', () => {
  it.each(meetGevallen.map((g) => [g.indicator, g] as const))('%s', (_id, geval) => {
    const uitkomst = bereken(geval.indicator, geval.tijdlijnen());
    expect(uitkomst.n, geval.waarom).toBe(geval.verwacht.n);
    if (geval.verwacht.totaal === null) expect(uitkomst.totaal).toBeNull();
    else expect(uitkomst.totaal, geval.waarom).toBeCloseTo(geval.verwacht.totaal, 6);
    if (geval.verwacht.perKenmerk) {
      expect(Object.keys(uitkomst.perKenmerk).sort(), geval.waarom).toEqual(Object.keys(geval.verwacht.perKenmerk).sort());
      for (const [kenmerk, waarde] of Object.entries(geval.verwacht.perKenmerk)) {
        if (waarde === null) expect(uitkomst.perKenmerk[kenmerk]).toBeNull();
        else expect(uitkomst.perKenmerk[kenmerk], `${kenmerk}: ${geval.waarom}`).toBeCloseTo(waarde, 6);
      }
    }
    if (geval.verwacht.perOrganisatie) expect(uitkomst.perOrganisatie, geval.waarom).toEqual(geval.verwacht.perOrganisatie);
  });

  it('has a hand-worked case for every counted indicator of the catalogue', () => {
    const metGeval = new Set(meetGevallen.map((g) => g.indicator));
    const zonder = indicatorCatalogus.filter((d) => d.bron.soort === 'tijdlijn' && !metGeval.has(d.id)).map((d) => d.id);
    expect(zonder).toEqual([]);
    // And no case for an indicator that is not counted.
    const geteld = new Set(indicatorCatalogus.filter((d) => d.bron.soort === 'tijdlijn').map((d) => d.id));
    expect([...metGeval].filter((id) => !geteld.has(id))).toEqual([]);
  });

  it('reads no clock: the same timeline gives the same measurements at any time', () => {
    for (const geval of meetGevallen) {
      const [eerste] = geval.tijdlijnen();
      expect(meetCasus(eerste!)).toEqual(meetCasus(eerste!));
    }
  });

  it('gives an empty casus no measurements', () => {
    expect(meetCasus({ casusId: 'c', regioId: 'r', gebeurtenissen: [] })).toEqual([]);
  });
});

describe('weekdeel (Europe/Amsterdam)', () => {
  it('takes the Amsterdam calendar day, across midnight and the clock change', () => {
    expect(weekdeel(new Date('2026-03-06T22:59:00Z'))).toBe('werkdag'); // Friday 23:59 CET
    expect(weekdeel(new Date('2026-03-06T23:00:00Z'))).toBe('weekend'); // Saturday 00:00 CET
    expect(weekdeel(new Date('2026-03-29T21:59:00Z'))).toBe('weekend'); // Sunday 23:59 CEST (after the change)
    expect(weekdeel(new Date('2026-03-29T22:00:00Z'))).toBe('werkdag'); // Monday 00:00 CEST
  });
});
