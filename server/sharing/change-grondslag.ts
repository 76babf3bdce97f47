import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import type { Grondslag, GrondslagWijzigen } from './schemas';
import { findGrondslag, updateGrondslag } from './grondslagen.storage';

/** The functional administrator renames or (de)activates a legal basis; If-Match guards against lost updates. */
export async function changeGrondslag(
  db: Database,
  ctx: AccessContext,
  id: string,
  expectedVersie: number,
  changes: GrondslagWijzigen,
): Promise<Grondslag> {
  requirePermission(ctx, 'grondslagen.beheren');
  return db.transaction(async (tx) => {
    const current = await findGrondslag(tx, id, { forUpdate: true });
    if (!current) throw problems.notFound();
    if (current.versie !== expectedVersie) throw problems.versionConflict(current.versie);
    const grondslag = await updateGrondslag(tx, id, changes);
    await appendAudit(tx, auditActor(ctx), {
      actie: changes.actief === false && current.actief ? 'deactiveren' : 'wijzigen',
      objectType: 'grondslag',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'grondslagbeheer',
      details: { velden: Object.keys(changes).filter((k) => changes[k as keyof GrondslagWijzigen] !== undefined) },
    });
    return grondslag;
  });
}
