import type { Queryable } from '../platform/db/database';
import { addressKey, normalisePostcode } from './name-normalisation';
import type { AdresInvoer, Geslacht } from './schemas';
import type { StoredRelation } from './relations';

/** Plain SQL for personen, adressen, relaties and personen_niet_dezelfde. Access checks live in the use cases. */

export interface PersonRow {
  id: string;
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string | null;
  geslacht: Geslacht;
  bsnSealed: string | null;
  bsnHash: string | null;
  telefoon: string | null;
  eMail: string | null;
  versie: number;
}

export interface AddressRow {
  id: string;
  persoonId: string;
  straat: string;
  huisnummer: string;
  huisnummerToevoeging: string | null;
  postcode: string;
  woonplaats: string;
  adresSleutel: string;
  geldigVan: string | null;
  geldigTot: string | null;
}

export interface RelationRow extends StoredRelation {
  id: string;
  geldigVan: string | null;
  geldigTot: string | null;
}

const PERSON_COLUMNS = `id, voornamen, tussenvoegsel, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') as geboortedatum, geslacht,
  bsn_sealed as "bsnSealed", bsn_hash as "bsnHash", telefoon, e_mail as "eMail", versie`;
const ADDRESS_COLUMNS = `id, persoon_id as "persoonId", straat, huisnummer, huisnummer_toevoeging as "huisnummerToevoeging", postcode, woonplaats,
  adres_sleutel as "adresSleutel", to_char(geldig_van, 'YYYY-MM-DD') as "geldigVan", to_char(geldig_tot, 'YYYY-MM-DD') as "geldigTot"`;
const RELATION_COLUMNS = `id, persoon_id as "persoonId", gerelateerd_persoon_id as "gerelateerdPersoonId", soort,
  to_char(geldig_van, 'YYYY-MM-DD') as "geldigVan", to_char(geldig_tot, 'YYYY-MM-DD') as "geldigTot"`;
/** "Current on the database's today", for an address or relation alias. */
export const currentSql = (alias: string) =>
  `(${alias}.geldig_van is null or ${alias}.geldig_van <= current_date) and (${alias}.geldig_tot is null or ${alias}.geldig_tot >= current_date)`;

export interface NewPerson {
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string | null;
  geslacht: Geslacht;
  bsnSealed: string | null;
  bsnHash: string | null;
  zoeknaam: string;
  telefoon: string | null;
  eMail: string | null;
  organisatieId: string;
  gebruikerId: string;
}

export async function insertPerson(tx: Queryable, p: NewPerson): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into personen (voornamen, tussenvoegsel, achternaam, geboortedatum, geslacht, bsn_sealed, bsn_hash, zoeknaam, telefoon, e_mail,
       aangemaakt_door_organisatie_id, aangemaakt_door_gebruiker_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
    [p.voornamen, p.tussenvoegsel, p.achternaam, p.geboortedatum, p.geslacht, p.bsnSealed, p.bsnHash, p.zoeknaam, p.telefoon, p.eMail, p.organisatieId, p.gebruikerId],
  );
  return rows[0]!.id;
}

export async function findPerson(tx: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<PersonRow | null> {
  const { rows } = await tx.query<PersonRow>(`select ${PERSON_COLUMNS} from personen where id = $1 ${options.forUpdate ? 'for update' : ''}`, [id]);
  return rows[0] ?? null;
}

/** The id of the person holding this BSN hash, if any (other than `except`). */
export async function personWithBsnHash(tx: Queryable, hash: string, except?: string): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>('select id from personen where bsn_hash = $1 and id is distinct from $2', [hash, except ?? null]);
  return rows[0]?.id ?? null;
}

export type PersonFieldChanges = Partial<Omit<NewPerson, 'organisatieId' | 'gebruikerId'>>;

const COLUMN_OF: Record<keyof PersonFieldChanges, string> = {
  voornamen: 'voornamen',
  tussenvoegsel: 'tussenvoegsel',
  achternaam: 'achternaam',
  geboortedatum: 'geboortedatum',
  geslacht: 'geslacht',
  bsnSealed: 'bsn_sealed',
  bsnHash: 'bsn_hash',
  zoeknaam: 'zoeknaam',
  telefoon: 'telefoon',
  eMail: 'e_mail',
};

