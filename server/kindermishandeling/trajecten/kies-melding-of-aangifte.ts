import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { updateTraject } from './trajecten.storage';
import { requireSskPartner, wijzigTraject } from './traject-access';
import type { KeuzeInvoer, Traject } from '../schemas';

/** The choice between a melding at Veilig Thuis and an aangifte at the police (or both, or neither), with its reason. */
export async function kiesMeldingOfAangifte(db: Database, ctx: AccessContext, id: string, versie: number, invoer: KeuzeInvoer): Promise<Traject> {
  return wijzigTraject(db, ctx, id, versie, 'keuze', async (tx, traject, now) => {
    requireSskPartner(ctx);
    await updateTraject(tx, id, { keuze: invoer.keuze, keuze_reden: invoer.reden, keuze_op: now });
    if (traject.casus_id) {
      await recordEvent(tx, traject.casus_id, actorOf(ctx), { soort: 'ssk-keuze', gegevens: { trajectId: id, keuze: invoer.keuze } });
    }
    return { keuze: invoer.keuze };
  });
}
