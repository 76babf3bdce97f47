import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { recordEvent } from '../timeline/timeline.storage';
import type { Casus, CoordinatiemomentenBevestigen } from './schemas';
import { requireCasusAccess } from './casus-access';
import { listCoordinatiemomenten, touchCasus } from './casussen.storage';
import { actorOf, requireOpen } from './melding-link';
import { routeAdviceFor } from './route-advice';
import { openCoordinationMoment } from './coordinatiemomenten.storage';

const zonderVoorstel = 'Gekozen zonder voorstel van de routekaart.';

/**
 * A person confirms the route advice: each confirmed moment opens on the casus (with the route map's reasons when
 * it proposed it), a moment already running is refused (409). Declined proposals are recorded as such.
 */
export async function confirmCoordination(
  db: Database,
  ctx: AccessContext,
  casusId: string,
  input: CoordinatiemomentenBevestigen,
): Promise<Casus['coordinatiemomenten']> {
  const momenten = [...new Set(input.momenten)];
  const afgewezen = [...new Set(input.afgewezen ?? [])];
  const both = afgewezen.find((m) => momenten.includes(m));
  if (both) throw problems.invalidField('afgewezen', `${both} staat ook bij de bevestigde momenten`, 'tegenstrijdig');
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    requireOpen(toegang.status);
    const { advies } = await routeAdviceFor(tx, casusId);
    const running = (await listCoordinatiemomenten(tx, casusId)).filter((m) => m.status === 'geopend').map((m) => m.soort);
    const already = momenten.filter((m) => running.includes(m));
    if (already.length > 0) {
      throw problems.conflict(`Dit coördinatiemoment loopt al op de casus: ${already.join(', ')}.`, 'moment-loopt-al');
    }
    await recordEvent(tx, casusId, actorOf(ctx), { soort: 'routeadvies-bevestigd', gegevens: { momenten, afgewezen } });
    const opened: string[] = [];
    for (const moment of momenten) {
      const redenen = advies.find((a) => a.moment === moment)?.redenen ?? [zonderVoorstel];
      opened.push(await openCoordinationMoment(tx, actorOf(ctx), casusId, moment, redenen));
    }
    await touchCasus(tx, casusId);
    const result = (await listCoordinatiemomenten(tx, casusId)).filter((m) => opened.includes(m.id));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'bevestigen',
      objectType: 'casus',
      objectId: casusId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { momenten, afgewezen, coordinatiemomentIds: opened },
    });
    return result;
  });
}
