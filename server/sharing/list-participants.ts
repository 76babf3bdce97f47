import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requireCasusAccess } from '../cases/casus-access';
import type { Deelnemer } from './schemas';
import { listParticipants } from './deelnemers.storage';

/** Who takes and took part in a casus, with purpose and legal basis (former participants keep their end date). */
export async function readParticipants(db: Database, ctx: AccessContext, casusId: string): Promise<Deelnemer[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const deelnemers = await listParticipants(tx, casusId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'casus-deelnemer',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, aantal: deelnemers.length },
    });
    return deelnemers;
  });
}
