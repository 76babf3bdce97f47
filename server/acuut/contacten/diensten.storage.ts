import type { Queryable } from '../../platform/db/database';
import type { Dienst, DienstInvoer } from '../schemas';

interface DienstRij {
  id: string;
  organisatie_id: string;
  dienst: Dienst['dienst'];
  gebruiker_id: string | null;
  naam: string;
  telefoon: string;
  van: Date;
  tot: Date;
  ter_plaatse_mogelijk: boolean;
  toelichting: string;
}

const kolommen = 'id, organisatie_id, dienst, gebruiker_id, naam, telefoon, van, tot, ter_plaatse_mogelijk, toelichting';

const naarDienst = (r: DienstRij): Dienst => ({
  id: r.id,
  organisatieId: r.organisatie_id,
  dienst: r.dienst,
  gebruikerId: r.gebruiker_id,
  naam: r.naam,
  telefoon: r.telefoon,
  van: new Date(r.van).toISOString(),
  tot: new Date(r.tot).toISOString(),
  terPlaatseMogelijk: r.ter_plaatse_mogelijk,
  toelichting: r.toelichting,
});

/** The shifts of the organisations that overlap [vanaf, tot), by start. */
export async function dienstenTussen(tx: Queryable, organisatieIds: readonly string[], vanaf: Date, tot: Date): Promise<Dienst[]> {
  const { rows } = await tx.query<DienstRij>(
    `select ${kolommen} from acuut_diensten
      where organisatie_id = any ($1::uuid[]) and tot > $2 and van < $3
      order by van, id`,
    [organisatieIds, vanaf, tot],
  );
  return rows.map(naarDienst);
}

export async function insertDienst(tx: Queryable, d: DienstInvoer): Promise<Dienst> {
  const { rows } = await tx.query<DienstRij>(
    `insert into acuut_diensten (organisatie_id, dienst, gebruiker_id, naam, telefoon, van, tot, ter_plaatse_mogelijk, toelichting)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${kolommen}`,
    [d.organisatieId, d.dienst, d.gebruikerId ?? null, d.naam, d.telefoon, d.van, d.tot, d.terPlaatseMogelijk, d.toelichting],
  );
  return naarDienst(rows[0]!);
}

/** Deletes a shift of the organisation; false when it does not exist there. */
export async function deleteDienst(tx: Queryable, id: string, organisatieId: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>('delete from acuut_diensten where id = $1 and organisatie_id = $2 returning id', [id, organisatieId]);
  return rows.length > 0;
}

export async function organisatiesVanRegio(
  tx: Queryable,
  regioId: string,
  soorten: readonly string[],
): Promise<{ id: string; naam: string; soort: string }[]> {
  const { rows } = await tx.query<{ id: string; naam: string; soort: string }>(
    `select id, naam, soort from organisaties where regio_id = $1 and soort = any ($2::text[]) and actief
      order by case when soort = 'veilig-thuis' then 0 else 1 end, naam, id`,
    [regioId, soorten],
  );
  return rows;
}
