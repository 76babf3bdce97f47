import { createRequire } from 'node:module';

/**
 * Password rules: at least 12 characters, at most 256, not the user name, and not a known common or breached
 * password. The list is zxcvbn's (≈49,000 passwords from public breach corpora) plus Dutch words people reach
 * for first; it is checked offline, so no password ever leaves the server.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const DUTCH_COMMON = [
  'welkom', 'wachtwoord', 'geheim', 'samenloop', 'veiligthuis', 'politie', 'justitie', 'zomer', 'winter',
  'voorjaar', 'najaar', 'lente', 'herfst', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli',
  'augustus', 'september', 'oktober', 'november', 'december', 'nederland', 'amsterdam', 'rotterdam',
  'eindhoven', 'brabant', 'ajax', 'feyenoord', 'psv', 'qwertyuiop', 'azerty', 'letmein', 'password',
];

let commonPasswords: Set<string> | undefined;

function loadCommonPasswords(): Set<string> {
  if (!commonPasswords) {
    const require = createRequire(import.meta.url);
    const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
    commonPasswords = new Set([...(dictionary['passwords-common'] ?? []), ...DUTCH_COMMON]);
  }
  return commonPasswords;
}

export type PasswordProblem = 'te-kort' | 'te-lang' | 'gelijk-aan-gebruikersnaam' | 'veelgebruikt';

export const passwordProblemText: Record<PasswordProblem, string> = {
  'te-kort': `minimaal ${MIN_PASSWORD_LENGTH} tekens`,
  'te-lang': `maximaal ${MAX_PASSWORD_LENGTH} tekens`,
  'gelijk-aan-gebruikersnaam': 'mag niet op de gebruikersnaam lijken',
  veelgebruikt: 'dit wachtwoord (of de kern ervan) komt voor in lijsten van veelgebruikte en gelekte wachtwoorden',
};

/** The core people decorate: "Welkom2026!!" → "welkom". */
function core(password: string): string {
  return password
    .toLowerCase()
    .replace(/^[^a-z]+/, '')
    .replace(/[^a-z]+$/, '');
}

export function checkPassword(password: string, gebruikersnaam?: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'te-kort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'te-lang';
  const lower = password.toLowerCase();
  if (gebruikersnaam && gebruikersnaam.length >= 3 && lower.includes(gebruikersnaam.toLowerCase())) {
    return 'gelijk-aan-gebruikersnaam';
  }
  const list = loadCommonPasswords();
  const stripped = core(password);
  if (list.has(lower) || list.has(stripped) || /^(.)\1+$/.test(password) || /^(0123456789|1234567890)+/.test(password)) {
    return 'veelgebruikt';
  }
  // A short common word padded with digits or symbols is still guessable ("Welkom123456").
  if (stripped.length > 0 && stripped.length < 8 && list.has(stripped)) return 'veelgebruikt';
  return null;
}
