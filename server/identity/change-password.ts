import type { Database } from '../platform/db/database';
import { ApiProblem, problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import type { AuditActor } from '../audit/audit-events';
import { checkPassword, passwordProblemText } from './password-policy';
import { hashPassword, verifyPassword } from './password-hashing';
import { findUserById, membershipsOf, setPasswordHash } from './users.storage';
import { afterFailure, mayAttempt } from './login-throttle';
import { findAttempts, saveAttempts } from './login-attempts.storage';
import { endSession, endSessionsOfUser, insertSession, type ResolvedSession } from './sessions.storage';
import { nextSessionStatus, stepText } from './session-steps';

export interface ChangePasswordInput {
  huidigWachtwoord: string;
  nieuwWachtwoord: string;
}

/**
 * Changes one's own password. Other sessions of the user end. When this replaced a temporary password
 * (the first step of a new account), the session is replaced by one for the next step, with a new token.
 */
export async function changePassword(
  db: Database,
  session: ResolvedSession,
  input: ChangePasswordInput,
  requestId: string,
  secondFactorExempt: boolean,
  now = new Date(),
): Promise<{ token: string } | null> {
  if (session.status !== 'actief' && session.status !== 'wachtwoord-wijzigen') {
    throw new ApiProblem(403, 'Eerst een stap afronden', stepText[session.status], { code: session.status });
  }
  const user = await findUserById(db, session.gebruiker.id);
  if (!user) throw problems.unauthorized();
  const throttle = mayAttempt(await findAttempts(db, user.gebruikersnaam), now);
  if (!throttle.allowed) throw problems.tooManyRequests(throttle.retryAfterSeconds, 'Te veel onjuiste pogingen. Wacht even.');
  if (!(await verifyPassword(user.passwordHash, input.huidigWachtwoord))) {
    await saveAttempts(db, user.gebruikersnaam, afterFailure(await findAttempts(db, user.gebruikersnaam), now));
    throw problems.invalidField('huidigWachtwoord', 'het huidige wachtwoord klopt niet', 'onjuist');
  }
  const problem = checkPassword(input.nieuwWachtwoord, user.gebruikersnaam);
  if (problem) throw problems.invalidField('nieuwWachtwoord', passwordProblemText[problem], problem);
  if (input.nieuwWachtwoord === input.huidigWachtwoord) {
    throw problems.invalidField('nieuwWachtwoord', 'kies een ander wachtwoord dan het huidige', 'ongewijzigd');
  }
  const hash = await hashPassword(input.nieuwWachtwoord);
  const memberships = session.status === 'wachtwoord-wijzigen' ? await membershipsOf(db, user.id) : [];
  const actor: AuditActor = {
    gebruikerId: user.id,
    organisatieId: session.organisatie?.id ?? null,
    rollen: session.status === 'actief' ? (session.organisatie?.rollen ?? []) : [],
    requestId,
  };
  return db.transaction(async (tx) => {
    await setPasswordHash(tx, user.id, hash);
    await endSessionsOfUser(tx, user.id, 'wachtwoord-gewijzigd', session.id);
    let replaced: { token: string } | null = null;
    if (session.status === 'wachtwoord-wijzigen') {
      const organisatieId = session.organisatie?.id ?? (memberships.length === 1 ? memberships[0]!.id : null);
      await endSession(tx, session.id, 'tijdelijk-wachtwoord-vervangen');
      const next = await insertSession(tx, {
        gebruikerId: user.id,
        organisatieId,
        status: nextSessionStatus({
          mustChangePassword: false,
          secondFactorMissing: !secondFactorExempt && !user.totpConfirmedAt,
          organisationChosen: organisatieId !== null,
        }),
        expiresAt: session.expiresAt,
      });
      replaced = { token: next.token };
    }
    await appendAudit(tx, actor, {
      actie: 'wijzigen',
      objectType: 'gebruiker',
      objectId: user.id,
      uitkomst: 'gelukt',
      doel: 'eigen-account',
      details: { velden: ['wachtwoord'], tijdelijk: session.status === 'wachtwoord-wijzigen' },
    });
    return replaced;
  });
}
