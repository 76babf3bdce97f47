import type { RelatieSoort } from './schemas';

/**
 * Relations are stored once; 'ouder' reads "persoon_id is a parent of gerelateerd_persoon_id".
 * The API speaks from one person's side: the soort says what the OTHER person is to this person.
 */
export type StoredSoort = 'partner' | 'ex-partner' | 'ouder' | 'huisgenoot';

export interface StoredRelation {
  persoonId: string;
  gerelateerdPersoonId: string;
  soort: StoredSoort;
}

/** On person `self`: "`other` is my <soort>" → the one stored row. */
export function toStoredRelation(self: string, other: string, soort: RelatieSoort): StoredRelation {
  if (soort === 'ouder') return { persoonId: other, gerelateerdPersoonId: self, soort: 'ouder' };
  if (soort === 'kind') return { persoonId: self, gerelateerdPersoonId: other, soort: 'ouder' };
  return { persoonId: self, gerelateerdPersoonId: other, soort };
}

/** A stored row seen from `self`: who the other person is and what they are to `self`; null when `self` is not in it. */
export function relationFrom(self: string, row: StoredRelation): { other: string; soort: RelatieSoort } | null {
  if (row.persoonId === self) return { other: row.gerelateerdPersoonId, soort: row.soort === 'ouder' ? 'kind' : row.soort };
  if (row.gerelateerdPersoonId === self) return { other: row.persoonId, soort: row.soort };
  return null;
}
