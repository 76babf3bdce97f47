import type { Queryable } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { isActiveMember } from '../../cases/casussen.storage';
import { onopgelosteConflicten, vindInteracties } from '../interacties/interactie-rules';
import type { BevestigBlokkade, Interactie, PlanInhoud, Veiligheidsplan } from '../schemas';
import { filterVoor, verborgenIds, type Kijker } from './deling-rules';
import { voorwaarden } from './plan-elementen';
import { deelnemers, namen, sskStappenVanCasus, type PlanRow } from './plan.storage';

/** The live interactions of a document (all of it, or what one viewer sees) with the casus's planned SSK steps. */
export async function interactiesVan(tx: Queryable, casusId: string, inhoud: PlanInhoud): Promise<Interactie[]> {
  return vindInteracties(inhoud.interventies, inhoud.afstemmingen, await sskStappenVanCasus(tx, casusId));
}

/**
 * Why the plan cannot be confirmed (empty: it can). Only the regie organisation confirms; the plan needs at least
 * one unsafe situation with a safety condition; every crossing pair (over the whole plan) must be resolved.
 */
export function blokkadesVoorBevestigen(plan: PlanRow, alleInteracties: readonly Interactie[], isRegiehouder: boolean): BevestigBlokkade[] {
  const result: BevestigBlokkade[] = [];
  if (plan.status === 'bevestigd') result.push({ code: 'al-bevestigd', reden: 'Deze versie van het plan is al bevestigd.' });
  if (!plan.regieOrganisatieId) result.push({ code: 'geen-regie', reden: 'Het plan heeft geen regiehouder.' });
  else if (!isRegiehouder) result.push({ code: 'niet-regiehouder', reden: 'Alleen de regieorganisatie bevestigt het plan.' });
  if (voorwaarden(plan.inhoud).length === 0) {
    result.push({ code: 'geen-voorwaarden', reden: 'Beschrijf ten minste één onveilige situatie met een veiligheidsvoorwaarde.' });
  }
  const open = onopgelosteConflicten(alleInteracties);
  if (open.length > 0) {
    result.push({
      code: 'conflicten',
      reden: open.length === 1 ? 'Eén doorkruising is nog niet opgelost of afgestemd.' : `${open.length} doorkruisingen zijn nog niet opgelost of afgestemd.`,
    });
  }
  return result;
}

export const kijkerVan = (ctx: AccessContext, plan: Pick<PlanRow, 'regieOrganisatieId'>): Kijker => ({
  organisatieId: ctx.organisatie.id,
  regieOrganisatieId: plan.regieOrganisatieId,
});

/** The caller works for the regie organisation (acting on its behalf, with an active membership). */
export async function isRegiehouder(tx: Queryable, ctx: AccessContext, plan: Pick<PlanRow, 'regieOrganisatieId'>): Promise<boolean> {
  return plan.regieOrganisatieId !== null && plan.regieOrganisatieId === ctx.organisatie.id && (await isActiveMember(tx, ctx.gebruiker.id, ctx.organisatie.id));
}

/** The plan as the caller's organisation may see it, with the interactions it can see and whether it may confirm. */
export async function planVoor(tx: Queryable, ctx: AccessContext, plan: PlanRow): Promise<Veiligheidsplan> {
  const kijker = kijkerVan(ctx, plan);
  const inhoud = filterVoor(plan.inhoud, kijker);
  const stappen = await sskStappenVanCasus(tx, plan.casusId);
  const zichtbareInteracties = vindInteracties(inhoud.interventies, inhoud.afstemmingen, stappen);
  const regiehouder = await isRegiehouder(tx, ctx, plan);
  // The regie organisation sees the whole plan; anyone else is refused anyway and learns nothing of hidden conflicts.
  const blokkades = blokkadesVoorBevestigen(plan, zichtbareInteracties, regiehouder);
  const n = await namen(tx, [plan.regieOrganisatieId], [plan.regieGebruikerId]);
  return {
    id: plan.id,
    casusId: plan.casusId,
    status: plan.status,
    versie: plan.versie,
    bevestigdeVersie: plan.bevestigdeVersie,
    bevestigdOp: plan.bevestigdOp ? plan.bevestigdOp.toISOString() : null,
    regie: { organisatie: n.organisatie(plan.regieOrganisatieId), gebruiker: n.gebruiker(plan.regieGebruikerId) },
    inhoud,
    verborgenOnderdelen: verborgenIds(plan.inhoud, kijker).size,
    interacties: zichtbareInteracties,
    kanBevestigen: blokkades.length === 0,
    blokkades,
    deelnemers: await deelnemers(tx, plan.casusId),
    bijgewerktOp: plan.updatedAt.toISOString(),
  };
}
