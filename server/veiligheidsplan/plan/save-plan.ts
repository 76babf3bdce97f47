import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { onopgelosteConflicten } from '../interacties/interactie-rules';
import { planCheckins } from '../monitoring/plan-checkins';
import type { PlanInvoer, Veiligheidsplan } from '../schemas';
import { voegVerborgenToe } from './deling-rules';
import { dubbeleIds } from './plan-elementen';
import { valideerPlan } from './plan-validatie';
import { findPlanOfCasus, insertPlan, insertVersie, updatePlan } from './plan.storage';
import { interactiesVan, kijkerVan, planVoor } from './plan-view';

/**
 * Saves the whole plan document as a new version. The first save creates the plan (no If-Match); every later save
 * needs the current version. What the caller could not see is kept unchanged (voegVerborgenToe); only the regie
 * organisation hands the regie over. A confirmed plan goes back to concept. Each safety condition gets its planned
 * check-in. Timeline event with counts; audit with version and counts.
 */
export async function slaVeiligheidsplanOp(
  db: Database,
  ctx: AccessContext,
  casusId: string,
  versie: number | null,
  invoer: PlanInvoer,
): Promise<{ plan: Veiligheidsplan; aangemaakt: boolean }> {
  return db.transaction(async (tx) => {
    const casus = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    if (casus.status === 'gesloten') throw problems.conflict('De casus is gesloten; het veiligheidsplan kan niet meer worden gewijzigd.', 'casus-gesloten');
    const huidig = await findPlanOfCasus(tx, casusId, { forUpdate: true });
    if (huidig && versie === null) throw problems.preconditionRequired();
    if (huidig && versie !== huidig.versie) throw problems.versionConflict(huidig.versie);
    if (!huidig && versie !== null) throw problems.versionConflict(0, 'Er is nog geen veiligheidsplan; sla het eerste op zonder If-Match.');

    await valideerPlan(tx, casusId, invoer);
    if (huidig && huidig.regieOrganisatieId && huidig.regieOrganisatieId !== ctx.organisatie.id) {
      if (invoer.regieOrganisatieId !== huidig.regieOrganisatieId) {
        throw problems.invalidField('regieOrganisatieId', 'alleen de regieorganisatie kan de regie overdragen', 'niet-regiehouder');
      }
      if (invoer.regieGebruikerId !== undefined && invoer.regieGebruikerId !== huidig.regieGebruikerId) {
        throw problems.invalidField('regieGebruikerId', 'alleen de regieorganisatie wijst de regiehouder aan', 'niet-regiehouder');
      }
    }

    let inhoud = invoer.inhoud;
    if (huidig) {
      const samen = voegVerborgenToe(huidig.inhoud, invoer.inhoud, kijkerVan(ctx, huidig));
      if ('fout' in samen) throw problems.invalidField(samen.fout.veld, samen.fout.reden, 'niet-gedeeld');
      inhoud = samen.inhoud;
      // A new id that happens to be the id of an element hidden from the caller.
      if (dubbeleIds(inhoud).length > 0) throw problems.invalidField('inhoud', 'een id in het plan is al in gebruik; maak nieuwe ids', 'dubbele-id');
    }

    // Left out: the regie person stays while the regie organisation does; null clears it.
    const regieGebruikerId =
      invoer.regieGebruikerId !== undefined ? invoer.regieGebruikerId : huidig?.regieOrganisatieId === invoer.regieOrganisatieId ? huidig.regieGebruikerId : null;
    let planId: string;
    let nieuweVersie: number;
    if (huidig) {
      planId = huidig.id;
      nieuweVersie = await updatePlan(tx, planId, { regieOrganisatieId: invoer.regieOrganisatieId, regieGebruikerId, inhoud });
    } else {
      planId = await insertPlan(tx, { casusId, regioId: casus.regioId, regieOrganisatieId: invoer.regieOrganisatieId, regieGebruikerId, inhoud, organisatieId: ctx.organisatie.id });
      if (!planId) throw problems.versionConflict(1, 'Iemand anders heeft intussen een veiligheidsplan gemaakt. Laad het plan opnieuw.');
      nieuweVersie = 1;
    }
    await insertVersie(tx, {
      planId,
      versie: nieuweVersie,
      inhoud,
      status: 'concept',
      regieOrganisatieId: invoer.regieOrganisatieId,
      organisatieId: ctx.organisatie.id,
      gebruikerId: ctx.gebruiker.id,
    });
    const checkins = await planCheckins(tx, planId, huidig?.inhoud ?? null, inhoud);
    const conflicten = onopgelosteConflicten(await interactiesVan(tx, casusId, inhoud)).length;
    await recordEvent(tx, casusId, actorOf(ctx), {
      soort: 'veiligheidsplan-opgeslagen',
      gegevens: { versie: nieuweVersie, interventies: inhoud.interventies.length, conflicten },
    });
    const opgeslagen = await findPlanOfCasus(tx, casusId);
    const plan = await planVoor(tx, ctx, opgeslagen!);
    await appendAudit(tx, auditActor(ctx), {
      actie: huidig ? 'wijzigen' : 'aanmaken',
      objectType: 'veiligheidsplan',
      objectId: planId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, versie: nieuweVersie, interventies: inhoud.interventies.length, conflicten, checkinsGepland: checkins, wasBevestigd: huidig?.status === 'bevestigd' },
    });
    return { plan, aangemaakt: !huidig };
  });
}
