import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { can, requirePermission } from '../../identity/access-policy';

/**
 * THE access check for the meetings of the Actieoverleg and their agenda items. Case-work roles only (the analyst
 * and the administrator get 403). A meeting is visible to the chairs of its region (rol 'voorzitter'), to the
 * organisations that are an active fixed member of its series ('vast-lid', every item), and to organisations invited
 * on call to at least one of its items ('op-afroep', only those items). Anyone else does not find it (404); an item
 * the caller may not see is 404 too. Casus content itself stays behind requireCasusAccess.
 */
export type OverlegRol = 'voorzitter' | 'vast-lid' | 'op-afroep';
export type OverlegStatusWaarde = 'gepland' | 'gestart' | 'afgerond' | 'geannuleerd';

export interface OverlegToegang {
  overlegId: string;
  reeksId: string;
  regioId: string;
  status: OverlegStatusWaarde;
  begintOp: Date;
  rol: OverlegRol;
  /** null: every item; otherwise only these agenda item ids */
  agendapunten: string[] | null;
}

export interface AgendapuntToegang {
  agendapuntId: string;
  overlegId: string;
  casusId: string;
  aanmeldingId: string | null;
  soort: 'aanmelding' | 'vervolg';
  status: 'gepland' | 'besproken' | 'doorgeschoven';
  overlegStatus: OverlegToegang['status'];
  rol: OverlegRol;
}

const isChairOf = (ctx: AccessContext, regioId: string) => can(ctx, 'actieoverleg.voorzitten') && ctx.organisatie.regioId === regioId;

interface OverlegAccessRow {
  id: string;
  reeks_id: string;
  regio_id: string;
  status: OverlegStatusWaarde;
  begint_op: Date;
  vast: boolean;
  uitgenodigd: string[];
}

async function overlegRow(tx: Queryable, organisatieId: string, overlegId: string, forUpdate: boolean): Promise<OverlegAccessRow | null> {
  const { rows } = await tx.query<OverlegAccessRow>(
    `select o.id, o.reeks_id, o.regio_id, o.status, o.begint_op,
            exists (select 1 from actieoverleg_leden l
                     where l.reeks_id = o.reeks_id and l.organisatie_id = $2 and l.soort = 'vast' and l.tot is null) as vast,
            coalesce((select array_agg(u.agendapunt_id order by u.agendapunt_id)
                        from agendapunt_uitnodigingen u join agendapunten a on a.id = u.agendapunt_id
                       where a.overleg_id = o.id and u.organisatie_id = $2), '{}') as uitgenodigd
       from actieoverleggen o
      where o.id = $1
      ${forUpdate ? 'for update of o' : ''}`,
    [overlegId, organisatieId],
  );
  return rows[0] ?? null;
}

/** The caller's role at a meeting, or null when the meeting is not theirs to see. */
function roleOf(ctx: AccessContext, row: OverlegAccessRow): Pick<OverlegToegang, 'rol' | 'agendapunten'> | null {
  if (isChairOf(ctx, row.regio_id)) return { rol: 'voorzitter', agendapunten: null };
  if (row.vast) return { rol: 'vast-lid', agendapunten: null };
  if (row.uitgenodigd.length > 0) return { rol: 'op-afroep', agendapunten: row.uitgenodigd };
  return null;
}

export async function requireOverlegAccess(tx: Queryable, ctx: AccessContext, overlegId: string, opts: { forUpdate?: boolean } = {}): Promise<OverlegToegang> {
  requirePermission(ctx, 'casussen.werken');
  const row = await overlegRow(tx, ctx.organisatie.id, overlegId, opts.forUpdate ?? false);
  const rol = row ? roleOf(ctx, row) : null;
  if (!row || !rol) throw problems.notFound();
  return { overlegId: row.id, reeksId: row.reeks_id, regioId: row.regio_id, status: row.status, begintOp: new Date(row.begint_op), ...rol };
}

