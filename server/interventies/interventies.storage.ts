import type { Queryable } from '../platform/db/database';
import type { Fase, Interventie, InterventieInvoer, Rechtsdomein, VoorwaardeSoort } from './schemas';

interface InterventieRow {
  code: string;
  naam: string;
  omschrijving: string;
  fasen: string[];
  rechtsdomein: string;
  voorwaarde_soort: string | null;
  actief: boolean;
  versie: number;
}

const COLUMNS = 'code, naam, omschrijving, fasen, rechtsdomein, voorwaarde_soort, actief, versie';

/** Catalogue order: by legal domain (as in the safety plan), then by name. */
const ORDER = `array_position(array['strafrecht', 'bestuursrecht', 'civiel', 'sociaal-domein', 'overig'], rechtsdomein), naam, code`;

const faseOrder: readonly Fase[] = ['acuut', 'risicogestuurd', 'herstel'];

const toInterventie = (r: InterventieRow): Interventie => ({
  code: r.code,
  naam: r.naam,
  fase: faseOrder.filter((f) => r.fasen.includes(f)),
  rechtsdomein: r.rechtsdomein as Rechtsdomein,
  voorwaardeSoort: r.voorwaarde_soort as VoorwaardeSoort | null,
  omschrijving: r.omschrijving,
  actief: r.actief,
  versie: r.versie,
});

export async function listInterventies(
  db: Queryable,
  filter: { fase?: Fase; rechtsdomein?: Rechtsdomein; alleenActief: boolean },
): Promise<Interventie[]> {
  const { rows } = await db.query<InterventieRow>(
    `select ${COLUMNS} from interventies
      where ($1::text is null or $1 = any(fasen)) and ($2::text is null or rechtsdomein = $2) and ($3::boolean is not true or actief)
      order by ${ORDER}`,
    [filter.fase ?? null, filter.rechtsdomein ?? null, filter.alleenActief],
  );
  return rows.map(toInterventie);
}

export async function findInterventie(db: Queryable, code: string, options: { forUpdate?: boolean } = {}): Promise<Interventie | null> {
  const { rows } = await db.query<InterventieRow>(`select ${COLUMNS} from interventies where code = $1 ${options.forUpdate ? 'for update' : ''}`, [code]);
  return rows[0] ? toInterventie(rows[0]) : null;
}

/** The active ones among the given codes (one query). */
export async function activeCodes(db: Queryable, codes: readonly string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ code: string }>('select code from interventies where code = any($1::text[]) and actief', [[...codes]]);
  return new Set(rows.map((r) => r.code));
}

/** Inserts an intervention; null when the code is taken. */
export async function insertInterventie(db: Queryable, input: InterventieInvoer): Promise<Interventie | null> {
  const { rows } = await db.query<InterventieRow>(
    `insert into interventies (code, naam, omschrijving, fasen, rechtsdomein, voorwaarde_soort) values ($1, $2, $3, $4, $5, $6)
     on conflict (code) do nothing returning ${COLUMNS}`,
    [input.code, input.naam, input.omschrijving, input.fase, input.rechtsdomein, input.voorwaardeSoort],
  );
  return rows[0] ? toInterventie(rows[0]) : null;
}

/** Writes the whole (merged) intervention and raises its versie. */
export async function updateInterventie(db: Queryable, code: string, next: Omit<Interventie, 'code' | 'versie'>): Promise<Interventie> {
  const { rows } = await db.query<InterventieRow>(
    `update interventies set naam = $2, omschrijving = $3, fasen = $4, rechtsdomein = $5, voorwaarde_soort = $6, actief = $7,
            versie = versie + 1, updated_at = now()
      where code = $1 returning ${COLUMNS}`,
    [code, next.naam, next.omschrijving, next.fase, next.rechtsdomein, next.voorwaardeSoort, next.actief],
  );
  return toInterventie(rows[0]!);
}

