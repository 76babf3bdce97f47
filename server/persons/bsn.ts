/**
 * The BSN "elfproef": nine digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11 (and not all zeros).
 * A BSN is personal data: never put it in a URL, a log line or an audit entry.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** Accepts the usual ways of writing a BSN (spaces, dots) and gives nine digits, or null when not a BSN shape. */
export function normaliseBsn(value: string): string | null {
  const digits = value.replace(/[\s.]/g, '');
  if (/^\d{8}$/.test(digits)) return `0${digits}`;
  return /^\d{9}$/.test(digits) ? digits : null;
}
