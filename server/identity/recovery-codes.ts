import { randomBytes } from 'node:crypto';

/**
 * One-time recovery codes: 10 codes of 16 characters from an alphabet without look-alikes (80 bits each),
 * shown once at enrolment and stored only as keyed hashes.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** How a typed code is compared: case, spaces and dashes don't matter. */
export function normaliseRecoveryCode(input: string): string {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}
