import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { problems } from '../../platform/http/problem';
import type { BereikbaarheidInvoer, VtBereikbaarheid } from './schemas';
import { blokkenVan, lockVtOrganisatie, vervangWeek } from './bereikbaarheid.storage';
import { controleerWeek, sorteerWeek, weekVersie, wieNuBereikbaar } from './bereikbaarheid-rules';

/**
 * The functional administrator of a Veilig Thuis organisation replaces its whole week at ZSM (If-Match on the week's
 * version). Another organisation's week is not found (404). Blocks must not overlap on a weekday and must end after they start.
 */
export async function replaceBereikbaarheid(
  db: Database,
  ctx: AccessContext,
  vtOrganisatieId: string,
  versie: number,
  input: BereikbaarheidInvoer,
  now: Date = new Date(),
): Promise<VtBereikbaarheid> {
  requirePermission(ctx, 'zsm.bereikbaarheid.beheren');
  if (vtOrganisatieId !== ctx.organisatie.id || ctx.organisatie.soort !== 'veilig-thuis') throw problems.notFound();
  const fouten = controleerWeek(input.blokken);
  if (fouten.length > 0) throw problems.badRequest('De week klopt niet: ' + fouten.map((f) => `${f.name}: ${f.reason}`).join('; '), fouten);
  return db.transaction(async (tx) => {
    const organisatie = await lockVtOrganisatie(tx, vtOrganisatieId);
    if (!organisatie) throw problems.notFound();
    const huidig = (await blokkenVan(tx, [vtOrganisatieId])).get(vtOrganisatieId) ?? [];
    const huidigeVersie = weekVersie(huidig);
    if (huidigeVersie !== versie) throw problems.versionConflict(huidigeVersie);
    const week = sorteerWeek(input.blokken);
    await vervangWeek(tx, vtOrganisatieId, week);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'zsm-bereikbaarheid',
      objectId: vtOrganisatieId,
      uitkomst: 'gelukt',
      doel: 'organisatiebeheer',
      details: { blokken: week.length },
    });
    return { organisatie: { id: organisatie.id, naam: organisatie.naam }, blokken: week, nuBereikbaar: wieNuBereikbaar(week, now), versie: weekVersie(week) };
  });
}
