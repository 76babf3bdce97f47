import { describe, expect, it } from 'vitest';
import { controleerDatum } from './inspanning-rules';

describe('effort rules', () => {
  it('accepts a day up to today from the first reporting year on', () => {
    expect(controleerDatum('2026-11-24', '2026-11-24')).toEqual([]);
    expect(controleerDatum('2018-01-01', '2026-11-24')).toEqual([]);
  });

  it('refuses tomorrow and days before 2018, naming datum', () => {
    expect(controleerDatum('2026-11-25', '2026-11-24')).toEqual([expect.objectContaining({ name: 'datum', code: 'in-de-toekomst' })]);
    expect(controleerDatum('2017-12-31', '2026-11-24')).toEqual([expect.objectContaining({ name: 'datum', code: 'te-vroeg' })]);
  });
});
