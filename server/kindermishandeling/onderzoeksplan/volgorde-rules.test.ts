import { describe, expect, it } from 'vitest';
import { controleerVolgorde, nietVerantwoord, volgordeRegelTeksten, type PlanStap } from './volgorde-rules';
import { eigenaarPastBijStap, onderzoeksstapEigenaren, onderzoeksstapSoorten, volgordeRegels, type OnderzoeksstapSoort } from '../schemas';

const geopend = new Date('2026-03-02T09:00:00+01:00');
const uur = (n: number) => new Date(geopend.getTime() + n * 3_600_000);
const stap = (id: string, soort: OnderzoeksstapSoort, uren: number, status: PlanStap['status'] = 'gepland'): PlanStap => ({ id, soort, op: uur(uren), status });

type Geval = { naam: string; stappen: PlanStap[]; verwacht: { regel: string; stapIds: string[] }[] };

const gevallen: Geval[] = [
  { naam: 'an empty plan', stappen: [], verwacht: [] },
  {
    naam: 'the HSSK order: injury assessed, OM aligned, police interviews, then VT talks to the parents',
    stappen: [stap('letsel', 'medisch-letselonderzoek', 3), stap('om', 'om-afstemming', 4), stap('verhoor', 'politie-verhoor-verdachte', 6), stap('vt', 'vt-gesprek-ouders', 8)],
    verwacht: [],
  },
  // om-voor-gesprek-ouders
  { naam: 'VT talks to the parents with no OM alignment', stappen: [stap('vt', 'vt-gesprek-ouders', 2)], verwacht: [{ regel: 'om-voor-gesprek-ouders', stapIds: ['vt'] }] },
  {
    naam: 'VT visits the home before the OM alignment',
    stappen: [stap('bezoek', 'vt-huisbezoek', 2), stap('om', 'om-afstemming', 5)],
    verwacht: [{ regel: 'om-voor-gesprek-ouders', stapIds: ['bezoek', 'om'] }],
  },
  {
    naam: 'VT talks at the very moment of the OM alignment (after means strictly after)',
    stappen: [stap('om', 'om-afstemming', 5), stap('vt', 'vt-gesprek-ouders', 5)],
    verwacht: [{ regel: 'om-voor-gesprek-ouders', stapIds: ['vt', 'om'] }],
  },
  {
    naam: 'a cancelled OM alignment does not count',
    stappen: [stap('om', 'om-afstemming', 1, 'vervallen'), stap('vt', 'vt-gesprek-ouders', 5)],
    verwacht: [{ regel: 'om-voor-gesprek-ouders', stapIds: ['vt'] }],
  },
  { naam: 'a cancelled talk with the parents breaks nothing', stappen: [stap('vt', 'vt-gesprek-ouders', 1, 'vervallen')], verwacht: [] },
  {
    naam: 'one of two OM alignments before the talk is enough',
    stappen: [stap('om1', 'om-afstemming', 1), stap('vt', 'vt-gesprek-ouders', 3), stap('om2', 'om-afstemming', 9)],
    verwacht: [],
  },
  // verhoor-kind-voor-gesprek-kind
  {
    naam: 'VT talks to the child before the studio interview',
    stappen: [stap('kind', 'vt-gesprek-kind', 2), stap('studio', 'politie-verhoor-kind', 6)],
    verwacht: [{ regel: 'verhoor-kind-voor-gesprek-kind', stapIds: ['kind', 'studio'] }],
  },
  { naam: 'VT talks to the child after the studio interview', stappen: [stap('studio', 'politie-verhoor-kind', 2), stap('kind', 'vt-gesprek-kind', 6)], verwacht: [] },
  { naam: 'VT talks to the child and no interview is planned', stappen: [stap('kind', 'vt-gesprek-kind', 2)], verwacht: [] },
  // verhoor-verdachte-voor-confrontatie
  {
    naam: 'VT confronts the parents before the police interview the suspect',
    stappen: [stap('om', 'om-afstemming', 1), stap('vt', 'vt-gesprek-ouders', 3), stap('verhoor', 'politie-verhoor-verdachte', 6)],
    verwacht: [{ regel: 'verhoor-verdachte-voor-confrontatie', stapIds: ['vt', 'verhoor'] }],
  },
  {
    naam: 'a done interview counts at its actual time',
    stappen: [stap('om', 'om-afstemming', 1), stap('verhoor', 'politie-verhoor-verdachte', 2, 'uitgevoerd'), stap('bezoek', 'vt-huisbezoek', 3)],
    verwacht: [],
  },
  // letsel-voor-confrontatie
  {
    naam: 'VT talks to the parents before the injury is assessed',
    stappen: [stap('om', 'om-afstemming', 1), stap('vt', 'vt-gesprek-ouders', 3), stap('letsel', 'medisch-letselonderzoek', 5)],
    verwacht: [{ regel: 'letsel-voor-confrontatie', stapIds: ['vt', 'letsel'] }],
  },
  // letsel-binnen-24-uur
  { naam: 'injury assessed 30 hours after opening', stappen: [stap('letsel', 'medisch-letselonderzoek', 30)], verwacht: [{ regel: 'letsel-binnen-24-uur', stapIds: ['letsel'] }] },
  { naam: 'injury assessed at exactly 24 hours', stappen: [stap('letsel', 'medisch-letselonderzoek', 24)], verwacht: [] },
  {
    naam: 'several rules at once, each violation reported',
    stappen: [stap('bezoek', 'vt-huisbezoek', 1), stap('letsel', 'medisch-letselonderzoek', 26), stap('verhoor', 'politie-verhoor-verdachte', 27)],
    verwacht: [
      { regel: 'om-voor-gesprek-ouders', stapIds: ['bezoek'] },
      { regel: 'verhoor-verdachte-voor-confrontatie', stapIds: ['bezoek', 'verhoor'] },
      { regel: 'letsel-voor-confrontatie', stapIds: ['bezoek', 'letsel'] },
      { regel: 'letsel-binnen-24-uur', stapIds: ['letsel'] },
    ],
  },
];

