import type { Queryable } from '../../platform/db/database';
import type { PlanStap } from './volgorde-rules';
import type { Onderzoeksstap, OnderzoeksstapSoort } from '../schemas';

export interface StapRow {
  id: string;
  traject_id: string;
  soort: OnderzoeksstapSoort;
  omschrijving: string;
  eigenaar_organisatie_id: string;
  eigenaar_naam: string;
  eigenaar_soort: string;
  gepland_op: Date;
  status: 'gepland' | 'uitgevoerd' | 'vervallen';
  uitgevoerd_op: Date | null;
  versie: number;
}

const select = `select s.id, s.traject_id, s.soort, s.omschrijving, s.eigenaar_organisatie_id, o.naam as eigenaar_naam, o.soort as eigenaar_soort,
                       s.gepland_op, s.status, s.uitgevoerd_op, s.versie
                  from ssk_onderzoeksstappen s join organisaties o on o.id = s.eigenaar_organisatie_id`;

export function toStap(r: StapRow): Onderzoeksstap {
  return {
    id: r.id,
    soort: r.soort,
    omschrijving: r.omschrijving,
    eigenaar: { id: r.eigenaar_organisatie_id, naam: r.eigenaar_naam, soort: r.eigenaar_soort },
    geplandOp: r.gepland_op.toISOString(),
    status: r.status,
    uitgevoerdOp: r.uitgevoerd_op ? r.uitgevoerd_op.toISOString() : null,
    versie: r.versie,
  };
}

/** A step counts at its planned time, or its actual time once done (volgorde-rules). */
export const toPlanStap = (r: StapRow): PlanStap => ({ id: r.id, soort: r.soort, op: r.uitgevoerd_op ?? r.gepland_op, status: r.status });

export async function listStappen(tx: Queryable, trajectId: string): Promise<StapRow[]> {
  const { rows } = await tx.query<StapRow>(`${select} where s.traject_id = $1 order by s.gepland_op, s.created_at, s.id`, [trajectId]);
  return rows;
}

export async function findStap(tx: Queryable, trajectId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<StapRow | null> {
  const { rows } = await tx.query<StapRow>(`${select} where s.id = $1 and s.traject_id = $2${options.forUpdate ? ' for update of s' : ''}`, [id, trajectId]);
  return rows[0] ?? null;
}

export async function insertStap(
  tx: Queryable,
  s: { trajectId: string; soort: OnderzoeksstapSoort; omschrijving: string; eigenaarOrganisatieId: string; geplandOp: Date },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into ssk_onderzoeksstappen (traject_id, soort, omschrijving, eigenaar_organisatie_id, gepland_op) values ($1, $2, $3, $4, $5) returning id`,
    [s.trajectId, s.soort, s.omschrijving, s.eigenaarOrganisatieId, s.geplandOp],
  );
  return rows[0]!.id;
}

export async function updateStap(
  tx: Queryable,
  id: string,
  s: { soort: OnderzoeksstapSoort; omschrijving: string; eigenaarOrganisatieId: string; geplandOp: Date; status: StapRow['status']; uitgevoerdOp: Date | null },
): Promise<void> {
  await tx.query(
    `update ssk_onderzoeksstappen set soort = $2, omschrijving = $3, eigenaar_organisatie_id = $4, gepland_op = $5, status = $6, uitgevoerd_op = $7,
            versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, s.soort, s.omschrijving, s.eigenaarOrganisatieId, s.geplandOp, s.status, s.uitgevoerdOp],
  );
}

export async function insertBevestiging(
  tx: Queryable,
  b: { trajectId: string; organisatieId: string; gebruikerId: string; stappen: number; overrides: unknown[] },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into ssk_bevestigingen (traject_id, door_organisatie_id, door_gebruiker_id, stappen, overrides) values ($1, $2, $3, $4, $5) returning id`,
    [b.trajectId, b.organisatieId, b.gebruikerId, b.stappen, JSON.stringify(b.overrides)],
  );
  return rows[0]!.id;
}
