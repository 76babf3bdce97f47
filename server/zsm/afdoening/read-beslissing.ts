import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { actorOf } from '../../cases/melding-link';
import { requireZsmZaak } from '../zaken/zsm-access';
import { beslissingLezenTaakSleutel, findBeslissing } from './afdoening.storage';
import type { Beslissing } from './schemas';

/**
 * The decision on a ZSM case (null while there is none), for whoever sees the case. When someone of an organisation
 * that was told reads it, that organisation's 'zsm-beslissing-lezen' task is done: the feedback has arrived.
 */
export async function readBeslissing(db: Database, ctx: AccessContext, zaakId: string): Promise<Beslissing | null> {
  return db.transaction(async (tx) => {
    const zaak = await requireZsmZaak(tx, ctx, zaakId);
    const gelezen = await completeTaskByKey(tx, actorOf(ctx), beslissingLezenTaakSleutel(zaakId, ctx.organisatie.id));
    const beslissing = await findBeslissing(tx, zaakId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'zsm-beslissing',
      objectId: beslissing?.id ?? null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { zaakId, casusId: zaak.casusId, aanwezig: beslissing !== null, terugkoppelingGelezen: gelezen },
    });
    return beslissing;
  });
}
