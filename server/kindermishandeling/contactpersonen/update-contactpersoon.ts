import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { findContactpersoon, toContactpersoon, updateContactpersoon } from './contactpersonen.storage';
import { requireEigenContactpersoon } from './contactpersoon-access';
import type { Contactpersoon, ContactpersoonWijziging } from '../schemas';

/** The functional administrator changes an entry of the own organisation (If-Match). */
export async function wijzigContactpersoon(
  db: Database,
  ctx: AccessContext,
  id: string,
  versie: number,
  wijziging: ContactpersoonWijziging,
): Promise<Contactpersoon> {
  return db.transaction(async (tx) => {
    const row = await requireEigenContactpersoon(tx, ctx, id);
    if (row.versie !== versie) throw problems.versionConflict(row.versie);
    const huidig = toContactpersoon(row);
    await updateContactpersoon(tx, id, {
      niveau: wijziging.niveau ?? huidig.niveau,
      volgorde: wijziging.volgorde ?? huidig.volgorde,
      naam: wijziging.naam ?? huidig.naam,
      functie: wijziging.functie ?? huidig.functie,
      telefoon: wijziging.telefoon ?? huidig.telefoon,
      email: wijziging.email !== undefined ? wijziging.email : huidig.email,
      altijdBereikbaar: wijziging.altijdBereikbaar ?? huidig.altijdBereikbaar,
      bereikbaarheid: wijziging.bereikbaarheid ?? huidig.bereikbaarheid,
      actief: huidig.actief,
    });
    const resultaat = toContactpersoon((await findContactpersoon(tx, id))!);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'km-contactpersoon',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'organisatiebeheer',
      details: { velden: Object.keys(wijziging).filter((k) => wijziging[k as keyof ContactpersoonWijziging] !== undefined) },
    });
    return resultaat;
  });
}
