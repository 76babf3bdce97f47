import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { firstFreeOccurrence } from './occurrences';
import { reeksPatroon } from './reeksen.storage';
import { insertOverleg, meetingAt, takenStartTimes } from './vergaderingen.storage';
import { requireChair, requireOverlegAccess, requireReeksAccess } from './vergadering-access';
import { loadOverleg } from './read-overleg';
import type { Overleg, OverlegInvoer } from './schemas';

const MINUTE = 60_000;

/**
 * The chair plans a meeting of the series: at the given time, or at the series' next occurrence that has no meeting
 * yet. A second meeting at the same time is 409; a time in the past is 400.
 */
export async function planOverleg(db: Database, ctx: AccessContext, input: OverlegInvoer, now: Date = new Date()): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const reeks = await requireReeksAccess(tx, ctx, input.reeksId, { forUpdate: true });
    requireChair({ rol: reeks.voorzitter ? 'voorzitter' : 'vast-lid' });
    const patroon = (await reeksPatroon(tx, reeks.reeksId))!;
    let begintOp: Date;
    if (input.begintOp) {
      begintOp = new Date(input.begintOp);
      if (begintOp.getTime() < now.getTime()) throw problems.invalidField('begintOp', 'een Actieoverleg plant u in de toekomst', 'in-het-verleden');
      const bestaand = await meetingAt(tx, reeks.reeksId, begintOp);
      if (bestaand) throw problems.conflict(`Op dit tijdstip staat al een Actieoverleg (${bestaand}).`, 'overleg-bestaat-al');
    } else {
      const vrij = firstFreeOccurrence(patroon, now, await takenStartTimes(tx, reeks.reeksId, now));
      if (!vrij) throw problems.conflict('Het komende jaar staat op elk moment van de reeks al een Actieoverleg.', 'overleg-bestaat-al');
      begintOp = vrij.begintOp;
    }
    const id = await insertOverleg(tx, {
      reeksId: reeks.reeksId,
      regioId: reeks.regioId,
      begintOp,
      eindigtOp: new Date(begintOp.getTime() + patroon.duurMinuten * MINUTE),
      locatie: patroon.locatie,
    });
    if (!id) throw problems.conflict('Op dit tijdstip staat al een Actieoverleg.', 'overleg-bestaat-al');
    const overleg = await loadOverleg(tx, ctx, await requireOverlegAccess(tx, ctx, id));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'actieoverleg',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { reeksId: reeks.reeksId, begintOp: begintOp.toISOString() },
    });
    return overleg;
  });
}
