import type { Queryable } from '../platform/db/database';
import type { Sessie } from './schemas';
import type { ResolvedSession } from './sessions.storage';
import { membershipsOf } from './users.storage';
import type { SessionPolicy } from './session-rules';
import type { SessionCache } from './session-cache';

/** The session as the API shows it to its owner: who, for which organisation, in which roles, and what next. */
export async function sessieView(db: Queryable, session: ResolvedSession, policy: SessionPolicy, cache: SessionCache): Promise<Sessie> {
  const memberships = await cache.membershipsOf(session.gebruiker.id, () => membershipsOf(db, session.gebruiker.id));
  const organisatie = session.status === 'actief' ? session.organisatie : null;
  return {
    status: session.status,
    gebruiker: { id: session.gebruiker.id, gebruikersnaam: session.gebruiker.gebruikersnaam, naam: session.gebruiker.naam },
    organisatie: organisatie ? { id: organisatie.id, naam: organisatie.naam, soort: organisatie.soort, rollen: organisatie.rollen } : null,
    rollen: organisatie?.rollen ?? [],
    organisaties: memberships.map(({ id, naam, soort, rollen }) => ({ id, naam, soort, rollen })),
    csrfToken: session.csrfToken,
    verlooptOp: session.expiresAt.toISOString(),
    inactiefMinuten: policy.idleMinutes,
    demo: session.gebruiker.demo,
  };
}
