import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { requireTraject } from '../trajecten/traject-access';
import { findVerzoek, type VerzoekRow } from './medisch.storage';

/**
 * A medical request is seen by the expert organisation it is addressed to (that request only: never the track or its
 * casus) and by the partners of its track. Anyone else: 404.
 */
export async function requireVerzoek(tx: Queryable, ctx: AccessContext, id: string, options: { forUpdate?: boolean } = {}): Promise<{ verzoek: VerzoekRow; alsExpert: boolean }> {
  requirePermission(ctx, 'casussen.werken');
  const verzoek = await findVerzoek(tx, id, options);
  if (!verzoek) throw problems.notFound();
  if (verzoek.expert_organisatie_id === ctx.organisatie.id) return { verzoek, alsExpert: true };
  await requireTraject(tx, ctx, verzoek.traject_id);
  return { verzoek, alsExpert: false };
}
