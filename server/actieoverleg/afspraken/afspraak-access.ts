import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { can, requirePermission } from '../../identity/access-policy';
import { requireCasusAccess } from '../../cases/casus-access';
import { findAfspraakKern, type AfspraakKern } from './afspraken.storage';

/**
 * Who finds an agreement: the organisations taking part in its casus, and the chairs of the casus's region
 * (agreements are made in their meeting). Others get 404. Case-work roles only (403 for analyst and administrator).
 */
export async function requireVisibleAfspraak(tx: Queryable, ctx: AccessContext, id: string, opts: { forUpdate?: boolean } = {}): Promise<AfspraakKern> {
  requirePermission(ctx, 'casussen.werken');
  const kern = await findAfspraakKern(tx, id, opts);
  if (!kern) throw problems.notFound();
  if (!isChairOf(ctx, kern.regioId)) await requireCasusAccess(tx, ctx, kern.casusId);
  return kern;
}

export const isChairOf = (ctx: AccessContext, regioId: string) => can(ctx, 'actieoverleg.voorzitten') && ctx.organisatie.regioId === regioId;

/** Closing is for the owner organisation's case workers and the chairs of the region; others who see it get 403. */
export function requireCloser(kern: AfspraakKern, ctx: AccessContext): void {
  if (kern.eigenaarOrganisatieId !== ctx.organisatie.id && !isChairOf(ctx, kern.regioId)) {
    throw problems.forbidden('Alleen de eigenaar-organisatie van de afspraak of de voorzitter van het Actieoverleg sluit de afspraak af.');
  }
}
