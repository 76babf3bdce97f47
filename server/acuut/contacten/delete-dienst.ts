import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { problems } from '../../platform/http/problem';
import { deleteDienst } from './diensten.storage';

/** Removes a shift of the administrator's own organisation (another organisation's or unknown: 404). */
export async function removeDienst(db: Database, ctx: AccessContext, id: string): Promise<void> {
  requirePermission(ctx, 'zsm.bereikbaarheid.beheren');
  await db.transaction(async (tx) => {
    if (!(await deleteDienst(tx, id, ctx.organisatie.id))) throw problems.notFound();
    await appendAudit(tx, auditActor(ctx), { actie: 'verwijderen', objectType: 'acuut-dienst', objectId: id, uitkomst: 'gelukt', doel: 'organisatiebeheer' });
  });
}
