import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { kijkerVan, requireReferrer, requireVisibleAanmelding } from './aanmelding-access';
import { assess, requireChildrenInCasus } from './assessment';
import { findAanmelding, updateFormulier } from './aanmeldingen.storage';
import { changedFields, mergeFormulier } from './formulier';
import { mayEdit } from './status';
import type { Aanmelding, AanmeldingWijzigen } from './schemas';

/** Changes a draft (If-Match): only the referring organisation, only while it is a concept; the criteria are checked again. */
export async function updateAanmelding(db: Database, ctx: AccessContext, id: string, versie: number, wijziging: AanmeldingWijzigen): Promise<Aanmelding> {
  const kijker = kijkerVan(ctx);
  return db.transaction(async (tx) => {
    const kern = await requireVisibleAanmelding(tx, ctx, id);
    requireReferrer(kern, ctx);
    if (!mayEdit(kern.status)) throw problems.conflict('Alleen een concept kan gewijzigd worden; deze aanmelding is al ingediend.', 'aanmelding-niet-concept');
    if (kern.versie !== versie) throw problems.versionConflict(kern.versie);
    const formulier = mergeFormulier(kern.formulier, wijziging);
    await requireChildrenInCasus(tx, kern.casusId, formulier);
    const beoordeling = await assess(tx, { id, regioId: kern.regioId, casusId: kern.casusId, formulier });
    await updateFormulier(tx, id, formulier, beoordeling);
    const aanmelding = (await findAanmelding(tx, id, kijker))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'aanmelding',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: kern.casusId, velden: changedFields(kern.formulier, formulier), criteriaVoldaan: beoordeling.criteria.voldaan },
    });
    return aanmelding;
  });
}
