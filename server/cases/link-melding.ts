import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import type { Casus } from './schemas';
import { requireCasusAccess } from './casus-access';
import { readCasusDetail, touchCasus } from './casussen.storage';
import { activateScenariosForMelding } from '../actieoverleg/scenarios/activate-scenarios';
import { actorOf, addPersons, ensureVeiligheidstaxatie, linkMeldingen, lockLinkableMeldingen, personsOfMeldingen, requireOpen } from './melding-link';

/** Links one more melding the caller's organisation took in; its persons join, a repeat is signalled. */
export async function linkMelding(db: Database, ctx: AccessContext, casusId: string, meldingId: string): Promise<Casus> {
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    requireOpen(toegang.status);
    const meldingen = await lockLinkableMeldingen(tx, ctx, [{ meldingId, field: 'meldingId' }]);
    await linkMeldingen(tx, actorOf(ctx), casusId, meldingen);
    const personen = await addPersons(tx, actorOf(ctx), casusId, await personsOfMeldingen(tx, [meldingId]));
    await ensureVeiligheidstaxatie(tx, ctx, casusId);
    await activateScenariosForMelding(tx, meldingId, actorOf(ctx));
    await touchCasus(tx, casusId);
    const casus = await readCasusDetail(tx, toegang);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'koppelen',
      objectType: 'melding',
      objectId: meldingId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, personenToegevoegd: personen },
    });
    return casus;
  });
}
