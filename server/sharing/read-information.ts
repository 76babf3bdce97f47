import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requireCasusAccess } from '../cases/casus-access';
import type { InformatieItem } from './schemas';
import { listVisibleItems } from './informatie.storage';

/** The information shared in a casus that the caller's organisation needs to know; which items were read is audited. */
export async function readInformation(db: Database, ctx: AccessContext, casusId: string): Promise<InformatieItem[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const items = await listVisibleItems(tx, casusId, ctx.organisatie.id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'informatie-item',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, aantal: items.length, itemIds: items.map((i) => i.id) },
    });
    return items;
  });
}
