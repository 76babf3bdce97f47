import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { wijzigThv } from './thv-access';
import { updateThv } from './thv.storage';
import type { Thv, ThvAfzien } from './schemas';

/** The police decide not to impose the ban considered; the reason stays with the THV, not on the timeline. */
export async function zieAfVanThv(db: Database, ctx: AccessContext, id: string, versie: number, invoer: ThvAfzien): Promise<Thv> {
  return wijzigThv(db, ctx, id, versie, 'afzien', async (tx, thv) => {
    await updateThv(tx, id, { status: 'afgezien', afgezien_reden: invoer.reden });
    await recordEvent(tx, thv.casus_id, actorOf(ctx), { soort: 'thv-afgezien', gegevens: { thvId: id } });
    return {};
  });
}
