/**
 * Every spelling one keystroke away from a normalised name (Damerau–Levenshtein distance 1): a letter dropped,
 * doubled or wrong, or two neighbours swapped — the typos people make at a desk. Short names with such a typo
 * share too few trigrams to be found by similarity ("jan jasnen" / "jan jansen"), but one of these variants is
 * the stored name exactly, which an index finds at once.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** Longer input is not a name someone typed; the number of variants grows with the length. */
export const MAX_VARIANT_LENGTH = 40;

export function spellingVariants(name: string): string[] {
  if (name.length === 0 || name.length > MAX_VARIANT_LENGTH) return [];
  const variants = new Set<string>();
  for (let i = 0; i <= name.length; i++) {
    const before = name.slice(0, i);
    const after = name.slice(i);
    if (after.length > 0) variants.add(before + after.slice(1));
    if (after.length > 1) variants.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of ALPHABET) {
      variants.add(before + letter + after);
      if (after.length > 0 && after[0] !== ' ') variants.add(before + letter + after.slice(1));
    }
  }
  variants.delete(name);
  // A variant that starts or ends with a space, or has two, cannot be a stored (normalised) name.
  return [...variants].filter((v) => v.length > 0 && v === v.trim() && !v.includes('  '));
}
