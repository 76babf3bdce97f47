import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requireKnownPersons } from '../persons/person-references';
import type { CasusPersoon, CasusRol } from './schemas';
import { requireCasusAccess } from './casus-access';
import { casusPersonen, touchCasus } from './casussen.storage';
import { actorOf, addPersons, requireOpen } from './melding-link';

export async function addCasusPerson(db: Database, ctx: AccessContext, casusId: string, input: { persoonId: string; rol: CasusRol }): Promise<CasusPersoon> {
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    requireOpen(toegang.status);
    await requireKnownPersons(tx, [{ persoonId: input.persoonId, field: 'persoonId' }]);
    if ((await addPersons(tx, actorOf(ctx), casusId, [input])) === 0) {
      throw problems.conflict('Deze persoon hoort al bij de casus.', 'persoon-al-in-casus');
    }
    await touchCasus(tx, casusId);
    const persoon = (await casusPersonen(tx, casusId)).find((p) => p.persoon.id === input.persoonId)!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'toevoegen',
      objectType: 'persoon',
      objectId: input.persoonId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, rol: input.rol },
    });
    return persoon;
  });
}
