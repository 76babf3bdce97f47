import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { meetingAt, updateOverlegTijd } from './vergaderingen.storage';
import { lockMeetingForChair } from './chair-edit';
import { loadOverleg } from './read-overleg';
import type { Overleg, OverlegWijzigen } from './schemas';

const MINUTE = 60_000;

/** The chair moves a planned meeting or changes its duration or location (If-Match). */
export async function updateOverleg(db: Database, ctx: AccessContext, id: string, versie: number, input: OverlegWijzigen, now: Date = new Date()): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const { toegang, kern } = await lockMeetingForChair(tx, ctx, id, versie, ['gepland']);
    const begintOp = input.begintOp ? new Date(input.begintOp) : kern.begintOp;
    if (input.begintOp && begintOp.getTime() !== kern.begintOp.getTime()) {
      if (begintOp.getTime() < now.getTime()) throw problems.invalidField('begintOp', 'een Actieoverleg plant u in de toekomst', 'in-het-verleden');
      const bestaand = await meetingAt(tx, kern.reeksId, begintOp, id);
      if (bestaand) throw problems.conflict(`Op dit tijdstip staat al een Actieoverleg (${bestaand}).`, 'overleg-bestaat-al');
    }
    const duur = input.duurMinuten ?? Math.round((kern.eindigtOp.getTime() - kern.begintOp.getTime()) / MINUTE);
    await updateOverlegTijd(tx, id, { begintOp, eindigtOp: new Date(begintOp.getTime() + duur * MINUTE), locatie: input.locatie ?? kern.locatie });
    const overleg = await loadOverleg(tx, ctx, toegang);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'actieoverleg',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { velden: Object.keys(input).sort() },
    });
    return overleg;
  });
}
