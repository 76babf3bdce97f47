import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { recordEvent } from '../../timeline/timeline.storage';
import { actorOf } from '../../cases/melding-link';
import { requireOverlegAccess, requireRecorder } from '../vergaderingen/vergadering-access';
import { findAfspraak, findAfspraakKern, insertBeoordeling } from './afspraken.storage';
import type { Afspraak, BeoordelingInvoer } from './schemas';

/**
 * Each meeting first reviews every incomplete agreement of earlier meetings about the casuses on its agenda: why is
 * it not done (circumstances changed, not acted on, still running)? Recorded by the chair or a fixed member while the
 * meeting runs, once per agreement per meeting.
 */
export async function reviewAfspraak(db: Database, ctx: AccessContext, afspraakId: string, invoer: BeoordelingInvoer): Promise<Afspraak> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const overleg = await requireOverlegAccess(tx, ctx, invoer.overlegId);
    const kern = await findAfspraakKern(tx, afspraakId, { forUpdate: true });
    if (!kern) throw problems.notFound();
    const { rows } = await tx.query<{ id: string }>('select id from agendapunten where overleg_id = $1 and casus_id = $2', [overleg.overlegId, kern.casusId]);
    const punt = rows[0];
    // The agreement is found through a meeting the caller may see, at an item of its casus (an on-call partner: its item).
    if (!punt || (overleg.agendapunten !== null && !overleg.agendapunten.includes(punt.id))) throw problems.notFound();
    requireRecorder(overleg);
    if (overleg.status !== 'gestart') {
      throw problems.conflict('Het overleg is niet gestart (of al afgerond): beoordelen gebeurt tijdens het overleg.', 'overleg-niet-gestart');
    }
    if (!kern.overlegBegintOp || kern.overlegId === overleg.overlegId || kern.overlegBegintOp.getTime() >= overleg.begintOp.getTime()) {
      throw problems.invalidField('overlegId', 'alleen afspraken uit een eerder overleg worden beoordeeld', 'geen-eerder-overleg');
    }
    if (kern.status !== 'open') throw problems.conflict(`Deze afspraak is al afgesloten (${kern.status}); er valt niets te beoordelen.`, 'afspraak-afgesloten');
    const beoordelingId = await insertBeoordeling(tx, {
      afspraakId,
      overlegId: overleg.overlegId,
      reden: invoer.reden,
      toelichting: invoer.toelichting,
      gebruikerId: ctx.gebruiker.id,
    });
    if (!beoordelingId) throw problems.conflict('Deze afspraak is in dit overleg al beoordeeld.', 'al-beoordeeld');
    await recordEvent(tx, kern.casusId, actorOf(ctx), {
      soort: 'afspraak-beoordeeld',
      gegevens: { afspraakId, overlegId: overleg.overlegId, reden: invoer.reden },
    });
    const afspraak = (await findAfspraak(tx, afspraakId, now))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'afspraak-beoordeling',
      objectId: beoordelingId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { afspraakId, overlegId: overleg.overlegId, casusId: kern.casusId, reden: invoer.reden },
    });
    return afspraak;
  });
}
