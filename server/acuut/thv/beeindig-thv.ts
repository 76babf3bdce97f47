import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { lapseTaskByKey } from '../../tasks/tasks.storage';
import { wijzigThv } from './thv-access';
import { openThvTaakSleutels, updateThv } from './thv.storage';
import type { Thv } from './schemas';

const DAG_MS = 24 * 3_600_000;

/** The ban ends (ran out or was withdrawn): its open tasks lapse. */
export async function beeindigThv(db: Database, ctx: AccessContext, id: string, versie: number): Promise<Thv> {
  return wijzigThv(db, ctx, id, versie, 'beeindigen', async (tx, thv, now) => {
    await updateThv(tx, id, { status: 'beeindigd', beeindigd_op: now });
    let vervallen = 0;
    for (const sleutel of await openThvTaakSleutels(tx, id)) if (await lapseTaskByKey(tx, sleutel)) vervallen++;
    const dagenNaOpleggen = Math.max(0, Math.floor((now.getTime() - thv.opgelegd_op!.getTime()) / DAG_MS));
    await recordEvent(tx, thv.casus_id, actorOf(ctx), { soort: 'thv-beeindigd', gegevens: { thvId: id, dagenNaOpleggen } });
    return { vervallenTaken: vervallen };
  });
}
