import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import type { Grondslag, GrondslagInvoer } from './schemas';
import { insertGrondslag } from './grondslagen.storage';

/** The functional administrator adds a legal basis to the register; codes are unique. */
export async function createGrondslag(db: Database, ctx: AccessContext, input: GrondslagInvoer): Promise<Grondslag> {
  requirePermission(ctx, 'grondslagen.beheren');
  return db.transaction(async (tx) => {
    const grondslag = await insertGrondslag(tx, input);
    if (!grondslag) throw problems.conflict(`Er bestaat al een grondslag met code ${input.code}.`, 'code-bestaat');
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'grondslag',
      objectId: grondslag.id,
      uitkomst: 'gelukt',
      doel: 'grondslagbeheer',
      details: { code: grondslag.code },
    });
    return grondslag;
  });
}