describe('controleerVolgorde', () => {
  it.each(gevallen)('$naam', ({ stappen, verwacht }) => {
    const schendingen = controleerVolgorde(stappen, geopend);
    expect(schendingen.map(({ regel, stapIds }) => ({ regel, stapIds }))).toEqual(verwacht);
    for (const s of schendingen) expect(s.melding).toBe(volgordeRegelTeksten[s.regel]);
  });

  it('has a table case for every rule', () => {
    const gedekt = new Set(gevallen.flatMap((g) => g.verwacht.map((v) => v.regel)));
    expect([...gedekt].sort()).toEqual([...volgordeRegels].sort());
  });
});

describe('nietVerantwoord', () => {
  const stappen = [stap('vt', 'vt-gesprek-ouders', 2), stap('om', 'om-afstemming', 5)];
  const schendingen = controleerVolgorde(stappen, geopend);

  it('leaves a violation without an override', () => {
    expect(nietVerantwoord(schendingen, [])).toEqual(schendingen);
  });
  it('accepts an override naming the same rule and steps, in any order', () => {
    expect(nietVerantwoord(schendingen, [{ regel: 'om-voor-gesprek-ouders', stapIds: ['om', 'vt'], reden: 'Kind direct onveilig; OM telefonisch akkoord.' }])).toEqual([]);
  });
  it('does not accept an override for another rule, other steps or a blank reason', () => {
    expect(nietVerantwoord(schendingen, [{ regel: 'letsel-voor-confrontatie', stapIds: ['vt', 'om'], reden: 'x' }])).toHaveLength(1);
    expect(nietVerantwoord(schendingen, [{ regel: 'om-voor-gesprek-ouders', stapIds: ['vt'], reden: 'x' }])).toHaveLength(1);
    expect(nietVerantwoord(schendingen, [{ regel: 'om-voor-gesprek-ouders', stapIds: ['vt', 'om'], reden: '  ' }])).toHaveLength(1);
  });
});

describe('eigenaarPastBijStap', () => {
  it('gives every kind of step an owner', () => {
    for (const soort of onderzoeksstapSoorten) expect(onderzoeksstapEigenaren[soort]).toBeDefined();
  });
  it.each([
    ['om-afstemming', 'openbaar-ministerie', true],
    ['om-afstemming', 'politie', false],
    ['vt-gesprek-ouders', 'veilig-thuis', true],
    ['vt-gesprek-ouders', 'raad-voor-de-kinderbescherming', false],
    ['politie-verhoor-kind', 'politie', true],
    ['politie-verhoor-kind', 'veilig-thuis', false],
    ['medisch-letselonderzoek', 'medisch-expert', true],
    ['medisch-letselonderzoek', 'veilig-thuis', true],
    ['medisch-letselonderzoek', 'politie', false],
    ['rvdk-spoedmaatregel', 'raad-voor-de-kinderbescherming', true],
    ['rvdk-verzoek-onderzoek', 'veilig-thuis', true],
    ['overig', 'reclassering', true],
  ] as const)('%s by %s: %s', (soort, eigenaar, verwacht) => {
    expect(eigenaarPastBijStap(soort, eigenaar)).toBe(verwacht);
  });
});
