import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { kijkerVan } from './aanmelding-access';
import { listAanmeldingen } from './aanmeldingen.storage';
import type { AanmeldingLijstItem, AanmeldingStatus } from './schemas';

/** The organisation's own referrals, and for a chair also the region's referrals waiting for a decision; audited. */
export async function listAanmeldingenFor(db: Database, ctx: AccessContext, status: AanmeldingStatus | undefined): Promise<AanmeldingLijstItem[]> {
  const kijker = kijkerVan(ctx);
  return db.transaction(async (tx) => {
    const aanmeldingen = await listAanmeldingen(tx, kijker, status);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'aanmelding',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { aantal: aanmeldingen.length, status: status ?? null, voorzitter: kijker.voorzitter },
    });
    return aanmeldingen;
  });
}
