import type { Queryable } from '../../platform/db/database';

/** The network's own texts in the regional report, per region, period [van, tot) and section. */
export interface RapportTekstSleutel {
  regioId: string;
  van: string;
  tot: string;
}

export interface RapportTekstRij {
  sectie: string;
  tekst: string;
  versie: number;
  gewijzigdOp: Date;
}

const KOLOMMEN = 'sectie, tekst, versie, updated_at as "gewijzigdOp"';

export async function leesRapportTeksten(q: Queryable, s: RapportTekstSleutel): Promise<RapportTekstRij[]> {
  const { rows } = await q.query<RapportTekstRij>(
    `select ${KOLOMMEN} from rapport_teksten where regio_id = $1 and van = $2::date and tot = $3::date`,
    [s.regioId, s.van, s.tot],
  );
  return rows;
}

/** The current text of one section, locked for the rest of the transaction (null when there is none yet). */
export async function leesRapportTekstVoorWijzigen(q: Queryable, s: RapportTekstSleutel, sectie: string): Promise<RapportTekstRij | null> {
  const { rows } = await q.query<RapportTekstRij>(
    `select ${KOLOMMEN} from rapport_teksten where regio_id = $1 and van = $2::date and tot = $3::date and sectie = $4 for update`,
    [s.regioId, s.van, s.tot, sectie],
  );
  return rows[0] ?? null;
}

/** The first text of a section; null when someone else wrote one at the same moment. */
export async function voegRapportTekstToe(
  q: Queryable,
  s: RapportTekstSleutel,
  sectie: string,
  tekst: string,
  gebruikerId: string,
): Promise<RapportTekstRij | null> {
  const { rows } = await q.query<RapportTekstRij>(
    `insert into rapport_teksten (regio_id, van, tot, sectie, tekst, gewijzigd_door)
     values ($1, $2::date, $3::date, $4, $5, $6)
     on conflict (regio_id, van, tot, sectie) do nothing
     returning ${KOLOMMEN}`,
    [s.regioId, s.van, s.tot, sectie, tekst, gebruikerId],
  );
  return rows[0] ?? null;
}

export async function wijzigRapportTekst(q: Queryable, s: RapportTekstSleutel, sectie: string, tekst: string, gebruikerId: string): Promise<RapportTekstRij> {
  const { rows } = await q.query<RapportTekstRij>(
    `update rapport_teksten set tekst = $5, gewijzigd_door = $6, versie = versie + 1, updated_at = now()
      where regio_id = $1 and van = $2::date and tot = $3::date and sectie = $4
      returning ${KOLOMMEN}`,
    [s.regioId, s.van, s.tot, sectie, tekst, gebruikerId],
  );
  return rows[0]!;
}
