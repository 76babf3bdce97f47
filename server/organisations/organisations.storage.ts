import type { Queryable } from '../platform/db/database';
import type { Organisatie, OrganisatieSoort, Regio } from './schemas';

interface OrganisatieRow {
  id: string;
  naam: string;
  soort: OrganisatieSoort;
  actief: boolean;
  regio_id: string;
  regio_code: string;
  regio_naam: string;
}

const SELECT = `select o.id, o.naam, o.soort, o.actief, r.id as regio_id, r.code as regio_code, r.naam as regio_naam
                  from organisaties o join regios r on r.id = o.regio_id`;

const toOrganisatie = (r: OrganisatieRow): Organisatie => ({
  id: r.id,
  naam: r.naam,
  soort: r.soort,
  actief: r.actief,
  regio: { id: r.regio_id, code: r.regio_code, naam: r.regio_naam },
});

export async function listOrganisations(db: Queryable, regioId?: string): Promise<Organisatie[]> {
  const { rows } = await db.query<OrganisatieRow>(`${SELECT} where ($1::uuid is null or o.regio_id = $1) order by r.naam, o.naam`, [
    regioId ?? null,
  ]);
  return rows.map(toOrganisatie);
}

export async function findOrganisation(db: Queryable, id: string): Promise<Organisatie | null> {
  const { rows } = await db.query<OrganisatieRow>(`${SELECT} where o.id = $1`, [id]);
  return rows[0] ? toOrganisatie(rows[0]) : null;
}

export async function findOrganisationByName(db: Queryable, naam: string): Promise<Organisatie | null> {
  const { rows } = await db.query<OrganisatieRow>(`${SELECT} where lower(o.naam) = lower($1) order by o.naam limit 1`, [naam]);
  return rows[0] ? toOrganisatie(rows[0]) : null;
}

export async function listRegions(db: Queryable): Promise<Regio[]> {
  const { rows } = await db.query<Regio>('select id, code, naam from regios order by naam');
  return rows;
}

export async function ensureRegion(db: Queryable, code: string, naam: string): Promise<Regio> {
  const { rows } = await db.query<Regio>(
    `insert into regios (code, naam) values ($1, $2) on conflict (code) do update set naam = excluded.naam returning id, code, naam`,
    [code, naam],
  );
  return rows[0]!;
}

export async function insertOrganisation(db: Queryable, input: { naam: string; soort: OrganisatieSoort; regioId: string }): Promise<Organisatie> {
  const { rows } = await db.query<{ id: string }>('insert into organisaties (naam, soort, regio_id) values ($1, $2, $3) returning id', [
    input.naam,
    input.soort,
    input.regioId,
  ]);
  return (await findOrganisation(db, rows[0]!.id))!;
}