/** Sets the given fields (undefined = unchanged) and raises versie. */
export async function updatePerson(tx: Queryable, id: string, changes: PersonFieldChanges): Promise<void> {
  const sets: string[] = [];
  const values: unknown[] = [id];
  for (const [key, column] of Object.entries(COLUMN_OF) as [keyof PersonFieldChanges, string][]) {
    if (changes[key] === undefined) continue;
    values.push(changes[key]);
    sets.push(`${column} = $${values.length}`);
  }
  await tx.query(`update personen set ${[...sets, 'versie = versie + 1', 'updated_at = now()'].join(', ')} where id = $1`, values);
}

export async function insertAddress(tx: Queryable, persoonId: string, a: AdresInvoer): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into adressen (persoon_id, straat, huisnummer, huisnummer_toevoeging, postcode, woonplaats, adres_sleutel, geldig_van, geldig_tot)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      persoonId,
      a.straat,
      a.huisnummer,
      a.huisnummerToevoeging ?? null,
      normalisePostcode(a.postcode) ?? a.postcode,
      a.woonplaats,
      addressKey(a.postcode, a.huisnummer, a.huisnummerToevoeging),
      a.geldigVan ?? null,
      a.geldigTot ?? null,
    ],
  );
  return rows[0]!.id;
}

export async function addressesOf(tx: Queryable, persoonId: string): Promise<AddressRow[]> {
  const { rows } = await tx.query<AddressRow>(
    `select ${ADDRESS_COLUMNS} from adressen where persoon_id = $1 order by geldig_tot desc nulls first, geldig_van desc nulls last, created_at`,
    [persoonId],
  );
  return rows;
}

export async function findAddress(tx: Queryable, persoonId: string, adresId: string): Promise<AddressRow | null> {
  const { rows } = await tx.query<AddressRow>(`select ${ADDRESS_COLUMNS} from adressen where id = $1 and persoon_id = $2`, [adresId, persoonId]);
  return rows[0] ?? null;
}

/** Current addresses at any of these keys (who lives there now). */
export async function currentAddressesAt(tx: Queryable, keys: readonly string[], limit = 200): Promise<{ persoonId: string; adresSleutel: string }[]> {
  if (keys.length === 0) return [];
  const { rows } = await tx.query<{ persoonId: string; adresSleutel: string }>(
    `select persoon_id as "persoonId", adres_sleutel as "adresSleutel" from adressen a
      where adres_sleutel = any ($1::text[]) and ${currentSql('a')} order by created_at limit ${limit}`,
    [[...keys]],
  );
  return rows;
}

export async function insertRelation(tx: Queryable, r: StoredRelation): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into relaties (persoon_id, gerelateerd_persoon_id, soort) values ($1, $2, $3)
     on conflict (persoon_id, gerelateerd_persoon_id, soort) do nothing returning id`,
    [r.persoonId, r.gerelateerdPersoonId, r.soort],
  );
  return rows[0]?.id ?? null;
}

/** Relations of a person (both directions); only the running ones with `currentOnly`. */
export async function relationsOf(tx: Queryable, persoonId: string, options: { currentOnly?: boolean } = {}): Promise<RelationRow[]> {
  const { rows } = await tx.query<RelationRow>(
    `select ${RELATION_COLUMNS} from relaties r where (persoon_id = $1 or gerelateerd_persoon_id = $1)
       ${options.currentOnly ? `and ${currentSql('r')}` : ''} order by created_at`,
    [persoonId],
  );
  return rows;
}

export async function findRelation(tx: Queryable, persoonId: string, relatieId: string): Promise<RelationRow | null> {
  const { rows } = await tx.query<RelationRow>(
    `select ${RELATION_COLUMNS} from relaties where id = $1 and (persoon_id = $2 or gerelateerd_persoon_id = $2)`,
    [relatieId, persoonId],
  );
  return rows[0] ?? null;
}

export async function endPeriod(tx: Queryable, table: 'adressen' | 'relaties', id: string, geldigTot: string): Promise<void> {
  await tx.query(`update ${table} set geldig_tot = $2 where id = $1`, [id, geldigTot]);
}

export async function bumpVersion(tx: Queryable, persoonIds: readonly string[]): Promise<void> {
  await tx.query('update personen set versie = versie + 1, updated_at = now() where id = any ($1::uuid[])', [[...persoonIds]]);
}

export async function insertNotSame(tx: Queryable, persoonId: string, andere: readonly string[], gebruikerId: string): Promise<void> {
  if (andere.length === 0) return;
  await tx.query(
    `insert into personen_niet_dezelfde (persoon_id, andere_persoon_id, bevestigd_door_gebruiker_id)
     select $1, a, $3 from unnest($2::uuid[]) a on conflict do nothing`,
    [persoonId, [...new Set(andere)], gebruikerId],
  );
}

