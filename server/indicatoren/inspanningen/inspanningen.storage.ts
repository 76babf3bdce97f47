import type { Queryable } from '../../platform/db/database';
import type { Verbeteractie } from '../schemas';
import type { Inspanning, InspanningSoort } from './schemas';

/** Storage of registered effort, per region; rows carry the organisation and the registering user's name. */

interface InspanningRow {
  id: string;
  organisatie_id: string;
  organisatie_naam: string;
  verbeteractie: Verbeteractie;
  soort: InspanningSoort;
  datum: string;
  uren: number | null;
  deelnemers: number | null;
  werklast: 'meer' | 'minder' | 'gelijk' | null;
  omschrijving: string;
  geregistreerd_door: string;
  geregistreerd_door_naam: string;
  versie: number;
  updated_at: Date | string;
}

const SELECT = `select i.id, i.organisatie_id, o.naam as organisatie_naam, i.verbeteractie, i.soort,
       to_char(i.datum, 'YYYY-MM-DD') as datum, i.uren::float8 as uren, i.deelnemers, i.werklast, i.omschrijving,
       i.geregistreerd_door, g.naam as geregistreerd_door_naam, i.versie, i.updated_at
  from inspanningen i
  join organisaties o on o.id = i.organisatie_id
  join gebruikers g on g.id = i.geregistreerd_door`;

function toInspanning(r: InspanningRow, eigenOrganisatieId: string): Inspanning {
  return {
    id: r.id,
    organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
    verbeteractie: r.verbeteractie,
    soort: r.soort,
    datum: r.datum,
    uren: r.uren === null ? null : Number(r.uren),
    deelnemers: r.deelnemers,
    werklast: r.werklast,
    omschrijving: r.omschrijving,
    geregistreerdDoor: { id: r.geregistreerd_door, naam: r.geregistreerd_door_naam },
    eigen: r.organisatie_id === eigenOrganisatieId,
    versie: r.versie,
    bijgewerktOp: new Date(r.updated_at).toISOString(),
  };
}

/** The effort registered in a region with a date in the given year, newest first. */
export async function leesInspanningen(q: Queryable, regioId: string, jaar: number, eigenOrganisatieId: string): Promise<Inspanning[]> {
  const { rows } = await q.query<InspanningRow>(
    `${SELECT} where i.regio_id = $1 and i.datum >= make_date($2, 1, 1) and i.datum < make_date($2 + 1, 1, 1)
      order by i.datum desc, i.created_at desc`,
    [regioId, jaar],
  );
  return rows.map((r) => toInspanning(r, eigenOrganisatieId));
}

/** One registration of the caller's own organisation (others' are not found). */
export async function leesEigenInspanning(
  q: Queryable,
  id: string,
  organisatieId: string,
  opties: { forUpdate?: boolean } = {},
): Promise<Inspanning | undefined> {
  const { rows } = await q.query<InspanningRow>(
    `${SELECT} where i.id = $1 and i.organisatie_id = $2${opties.forUpdate ? ' for update of i' : ''}`,
    [id, organisatieId],
  );
  return rows[0] ? toInspanning(rows[0], organisatieId) : undefined;
}

export interface InspanningVelden {
  verbeteractie: Verbeteractie;
  soort: InspanningSoort;
  datum: string;
  uren: number | null;
  deelnemers: number | null;
  werklast: 'meer' | 'minder' | 'gelijk' | null;
  omschrijving: string;
}

export async function voegInspanningToe(
  q: Queryable,
  wie: { regioId: string; organisatieId: string; gebruikerId: string },
  v: InspanningVelden,
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `insert into inspanningen (regio_id, organisatie_id, verbeteractie, soort, datum, uren, deelnemers, werklast, omschrijving, geregistreerd_door)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [wie.regioId, wie.organisatieId, v.verbeteractie, v.soort, v.datum, v.uren, v.deelnemers, v.werklast, v.omschrijving, wie.gebruikerId],
  );
  return rows[0]!.id;
}

export async function wijzigInspanning(q: Queryable, id: string, v: InspanningVelden): Promise<void> {
  await q.query(
    `update inspanningen set verbeteractie = $2, soort = $3, datum = $4, uren = $5, deelnemers = $6, werklast = $7, omschrijving = $8,
            versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, v.verbeteractie, v.soort, v.datum, v.uren, v.deelnemers, v.werklast, v.omschrijving],
  );
}

export async function verwijderInspanning(q: Queryable, id: string): Promise<void> {
  await q.query(`delete from inspanningen where id = $1`, [id]);
}
