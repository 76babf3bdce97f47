import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { can } from '../../identity/access-policy';
import { problems } from '../../platform/http/problem';
import { organisationsOfRegion } from '../zaken/zsm-zaken.storage';
import type { BereikbaarheidLijst } from './schemas';
import { blokkenVan } from './bereikbaarheid.storage';
import { weekVersie, wieNuBereikbaar } from './bereikbaarheid-rules';

/**
 * Every VT organisation of the caller's region with its week at ZSM and whom to reach now: for every case worker of
 * the region, and for an administrator (who keeps the own VT's week). Organisation data, no personal data.
 */
export async function readBereikbaarheid(db: Database, ctx: AccessContext, now: Date = new Date()): Promise<BereikbaarheidLijst> {
  if (!can(ctx, 'casussen.werken') && !can(ctx, 'zsm.bereikbaarheid.beheren')) throw problems.forbidden();
  return db.transaction(async (tx) => {
    const vts = await organisationsOfRegion(tx, ctx.organisatie.regioId, 'veilig-thuis');
    const blokken = await blokkenVan(tx, vts.map((o) => o.id));
    return {
      organisaties: vts.map((organisatie) => {
        const week = blokken.get(organisatie.id) ?? [];
        return { organisatie, blokken: week, nuBereikbaar: wieNuBereikbaar(week, now), versie: weekVersie(week) };
      }),
    };
  });
}
