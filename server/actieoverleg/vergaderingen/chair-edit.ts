import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { findOverlegKern, type OverlegKern } from './vergaderingen.storage';
import { requireChair, requireOverlegAccess, requireOverlegStatus, type OverlegStatusWaarde, type OverlegToegang } from './vergadering-access';

/**
 * The prologue of every If-Match edit of a meeting by its chair: lock the meeting, the chair only, the version the
 * client saw (else 409 with the current one), and a status that allows the change.
 */
export async function lockMeetingForChair(
  tx: Queryable,
  ctx: AccessContext,
  overlegId: string,
  versie: number,
  toegestaan: readonly OverlegStatusWaarde[],
): Promise<{ toegang: OverlegToegang; kern: OverlegKern }> {
  const toegang = await requireOverlegAccess(tx, ctx, overlegId, { forUpdate: true });
  requireChair(toegang);
  const kern = (await findOverlegKern(tx, overlegId))!;
  if (kern.versie !== versie) throw problems.versionConflict(kern.versie);
  requireOverlegStatus(toegang.status, toegestaan);
  return { toegang, kern };
}
