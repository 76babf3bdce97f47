import type { Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';

/** The caller's organisation's running participation in a casus: the one key to everything inside it. */
export interface CasusToegang {
  casusId: string;
  regioId: string;
  status: 'open' | 'gesloten';
  versie: number;
  deelnemerId: string;
  doel: string;
  grondslagId: string;
}

/**
 * The one access check for a casus and everything in it (persons in it, meldingen linked, items, timeline,
 * bevragingen, tasks). Roles without case work get 403; a casus the caller's organisation does not (or no
 * longer) take part in is 404, so its existence never leaks.
 */
export async function requireCasusAccess(
  db: Queryable,
  ctx: AccessContext,
  casusId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CasusToegang> {
  requirePermission(ctx, 'casussen.werken');
  const { rows } = await db.query<{
    id: string;
    regio_id: string;
    status: 'open' | 'gesloten';
    versie: number;
    deelnemer_id: string;
    doel: string;
    grondslag_id: string;
  }>(
    `select c.id, c.regio_id, c.status, c.versie, d.id as deelnemer_id, d.doel, d.grondslag_id
       from casussen c
       join casus_deelnemers d on d.casus_id = c.id and d.organisatie_id = $2 and d.tot is null
      where c.id = $1
      ${options.forUpdate ? 'for update of c' : ''}`,
    [casusId, ctx.organisatie.id],
  );
  const row = rows[0];
  if (!row) throw problems.notFound();
  return {
    casusId: row.id,
    regioId: row.regio_id,
    status: row.status,
    versie: row.versie,
    deelnemerId: row.deelnemer_id,
    doel: row.doel,
    grondslagId: row.grondslag_id,
  };
}

/** The organisations that take part in a casus now. */
export async function participatingOrganisationIds(db: Queryable, casusId: string): Promise<string[]> {
  const { rows } = await db.query<{ organisatie_id: string }>(
    'select organisatie_id from casus_deelnemers where casus_id = $1 and tot is null',
    [casusId],
  );
  return rows.map((r) => r.organisatie_id);
}

/** Filter for list queries: the SQL condition "organisation $n takes part in casus <alias>.id now". */
export function participatesSql(casusIdColumn: string, organisatieParam: string): string {
  return `exists (select 1 from casus_deelnemers d_ where d_.casus_id = ${casusIdColumn} and d_.organisatie_id = ${organisatieParam} and d_.tot is null)`;
}
