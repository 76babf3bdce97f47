import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import type { AccessContext } from './access-context';
import { auditActor } from './access-context';
import { checkPassword, passwordProblemText } from './password-policy';
import { hashPassword, verifyPassword } from './password-hashing';
import { findUserById, setPasswordHash } from './users.storage';
import { afterFailure, mayAttempt } from './login-throttle';
import { findAttempts, saveAttempts } from './login-attempts.storage';
import { endSessionsOfUser } from './sessions.storage';

/** Changes one's own password; other sessions of the user end, this one stays. */
export async function changePassword(
  db: Database,
  ctx: AccessContext,
  input: { huidigWachtwoord: string; nieuwWachtwoord: string },
  now = new Date(),
): Promise<void> {
  const user = await findUserById(db, ctx.gebruiker.id);
  if (!user) throw problems.unauthorized();
  const throttle = mayAttempt(await findAttempts(db, user.gebruikersnaam), now);
  if (!throttle.allowed) throw problems.tooManyRequests(throttle.retryAfterSeconds, 'Te veel onjuiste pogingen. Wacht even.');
  if (!(await verifyPassword(user.passwordHash, input.huidigWachtwoord))) {
    await saveAttempts(db, user.gebruikersnaam, afterFailure(await findAttempts(db, user.gebruikersnaam), now));
    throw problems.invalidField('huidigWachtwoord', 'het huidige wachtwoord klopt niet', 'onjuist');
  }
  const problem = checkPassword(input.nieuwWachtwoord, user.gebruikersnaam);
  if (problem) throw problems.invalidField('nieuwWachtwoord', passwordProblemText[problem], problem);
  const hash = await hashPassword(input.nieuwWachtwoord);
  await db.transaction(async (tx) => {
    await setPasswordHash(tx, user.id, hash);
    await endSessionsOfUser(tx, user.id, 'wachtwoord-gewijzigd', ctx.sessieId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'gebruiker',
      objectId: user.id,
      uitkomst: 'gelukt',
      doel: 'eigen-account',
      details: { velden: ['wachtwoord'] },
    });
  });
}
