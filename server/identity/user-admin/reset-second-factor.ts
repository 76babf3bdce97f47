import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import type { AuditActor } from '../../audit/audit-events';
import { auditActor, type AccessContext } from '../access-context';
import { requirePermission } from '../access-policy';
import type { Gebruiker } from '../schemas';
import { findMember, findUserByUsername, replaceRecoveryCodes, setTotpSecret } from '../users.storage';
import { endSessionsOfUser } from '../sessions.storage';
import { clearAttempts } from '../login-attempts.storage';
import type { Queryable } from '../../platform/db/database';

/**
 * Resets a user's second factor (lost phone): the secret and recovery codes go, every session ends,
 * a lockout is lifted, and the user enrols again at the next login.
 */
export async function resetSecondFactor(db: Database, ctx: AccessContext, id: string): Promise<Gebruiker> {
  requirePermission(ctx, 'gebruikers.beheren');
  return db.transaction(async (tx) => {
    const member = await findMember(tx, ctx.organisatie.id, id, { forUpdate: true });
    if (!member) throw problems.notFound();
    await resetSecondFactorOf(tx, id, member.gebruikersnaam, auditActor(ctx));
    return (await findMember(tx, ctx.organisatie.id, id))!;
  });
}

/** The reset itself, shared with the CLI (which acts as the system, not as an organisation). */
export async function resetSecondFactorOf(tx: Queryable, id: string, gebruikersnaam: string, actor: AuditActor): Promise<void> {
  await setTotpSecret(tx, id, null);
  await replaceRecoveryCodes(tx, id, []);
  await endSessionsOfUser(tx, id, 'tweede-factor-gereset');
  await clearAttempts(tx, gebruikersnaam);
  await appendAudit(tx, actor, {
    actie: 'tweede-factor-resetten',
    objectType: 'gebruiker',
    objectId: id,
    uitkomst: 'gelukt',
    doel: 'gebruikersbeheer',
  });
}

export async function resetSecondFactorByUsername(db: Database, gebruikersnaam: string, actor: AuditActor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const user = await findUserByUsername(tx, gebruikersnaam);
    if (!user) return false;
    await resetSecondFactorOf(tx, user.id, user.gebruikersnaam, actor);
    return true;
  });
}
