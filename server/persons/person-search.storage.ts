import type { Queryable } from '../platform/db/database';
import { normaliseName } from './name-normalisation';
import { spellingVariants } from './name-variants';
import type { MatchCandidate, MatchCriteria } from './person-matching';

/**
 * The candidate query of person search: every branch uses an index and is LIMITed, the union is re-ranked in
 * TypeScript (person-matching.ts). Exported so the benchmark sends exactly this SQL straight to PostgreSQL.
 *
 * - name: `$n <% zoeknaam` (word similarity, GIN index personen_zoeknaam_trgm) at PostgreSQL's default
 *   pg_trgm.word_similarity_threshold of 0.6, so the statement behaves the same on any connection without
 *   session settings; a lower threshold lets common trigrams ("jan", "en ") pull in tens of thousands of rows
 *   at a million persons. The best 50 by word similarity.
 * - name, one keystroke off: `zoeknaam = any(<spelling variants>)` (b-tree index personen_zoeknaam_exact), for the
 *   typos in short names that share too few trigrams ("jan jasnen" → "jan jansen"). At most 50.
 * - date of birth: equal, or day and month swapped (index personen_geboortedatum); catches names too mistyped
 *   for the trigram threshold. At most 50.
 * - address: current addresses with the same adres_sleutel (index adressen_sleutel). At most 50.
 * - BSN: bsn_hash equal (unique index).
 */
export const CANDIDATES_PER_BRANCH = 50;

export interface SearchQuery {
  text: string;
  values: unknown[];
}

/** Day and month swapped, when that is a real date too. */
export function swappedBirthDate(date: string): string | null {
  const [y, m, d] = date.split('-');
  if (!y || !m || !d || m === d || Number(d) > 12) return null;
  const swapped = `${y}-${d}-${m}`;
  const check = new Date(`${swapped}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(swapped) ? swapped : null;
}

export function personSearchQuery(criteria: MatchCriteria): SearchQuery {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const branches: string[] = [];
  const naam = criteria.naam ? normaliseName(criteria.naam) : '';
  const n = naam ? param(naam) : null;
  if (n) {
    branches.push(`(select id from personen where ${n} <% zoeknaam order by word_similarity(${n}, zoeknaam) desc limit ${CANDIDATES_PER_BRANCH})`);
    const variants = spellingVariants(naam);
    if (variants.length > 0) {
      // A join over the variants probes the b-tree once per variant; `zoeknaam = any(...) limit` makes the planner
      // hope for an early hit in a sequential scan instead.
      branches.push(`(select p.id from unnest(${param(variants)}::text[]) v (naam) join personen p on p.zoeknaam = v.naam limit ${CANDIDATES_PER_BRANCH})`);
    }
  }
  if (criteria.geboortedatum) {
    const dates = [criteria.geboortedatum, swappedBirthDate(criteria.geboortedatum)].filter(Boolean);
    const order = n ? `order by similarity(zoeknaam, ${n}) desc ` : '';
    branches.push(`(select id from personen where geboortedatum = any (${param(dates)}::date[]) ${order}limit ${CANDIDATES_PER_BRANCH})`);
  }
  if (criteria.adresSleutel) {
    branches.push(
      `(select persoon_id from adressen where adres_sleutel = ${param(criteria.adresSleutel)}
         and (geldig_van is null or geldig_van <= current_date) and (geldig_tot is null or geldig_tot >= current_date)
         limit ${CANDIDATES_PER_BRANCH})`,
    );
  }
  if (criteria.bsnHash) branches.push(`(select id from personen where bsn_hash = ${param(criteria.bsnHash)})`);
  if (branches.length === 0) throw new Error('personSearchQuery needs at least one criterion');
  const text = `with kandidaten (id) as (${branches.join(' union ')})
    select p.id, p.voornamen, p.tussenvoegsel, p.achternaam, p.zoeknaam, to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum, p.bsn_hash,
           coalesce(array_agg(a.adres_sleutel order by a.geldig_van desc nulls last) filter (where a.id is not null), '{}') as adres_sleutels,
           (array_agg(a.woonplaats order by a.geldig_van desc nulls last) filter (where a.id is not null))[1] as woonplaats
      from kandidaten k
      join personen p on p.id = k.id
      left join adressen a on a.persoon_id = p.id
       and (a.geldig_van is null or a.geldig_van <= current_date) and (a.geldig_tot is null or a.geldig_tot >= current_date)
     group by p.id`;
  return { text, values };
}

export interface CandidateRow extends MatchCandidate {
  id: string;
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  woonplaats: string | null;
}

export async function findCandidates(tx: Queryable, criteria: MatchCriteria): Promise<CandidateRow[]> {
  const query = personSearchQuery(criteria);
  const { rows } = await tx.query<{
    id: string;
    voornamen: string | null;
    tussenvoegsel: string | null;
    achternaam: string;
    zoeknaam: string;
    geboortedatum: string | null;
    bsn_hash: string | null;
    adres_sleutels: string[];
    woonplaats: string | null;
  }>(query.text, query.values);
  return rows.map((r) => ({
    id: r.id,
    voornamen: r.voornamen,
    tussenvoegsel: r.tussenvoegsel,
    achternaam: r.achternaam,
    zoeknaam: r.zoeknaam,
    geboortedatum: r.geboortedatum,
    bsnHash: r.bsn_hash,
    adresSleutels: r.adres_sleutels,
    woonplaats: r.woonplaats,
  }));
}

export interface BekendBijRow {
  persoonId: string;
  organisatie: { id: string; naam: string; soort: string };
  contactpunt: string;
  casusId: string | null;
}

/**
 * "Bekend bij": which organisations hold each person in a casus they take part in now, with their contact point.
 * The casus id only where the caller's organisation takes part in that casus too; never any content.
 */
export async function knownAt(tx: Queryable, organisatieId: string, persoonIds: readonly string[]): Promise<BekendBijRow[]> {
  if (persoonIds.length === 0) return [];
  const { rows } = await tx.query<{
    persoon_id: string;
    organisatie_id: string;
    organisatie_naam: string;
    soort: string;
    contactpersoon: string | null;
    casus_id: string;
    eigen: boolean;
  }>(
    `select cp.persoon_id, o.id as organisatie_id, o.naam as organisatie_naam, o.soort, g.naam as contactpersoon, cp.casus_id,
            exists (select 1 from casus_deelnemers e where e.casus_id = cp.casus_id and e.organisatie_id = $2 and e.tot is null) as eigen
       from casus_personen cp
       join casus_deelnemers d on d.casus_id = cp.casus_id and d.tot is null
       join organisaties o on o.id = d.organisatie_id
       left join gebruikers g on g.id = d.contactpersoon_gebruiker_id
      where cp.persoon_id = any ($1::uuid[])
      order by o.naam, cp.casus_id`,
    [[...new Set(persoonIds)], organisatieId],
  );
  const seen = new Set<string>();
  const result: BekendBijRow[] = [];
  for (const r of rows) {
    const entry: BekendBijRow = {
      persoonId: r.persoon_id,
      organisatie: { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.soort },
      contactpunt: r.contactpersoon ?? r.organisatie_naam,
      casusId: r.eigen ? r.casus_id : null,
    };
    const key = `${entry.persoonId}|${entry.organisatie.id}|${entry.contactpunt}|${entry.casusId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
  }
  return result;
}
