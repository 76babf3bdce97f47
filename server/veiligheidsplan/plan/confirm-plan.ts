import type { Database } from '../../platform/db/database';
import { ApiProblem, problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { createTask } from '../../tasks/tasks.storage';
import { endOfAmsterdamDay } from '../../actieoverleg/afspraken/afspraak-rules';
import { onopgelosteConflicten } from '../interacties/interactie-rules';
import type { Veiligheidsplan } from '../schemas';
import { afspraken } from './plan-elementen';
import { confirmPlan, findPlanOfCasus, insertVersie, namen } from './plan.storage';
import { blokkadesVoorBevestigen, interactiesVan, isRegiehouder, planVoor } from './plan-view';

export const AFSPRAAK_TAAK_SOORT = 'veiligheidsplan-afspraak';

/**
 * The regie holder confirms the plan (If-Match). Only a user of the regie organisation: 403 for anyone else. Refused
 * with 409 while a crossing pair is unresolved (the detail names each rule with both owner organisations; `objecten`
 * holds the ids of both sides), when the plan has no unsafe situation with a safety condition, or when this version is
 * already confirmed. Confirming is a new version (status bevestigd); every agreement with a deadline puts a task in
 * its owner's inbox, once per agreement.
 */
export async function bevestigVeiligheidsplan(db: Database, ctx: AccessContext, casusId: string, versie: number): Promise<Veiligheidsplan> {
  return db.transaction(async (tx) => {
    const now = new Date();
    await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    const plan = await findPlanOfCasus(tx, casusId, { forUpdate: true });
    if (!plan) throw problems.notFound('Deze casus heeft nog geen veiligheidsplan.');
    if (versie !== plan.versie) throw problems.versionConflict(plan.versie);
    if (!(await isRegiehouder(tx, ctx, plan))) throw problems.forbidden('Alleen een medewerker van de regieorganisatie bevestigt het veiligheidsplan.');

    const interacties = await interactiesVan(tx, casusId, plan.inhoud);
    const open = onopgelosteConflicten(interacties);
    if (open.length > 0) {
      const n = await namen(tx, open.flatMap((c) => c.partijen.map((p) => p.eigenaarOrganisatieId)), []);
      const beschrijving = open.map((c) => `${c.regel} (${c.partijen.map((p) => n.organisatie(p.eigenaarOrganisatieId)!.naam).join(' en ')})`);
      throw new ApiProblem(409, 'Conflict', `Het plan heeft doorkruisingen die nog niet zijn opgelost of afgestemd: ${beschrijving.join('; ')}.`, {
        code: 'conflicten',
        objecten: open.flatMap((c) => c.partijen.map((p) => p.interventieId ?? p.sskStapId!)),
      });
    }
    const blokkade = blokkadesVoorBevestigen(plan, interacties, true)[0];
    if (blokkade) throw problems.conflict(blokkade.reden, blokkade.code);

    const nieuweVersie = await confirmPlan(tx, plan.id, ctx.gebruiker.id, now);
    await insertVersie(tx, {
      planId: plan.id,
      versie: nieuweVersie,
      inhoud: plan.inhoud,
      status: 'bevestigd',
      regieOrganisatieId: plan.regieOrganisatieId,
      organisatieId: ctx.organisatie.id,
      gebruikerId: ctx.gebruiker.id,
    });
    let taken = 0;
    for (const { afspraak } of afspraken(plan.inhoud)) {
      if (!afspraak.deadline) continue;
      const taak = await createTask(tx, actorOf(ctx), {
        soort: AFSPRAAK_TAAK_SOORT,
        sleutel: `${AFSPRAAK_TAAK_SOORT}:${afspraak.id}`,
        titel: 'Afspraak uit het veiligheidsplan uitvoeren',
        casusId,
        onderwerp: { soort: 'veiligheidsplan', id: casusId },
        organisatieId: afspraak.eigenaarOrganisatieId,
        gebruikerId: afspraak.eigenaarGebruikerId,
        deadline: endOfAmsterdamDay(afspraak.deadline),
      });
      if (taak.created) taken++;
    }
    await recordEvent(tx, casusId, actorOf(ctx), { soort: 'veiligheidsplan-bevestigd', gegevens: { versie: nieuweVersie } });
    const result = await planVoor(tx, ctx, (await findPlanOfCasus(tx, casusId))!);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'bevestigen',
      objectType: 'veiligheidsplan',
      objectId: plan.id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, versie: nieuweVersie, afspraakTaken: taken },
    });
    return result;
  });
}
