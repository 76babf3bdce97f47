import type { Queryable } from '../../platform/db/database';
import type { SskStap } from '../interacties/interactie-rules';
import { planInhoudSchema, type PlanInhoud, type PlanStatus } from '../schemas';
import type { Fase } from '../../interventies/schemas';

/** The safety plan and its versions in plain SQL. Access is the caller's check (requireCasusAccess). */

export interface PlanRow {
  id: string;
  casusId: string;
  regioId: string;
  status: PlanStatus;
  regieOrganisatieId: string | null;
  regieGebruikerId: string | null;
  inhoud: PlanInhoud;
  versie: number;
  bevestigdeVersie: number | null;
  bevestigdOp: Date | null;
  updatedAt: Date;
}

interface DbPlanRow {
  id: string;
  casus_id: string;
  regio_id: string;
  status: PlanStatus;
  regie_organisatie_id: string | null;
  regie_gebruiker_id: string | null;
  inhoud: unknown;
  versie: number;
  bevestigde_versie: number | null;
  bevestigd_op: Date | null;
  updated_at: Date;
}

/** Stored documents were validated on the way in; parsing again fills defaults of fields added later. */
export const parseInhoud = (inhoud: unknown): PlanInhoud => planInhoudSchema.parse(typeof inhoud === 'string' ? JSON.parse(inhoud) : inhoud);

const toPlan = (r: DbPlanRow): PlanRow => ({
  id: r.id,
  casusId: r.casus_id,
  regioId: r.regio_id,
  status: r.status,
  regieOrganisatieId: r.regie_organisatie_id,
  regieGebruikerId: r.regie_gebruiker_id,
  inhoud: parseInhoud(r.inhoud),
  versie: r.versie,
  bevestigdeVersie: r.bevestigde_versie,
  bevestigdOp: r.bevestigd_op,
  updatedAt: r.updated_at,
});

export async function findPlanOfCasus(tx: Queryable, casusId: string, options: { forUpdate?: boolean } = {}): Promise<PlanRow | null> {
  const { rows } = await tx.query<DbPlanRow>(
    `select id, casus_id, regio_id, status, regie_organisatie_id, regie_gebruiker_id, inhoud, versie, bevestigde_versie, bevestigd_op, updated_at
       from veiligheidsplannen where casus_id = $1 ${options.forUpdate ? 'for update' : ''}`,
    [casusId],
  );
  return rows[0] ? toPlan(rows[0]) : null;
}

export async function insertPlan(
  tx: Queryable,
  p: { casusId: string; regioId: string; regieOrganisatieId: string; regieGebruikerId: string | null; inhoud: PlanInhoud; organisatieId: string },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into veiligheidsplannen (casus_id, regio_id, regie_organisatie_id, regie_gebruiker_id, inhoud, aangemaakt_door_organisatie_id)
     values ($1, $2, $3, $4, $5, $6) on conflict (casus_id) do nothing returning id`,
    [p.casusId, p.regioId, p.regieOrganisatieId, p.regieGebruikerId, JSON.stringify(p.inhoud), p.organisatieId],
  );
  return rows[0]?.id ?? '';
}

/** A new version of the document: back to concept (a changed plan must be confirmed again). */
export async function updatePlan(
  tx: Queryable,
  planId: string,
  p: { regieOrganisatieId: string; regieGebruikerId: string | null; inhoud: PlanInhoud },
): Promise<number> {
  const { rows } = await tx.query<{ versie: number }>(
    `update veiligheidsplannen set regie_organisatie_id = $2, regie_gebruiker_id = $3, inhoud = $4, status = 'concept',
            bevestigde_versie = null, bevestigd_op = null, bevestigd_door_gebruiker_id = null, versie = versie + 1, updated_at = now()
      where id = $1 returning versie`,
    [planId, p.regieOrganisatieId, p.regieGebruikerId, JSON.stringify(p.inhoud)],
  );
  return rows[0]!.versie;
}

export async function confirmPlan(tx: Queryable, planId: string, gebruikerId: string, at: Date): Promise<number> {
  const { rows } = await tx.query<{ versie: number }>(
    `update veiligheidsplannen set status = 'bevestigd', versie = versie + 1, bevestigde_versie = versie + 1, bevestigd_op = $3,
            bevestigd_door_gebruiker_id = $2, updated_at = now()
      where id = $1 returning versie`,
    [planId, gebruikerId, at],
  );
  return rows[0]!.versie;
}

export async function insertVersie(
  tx: Queryable,
  v: { planId: string; versie: number; inhoud: PlanInhoud; status: PlanStatus; regieOrganisatieId: string | null; organisatieId: string; gebruikerId: string | null },
): Promise<void> {
  await tx.query(
    `insert into veiligheidsplan_versies (plan_id, versie, inhoud, status, regie_organisatie_id, door_organisatie_id, door_gebruiker_id)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [v.planId, v.versie, JSON.stringify(v.inhoud), v.status, v.regieOrganisatieId, v.organisatieId, v.gebruikerId],
  );
}

