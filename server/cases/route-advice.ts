import type { Database, Queryable } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { adviseRoute, type RouteAdvies, type RouteFeiten } from '../route-map/route-map';
import type { Routeadvies } from './schemas';
import { requireCasusAccess } from './casus-access';
import { readRouteFacts } from './route-facts.storage';

/** The route map's advice for a casus with the facts it rests on. */
export async function routeAdviceFor(tx: Queryable, casusId: string): Promise<{ advies: RouteAdvies[]; feiten: RouteFeiten }> {
  const feiten = await readRouteFacts(tx, casusId);
  return { advies: adviseRoute(feiten), feiten };
}

/** The route map's proposal for a casus, with the facts it rests on, so a person can confirm it. */
export async function readRouteAdvice(db: Database, ctx: AccessContext, casusId: string): Promise<Routeadvies> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const result = await routeAdviceFor(tx, casusId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'casus',
      objectId: casusId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { routeadvies: result.advies.map((a) => a.moment) },
    });
    return result;
  });
}
