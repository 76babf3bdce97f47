import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { bumpReeks, endLid, findReeks } from './reeksen.storage';
import { requireChair, requireReeksAccess } from './vergadering-access';
import type { Reeks } from './schemas';

/** The chair ends a membership (tot = now); the history stays. */
export async function endLidmaatschap(db: Database, ctx: AccessContext, reeksId: string, lidId: string): Promise<Reeks> {
  return db.transaction(async (tx) => {
    const toegang = await requireReeksAccess(tx, ctx, reeksId, { forUpdate: true });
    requireChair({ rol: toegang.voorzitter ? 'voorzitter' : 'vast-lid' });
    if (!(await endLid(tx, reeksId, lidId))) throw problems.notFound();
    await bumpReeks(tx, reeksId);
    const reeks = (await findReeks(tx, reeksId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'verwijderen',
      objectType: 'actieoverleg-reeks',
      objectId: reeksId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { lidId },
    });
    return reeks;
  });
}