export interface VersieRow {
  versie: number;
  status: PlanStatus;
  inhoud: unknown;
  regieOrganisatieId: string | null;
  doorOrganisatieId: string;
  doorGebruikerId: string | null;
  op: Date;
}

export async function listVersies(tx: Queryable, planId: string, versie: number | null = null): Promise<VersieRow[]> {
  const { rows } = await tx.query<{
    versie: number;
    status: PlanStatus;
    inhoud: unknown;
    regie_organisatie_id: string | null;
    door_organisatie_id: string;
    door_gebruiker_id: string | null;
    created_at: Date;
  }>(
    `select versie, status, ${versie === null ? `'{}'::jsonb as inhoud` : 'inhoud'}, regie_organisatie_id, door_organisatie_id, door_gebruiker_id, created_at
       from veiligheidsplan_versies where plan_id = $1 and ($2::int is null or versie = $2) order by versie desc`,
    [planId, versie],
  );
  return rows.map((r) => ({
    versie: r.versie,
    status: r.status,
    inhoud: r.inhoud,
    regieOrganisatieId: r.regie_organisatie_id,
    doorOrganisatieId: r.door_organisatie_id,
    doorGebruikerId: r.door_gebruiker_id,
    op: r.created_at,
  }));
}

/** Names of organisations and users, for references in responses. */
export async function namen(tx: Queryable, organisatieIds: readonly (string | null)[], gebruikerIds: readonly (string | null)[]) {
  const orgs = await tx.query<{ id: string; naam: string }>('select id, naam from organisaties where id = any ($1::uuid[])', [organisatieIds.filter(Boolean)]);
  const users = await tx.query<{ id: string; naam: string }>('select id, naam from gebruikers where id = any ($1::uuid[])', [gebruikerIds.filter(Boolean)]);
  const org = new Map(orgs.rows.map((r) => [r.id, r.naam]));
  const user = new Map(users.rows.map((r) => [r.id, r.naam]));
  return {
    organisatie: (id: string | null) => (id ? { id, naam: org.get(id) ?? '' } : null),
    gebruiker: (id: string | null) => (id ? { id, naam: user.get(id) ?? '' } : null),
  };
}

/** The organisations taking part in the casus now, with their names. */
export async function deelnemers(tx: Queryable, casusId: string): Promise<{ id: string; naam: string }[]> {
  const { rows } = await tx.query<{ id: string; naam: string }>(
    `select o.id, o.naam from casus_deelnemers d join organisaties o on o.id = d.organisatie_id
      where d.casus_id = $1 and d.tot is null order by o.naam, o.id`,
    [casusId],
  );
  return rows;
}

/** The catalogue phases of the given intervention codes. */
export async function catalogusFasen(tx: Queryable, codes: readonly string[]): Promise<Map<string, Fase[]>> {
  const { rows } = await tx.query<{ code: string; fasen: Fase[] }>('select code, fasen from interventies where code = any ($1::text[])', [[...codes]]);
  return new Map(rows.map((r) => [r.code, r.fasen]));
}

/** The active Actieoverleg scenarios of the casus. */
export async function actieveScenarioIds(tx: Queryable, casusId: string): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>('select id from scenarios where casus_id = $1 and actief', [casusId]);
  return new Set(rows.map((r) => r.id));
}

/** The planned research-plan steps of the SSK tracks on the casus (read-only; kindermishandeling owns the table). */
export async function sskStappenVanCasus(tx: Queryable, casusId: string): Promise<SskStap[]> {
  const { rows } = await tx.query<{ id: string; soort: SskStap['soort']; gepland_op: Date; status: SskStap['status']; eigenaar_organisatie_id: string }>(
    `select s.id, s.soort, s.gepland_op, s.status, s.eigenaar_organisatie_id
       from ssk_onderzoeksstappen s join ssk_trajecten t on t.id = s.traject_id
      where t.casus_id = $1 and t.status <> 'afgesloten' and s.status = 'gepland'
      order by s.gepland_op, s.id`,
    [casusId],
  );
  return rows.map((r) => ({ id: r.id, soort: r.soort, op: new Date(r.gepland_op), status: r.status, eigenaarOrganisatieId: r.eigenaar_organisatie_id }));
}
