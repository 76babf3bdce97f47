import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import type { Interventie, InterventieInvoer } from './schemas';
import { insertInterventie } from './interventies.storage';

/** The functional administrator adds an intervention to the catalogue; codes are unique (409 code-bestaat). */
export async function createInterventie(db: Database, ctx: AccessContext, input: InterventieInvoer): Promise<Interventie> {
  requirePermission(ctx, 'interventies.beheren');
  return db.transaction(async (tx) => {
    const interventie = await insertInterventie(tx, input);
    if (!interventie) throw problems.conflict(`Er bestaat al een interventie met code ${input.code}.`, 'code-bestaat');
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'interventie',
      objectId: interventie.code,
      uitkomst: 'gelukt',
      doel: 'catalogusbeheer',
      details: { velden: Object.keys(input) },
    });
    return interventie;
  });
}
