import type { Queryable } from '../../platform/db/database';
import type { Contactpersoon, ContactpersoonInvoer } from '../schemas';

export interface ContactpersoonRow {
  id: string;
  organisatie_id: string;
  organisatie_naam: string;
  organisatie_soort: string;
  regio_id: string;
  niveau: 'bureaudienst' | 'contactpersoon';
  volgorde: number;
  naam: string;
  functie: string;
  telefoon: string;
  email: string | null;
  altijd_bereikbaar: boolean;
  bereikbaarheid: string;
  actief: boolean;
  versie: number;
}

const select = `select k.id, k.organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort, o.regio_id, k.niveau, k.volgorde,
                       k.naam, k.functie, k.telefoon, k.email, k.altijd_bereikbaar, k.bereikbaarheid, k.actief, k.versie
                  from km_contactpersonen k join organisaties o on o.id = k.organisatie_id`;
/** The escalation order: per organisation the bureaudienst first, then the contact persons, each in volgorde. */
const orde = `order by o.naam, o.id, case k.niveau when 'bureaudienst' then 0 else 1 end, k.volgorde, k.naam, k.id`;

export function toContactpersoon(r: ContactpersoonRow): Contactpersoon {
  return {
    id: r.id,
    organisatie: { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.organisatie_soort },
    niveau: r.niveau,
    volgorde: r.volgorde,
    naam: r.naam,
    functie: r.functie,
    telefoon: r.telefoon,
    email: r.email,
    altijdBereikbaar: r.altijd_bereikbaar,
    bereikbaarheid: r.bereikbaarheid,
    actief: r.actief,
    versie: r.versie,
  };
}

/** The active contact persons of a region (optionally one organisation), in escalation order. */
export async function listContactpersonenVanRegio(tx: Queryable, regioId: string, organisatieId?: string): Promise<Contactpersoon[]> {
  const { rows } = await tx.query<ContactpersoonRow>(
    `${select} where o.regio_id = $1 and k.actief and ($2::uuid is null or k.organisatie_id = $2) ${orde}`,
    [regioId, organisatieId ?? null],
  );
  return rows.map(toContactpersoon);
}

/** The active contact persons of the given organisations, in escalation order. */
export async function listContactpersonenVan(tx: Queryable, organisatieIds: readonly string[]): Promise<Contactpersoon[]> {
  if (organisatieIds.length === 0) return [];
  const { rows } = await tx.query<ContactpersoonRow>(`${select} where k.organisatie_id = any($1::uuid[]) and k.actief ${orde}`, [[...organisatieIds]]);
  return rows.map(toContactpersoon);
}

export async function findContactpersoon(tx: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<ContactpersoonRow | null> {
  const { rows } = await tx.query<ContactpersoonRow>(`${select} where k.id = $1${options.forUpdate ? ' for update of k' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function insertContactpersoon(tx: Queryable, organisatieId: string, c: ContactpersoonInvoer): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into km_contactpersonen (organisatie_id, niveau, volgorde, naam, functie, telefoon, email, altijd_bereikbaar, bereikbaarheid)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [organisatieId, c.niveau, c.volgorde, c.naam, c.functie, c.telefoon, c.email, c.altijdBereikbaar, c.bereikbaarheid],
  );
  return rows[0]!.id;
}

export async function updateContactpersoon(tx: Queryable, id: string, c: ContactpersoonInvoer & { actief: boolean }): Promise<void> {
  await tx.query(
    `update km_contactpersonen set niveau = $2, volgorde = $3, naam = $4, functie = $5, telefoon = $6, email = $7, altijd_bereikbaar = $8,
            bereikbaarheid = $9, actief = $10, versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, c.niveau, c.volgorde, c.naam, c.functie, c.telefoon, c.email, c.altijdBereikbaar, c.bereikbaarheid, c.actief],
  );
}
