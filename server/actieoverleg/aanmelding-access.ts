import type { Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import { can, requirePermission } from '../identity/access-policy';
import { lockVisible, type AanmeldingKern, type Kijker } from './aanmeldingen.storage';

/**
 * The access check of a referral. Case-work roles only (403 for the analyst and the administrator); a referral is
 * found by the referring organisation, the organisations taking part in its casus, and — once submitted — the chairs
 * of its region. Anyone else gets 404, so its existence never leaks.
 */
export function kijkerVan(ctx: AccessContext): Kijker {
  requirePermission(ctx, 'casussen.werken');
  return { organisatieId: ctx.organisatie.id, regioId: ctx.organisatie.regioId, voorzitter: can(ctx, 'actieoverleg.voorzitten') };
}

export async function requireVisibleAanmelding(tx: Queryable, ctx: AccessContext, id: string): Promise<AanmeldingKern> {
  const kern = await lockVisible(tx, id, kijkerVan(ctx));
  if (!kern) throw problems.notFound();
  return kern;
}

/** Editing and submitting are the referring organisation's: others who may see the referral get 403. */
export function requireReferrer(kern: AanmeldingKern, ctx: AccessContext): void {
  if (kern.aanmeldendeOrganisatieId !== ctx.organisatie.id) {
    throw problems.forbidden('Alleen de aanmeldende organisatie kan de aanmelding wijzigen of indienen.');
  }
}
