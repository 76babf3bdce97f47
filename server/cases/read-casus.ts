import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import type { Casus } from './schemas';
import { requireCasusAccess } from './casus-access';
import { readCasusDetail } from './casussen.storage';

/** One casus, for a participant only (404 otherwise); the read is audited with the participation's purpose. */
export async function readCasus(db: Database, ctx: AccessContext, casusId: string): Promise<Casus> {
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId);
    const casus = await readCasusDetail(tx, toegang);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'casus',
      objectId: casusId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { deelnemerId: toegang.deelnemerId, personen: casus.personen.length },
    });
    return casus;
  });
}
