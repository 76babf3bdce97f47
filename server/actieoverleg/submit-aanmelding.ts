import type { Database } from '../platform/db/database';
import { ApiProblem, problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { recordEvent } from '../timeline/timeline.storage';
import { kijkerVan, requireReferrer, requireVisibleAanmelding } from './aanmelding-access';
import { assess } from './assessment';
import { findAanmelding, markSubmitted } from './aanmeldingen.storage';
import { missingCriteria } from './criteria';
import { maySubmit } from './repeat';
import { maySubmitStatus } from './status';
import type { Aanmelding } from './schemas';

/**
 * Submits a draft to the chair. When the criteria are not met and it is no repeat, the submission is refused with
 * 409 listing every missing criterion (field and reason) and the draft stays as it is. A repeat within 12 months
 * goes through whatever the criteria, flagged for the chair. The casus timeline records 'aanmelding-ontvangen'.
 */
export async function submitAanmelding(db: Database, ctx: AccessContext, id: string): Promise<Aanmelding> {
  const kijker = kijkerVan(ctx);
  return db.transaction(async (tx) => {
    const kern = await requireVisibleAanmelding(tx, ctx, id);
    requireReferrer(kern, ctx);
    if (!maySubmitStatus(kern.status)) throw problems.conflict('Deze aanmelding is al ingediend.', 'aanmelding-niet-concept');
    const beoordeling = await assess(tx, { id, regioId: kern.regioId, casusId: kern.casusId, formulier: kern.formulier });
    if (!maySubmit(beoordeling.criteria.voldaan, beoordeling.herhaling)) {
      throw new ApiProblem(
        409,
        'Criteria niet voldaan',
        'De aanmelding voldoet niet aan de criteria voor het Actieoverleg en is als concept bewaard. Vul aan wat ontbreekt, of neem rechtstreeks contact op met de partner voor wie de vraag is.',
        {
          code: 'criteria-niet-voldaan',
          invalidParams: missingCriteria(beoordeling.criteria).map((m) => ({ name: m.veld, code: 'criterium-niet-voldaan', reason: m.reden })),
        },
      );
    }
    await markSubmitted(tx, id, beoordeling);
    await recordEvent(
      tx,
      kern.casusId,
      { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id },
      {
        soort: 'aanmelding-ontvangen',
        gegevens: {
          aanmeldingId: id,
          aanmeldendeOrganisatieId: kern.aanmeldendeOrganisatieId,
          criteriaVoldaan: beoordeling.criteria.voldaan,
          herhalingVanId: beoordeling.herhaling?.vanAanmeldingId ?? null,
          herhalingDagen: beoordeling.herhaling?.dagenSinds ?? null,
        },
      },
    );
    const aanmelding = (await findAanmelding(tx, id, kijker))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'indienen',
      objectType: 'aanmelding',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: kern.casusId, criteriaVoldaan: beoordeling.criteria.voldaan, herhalingVanId: beoordeling.herhaling?.vanAanmeldingId ?? null },
    });
    return aanmelding;
  });
}
