import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { listDeliveries } from './notulen.storage';
import type { NotulenVerzending } from './schemas';

/** The minutes delivered to the caller's organisation (meeting date, region, links), newest meeting first. */
export async function listNotulen(db: Database, ctx: AccessContext): Promise<NotulenVerzending[]> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const notulen = await listDeliveries(tx, ctx.organisatie.id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'notulen',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { organisatieId: ctx.organisatie.id, aantal: notulen.length },
    });
    return notulen;
  });
}
