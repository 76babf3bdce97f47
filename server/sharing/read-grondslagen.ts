import type { Database } from '../platform/db/database';
import type { AccessContext } from '../identity/access-context';
import { can, requirePermission } from '../identity/access-policy';
import type { Grondslag } from './schemas';
import { listGrondslagen } from './grondslagen.storage';

/**
 * The register of legal bases: case workers read it to choose one when their organisation takes part in a casus
 * (active ones only); the functional administrator maintains it. A grondslag is never deleted, only deactivated,
 * so every past participation keeps the basis it was recorded with.
 */
export async function readGrondslagen(db: Database, ctx: AccessContext): Promise<Grondslag[]> {
  const beheerder = can(ctx, 'grondslagen.beheren');
  if (!beheerder) requirePermission(ctx, 'casussen.werken');
  return listGrondslagen(db, { alleenActief: !beheerder });
}
