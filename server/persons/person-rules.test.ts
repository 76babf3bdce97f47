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
