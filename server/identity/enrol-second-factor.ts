import QRCode from 'qrcode';
import type { Database } from '../platform/db/database';
import { ApiProblem, problems } from '../platform/http/problem';
import { keyedHash, open, seal } from '../platform/secret-box';
import { appendAudit } from '../audit/audit-log';
import type { AuditActor } from '../audit/audit-events';
import { acceptTotp, newTotpSecret, otpauthUri } from './totp';
import { newRecoveryCodes } from './recovery-codes';
import { confirmTotp, findUserById, membershipsOf, replaceRecoveryCodes, setTotpSecret } from './users.storage';
import { endSession, insertSession, type ResolvedSession } from './sessions.storage';
import { afterFailure, mayAttempt } from './login-throttle';
import { clearAttempts, findAttempts, saveAttempts } from './login-attempts.storage';
import { nextSessionStatus, stepText } from './session-steps';

/**
 * Enrolment of the TOTP second factor, which every non-demo account must complete before it can do anything:
 * start (a new secret, shown as QR code) and confirm (a first valid code, then one-time recovery codes).
 */
const actorOf = (session: ResolvedSession, requestId: string): AuditActor => ({
  gebruikerId: session.gebruiker.id,
  organisatieId: session.organisatie?.id ?? null,
  rollen: [],
  requestId,
});

function requireEnrolmentStep(session: ResolvedSession): void {
  if (session.status === 'wachtwoord-wijzigen') {
    throw new ApiProblem(403, 'Eerst een stap afronden', stepText[session.status], { code: session.status });
  }
  if (session.status !== 'tweede-factor-inrichten') {
    throw problems.conflict('Uw tweede factor is al ingericht. Vraag uw functioneel beheerder om hem opnieuw in te stellen.', 'al-ingericht');
  }
}

export async function startEnrolment(db: Database, secretKey: Buffer, session: ResolvedSession, requestId: string) {
  requireEnrolmentStep(session);
  const secret = newTotpSecret();
  const uri = otpauthUri(secret, session.gebruiker.gebruikersnaam);
  await db.transaction(async (tx) => {
    await setTotpSecret(tx, session.gebruiker.id, seal(secretKey, secret));
    await appendAudit(tx, actorOf(session, requestId), {
      actie: 'tweede-factor-starten',
      objectType: 'gebruiker',
      objectId: session.gebruiker.id,
      uitkomst: 'gelukt',
      doel: 'authenticatie',
    });
  });
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { geheim: secret, otpauthUri: uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

export interface ConfirmedEnrolment {
  herstelcodes: string[];
  sessionId: string;
  token: string;
}

/**
 * Confirms the second factor with a first code. The session is replaced by a new one (new token),
 * because it now carries more rights than the one the password alone opened.
 */
export async function confirmEnrolment(
  db: Database,
  secretKey: Buffer,
  session: ResolvedSession,
  code: string,
  requestId: string,
  now = new Date(),
): Promise<ConfirmedEnrolment> {
  requireEnrolmentStep(session);
  const user = await findUserById(db, session.gebruiker.id);
  if (!user?.totpSecret) {
    throw problems.conflict('Start eerst de inrichting: er is nog geen geheim aangemaakt.', 'inrichting-niet-gestart');
  }
  const throttle = mayAttempt(await findAttempts(db, user.gebruikersnaam), now);
  if (!throttle.allowed) throw problems.tooManyRequests(throttle.retryAfterSeconds, 'Te veel onjuiste codes. Wacht even en probeer het opnieuw.');
  const step = acceptTotp(open(secretKey, user.totpSecret), code, now, null);
  if (step === null) {
    await db.transaction(async (tx) => {
      await saveAttempts(tx, user.gebruikersnaam, afterFailure(await findAttempts(tx, user.gebruikersnaam), now));
      await appendAudit(tx, actorOf(session, requestId), {
        actie: 'tweede-factor-bevestigen',
        objectType: 'gebruiker',
        objectId: user.id,
        uitkomst: 'mislukt',
        doel: 'authenticatie',
      });
    });
    throw new ApiProblem(400, 'Ongeldige invoer', 'De code klopt niet. Controleer de tijd op uw telefoon en vul de nieuwste code in.', {
      code: 'ongeldige-invoer',
      invalidParams: [{ name: 'code', code: 'onjuist', reason: 'de code klopt niet' }],
    });
  }
  const herstelcodes = newRecoveryCodes();
  const memberships = await membershipsOf(db, user.id);
  const organisatie = session.organisatie ?? (memberships.length === 1 ? memberships[0] : null);
  return db.transaction(async (tx) => {
    await confirmTotp(tx, user.id, step);
    await replaceRecoveryCodes(tx, user.id, herstelcodes.map((c) => keyedHash(secretKey, c)));
    await clearAttempts(tx, user.gebruikersnaam);
    await endSession(tx, session.id, 'tweede-factor-ingericht');
    const next = await insertSession(tx, {
      gebruikerId: user.id,
      organisatieId: organisatie?.id ?? null,
      status: nextSessionStatus({ mustChangePassword: user.mustChangePassword, secondFactorMissing: false, organisationChosen: !!organisatie }),
      expiresAt: session.expiresAt,
    });
    await appendAudit(tx, actorOf(session, requestId), {
      actie: 'tweede-factor-bevestigen',
      objectType: 'gebruiker',
      objectId: user.id,
      uitkomst: 'gelukt',
      doel: 'authenticatie',
    });
    return { herstelcodes, sessionId: next.id, token: next.token };
  });
}
