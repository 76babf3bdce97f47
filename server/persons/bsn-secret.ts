import { keyedHash, open, seal } from '../platform/secret-box';
import { normaliseBsn } from './bsn';

/**
 * A BSN at rest: sealed (AES-GCM under SECRET_KEY) to show it in a person's detail, and a keyed hash to find it
 * without decrypting. The hash is domain-separated so it never equals another keyed hash of the same digits.
 */
export function bsnDigits(value: string): string {
  const digits = normaliseBsn(value);
  if (!digits) throw new Error('not a BSN; validate with bsnSchema first');
  return digits;
}

export function bsnHash(secretKey: Buffer, value: string): string {
  return keyedHash(secretKey, `bsn:${bsnDigits(value)}`);
}

export function sealBsn(secretKey: Buffer, value: string): { sealed: string; hash: string } {
  return { sealed: seal(secretKey, bsnDigits(value)), hash: bsnHash(secretKey, value) };
}

export function openBsn(secretKey: Buffer, sealed: string | null): string | null {
  return sealed ? open(secretKey, sealed) : null;
}
