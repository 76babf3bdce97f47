import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePersonAccess } from './person-access';
import { bumpVersion, findAddress, insertAddress } from './persons.storage';
import { toAdres } from './read-person';
import type { Adres, AdresInvoer } from './schemas';

/** POST /personen/{id}/adressen: a (new or earlier) address with its period; raises the person's versie. */
export async function addAddress(db: Database, ctx: AccessContext, persoonId: string, input: AdresInvoer): Promise<Adres> {
  return db.transaction(async (tx) => {
    await requirePersonAccess(tx, ctx, persoonId);
    const id = await insertAddress(tx, persoonId, input);
    await bumpVersion(tx, [persoonId]);
    const adres = toAdres((await findAddress(tx, persoonId, id))!);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'toevoegen',
      objectType: 'persoon',
      objectId: persoonId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { adresId: id },
    });
    return adres;
  });
}
