import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../access-context';
import { requirePermission } from '../access-policy';
import type { Gebruiker, GebruikerWijzigen } from '../schemas';
import { findMember, updateMembership, updateUserFields } from '../users.storage';
import { endSessionsOfUser } from '../sessions.storage';

/**
 * Changes a member of the administrator's organisation: name, e-mail, roles here, active here.
 * `expectedVersie` comes from If-Match; a stale version is refused, never silently overwritten.
 */
export async function updateUser(
  db: Database,
  ctx: AccessContext,
  id: string,
  expectedVersie: number,
  changes: GebruikerWijzigen,
): Promise<Gebruiker> {
  requirePermission(ctx, 'gebruikers.beheren');
  if (id === ctx.gebruiker.id) {
    if (changes.actief === false) throw problems.invalidField('actief', 'u kunt uzelf niet deactiveren', 'eigen-account');
    if (changes.rollen && !changes.rollen.includes('functioneel-beheerder')) {
      throw problems.invalidField('rollen', 'u kunt uw eigen rol functioneel beheerder niet intrekken', 'eigen-account');
    }
  }
  return db.transaction(async (tx) => {
    const current = await findMember(tx, ctx.organisatie.id, id, { forUpdate: true });
    if (!current) throw problems.notFound();
    if (current.versie !== expectedVersie) throw problems.versionConflict(current.versie);
    await updateUserFields(tx, id, { naam: changes.naam, eMail: changes.eMail });
    await updateMembership(tx, ctx.organisatie.id, id, { rollen: changes.rollen, actief: changes.actief });
    const deactivated = changes.actief === false && current.actief;
    if (deactivated) await endSessionsOfUser(tx, id, 'gedeactiveerd');
    await appendAudit(tx, auditActor(ctx), {
      actie: deactivated ? 'deactiveren' : 'wijzigen',
      objectType: 'gebruiker',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'gebruikersbeheer',
      details: { velden: Object.keys(changes).filter((k) => changes[k as keyof GebruikerWijzigen] !== undefined) },
    });
    return (await findMember(tx, ctx.organisatie.id, id))!;
  });
}
