import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import type { Verbeteractie } from '../schemas';
import type { Evaluatie, EvaluatieInvullen } from './schemas';
import { evaluatieVragen } from './vragen';
import { controleerAntwoorden } from './evaluatie-rules';
import { vereisGeldigJaar } from './evaluatie-jaar';
import { leesEigenEvaluaties, vergrendelEigenEvaluatie, verhoogVersie, vervangAntwoorden, voegEvaluatieToe } from './evaluaties.storage';

/**
 * Creates or replaces the caller's evaluation of an improvement action for a year, in the region of the caller's
 * organisation. Replacing needs the version (If-Match; 428 without, 409 when stale); creating needs none.
 */
export async function vulEvaluatieIn(
  db: Database,
  ctx: AccessContext,
  verbeteractie: Verbeteractie,
  jaar: number,
  verwachteVersie: number | undefined,
  invoer: EvaluatieInvullen,
): Promise<{ evaluatie: Evaluatie; nieuw: boolean }> {
  requirePermission(ctx, 'evaluaties.invullen');
  vereisGeldigJaar(jaar);
  const fouten = controleerAntwoorden(verbeteractie, invoer.antwoorden, evaluatieVragen);
  if (fouten.length > 0) {
    throw problems.badRequest(`De antwoorden passen niet bij de vragen van ${verbeteractie}: ${fouten.map((f) => f.name).join(', ')}`, fouten);
  }
  const sleutel = { gebruikerId: ctx.gebruiker.id, regioId: ctx.organisatie.regioId, jaar };
  return db.transaction(async (tx) => {
    const bestaand = await vergrendelEigenEvaluatie(tx, sleutel, verbeteractie);
    let id: string;
    if (bestaand) {
      if (verwachteVersie === undefined) throw problems.preconditionRequired();
      if (bestaand.versie !== verwachteVersie) throw problems.versionConflict(bestaand.versie);
      id = bestaand.id;
      await verhoogVersie(tx, id, ctx.organisatie.id);
    } else {
      const nieuwId = await voegEvaluatieToe(tx, { ...sleutel, organisatieId: ctx.organisatie.id }, verbeteractie);
      if (!nieuwId) {
        // Someone (another tab) created it in the meantime: the caller must reload rather than overwrite.
        const [intussen] = await leesEigenEvaluaties(tx, sleutel, verbeteractie);
        throw problems.versionConflict(intussen?.versie ?? 1);
      }
      id = nieuwId;
    }
    await vervangAntwoorden(tx, id, invoer.antwoorden);
    const [evaluatie] = await leesEigenEvaluaties(tx, sleutel, verbeteractie);
    await appendAudit(tx, auditActor(ctx), {
      actie: bestaand ? 'wijzigen' : 'aanmaken',
      objectType: 'evaluatie',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'kwaliteitsmonitoring',
      details: { verbeteractie, jaar, antwoorden: invoer.antwoorden.length },
    });
    return { evaluatie: evaluatie!, nieuw: !bestaand };
  });
}
