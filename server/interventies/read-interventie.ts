import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import type { Interventie } from './schemas';
import { findInterventie } from './interventies.storage';

/**
 * One intervention by code (404 when unknown). An inactive one is found too: existing measures may still name it.
 * No personal data: not audited.
 */
export async function readInterventie(db: Database, _ctx: AccessContext, code: string): Promise<Interventie> {
  const interventie = await findInterventie(db, code);
  if (!interventie) throw problems.notFound();
  return interventie;
}

