import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { appendAudit } from '../../audit/audit-log';
import { vindIndicator } from '../catalogus';
import type { PeriodeFilter } from '../schemas';
import { ONDERLIGGEND_MAXIMUM, type OnderliggendeCasussen } from './schemas';
import { leesOnderliggendeMetingen, type OnderliggendeMetingRij } from './dashboard.storage';
import { leesCasusTijdlijn } from '../metingen/metingen.storage';
import { meetCasus } from '../metingen/meet-casus';
import type { Queryable } from '../../platform/db/database';

/**
 * Keeps the measurements the caller's organisation could derive from the events it may see: a measurement from
 * an event shared with named organisations only must not reveal that event to the others.
 */
async function afleidbaarVoor(tx: Queryable, organisatieId: string, indicator: string, rijen: OnderliggendeMetingRij[]): Promise<OnderliggendeMetingRij[]> {
  const zichtbaar = new Map<string, Set<string>>();
  for (const casusId of new Set(rijen.map((r) => r.casusId))) {
    const tijdlijn = await leesCasusTijdlijn(tx, casusId, { zichtbaarVoor: organisatieId });
    const sleutels = new Set(
      (tijdlijn ? meetCasus(tijdlijn) : []).filter((m) => m.indicator === indicator).map((m) => `${m.op.getTime()}|${m.waarde}|${m.kenmerk}`),
    );
    zichtbaar.set(casusId, sleutels);
  }
  return rijen.filter((r) => zichtbaar.get(r.casusId)!.has(`${r.op.getTime()}|${r.waarde}|${r.kenmerk}`));
}
import { magOnderliggendeCasussenZien } from './lees-indicator-waarden';

/**
 * The drill-down: the casussen behind a counted indicator, for a caller who does case work and sees indicators,
 * in the caller's own region, and only casussen the caller's organisation takes part in now. Anything else is
 * 404 (its existence never leaks). The read is audited (indicator id and count only).
 */
export async function leesOnderliggendeCasussen(
  db: Database,
  ctx: AccessContext,
  indicatorId: string,
  filter: PeriodeFilter & { kenmerk?: string | undefined },
): Promise<OnderliggendeCasussen> {
  const definitie = vindIndicator(indicatorId);
  if (!magOnderliggendeCasussenZien(ctx, filter.regioId) || !definitie || definitie.bron.soort !== 'tijdlijn') throw problems.notFound();
  return db.transaction(async (tx) => {
    const kandidaten = await leesOnderliggendeMetingen(tx, {
      indicator: definitie.id,
      regioId: filter.regioId,
      van: filter.van,
      tot: filter.tot,
      organisatieId: filter.organisatieId ?? null,
      kenmerk: filter.kenmerk ?? null,
      deelnemerOrganisatieId: ctx.organisatie.id,
      limiet: ONDERLIGGEND_MAXIMUM + 1,
    });
    const afgekapt = kandidaten.rijen.length > ONDERLIGGEND_MAXIMUM;
    const rijen = await afleidbaarVoor(tx, ctx.organisatie.id, definitie.id, kandidaten.rijen.slice(0, ONDERLIGGEND_MAXIMUM));
    const aantal = rijen.length;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'casus',
      objectId: null,
      doel: 'kwaliteitsmonitoring',
      uitkomst: 'gelukt',
      details: { indicator: definitie.id, aantal },
    });
    return {
      indicator: definitie.id,
      van: filter.van,
      tot: filter.tot,
      metingen: rijen.map((r) => ({
        casus: { id: r.casusId, nummer: r.nummer, status: r.status },
        op: r.op.toISOString(),
        waarde: r.waarde,
        kenmerk: r.kenmerk,
      })),
      aantal,
      afgekapt,
    };
  });
}
