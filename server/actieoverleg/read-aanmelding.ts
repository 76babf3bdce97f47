import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { kijkerVan } from './aanmelding-access';
import { findAanmelding } from './aanmeldingen.storage';
import type { Aanmelding } from './schemas';

/** One referral, for those who may see it (404 otherwise), with "bekend bij" reclassering and RvdK; audited. */
export async function readAanmelding(db: Database, ctx: AccessContext, id: string): Promise<Aanmelding> {
  const kijker = kijkerVan(ctx);
  return db.transaction(async (tx) => {
    const aanmelding = await findAanmelding(tx, id, kijker);
    if (!aanmelding) throw problems.notFound();
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'aanmelding',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: aanmelding.casus.id, status: aanmelding.status, bekendBij: aanmelding.bekendBij.length },
    });
    return aanmelding;
  });
}
