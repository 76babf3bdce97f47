import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { wijzigThv } from './thv-access';
import { thvTaakSleutel, updateThv } from './thv.storage';
import type { Thv } from './schemas';

/**
 * The police note that the banned person's address during the ban is registered (the address itself is recorded on
 * the person in the persons domain). Completes the 'thv-adres' task, on time or late.
 */
export async function registreerThvAdres(db: Database, ctx: AccessContext, id: string, versie: number): Promise<Thv> {
  return wijzigThv(db, ctx, id, versie, 'adres', async (tx, thv, now) => {
    if (thv.adres_geregistreerd_op) throw problems.conflict('Het adres van de uithuisgeplaatste is al vastgelegd.', 'thv-adres-vastgelegd');
    await updateThv(tx, id, { adres_geregistreerd_op: now });
    await completeTaskByKey(tx, actorOf(ctx), thvTaakSleutel.adres(id), now);
    return {};
  });
}
