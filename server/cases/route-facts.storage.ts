import type { Queryable } from '../platform/db/database';
import type { CoordinatiemomentSoort, RouteFeiten } from '../route-map/route-map';
import { gatherRouteFacts, type BevragingFeiten } from './route-facts';

/**
 * The route-map facts of a casus, read from its meldingen (not those merged into another: they count through
 * the primary), its bevragingen and its running coordination moments. Other domains use this too (bevraging).
 */
export async function readRouteFacts(tx: Queryable, casusId: string): Promise<RouteFeiten> {
  const meldingen = await tx.query<{
    acute_onveiligheid: boolean;
    verdachte_aangehouden: boolean;
    vermoeden_strafbare_kindermishandeling: boolean;
    wapens: boolean;
    herhaling_van_id: string | null;
    geweldsvormen: string[];
  }>(
    `select acute_onveiligheid, verdachte_aangehouden, vermoeden_strafbare_kindermishandeling, wapens, herhaling_van_id, geweldsvormen
       from meldingen where casus_id = $1 and samengevoegd_in_id is null order by ontvangen_op, id`,
    [casusId],
  );
  const bevragingen = await tx.query<BevragingFeiten>('select status, vlaggen from bevragingen where casus_id = $1 order by gesteld_op, id', [casusId]);
  const lopend = await tx.query<{ soort: CoordinatiemomentSoort }>(`select soort from coordinatiemomenten where casus_id = $1 and status = 'geopend'`, [casusId]);
  return gatherRouteFacts({
    meldingen: meldingen.rows.map((m) => ({
      acuteOnveiligheid: m.acute_onveiligheid,
      verdachteAangehouden: m.verdachte_aangehouden,
      vermoedenStrafbareKindermishandeling: m.vermoeden_strafbare_kindermishandeling,
      wapens: m.wapens,
      herhalingVanId: m.herhaling_van_id,
      geweldsvormen: m.geweldsvormen,
    })),
    bevragingen: bevragingen.rows,
    lopend: lopend.rows.map((r) => r.soort),
  });
}
