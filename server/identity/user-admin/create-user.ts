import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../access-context';
import { requirePermission } from '../access-policy';
import type { Gebruiker, GebruikerAanmaken } from '../schemas';
import { checkPassword, passwordProblemText } from '../password-policy';
import { hashPassword } from '../password-hashing';
import { findMember, findUserByUsername, insertUser, upsertMembership } from '../users.storage';

/**
 * Creates a user as a member of the administrator's organisation, with a temporary password.
 * At the first login the new user replaces that password, then enrols a second factor.
 */
export async function createUser(db: Database, ctx: AccessContext, input: GebruikerAanmaken): Promise<Gebruiker> {
  requirePermission(ctx, 'gebruikers.beheren');
  const problem = checkPassword(input.wachtwoord, input.gebruikersnaam);
  if (problem) throw problems.invalidField('wachtwoord', passwordProblemText[problem], problem);
  const passwordHash = await hashPassword(input.wachtwoord);
  return db.transaction(async (tx) => {
    if (await findUserByUsername(tx, input.gebruikersnaam)) {
      throw problems.conflict('Deze gebruikersnaam is al in gebruik. Kies een andere.', 'gebruikersnaam-bestaat');
    }
    const user = await insertUser(tx, {
      gebruikersnaam: input.gebruikersnaam,
      naam: input.naam,
      eMail: input.eMail ?? null,
      passwordHash,
      demo: false,
      mustChangePassword: true,
    });
    await upsertMembership(tx, user.id, ctx.organisatie.id, input.rollen);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'gebruiker',
      objectId: user.id,
      uitkomst: 'gelukt',
      doel: 'gebruikersbeheer',
      details: { rollen: [...input.rollen] },
    });
    return (await findMember(tx, ctx.organisatie.id, user.id))!;
  });
}
