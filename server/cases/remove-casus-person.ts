import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { recordEvent } from '../timeline/timeline.storage';
import { requireCasusAccess } from './casus-access';
import { deleteCasusPersoon, touchCasus } from './casussen.storage';
import { actorOf, requireOpen } from './melding-link';

/** Takes a person out of a casus (e.g. added by mistake); the timeline keeps that it happened. */
export async function removeCasusPerson(db: Database, ctx: AccessContext, casusId: string, persoonId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    requireOpen(toegang.status);
    if (!(await deleteCasusPersoon(tx, casusId, persoonId))) throw problems.notFound();
    await recordEvent(tx, casusId, actorOf(ctx), { soort: 'persoon-verwijderd', gegevens: { persoonId } });
    await touchCasus(tx, casusId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'verwijderen',
      objectType: 'persoon',
      objectId: persoonId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId },
    });
  });
}
