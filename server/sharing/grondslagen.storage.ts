import type { Queryable } from '../platform/db/database';
import type { Grondslag, GrondslagInvoer, GrondslagWijzigen } from './schemas';

interface GrondslagRow {
  id: string;
  code: string;
  naam: string;
  wettelijke_basis: string;
  omschrijving: string;
  actief: boolean;
  versie: number;
}

const COLUMNS = 'id, code, naam, wettelijke_basis, omschrijving, actief, versie';

const toGrondslag = (r: GrondslagRow): Grondslag => ({
  id: r.id,
  code: r.code,
  naam: r.naam,
  wettelijkeBasis: r.wettelijke_basis,
  omschrijving: r.omschrijving,
  actief: r.actief,
  versie: r.versie,
});

export async function listGrondslagen(db: Queryable, options: { alleenActief?: boolean } = {}): Promise<Grondslag[]> {
  const { rows } = await db.query<GrondslagRow>(
    `select ${COLUMNS} from grondslagen where ($1::boolean is not true or actief) order by code`,
    [options.alleenActief ?? false],
  );
  return rows.map(toGrondslag);
}

export async function findGrondslag(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<Grondslag | null> {
  const { rows } = await db.query<GrondslagRow>(`select ${COLUMNS} from grondslagen where id = $1 ${options.forUpdate ? 'for update' : ''}`, [id]);
  return rows[0] ? toGrondslag(rows[0]) : null;
}

/** Inserts a grondslag; null when the code is taken. */
export async function insertGrondslag(db: Queryable, input: GrondslagInvoer): Promise<Grondslag | null> {
  const { rows } = await db.query<GrondslagRow>(
    `insert into grondslagen (code, naam, wettelijke_basis, omschrijving, actief) values ($1, $2, $3, $4, $5)
     on conflict (code) do nothing returning ${COLUMNS}`,
    [input.code, input.naam, input.wettelijkeBasis, input.omschrijving, input.actief],
  );
  return rows[0] ? toGrondslag(rows[0]) : null;
}

export async function updateGrondslag(db: Queryable, id: string, changes: GrondslagWijzigen): Promise<Grondslag> {
  const { rows } = await db.query<GrondslagRow>(
    `update grondslagen set naam = coalesce($2, naam), wettelijke_basis = coalesce($3, wettelijke_basis),
            omschrijving = coalesce($4, omschrijving), actief = coalesce($5, actief), versie = versie + 1
      where id = $1 returning ${COLUMNS}`,
    [id, changes.naam ?? null, changes.wettelijkeBasis ?? null, changes.omschrijving ?? null, changes.actief ?? null],
  );
  return toGrondslag(rows[0]!);
}
