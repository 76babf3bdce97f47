import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { wijzigThv } from './thv-access';
import { thvTaakSleutel, updateThv } from './thv.storage';
import type { Thv, ThvAdres } from './schemas';

/**
 * The police record where the banned person stays during the ban (a temporary address, kept on the THV so the
 * person's own address is untouched). Completes the 'thv-adres' task, on time or late.
 */
export async function registreerThvAdres(db: Database, ctx: AccessContext, id: string, versie: number, input: ThvAdres): Promise<Thv> {
  return wijzigThv(db, ctx, id, versie, 'adres', async (tx, thv, now) => {
    if (thv.adres_geregistreerd_op) throw problems.conflict('Het adres van de uithuisgeplaatste is al vastgelegd.', 'thv-adres-vastgelegd');
    await updateThv(tx, id, { adres_geregistreerd_op: now, verblijfadres: input.verblijfadres });
    await completeTaskByKey(tx, actorOf(ctx), thvTaakSleutel.adres(id), now);
    return {};
  });
}
