import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireZsmZaak } from '../zaken/zsm-access';
import { listActiveChecklist } from './checklist.storage';
import { findAfdoeningsoverleg } from './afdoening.storage';
import type { AfdoeningsoverlegAntwoord } from './schemas';

/**
 * The afdoeningsoverleg of a ZSM case (null while nothing is recorded), with the region's active checklist to start
 * from.
 */
export async function readAfdoeningsoverleg(db: Database, ctx: AccessContext, zaakId: string): Promise<AfdoeningsoverlegAntwoord> {
  return db.transaction(async (tx) => {
    const zaak = await requireZsmZaak(tx, ctx, zaakId);
    const overleg = await findAfdoeningsoverleg(tx, zaakId);
    const checklist = await listActiveChecklist(tx, zaak.regioId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'zsm-afdoeningsoverleg',
      objectId: zaakId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { zaakId, casusId: zaak.casusId, aanwezig: overleg !== null },
    });
    return { afdoeningsoverleg: overleg, checklist };
  });
}
