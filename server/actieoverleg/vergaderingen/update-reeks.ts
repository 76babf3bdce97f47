import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { findReeks, updateReeks as storeReeks } from './reeksen.storage';
import { requireChair, requireReeksAccess } from './vergadering-access';
import type { Reeks, ReeksWijzigen } from './schemas';

/** The chair of the region changes the series' day, time, duration or location (If-Match). Planned meetings keep their time. */
export async function updateReeks(db: Database, ctx: AccessContext, id: string, versie: number, input: ReeksWijzigen): Promise<Reeks> {
  return db.transaction(async (tx) => {
    const toegang = await requireReeksAccess(tx, ctx, id, { forUpdate: true });
    requireChair({ rol: toegang.voorzitter ? 'voorzitter' : 'vast-lid' });
    if (toegang.versie !== versie) throw problems.versionConflict(toegang.versie);
    await storeReeks(tx, id, input);
    const reeks = (await findReeks(tx, id))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'actieoverleg-reeks',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { velden: Object.keys(input).sort() },
    });
    return reeks;
  });
}
