import type { Database } from '../platform/db/database';
import { ApiProblem, problems } from '../platform/http/problem';
import { keyedHash, open } from '../platform/secret-box';
import { appendAudit, recordAudit } from '../audit/audit-log';
import type { AuditActor, AuditEvent } from '../audit/audit-events';
import type { Inloggen } from './schemas';
import { verifyPassword } from './password-hashing';
import { afterFailure, mayAttempt } from './login-throttle';
import { clearAttempts, findAttempts, saveAttempts } from './login-attempts.storage';
import { claimTotpStep, findUserByUsername, membershipsOf, useRecoveryCode, type Membership, type UserRecord } from './users.storage';
import { insertSession } from './sessions.storage';
import { nextSessionStatus } from './session-steps';
import { acceptTotp } from './totp';
import { normaliseRecoveryCode } from './recovery-codes';
import { absoluteExpiry, type SessionPolicy } from './session-rules';

export interface LogInDeps {
  db: Database;
  secretKey: Buffer;
  demoMode: boolean;
  policy: SessionPolicy;
}

export interface LogInResult {
  sessionId: string;
  token: string;
  expiresAt: Date;
}

const wrongCredentials = () =>
  problems.unauthorized('De combinatie van gebruikersnaam en wachtwoord is onjuist.', 'inloggegevens-onjuist');

/**
 * Logs a user in with password and, for every non-demo account, a TOTP code or recovery code.
 * Every outcome is audited; failures count towards the growing delay and lockout of that user name.
 */
export async function logIn(deps: LogInDeps, input: Inloggen, requestId: string, now = new Date()): Promise<LogInResult> {
  const { db } = deps;
  const anonymous: AuditActor = { gebruikerId: null, organisatieId: null, rollen: [], requestId };
  const refuse = async (user: UserRecord | null, reden: string, problem: ApiProblem, countsAsFailure = true) => {
    await db.transaction(async (tx) => {
      if (countsAsFailure) await saveAttempts(tx, input.gebruikersnaam, afterFailure(await findAttempts(tx, input.gebruikersnaam), now));
      await appendAudit(tx, { ...anonymous, gebruikerId: user?.id ?? null }, loginEvent(user, 'mislukt', reden));
    });
    return problem;
  };

  const throttle = mayAttempt(await findAttempts(db, input.gebruikersnaam), now);
  if (!throttle.allowed) {
    await recordAudit(db, anonymous, loginEvent(null, 'geweigerd', throttle.locked ? 'geblokkeerd' : 'te-snel'));
    throw problems.tooManyRequests(
      throttle.retryAfterSeconds,
      throttle.locked
        ? `Te veel mislukte pogingen. Inloggen met deze gebruikersnaam is geblokkeerd; probeer het over ${Math.ceil(throttle.retryAfterSeconds / 60)} minuten opnieuw of vraag uw functioneel beheerder om hulp.`
        : `Te veel mislukte pogingen. Wacht ${Math.ceil(throttle.retryAfterSeconds)} seconden voor u het opnieuw probeert.`,
    );
  }

  const user = await findUserByUsername(db, input.gebruikersnaam);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.wachtwoord);
  if (!user || !passwordOk || !user.actief) throw await refuse(user, !user ? 'onbekend' : !passwordOk ? 'wachtwoord' : 'inactief', wrongCredentials());

  const memberships = await membershipsOf(db, user.id);
  if (memberships.length === 0) {
    throw await refuse(
      user,
      'geen-organisatie',
      problems.unauthorized(
        'Uw account is aan geen actieve organisatie gekoppeld. Neem contact op met uw functioneel beheerder.',
        'geen-organisatie',
      ),
      false,
    );
  }

  let requested: Membership | undefined;
  if (input.organisatieId !== undefined) {
    requested = memberships.find((m) => m.id === input.organisatieId);
    if (!requested) throw problems.invalidField('organisatieId', 'u werkt niet voor deze organisatie', 'onbekende-organisatie');
  }
  const organisatie = requested ?? (memberships.length === 1 ? memberships[0] : undefined);

  const secondFactorExempt = user.demo && deps.demoMode;
  const secondFactorMissing = !secondFactorExempt && (!user.totpConfirmedAt || !user.totpSecret);
  let usedRecoveryCode = false;
  if (!secondFactorExempt && user.totpSecret && user.totpConfirmedAt) {
    if (input.herstelcode !== undefined) {
      const hash = keyedHash(deps.secretKey, normaliseRecoveryCode(input.herstelcode));
      if (!(await useRecoveryCode(db, user.id, hash))) {
        throw await refuse(user, 'herstelcode', problems.unauthorized('Deze herstelcode is onjuist of al gebruikt.', 'tweede-factor-onjuist'));
      }
      usedRecoveryCode = true;
    } else if (input.code !== undefined) {
      const step = acceptTotp(open(deps.secretKey, user.totpSecret), input.code, now, user.totpLastStep);
      if (step === null || !(await claimTotpStep(db, user.id, step))) {
        throw await refuse(user, 'totp', problems.unauthorized('De code is onjuist of al gebruikt. Wacht op een nieuwe code.', 'tweede-factor-onjuist'));
      }
    } else {
      throw problems.unauthorized('Vul de zescijferige code uit uw authenticator-app in.', 'tweede-factor-vereist');
    }
  }

  const status = nextSessionStatus({
    mustChangePassword: user.mustChangePassword,
    secondFactorMissing,
    organisationChosen: organisatie !== undefined,
  });
  const expiresAt = absoluteExpiry(now, deps.policy);
  return db.transaction(async (tx) => {
    await clearAttempts(tx, input.gebruikersnaam);
    const session = await insertSession(tx, { gebruikerId: user.id, organisatieId: organisatie?.id ?? null, status, expiresAt });
    const actor: AuditActor = {
      gebruikerId: user.id,
      organisatieId: organisatie?.id ?? null,
      rollen: organisatie?.rollen ?? [],
      requestId,
    };
    if (usedRecoveryCode) {
      await appendAudit(tx, actor, { actie: 'herstelcode-gebruiken', objectType: 'gebruiker', objectId: user.id, uitkomst: 'gelukt', doel: 'authenticatie' });
    }
    await appendAudit(tx, actor, {
      ...loginEvent(user, 'gelukt', secondFactorExempt ? 'demo-zonder-tweede-factor' : status),
    });
    return { sessionId: session.id, token: session.token, expiresAt };
  });
}

function loginEvent(user: UserRecord | null, uitkomst: AuditEvent['uitkomst'], reden: string): AuditEvent {
  return { actie: 'inloggen', objectType: 'gebruiker', objectId: user?.id ?? null, uitkomst, doel: 'authenticatie', details: { reden } };
}
