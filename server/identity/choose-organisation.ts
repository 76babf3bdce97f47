import type { Database } from '../platform/db/database';
import { ApiProblem, problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { membershipsOf } from './users.storage';
import { updateSessionState, type ResolvedSession } from './sessions.storage';
import { stepText } from './session-steps';

/** Chooses (at login) or switches (later) the organisation the user acts for; every later action is on its behalf. */
export async function chooseOrganisation(db: Database, session: ResolvedSession, organisatieId: string, requestId: string): Promise<void> {
  if (session.status === 'tweede-factor-inrichten' || session.status === 'wachtwoord-wijzigen') {
    throw new ApiProblem(403, 'Eerst een stap afronden', stepText[session.status], { code: session.status });
  }
  await db.transaction(async (tx) => {
    const membership = (await membershipsOf(tx, session.gebruiker.id)).find((m) => m.id === organisatieId);
    if (!membership) throw problems.notFound('U werkt niet voor deze organisatie, of de organisatie bestaat niet.');
    await updateSessionState(tx, session.id, { status: 'actief', organisatieId: membership.id });
    await appendAudit(
      tx,
      { gebruikerId: session.gebruiker.id, organisatieId: membership.id, rollen: membership.rollen, requestId },
      {
        actie: 'organisatie-kiezen',
        objectType: 'organisatie',
        objectId: membership.id,
        uitkomst: 'gelukt',
        doel: 'authenticatie',
        details: { vorige: session.organisatie?.id ?? null },
      },
    );
  });
}
