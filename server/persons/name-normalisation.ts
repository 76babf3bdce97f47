/**
 * Names as the search compares them: lower case, diacritics removed ("Özdemir" = "ozdemir", "Ëlise" = "elise"),
 * punctuation as space, one space between parts. Done in the application, so PGlite and a PostgreSQL server
 * store and compare exactly the same text.
 */
export function normaliseName(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** "1234 ab" / "1234AB" → "1234AB"; null when not a Dutch postcode. */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) ? compact : null;
}

/** The key that puts people at the same address in one household: postcode, number and addition. */
export function addressKey(postcode: string, huisnummer: string, toevoeging?: string | null): string {
  return [normalisePostcode(postcode) ?? postcode.replace(/\s+/g, '').toUpperCase(), huisnummer.trim(), (toevoeging ?? '').trim().toUpperCase()]
    .filter(Boolean)
    .join(' ');
}
