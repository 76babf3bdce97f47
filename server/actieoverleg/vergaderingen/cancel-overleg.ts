import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { setOverlegStatus } from './vergaderingen.storage';
import { requireChair, requireOverlegAccess, requireOverlegStatus } from './vergadering-access';
import { loadOverleg } from './read-overleg';
import type { AnnulerenInvoer, Overleg } from './schemas';

/**
 * The chair cancels a planned meeting, with a reason code. Its items stay (the chair moves them to a later meeting);
 * the time is free again for a new meeting. The note is not stored: there is no place for it in the data model yet.
 */
export async function cancelOverleg(db: Database, ctx: AccessContext, id: string, input: AnnulerenInvoer): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, id, { forUpdate: true });
    requireChair(toegang);
    requireOverlegStatus(toegang.status, ['gepland']);
    await setOverlegStatus(tx, id, 'geannuleerd');
    const overleg = await loadOverleg(tx, ctx, { ...toegang, status: 'geannuleerd' });
    await appendAudit(tx, auditActor(ctx), {
      actie: 'intrekken',
      objectType: 'actieoverleg',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { reden: input.reden, agendapunten: overleg.aantalAgendapunten },
    });
    return overleg;
  });
}
