import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { requireThv } from './thv-access';
import { listThvOfCasus, readThv } from './thv.storage';
import type { Thv } from './schemas';

/** One THV, with its deadlines and violations, for the participants of its casus. */
export async function leesThv(db: Database, ctx: AccessContext, id: string): Promise<Thv> {
  return db.transaction(async (tx) => {
    const { thv } = await requireThv(tx, ctx, id);
    const resultaat = await readThv(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen', objectType: 'thv', objectId: id, uitkomst: 'gelukt', doel: 'casusbehandeling', details: { casusId: thv.casus_id },
    });
    return resultaat;
  });
}

/** The THVs of a casus, with their deadlines and violations. */
export async function leesThvVanCasus(db: Database, ctx: AccessContext, casusId: string): Promise<Thv[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const items = await listThvOfCasus(tx, casusId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen', objectType: 'thv', objectId: casusId, uitkomst: 'gelukt', doel: 'casusbehandeling', details: { casusId, aantal: items.length },
    });
    return items;
  });
}
