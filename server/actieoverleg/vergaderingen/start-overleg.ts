import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { setOverlegStatus } from './vergaderingen.storage';
import { requireChair, requireOverlegAccess, requireOverlegStatus } from './vergadering-access';
import { loadOverleg } from './read-overleg';
import type { Overleg } from './schemas';

/** The chair opens a planned meeting (status gestart): from now the items are discussed and recorded. */
export async function startOverleg(db: Database, ctx: AccessContext, id: string): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, id, { forUpdate: true });
    requireChair(toegang);
    requireOverlegStatus(toegang.status, ['gepland']);
    await setOverlegStatus(tx, id, 'gestart');
    const overleg = await loadOverleg(tx, ctx, { ...toegang, status: 'gestart' });
    await appendAudit(tx, auditActor(ctx), {
      actie: 'bevestigen',
      objectType: 'actieoverleg',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { agendapunten: overleg.aantalAgendapunten },
    });
    return overleg;
  });
}
