import type { Queryable } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { problems } from '../../platform/http/problem';
import { findContactRij, type ContactRij } from './contacten.storage';

/**
 * The access check for an acute contact: case-work roles only (403); visible to the police organisation that
 * registered it and the VT organisation it was made with, and — with `viaCasus` — to the participants of its casus.
 * Anyone else: 404.
 */
export async function requireContactAccess(
  tx: Queryable,
  ctx: AccessContext,
  contactId: string,
  options: { forUpdate?: boolean; viaCasus?: boolean } = {},
): Promise<ContactRij> {
  requirePermission(ctx, 'casussen.werken');
  const contact = await findContactRij(tx, contactId, { forUpdate: options.forUpdate });
  if (!contact) throw problems.notFound();
  const org = ctx.organisatie.id;
  if (contact.politie_organisatie_id === org || contact.vt_organisatie_id === org) return contact;
  if (options.viaCasus && contact.casus_id) {
    const { rows } = await tx.query('select 1 from casus_deelnemers where casus_id = $1 and organisatie_id = $2 and tot is null', [contact.casus_id, org]);
    if (rows.length > 0) return contact;
  }
  throw problems.notFound();
}
