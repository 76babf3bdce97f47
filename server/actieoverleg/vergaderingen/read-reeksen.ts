import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { findReeks, listReeksenFor } from './reeksen.storage';
import { overlegKijker, requireReeksAccess } from './vergadering-access';
import type { Reeks } from './schemas';

/** The series the caller sees: the region's for its chairs, and those the caller's organisation is a member of. */
export async function listReeksen(db: Database, ctx: AccessContext): Promise<Reeks[]> {
  const kijker = overlegKijker(ctx);
  return db.transaction(async (tx) => {
    const reeksen = await listReeksenFor(tx, kijker.organisatieId, kijker.regioId, kijker.voorzitter);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'actieoverleg-reeks',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { aantal: reeksen.length },
    });
    return reeksen;
  });
}

export async function readReeks(db: Database, ctx: AccessContext, id: string): Promise<Reeks> {
  return db.transaction(async (tx) => {
    await requireReeksAccess(tx, ctx, id);
    const reeks = await findReeks(tx, id);
    if (!reeks) throw problems.notFound();
    await appendAudit(tx, auditActor(ctx), { actie: 'lezen', objectType: 'actieoverleg-reeks', objectId: id, uitkomst: 'gelukt', doel: 'actieoverleg' });
    return reeks;
  });
}
