import { describe, expect, it } from 'vitest';
import { controleerAntwoorden, controleerJaar } from './evaluatie-rules';
import type { EvaluatieVraag } from './vragen';

const vragen: EvaluatieVraag[] = [
  { id: 'ao.cijfer', verbeteractie: 'actieoverleg', tekst: 'Cijfer', schaal: { soort: 'cijfer', min: 1, max: 10 } },
  { id: 'ao.stelling', verbeteractie: 'actieoverleg', tekst: 'Stelling', schaal: { soort: 'stelling', min: 1, max: 5 } },
  { id: 'acuut.cijfer', verbeteractie: 'samen-op-in-acuut', tekst: 'Cijfer', schaal: { soort: 'cijfer', min: 1, max: 10 } },
];

describe('evaluation rules', () => {
  it('accepts integers on the scale and null (weet niet)', () => {
    expect(controleerAntwoorden('actieoverleg', [{ vraag: 'ao.cijfer', waarde: 10 }, { vraag: 'ao.stelling', waarde: null }], vragen)).toEqual([]);
    expect(controleerAntwoorden('actieoverleg', [{ vraag: 'ao.stelling', waarde: 1 }], vragen)).toEqual([]);
  });

  it('names the answer whose value is off the scale or not whole', () => {
    const fouten = controleerAntwoorden(
      'actieoverleg',
      [{ vraag: 'ao.cijfer', waarde: 11 }, { vraag: 'ao.stelling', waarde: 0 }],
      vragen,
    );
    expect(fouten.map((f) => f.name)).toEqual(['antwoorden[0].waarde', 'antwoorden[1].waarde']);
    expect(controleerAntwoorden('actieoverleg', [{ vraag: 'ao.cijfer', waarde: 7.5 }], vragen)[0]).toMatchObject({ name: 'antwoorden[0].waarde', code: 'buiten-schaal' });
    expect(controleerAntwoorden('actieoverleg', [{ vraag: 'ao.stelling', waarde: 6 }], vragen)[0]?.reason).toContain('1 tot en met 5');
  });

  it('names a question of another improvement action, an unknown one and a duplicate', () => {
    const fouten = controleerAntwoorden(
      'actieoverleg',
      [{ vraag: 'acuut.cijfer', waarde: 7 }, { vraag: 'bestaat.niet', waarde: 7 }, { vraag: 'ao.cijfer', waarde: 7 }, { vraag: 'ao.cijfer', waarde: 8 }],
      vragen,
    );
    expect(fouten.map((f) => [f.name, f.code])).toEqual([
      ['antwoorden[0].vraag', 'onbekende-vraag'],
      ['antwoorden[1].vraag', 'onbekende-vraag'],
      ['antwoorden[3].vraag', 'dubbel'],
    ]);
  });

  it('allows the years from the first one up to the current one', () => {
    expect(controleerJaar(2026, 2026)).toEqual([]);
    expect(controleerJaar(2018, 2026)).toEqual([]);
    expect(controleerJaar(2027, 2026)[0]).toMatchObject({ name: 'jaar', code: 'in-de-toekomst' });
    expect(controleerJaar(2017, 2026)[0]).toMatchObject({ name: 'jaar', code: 'te-vroeg' });
  });
});
