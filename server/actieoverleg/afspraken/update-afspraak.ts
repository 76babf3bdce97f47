import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { recordEvent } from '../../timeline/timeline.storage';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { actorOf } from '../../cases/melding-link';
import { requireCloser, requireVisibleAfspraak } from './afspraak-access';
import { closedOnTime, statusOvergang } from './afspraak-rules';
import { closeAfspraak, findAfspraak, updateToelichting } from './afspraken.storage';
import { afspraakTaakSleutel } from './create-afspraak';
import type { AfgeslotenStatus, Afspraak, AfspraakWijzigen } from './schemas';

/**
 * The owner organisation (or a chair of the region) closes an agreement — gedaan, niet-mogelijk or niet-gedaan, the
 * last two with a toelichting — or updates the note while it is open. Closing completes the owner's task and writes
 * whether it was done on time.
 */
export async function updateAfspraak(db: Database, ctx: AccessContext, id: string, expectedVersie: number, invoer: AfspraakWijzigen): Promise<Afspraak> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const kern = await requireVisibleAfspraak(tx, ctx, id, { forUpdate: true });
    requireCloser(kern, ctx);
    if (kern.versie !== expectedVersie) throw problems.versionConflict(kern.versie);
    const overgang = statusOvergang(kern.status, invoer.status, invoer.toelichting);
    if (!overgang.toegestaan) {
      if (overgang.fout === 'al-afgesloten') throw problems.conflict(`Deze afspraak is al afgesloten (${kern.status}).`, 'afspraak-afgesloten');
      throw problems.invalidField('toelichting', 'licht toe waarom de afspraak niet mogelijk was of niet is gedaan', 'toelichting-verplicht');
    }
    const actor = actorOf(ctx);
    let opTijd: boolean | null = null;
    if (overgang.sluit) {
      const status = invoer.status as AfgeslotenStatus;
      opTijd = closedOnTime(kern.deadline, now);
      await closeAfspraak(tx, id, status, invoer.toelichting, ctx.gebruiker.id, now);
      await completeTaskByKey(tx, actor, afspraakTaakSleutel(id), now);
      await recordEvent(tx, kern.casusId, actor, { soort: 'afspraak-afgesloten', gegevens: { afspraakId: id, status, opTijd } });
    } else {
      await updateToelichting(tx, id, invoer.toelichting);
    }
    const afspraak = (await findAfspraak(tx, id, now))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: overgang.sluit ? 'afronden' : 'wijzigen',
      objectType: 'afspraak',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: kern.casusId, status: invoer.status, opTijd, velden: ['status', 'toelichting'] },
    });
    return afspraak;
  });
}
