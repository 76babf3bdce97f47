import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { completeTaskByKey, createTask } from '../../tasks/tasks.storage';
import { thvTermijnen, verlengingToegestaan, verlengingsbesluitTijdig } from './thv-rules';
import { wijzigThv } from './thv-access';
import { moveEindeTaken, thvTaakSleutel, updateThv } from './thv.storage';
import type { Thv, ThvVerlengen } from './schemas';

const DAG_MS = 24 * 3_600_000;

/**
 * The mayor extends the ban (registered by the police): the new end at most four weeks after imposition and after the
 * current end, decided before the current end. The end tasks move, the decision task is done, and a new decision task
 * follows while a further extension is still possible.
 */
export async function verlengThv(db: Database, ctx: AccessContext, id: string, versie: number, invoer: ThvVerlengen): Promise<Thv> {
  return wijzigThv(db, ctx, id, versie, 'verlengen', async (tx, thv, now) => {
    const opgelegdOp = thv.opgelegd_op!;
    const huidigeEinde = thv.einde_op!;
    const nieuweEinde = new Date(invoer.nieuweEindeOp);
    const besluitOp = new Date(invoer.besluitOp);
    const teLaat = verlengingToegestaan(opgelegdOp, nieuweEinde, huidigeEinde);
    if (teLaat) throw problems.invalidField('nieuweEindeOp', teLaat, 'verlenging-niet-toegestaan');
    const besluitNietTijdig = verlengingsbesluitTijdig(huidigeEinde, besluitOp);
    if (besluitNietTijdig) throw problems.invalidField('besluitOp', besluitNietTijdig, 'besluit-te-laat');
    if (besluitOp.getTime() < opgelegdOp.getTime()) {
      throw problems.invalidField('besluitOp', 'het besluit tot verlenging kan niet vóór het opleggen vallen', 'besluit-voor-opleggen');
    }
    await updateThv(tx, id, { status: 'verlengd', einde_op: nieuweEinde, verlengingsbesluit_op: besluitOp });
    const actor = actorOf(ctx);
    await completeTaskByKey(tx, actor, thvTaakSleutel.verlengingsbesluit(id, huidigeEinde), now);
    await moveEindeTaken(tx, id, nieuweEinde);
    const volgende = thvTermijnen(opgelegdOp, nieuweEinde).find((t) => t.soort === 'verlengingsbesluit');
    if (volgende) {
      await createTask(tx, actor, {
        soort: 'thv-verlengingsbesluit', sleutel: thvTaakSleutel.verlengingsbesluit(id, nieuweEinde), titel: 'Besluit over verlenging tijdelijk huisverbod',
        casusId: thv.casus_id, onderwerp: { soort: 'thv', id }, organisatieId: thv.geregistreerd_door_organisatie_id, deadline: volgende.deadline,
      });
    }
    const dagenNaOpleggen = Math.round((nieuweEinde.getTime() - opgelegdOp.getTime()) / DAG_MS);
    await recordEvent(tx, thv.casus_id, actor, { soort: 'thv-verlengd', gegevens: { thvId: id, eindeOp: nieuweEinde.toISOString(), dagenNaOpleggen } });
    return { dagenNaOpleggen };
  });
}
