import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { appendAudit } from '../../audit/audit-log';
import { vindIndicator } from '../catalogus';
import type { PeriodeFilter } from '../schemas';
import { ONDERLIGGEND_MAXIMUM, type OnderliggendeCasussen } from './schemas';
import { leesOnderliggendeMetingen } from './dashboard.storage';
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
    const { rijen, aantal } = await leesOnderliggendeMetingen(tx, {
      indicator: definitie.id,
      regioId: filter.regioId,
      van: filter.van,
      tot: filter.tot,
      organisatieId: filter.organisatieId ?? null,
      kenmerk: filter.kenmerk ?? null,
      deelnemerOrganisatieId: ctx.organisatie.id,
      limiet: ONDERLIGGEND_MAXIMUM,
    });
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
      afgekapt: aantal > rijen.length,
    };
  });
}
