import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { findContactpersoon, type ContactpersoonRow } from './contactpersonen.storage';

/** Only the functional administrator of the organisation keeps its list; another organisation's entry is 404. */
export async function requireEigenContactpersoon(tx: Queryable, ctx: AccessContext, id: string): Promise<ContactpersoonRow> {
  requirePermission(ctx, 'kindermishandeling.contactpersonen.beheren');
  const row = await findContactpersoon(tx, id, { forUpdate: true });
  if (!row || row.organisatie_id !== ctx.organisatie.id) throw problems.notFound();
  return row;
}
