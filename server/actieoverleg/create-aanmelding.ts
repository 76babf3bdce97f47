import type { Database } from '../platform/db/database';
import { ApiProblem, problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requireCasusAccess } from '../cases/casus-access';
import { openCasusIn } from '../cases/open-casus';
import { kijkerVan } from './aanmelding-access';
import { assess, requireChildrenInCasus } from './assessment';
import { findAanmelding, findRunning, insertAanmelding } from './aanmeldingen.storage';
import { mergeFormulier } from './formulier';
import { leegFormulier, type Aanmelding, type AanmeldingInvoer } from './schemas';

/** A second referral of a casus while one runs: refused, pointing at the running one (its id in `kandidaten`). */
export function alreadyRunning(lopendId: string): ApiProblem {
  return new ApiProblem(409, 'Aanmelding loopt al', `Voor deze casus loopt al een aanmelding: ${lopendId}. Werk die bij, of wacht op het besluit.`, {
    code: 'aanmelding-loopt-al',
    kandidaten: [lopendId],
  });
}

/**
 * Saves a draft referral to the Actieoverleg, from a casus the caller's organisation takes part in or together with a
 * new casus (opened through openCasusIn in the same transaction). A well-formed draft is always saved, whatever the
 * criteria say: the answer carries the criteria result, so the referrer sees what is still missing.
 */
export async function createAanmelding(db: Database, ctx: AccessContext, invoer: AanmeldingInvoer): Promise<Aanmelding> {
  const kijker = kijkerVan(ctx);
  return db.transaction(async (tx) => {
    let casusId: string;
    let regioId: string;
    if (invoer.nieuweCasus) {
      const casus = await openCasusIn(tx, ctx, { ...invoer.nieuweCasus, meldingIds: [] });
      casusId = casus.id;
      regioId = casus.regio.id;
    } else {
      const toegang = await requireCasusAccess(tx, ctx, invoer.casusId!, { forUpdate: true });
      if (toegang.status === 'gesloten') throw problems.conflict('De casus is gesloten; heropen hem eerst.', 'casus-gesloten');
      casusId = toegang.casusId;
      regioId = toegang.regioId;
    }
    const lopend = await findRunning(tx, casusId);
    if (lopend) throw alreadyRunning(lopend);

    const formulier = mergeFormulier(leegFormulier, invoer);
    await requireChildrenInCasus(tx, casusId, formulier);
    const beoordeling = await assess(tx, { regioId, casusId, formulier });
    const id = await insertAanmelding(tx, { casusId, regioId, organisatieId: ctx.organisatie.id, gebruikerId: ctx.gebruiker.id, formulier, ...beoordeling });
    const aanmelding = (await findAanmelding(tx, id, kijker))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'aanmelding',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId, nieuweCasus: invoer.nieuweCasus !== undefined, criteriaVoldaan: beoordeling.criteria.voldaan, herhaling: beoordeling.herhaling !== null },
    });
    return aanmelding;
  });
}
