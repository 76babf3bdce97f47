import type { Queryable } from '../../platform/db/database';
import type { CheckinUitkomst } from '../schemas';

/** Monitoring check-ins on the safety conditions of a plan, in plain SQL. Access is the caller's check. */

export interface CheckinRow {
  id: string;
  planId: string;
  casusId: string;
  voorwaardeId: string;
  geplandOp: string;
  uitgevoerdOp: Date | null;
  uitkomst: CheckinUitkomst | null;
  toelichting: string;
  doorOrganisatieId: string | null;
  doorOrganisatieNaam: string | null;
  versie: number;
}

interface DbRow {
  id: string;
  plan_id: string;
  casus_id: string;
  voorwaarde_id: string;
  gepland_op: string;
  uitgevoerd_op: Date | null;
  uitkomst: CheckinUitkomst | null;
  toelichting: string;
  door_organisatie_id: string | null;
  door_organisatie_naam: string | null;
  versie: number;
}

const SELECT = `select c.id, c.plan_id, p.casus_id, c.voorwaarde_id, to_char(c.gepland_op, 'YYYY-MM-DD') as gepland_op, c.uitgevoerd_op, c.uitkomst,
                       c.toelichting, c.door_organisatie_id, o.naam as door_organisatie_naam, c.versie
                  from veiligheidsplan_checkins c
                  join veiligheidsplannen p on p.id = c.plan_id
                  left join organisaties o on o.id = c.door_organisatie_id`;

const toRow = (r: DbRow): CheckinRow => ({
  id: r.id,
  planId: r.plan_id,
  casusId: r.casus_id,
  voorwaardeId: r.voorwaarde_id,
  geplandOp: r.gepland_op,
  uitgevoerdOp: r.uitgevoerd_op,
  uitkomst: r.uitkomst,
  toelichting: r.toelichting,
  doorOrganisatieId: r.door_organisatie_id,
  doorOrganisatieNaam: r.door_organisatie_naam,
  versie: r.versie,
});

export async function listCheckins(tx: Queryable, planId: string): Promise<CheckinRow[]> {
  const { rows } = await tx.query<DbRow>(`${SELECT} where c.plan_id = $1 order by c.gepland_op, c.created_at, c.id`, [planId]);
  return rows.map(toRow);
}

export async function findCheckin(tx: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<CheckinRow | null> {
  const { rows } = await tx.query<DbRow>(`${SELECT} where c.id = $1 ${options.forUpdate ? 'for update of c' : ''}`, [id]);
  return rows[0] ? toRow(rows[0]) : null;
}

export async function insertCheckin(tx: Queryable, c: { planId: string; voorwaardeId: string; geplandOp: string }): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into veiligheidsplan_checkins (plan_id, voorwaarde_id, gepland_op) values ($1, $2, $3) returning id',
    [c.planId, c.voorwaardeId, c.geplandOp],
  );
  return rows[0]!.id;
}

/** Removes planned (not done) check-ins: of conditions no longer in the plan, or on a date the plan moved away from. */
export async function deleteOpenCheckins(tx: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query('delete from veiligheidsplan_checkins where id = any ($1::uuid[]) and uitgevoerd_op is null', [[...ids]]);
}

export async function recordCheckin(
  tx: Queryable,
  id: string,
  c: { uitgevoerdOp: Date; uitkomst: CheckinUitkomst; toelichting: string; organisatieId: string; gebruikerId: string },
): Promise<void> {
  await tx.query(
    `update veiligheidsplan_checkins set uitgevoerd_op = $2, uitkomst = $3, toelichting = $4, door_organisatie_id = $5, door_gebruiker_id = $6,
            versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, c.uitgevoerdOp, c.uitkomst, c.toelichting, c.organisatieId, c.gebruikerId],
  );
}

export interface VerlopenCheckin {
  id: string;
  casusId: string;
  voorwaardeId: string;
  inhoud: unknown;
  regieOrganisatieId: string;
  regieGebruikerId: string | null;
}

/** Open check-ins whose date has passed (before `vandaag`) on plans with a regie holder, not yet reported. */
export async function verlopenCheckins(tx: Queryable, vandaag: string, taakSoort: string): Promise<VerlopenCheckin[]> {
  const { rows } = await tx.query<{ id: string; casus_id: string; voorwaarde_id: string; inhoud: unknown; regie_organisatie_id: string; regie_gebruiker_id: string | null }>(
    `select c.id, p.casus_id, c.voorwaarde_id, p.inhoud, p.regie_organisatie_id, p.regie_gebruiker_id
       from veiligheidsplan_checkins c
       join veiligheidsplannen p on p.id = c.plan_id
       join casussen k on k.id = p.casus_id
      where c.uitgevoerd_op is null and c.gepland_op < $1::date and p.regie_organisatie_id is not null and k.status = 'open'
        and not exists (select 1 from taken t where t.sleutel = $2 || ':' || c.id::text)
      order by c.gepland_op, c.id
      limit 500`,
    [vandaag, taakSoort],
  );
  return rows.map((r) => ({
    id: r.id,
    casusId: r.casus_id,
    voorwaardeId: r.voorwaarde_id,
    inhoud: r.inhoud,
    regieOrganisatieId: r.regie_organisatie_id,
    regieGebruikerId: r.regie_gebruiker_id,
  }));
}
