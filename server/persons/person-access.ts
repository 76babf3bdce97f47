import type { Queryable } from '../platform/db/database';
import type { AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { problems } from '../platform/http/problem';

/**
 * Who may see a person's details (the one rule, reusable as SQL): the caller's organisation
 * - entered the person, or
 * - takes part now in a casus that holds the person, or
 * - registered a melding naming the person, or
 * - was asked about the person in a bevraging that is open or answered.
 * Search shows anyone by name and date of birth (search before create); everything beyond that follows this rule.
 */
export function personVisibleSql(persoonIdColumn: string, organisatieParam: string): string {
  return `(exists (select 1 from personen pv_ where pv_.id = ${persoonIdColumn} and pv_.aangemaakt_door_organisatie_id = ${organisatieParam})
    or exists (select 1 from casus_personen cpv_ join casus_deelnemers dv_ on dv_.casus_id = cpv_.casus_id and dv_.tot is null
                where cpv_.persoon_id = ${persoonIdColumn} and dv_.organisatie_id = ${organisatieParam})
    or exists (select 1 from melding_personen mpv_ join meldingen mv_ on mv_.id = mpv_.melding_id
                where mpv_.persoon_id = ${persoonIdColumn} and mv_.organisatie_id = ${organisatieParam})
    or exists (select 1 from bevragingen bv_ where bv_.gevraagde_organisatie_id = ${organisatieParam}
                and bv_.status in ('open', 'beantwoord') and ${persoonIdColumn} = any (bv_.persoon_ids)))`;
}

/** The ids among `ids` whose details the caller's organisation may see. */
export async function visiblePersonIds(tx: Queryable, ctx: AccessContext, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await tx.query<{ id: string }>(
    `select p.id from unnest($1::uuid[]) as p(id) where ${personVisibleSql('p.id', '$2')}`,
    [[...new Set(ids)], ctx.organisatie.id],
  );
  return new Set(rows.map((r) => r.id));
}

export async function canSeePerson(tx: Queryable, ctx: AccessContext, persoonId: string): Promise<boolean> {
  return (await visiblePersonIds(tx, ctx, [persoonId])).has(persoonId);
}

/** 403 for roles without case work (the analyst), 404 for a person the caller's organisation may not see. */
export async function requirePersonAccess(tx: Queryable, ctx: AccessContext, persoonId: string): Promise<void> {
  requirePermission(ctx, 'casussen.werken');
  if (!(await canSeePerson(tx, ctx, persoonId))) throw problems.notFound();
}
