import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { toContactpersoon, updateContactpersoon } from './contactpersonen.storage';
import { requireEigenContactpersoon } from './contactpersoon-access';

/** Removing an entry switches it off (it stays for the record); already off is fine. */
export async function deactiveerContactpersoon(db: Database, ctx: AccessContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await requireEigenContactpersoon(tx, ctx, id);
    if (row.actief) await updateContactpersoon(tx, id, { ...toContactpersoon(row), actief: false });
    await appendAudit(tx, auditActor(ctx), {
      actie: 'deactiveren',
      objectType: 'km-contactpersoon',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'organisatiebeheer',
      details: { wasActief: row.actief },
    });
  });
}
