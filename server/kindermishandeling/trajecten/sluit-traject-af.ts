import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { updateTraject } from './trajecten.storage';
import { requireSskPartner, wijzigTraject } from './traject-access';
import type { Traject } from '../schemas';

/** Closes the track: its open triage and step tasks lapse; a closed track takes no more changes. */
export async function sluitTrajectAf(db: Database, ctx: AccessContext, id: string, versie: number): Promise<Traject> {
  return wijzigTraject(db, ctx, id, versie, 'afsluiten', async (tx, traject, now) => {
    requireSskPartner(ctx);
    await updateTraject(tx, id, { status: 'afgesloten', afgesloten_op: now });
    const { rows } = await tx.query<{ id: string; status: string }>('select id, status from ssk_onderzoeksstappen where traject_id = $1', [id]);
    const stapKeys = rows.map((r) => `ssk-stap:${r.id}:%`);
    await tx.query(
      `update taken set status = 'vervallen', versie = versie + 1
        where status = 'open' and (sleutel like $1 or sleutel like any($2::text[]))`,
      [`ssk-triage:${id}:%`, stapKeys],
    );
    const actief = rows.filter((r) => r.status !== 'vervallen');
    const uitgevoerd = rows.filter((r) => r.status === 'uitgevoerd').length;
    if (traject.casus_id) {
      await recordEvent(tx, traject.casus_id, actorOf(ctx), { soort: 'ssk-afgesloten', gegevens: { trajectId: id, stappen: actief.length, uitgevoerd } });
    }
    return { stappen: actief.length, uitgevoerd };
  });
}
