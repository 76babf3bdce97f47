import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { participatingOrganisationIds } from '../cases/casus-access';
import { readRouteFacts } from '../cases/route-facts.storage';
import { adviseRoute, type RouteAdvies } from '../route-map/route-map';
import { recordEvent } from '../timeline/timeline.storage';
import { completeTaskByKey, createTask } from '../tasks/tasks.storage';
import { afstemmingDeadline } from '../tasks/deadlines';
import { feitenMetAntwoord, geenRouteFeiten, isPositive } from './bevraging-rules';
import { findBevraging, lockBevraging, recordAnswer } from './bevragingen.storage';
import type { BevragingAntwoord, BevragingBeantwoord } from './schemas';

/**
 * The asked organisation answers, once, with flags and text. A positive answer puts "Afstemming met politie en
 * OM" in the asking Veilig Thuis organisation's inbox (seed 001) and the answer returns the route map's proposal.
 */
export async function answerBevraging(
  db: Database,
  ctx: AccessContext,
  id: string,
  expectedVersie: number,
  invoer: BevragingAntwoord,
): Promise<BevragingBeantwoord> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const current = await lockBevraging(tx, id, ctx.organisatie.id);
    if (!current) throw problems.notFound();
    if (current.gevraagdeOrganisatieId !== ctx.organisatie.id) {
      throw problems.forbidden('Alleen de gevraagde organisatie beantwoordt deze bevraging.');
    }
    if (current.status !== 'open') {
      throw problems.conflict(current.status === 'beantwoord' ? 'Deze bevraging is al beantwoord.' : 'Deze bevraging is ingetrokken.', `bevraging-${current.status}`);
    }
    if (current.versie !== expectedVersie) throw problems.versionConflict(current.versie);

    const actor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    const beantwoordOp = await recordAnswer(tx, id, ctx.gebruiker.id, invoer.vlaggen, invoer.antwoord);
    const positief = isPositive(invoer.vlaggen);
    await recordEvent(tx, current.casusId, actor, {
      soort: 'bevraging-beantwoord',
      gegevens: { bevragingId: id, gevraagdeOrganisatieId: ctx.organisatie.id, vlaggen: [...invoer.vlaggen], positief },
    });
    await completeTaskByKey(tx, actor, `bevraging:${id}`, beantwoordOp);
    let afstemmingTaakId: string | null = null;
    if (positief) {
      const taak = await createTask(tx, actor, {
        soort: 'afstemming-politie-om',
        sleutel: `afstemming:${id}`,
        titel: 'Afstemming met politie en OM',
        casusId: current.casusId,
        organisatieId: current.vragendeOrganisatieId,
        deadline: afstemmingDeadline(beantwoordOp),
      });
      afstemmingTaakId = taak.id;
    }
    const routeadvies = await proposeRoute(tx, ctx.organisatie.id, current.casusId, invoer.vlaggen);
    const bevraging = (await findBevraging(tx, id, ctx.organisatie.id))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'beantwoorden',
      objectType: 'bevraging',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'bevraging',
      details: { casusId: current.casusId, vlaggen: [...invoer.vlaggen], positief },
    });
    return { bevraging, routeadvies, afstemmingTaakId };
  });
}

/**
 * The route map's proposal with this answer's flags. An answering organisation that takes part in the casus gets
 * it from all the casus facts; one outside the casus only from its own answer, so nothing of the casus leaks to it.
 * Veilig Thuis confirms the moments on the casus, where its route map reads the same answered bevragingen.
 */
async function proposeRoute(tx: Queryable, organisatieId: string, casusId: string, vlaggen: readonly string[]): Promise<RouteAdvies[]> {
  const deelnemers = await participatingOrganisationIds(tx, casusId);
  if (!deelnemers.includes(organisatieId)) return adviseRoute(feitenMetAntwoord(geenRouteFeiten, vlaggen));
  // The answer is recorded by now, so the casus facts hold its flags with those of earlier answers.
  return adviseRoute(await readRouteFacts(tx, casusId));
}
