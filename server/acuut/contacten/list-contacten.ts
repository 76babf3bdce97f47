import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import type { AcuutContactenLijst } from '../schemas';
import { listContactRijen, toContact } from './contacten.storage';

/** The own organisation's acute contacts: what the police registered, or what was made with this Veilig Thuis; newest first. */
export async function listContacten(db: Database, ctx: AccessContext, now: Date = new Date()): Promise<AcuutContactenLijst> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const rijen = await listContactRijen(tx, ctx.organisatie.id);
    const contacten = [];
    for (const r of rijen) contacten.push(await toContact(tx, r, now));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'acuut-contact',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { aantal: contacten.length },
    });
    return { contacten };
  });
}
