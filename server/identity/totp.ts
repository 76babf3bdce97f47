import { Secret, TOTP } from 'otpauth';

/**
 * TOTP (RFC 6238) as used by every common authenticator app: SHA-1, 6 digits, 30-second steps.
 * A code is accepted for the current step and one step either side (clock drift), and never twice:
 * the caller stores the accepted step and passes it back as `lastStep`.
 */
const PERIOD = 30;
const ISSUER = 'Samenloop';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secretBase32: string, gebruikersnaam: string): string {
  return new TOTP({ issuer: ISSUER, label: gebruikersnaam, secret: Secret.fromBase32(secretBase32), period: PERIOD }).toString();
}

export function totpCode(secretBase32: string, at: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32), period: PERIOD, timestamp: at.getTime() });
}

/** The step a code was accepted for, or null when the code is wrong or was already used. */
export function acceptTotp(secretBase32: string, code: string, at: Date, lastStep: number | null): number | null {
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secretBase32), period: PERIOD, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at.getTime() / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}
