import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { createTask } from '../../tasks/tasks.storage';
import { amsterdamDate } from '../../actieoverleg/afspraken/afspraak-rules';
import { activateScenarioForBreach, scenarioTaakDeadline } from '../../actieoverleg/scenarios/activate-scenarios';
import { findPlanOfCasus } from '../plan/plan.storage';
import type { CheckinInvoer, CheckinResultaat } from '../schemas';
import { findCheckin, insertCheckin, recordCheckin } from './checkins.storage';
import { toCheckin, zichtbareVoorwaarden } from './checkin-view';

export const SCHENDING_TAAK_SOORT = 'veiligheidsplan-schending';
const DAY = 86_400_000;

/**
 * Records (or corrects) the outcome of a check-in (If-Match). Whoever takes part in the casus and may see the
 * condition records it; anyone else gets 404. The first time a check-in is 'geschonden': the regie holder gets a task
 * due today, the condition's scenario (if any, and still active) is activated for this check-in, and a new check-in
 * is planned (volgendeControleOp, by default the next day).
 */
export async function registreerCheckin(db: Database, ctx: AccessContext, checkinId: string, versie: number, invoer: CheckinInvoer): Promise<CheckinResultaat> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const checkin = await findCheckin(tx, checkinId, { forUpdate: true });
    if (!checkin) throw problems.notFound();
    await requireCasusAccess(tx, ctx, checkin.casusId);
    const plan = (await findPlanOfCasus(tx, checkin.casusId))!;
    const v = zichtbareVoorwaarden(ctx, plan).get(checkin.voorwaardeId);
    if (!v) throw problems.notFound();
    if (versie !== checkin.versie) throw problems.versionConflict(checkin.versie);
    const uitgevoerdOp = new Date(invoer.uitgevoerdOp);
    if (uitgevoerdOp.getTime() > now.getTime() + 5 * 60_000) throw problems.invalidField('uitgevoerdOp', 'dit tijdstip ligt in de toekomst', 'in-toekomst');
    const vandaag = amsterdamDate(now);
    const volgende = invoer.volgendeControleOp ?? amsterdamDate(new Date(now.getTime() + DAY));
    if (invoer.uitkomst === 'geschonden' && volgende < vandaag) throw problems.invalidField('volgendeControleOp', 'deze datum ligt in het verleden', 'in-verleden');

    await recordCheckin(tx, checkinId, { uitgevoerdOp, uitkomst: invoer.uitkomst, toelichting: invoer.toelichting, organisatieId: ctx.organisatie.id, gebruikerId: ctx.gebruiker.id });
    const actor = actorOf(ctx);
    await recordEvent(tx, checkin.casusId, actor, { soort: 'veiligheidsplan-checkin', gegevens: { checkinId, uitkomst: invoer.uitkomst } });

    // A breach is followed up once per check-in (the regie task's key says whether it was), also when corrected back and forth.
    let scenarioGeactiveerd = false;
    let nieuweSchending = false;
    if (invoer.uitkomst === 'geschonden' && plan.regieOrganisatieId) {
      nieuweSchending = (
        await createTask(tx, actor, {
          soort: SCHENDING_TAAK_SOORT,
          sleutel: `${SCHENDING_TAAK_SOORT}:${checkinId}`,
          titel: 'Veiligheidsvoorwaarde geschonden: neem regie volgens het veiligheidsplan',
          casusId: checkin.casusId,
          onderwerp: { soort: 'veiligheidsplan', id: checkin.casusId },
          organisatieId: plan.regieOrganisatieId,
          gebruikerId: plan.regieGebruikerId,
          deadline: scenarioTaakDeadline(now),
        })
      ).created;
    }
    if (nieuweSchending) {
      const scenarioId = v.voorwaarde.scenarioId;
      if (scenarioId) scenarioGeactiveerd = await activateScenarioForBreach(tx, scenarioId, checkinId, actor, now);
      await insertCheckin(tx, { planId: plan.id, voorwaardeId: checkin.voorwaardeId, geplandOp: volgende });
      await recordEvent(tx, checkin.casusId, actor, { soort: 'veiligheidsplan-schending', gegevens: { checkinId, scenarioId } });
    }

    const result: CheckinResultaat = {
      ...toCheckin((await findCheckin(tx, checkinId))!, v, now),
      schending: nieuweSchending ? { regieGeinformeerd: true, scenarioGeactiveerd, volgendeControleOp: volgende } : null,
    };
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'veiligheidsplan-checkin',
      objectId: checkinId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: checkin.casusId, uitkomst: invoer.uitkomst, schending: nieuweSchending, scenarioGeactiveerd },
    });
    return result;
  });
}
