import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { leesEigenInspanning, verwijderInspanning } from './inspanningen.storage';

/** Deletes a registration of the caller's own organisation (others' → 404); If-Match version required. */
export async function verwijderEigenInspanning(db: Database, ctx: AccessContext, id: string, verwachteVersie: number): Promise<void> {
  requirePermission(ctx, 'inspanningen.registreren');
  await db.transaction(async (tx) => {
    const huidig = await leesEigenInspanning(tx, id, ctx.organisatie.id, { forUpdate: true });
    if (!huidig) throw problems.notFound();
    if (huidig.versie !== verwachteVersie) throw problems.versionConflict(huidig.versie);
    await verwijderInspanning(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'verwijderen',
      objectType: 'inspanning',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'kwaliteitsmonitoring',
      details: { verbeteractie: huidig.verbeteractie, soort: huidig.soort },
    });
  });
}
