import type { Database } from '../../platform/db/database';
import { ApiProblem } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { findReeks, insertReeks, reeksIdOfRegion } from './reeksen.storage';
import type { Reeks, ReeksInvoer } from './schemas';

/** A chair starts the weekly series of their region (default Thursday 13:30, three hours); one per region (409). */
export async function createReeks(db: Database, ctx: AccessContext, input: ReeksInvoer): Promise<Reeks> {
  requirePermission(ctx, 'casussen.werken');
  requirePermission(ctx, 'actieoverleg.voorzitten');
  return db.transaction(async (tx) => {
    const id = await insertReeks(tx, ctx.organisatie.regioId, input);
    if (!id) {
      const bestaand = await reeksIdOfRegion(tx, ctx.organisatie.regioId);
      throw new ApiProblem(409, 'Conflict', `Deze regio heeft al een reeks Actieoverleggen (${bestaand}): wijzig die.`, {
        code: 'reeks-bestaat-al',
        kandidaten: bestaand ? [bestaand] : [],
      });
    }
    const reeks = (await findReeks(tx, id))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'actieoverleg-reeks',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { weekdag: input.weekdag, begintijd: input.begintijd, duurMinuten: input.duurMinuten },
    });
    return reeks;
  });
}