export async function requireAgendapuntAccess(
  tx: Queryable,
  ctx: AccessContext,
  agendapuntId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<AgendapuntToegang> {
  requirePermission(ctx, 'casussen.werken');
  const { rows } = await tx.query<{
    id: string;
    overleg_id: string;
    casus_id: string;
    aanmelding_id: string | null;
    soort: 'aanmelding' | 'vervolg';
    status: 'gepland' | 'besproken' | 'doorgeschoven';
  }>(
    `select id, overleg_id, casus_id, aanmelding_id, soort, status from agendapunten where id = $1 ${opts.forUpdate ? 'for update' : ''}`,
    [agendapuntId],
  );
  const punt = rows[0];
  if (!punt) throw problems.notFound();
  const overleg = await requireOverlegAccess(tx, ctx, punt.overleg_id);
  if (overleg.agendapunten !== null && !overleg.agendapunten.includes(punt.id)) throw problems.notFound();
  return {
    agendapuntId: punt.id,
    overlegId: punt.overleg_id,
    casusId: punt.casus_id,
    aanmeldingId: punt.aanmelding_id,
    soort: punt.soort,
    status: punt.status,
    overlegStatus: overleg.status,
    rol: overleg.rol,
  };
}

/** Recording the meeting (steps, agreements, scenarios, closing) is for the chair and fixed members: others 403. */
export function requireRecorder(toegang: { rol: OverlegRol }): void {
  if (toegang.rol === 'op-afroep') throw problems.forbidden('Alleen de voorzitter en de vaste deelnemers leggen de bespreking vast.');
}

/** Planning the meeting (agenda, invitations, attendance, time) is the chair's: members who see it get 403. */
export function requireChair(toegang: { rol: OverlegRol }): void {
  if (toegang.rol !== 'voorzitter') throw problems.forbidden('Alleen de voorzitter van het Actieoverleg in deze regio kan dit.');
}

/** Organisation ids of the active fixed members of a series. */
export async function fixedMemberOrganisationIds(tx: Queryable, reeksId: string): Promise<string[]> {
  const { rows } = await tx.query<{ organisatie_id: string }>(
    `select organisatie_id from actieoverleg_leden where reeks_id = $1 and soort = 'vast' and tot is null order by van, id`,
    [reeksId],
  );
  return rows.map((r) => r.organisatie_id);
}

/** The on-call organisations invited to an agenda item. */
export async function invitedOrganisationIds(tx: Queryable, agendapuntId: string): Promise<string[]> {
  const { rows } = await tx.query<{ organisatie_id: string }>(
    'select organisatie_id from agendapunt_uitnodigingen where agendapunt_id = $1 order by uitgenodigd_op, organisatie_id',
    [agendapuntId],
  );
  return rows.map((r) => r.organisatie_id);
}

// ---------------------------------------------------------------------------------------------------
// The series

export interface ReeksToegang {
  reeksId: string;
  regioId: string;
  versie: number;
  /** The caller chairs the Actieoverleg in the series' region. */
  voorzitter: boolean;
}

/** A series is visible to the chairs of its region and to its active members (fixed or on call); others 404. */
export async function requireReeksAccess(tx: Queryable, ctx: AccessContext, reeksId: string, opts: { forUpdate?: boolean } = {}): Promise<ReeksToegang> {
  requirePermission(ctx, 'casussen.werken');
  const { rows } = await tx.query<{ id: string; regio_id: string; versie: number; lid: boolean }>(
    `select r.id, r.regio_id, r.versie,
            exists (select 1 from actieoverleg_leden l where l.reeks_id = r.id and l.organisatie_id = $2 and l.tot is null) as lid
       from actieoverleg_reeksen r where r.id = $1 ${opts.forUpdate ? 'for update of r' : ''}`,
    [reeksId, ctx.organisatie.id],
  );
  const r = rows[0];
  if (!r) throw problems.notFound();
  const voorzitter = isChairOf(ctx, r.regio_id);
  if (!voorzitter && !r.lid) throw problems.notFound();
  return { reeksId: r.id, regioId: r.regio_id, versie: r.versie, voorzitter };
}

/** SQL condition: meeting <alias> is visible to organisation $org (chair flag $chair, region $regio) — the list twin of requireOverlegAccess. */
export function overlegVisibleSql(o: string, org: string, regio: string, chair: string): string {
  return `((${chair}::boolean and ${o}.regio_id = ${regio})
    or exists (select 1 from actieoverleg_leden l_ where l_.reeks_id = ${o}.reeks_id and l_.organisatie_id = ${org} and l_.soort = 'vast' and l_.tot is null)
    or exists (select 1 from agendapunt_uitnodigingen u_ join agendapunten a_ on a_.id = u_.agendapunt_id where a_.overleg_id = ${o}.id and u_.organisatie_id = ${org}))`;
}

/** The viewer of meetings, for list queries and for what is shown inside a visible meeting. */
export function overlegKijker(ctx: AccessContext): { organisatieId: string; regioId: string; voorzitter: boolean } {
  requirePermission(ctx, 'casussen.werken');
  return { organisatieId: ctx.organisatie.id, regioId: ctx.organisatie.regioId, voorzitter: can(ctx, 'actieoverleg.voorzitten') };
}

/** Changing a meeting in a state that does not allow it is 409 (e.g. planning the agenda of a closed meeting). */
export function requireOverlegStatus(status: OverlegStatusWaarde, toegestaan: readonly OverlegStatusWaarde[]): void {
  if (toegestaan.includes(status)) return;
  const reden: Record<OverlegStatusWaarde, string> = {
    gepland: 'Dit Actieoverleg is nog niet gestart.',
    gestart: 'Dit Actieoverleg is al gestart.',
    afgerond: 'Dit Actieoverleg is afgerond.',
    geannuleerd: 'Dit Actieoverleg is geannuleerd.',
  };
  throw problems.conflict(reden[status], `overleg-${status}`);
}
