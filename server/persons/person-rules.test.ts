import { describe, expect, it } from 'vitest';
import { isValidBsn, normaliseBsn } from './bsn';
import { addressKey, normaliseName, normalisePostcode } from './name-normalisation';

describe('BSN eleven-test', () => {
  it('accepts valid numbers and refuses the rest', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });
  it('normalises the usual notations', () => {
    expect(normaliseBsn('1112.22.333')).toBe('111222333');
    expect(normaliseBsn('11122233')).toBe('011122233');
    expect(normaliseBsn('abc')).toBeNull();
  });
});

describe('name normalisation', () => {
  it('removes diacritics, case and punctuation', () => {
    expect(normaliseName('Ëlise', 'van der', 'Ğündoğdu-Özdemir')).toBe('elise van der gundogdu ozdemir');
    expect(normaliseName('  Jan ', null, 'de  Vries ')).toBe('jan de vries');
  });
  it('normalises postcodes and address keys', () => {
    expect(normalisePostcode('5211 ab')).toBe('5211AB');
    expect(normalisePostcode('0211AB')).toBeNull();
    expect(addressKey('5211 ab', '12', 'a')).toBe('5211AB 12 A');
  });
});

describe('spelling variants', () => {
  it('contain the stored name for a dropped, doubled, wrong or swapped letter', async () => {
    const { spellingVariants } = await import('./name-variants');
    expect(spellingVariants('jan jasnen')).toContain('jan jansen');
    expect(spellingVariants('jan jansn')).toContain('jan jansen');
    expect(spellingVariants('jan janssen')).toContain('jan jansen');
    expect(spellingVariants('jan janzen')).toContain('jan jansen');
    expect(spellingVariants('priya wjiaya')).toContain('priya wijaya');
  });
  it('never contain the name itself or impossible names, and stop at long input', async () => {
    const { spellingVariants, MAX_VARIANT_LENGTH } = await import('./name-variants');
    const variants = spellingVariants('jan jansen');
    expect(variants).not.toContain('jan jansen');
    for (const v of variants) expect(v).toBe(v.trim());
    expect(variants.some((v) => v.includes('  '))).toBe(false);
    expect(spellingVariants('a'.repeat(MAX_VARIANT_LENGTH + 1))).toEqual([]);
  });
});
