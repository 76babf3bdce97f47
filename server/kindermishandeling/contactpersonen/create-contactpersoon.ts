import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { findContactpersoon, insertContactpersoon, toContactpersoon } from './contactpersonen.storage';
import type { Contactpersoon, ContactpersoonInvoer } from '../schemas';

/** The functional administrator adds a contact person (or the bureaudienst) of the own organisation. */
export async function createContactpersoon(db: Database, ctx: AccessContext, invoer: ContactpersoonInvoer): Promise<Contactpersoon> {
  requirePermission(ctx, 'kindermishandeling.contactpersonen.beheren');
  return db.transaction(async (tx) => {
    const id = await insertContactpersoon(tx, ctx.organisatie.id, invoer);
    const row = (await findContactpersoon(tx, id))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'km-contactpersoon',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'organisatiebeheer',
      details: { niveau: invoer.niveau, volgorde: invoer.volgorde },
    });
    return toContactpersoon(row);
  });
}
