import type { Database } from '../platform/db/database';
import type { AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import type { Fase, Interventie, Rechtsdomein } from './schemas';
import { listInterventies } from './interventies.storage';

/**
 * The catalogue, filtered by phase and/or legal domain; only active interventions unless the functional administrator
 * asks for all (alle=true; 403 for others). No personal data: any active session may read it; not audited.
 */
export async function readInterventies(
  db: Database,
  ctx: AccessContext,
  filter: { fase?: Fase; rechtsdomein?: Rechtsdomein; alle?: boolean },
): Promise<Interventie[]> {
  if (filter.alle) requirePermission(ctx, 'interventies.beheren');
  return listInterventies(db, { fase: filter.fase, rechtsdomein: filter.rechtsdomein, alleenActief: !filter.alle });
}
