import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import type { AcuutContact } from '../schemas';
import { toContact } from './contacten.storage';
import { requireContactAccess } from './contact-access';

/** One acute contact: for its police organisation, its Veilig Thuis and the participants of its casus; others 404. */
export async function readContact(db: Database, ctx: AccessContext, id: string, now: Date = new Date()): Promise<AcuutContact> {
  return db.transaction(async (tx) => {
    const rij = await requireContactAccess(tx, ctx, id, { viaCasus: true });
    const contact = await toContact(tx, rij, now);
    await appendAudit(tx, auditActor(ctx), { actie: 'lezen', objectType: 'acuut-contact', objectId: id, uitkomst: 'gelukt', doel: 'casusbehandeling' });
    return contact;
  });
}
