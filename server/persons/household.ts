import type { HuishoudReden } from './schemas';
import { relationFrom, type StoredRelation } from './relations';

/**
 * A household (huishouden): the people living at the same address as someone and the people joined to them by a
 * partner, ex-partner, parent/child or household relation. Pure: the caller loads current addresses and running
 * relations, this decides who belongs and why (seen from the person asked about).
 */
export interface CurrentAddress {
  persoonId: string;
  adresSleutel: string;
}

export interface HouseholdMember {
  persoonId: string;
  redenen: HuishoudReden[];
}

const ORDER: readonly HuishoudReden[] = ['zelfde-adres', 'partner', 'ex-partner', 'ouder', 'kind', 'huisgenoot'];

function collect(entries: [string, HuishoudReden][], exclude: string | null): HouseholdMember[] {
  const byPerson = new Map<string, Set<HuishoudReden>>();
  for (const [persoonId, reden] of entries) {
    if (persoonId === exclude) continue;
    const set = byPerson.get(persoonId) ?? new Set<HuishoudReden>();
    set.add(reden);
    byPerson.set(persoonId, set);
  }
  return [...byPerson].map(([persoonId, redenen]) => ({ persoonId, redenen: ORDER.filter((r) => redenen.has(r)) }));
}

/** The household of one person: co-residents at any of their current addresses plus their direct relations. */
export function householdOf(persoonId: string, addresses: readonly CurrentAddress[], relations: readonly StoredRelation[]): HouseholdMember[] {
  const own = new Set(addresses.filter((a) => a.persoonId === persoonId).map((a) => a.adresSleutel));
  const entries: [string, HuishoudReden][] = [];
  for (const a of addresses) if (own.has(a.adresSleutel)) entries.push([a.persoonId, 'zelfde-adres']);
  for (const row of relations) {
    const seen = relationFrom(persoonId, row);
    if (seen) entries.push([seen.other, seen.soort]);
  }
  return collect(entries, persoonId);
}

/** The household at one address: everyone living there now. */
export function householdAt(adresSleutel: string, addresses: readonly CurrentAddress[]): HouseholdMember[] {
  return collect(
    addresses.filter((a) => a.adresSleutel === adresSleutel).map((a): [string, HuishoudReden] => [a.persoonId, 'zelfde-adres']),
    null,
  );
}

/** Whether an address or relation period runs on `today` (YYYY-MM-DD): begun (or no start) and not ended before today. */
export function isCurrent(period: { geldigVan: string | null; geldigTot: string | null }, today: string): boolean {
  return (period.geldigVan === null || period.geldigVan <= today) && (period.geldigTot === null || period.geldigTot >= today);
}
