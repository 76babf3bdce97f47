import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { recordEvent } from '../timeline/timeline.storage';
import { lapseTaskByKey } from '../tasks/tasks.storage';
import { findBevraging, lockBevraging, recordWithdrawal } from './bevragingen.storage';
import type { Bevraging, BevragingIntrekking } from './schemas';

/**
 * Veilig Thuis withdraws a bevraging it asked that is still open (the wrong organisation was asked, or the question
 * is no longer needed). The asked organisation's task lapses; it still reads the bevraging, as withdrawn, so it
 * knows not to answer. Only the asking organisation, while it takes part in the casus (otherwise it cannot see it).
 */
export async function withdrawBevraging(
  db: Database,
  ctx: AccessContext,
  id: string,
  expectedVersie: number,
  invoer: BevragingIntrekking,
): Promise<Bevraging> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const current = await lockBevraging(tx, id, ctx.organisatie.id);
    if (!current) throw problems.notFound();
    if (current.gevraagdeOrganisatieId === ctx.organisatie.id) {
      throw problems.forbidden('De gevraagde organisatie kan een bevraging niet intrekken; alleen Veilig Thuis die haar stelde kan dat.');
    }
    if (current.vragendeOrganisatieId !== ctx.organisatie.id) {
      throw problems.forbidden('Alleen de organisatie die de bevraging stelde kan haar intrekken.');
    }
    if (current.status !== 'open') {
      throw problems.conflict(
        current.status === 'beantwoord'
          ? 'Deze bevraging is al beantwoord en kan niet meer worden ingetrokken.'
          : 'Deze bevraging is al ingetrokken.',
        `bevraging-${current.status}`,
      );
    }
    if (current.versie !== expectedVersie) throw problems.versionConflict(current.versie);

    const actor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    await recordWithdrawal(tx, id, ctx.gebruiker.id, invoer.reden);
    await recordEvent(tx, current.casusId, actor, {
      soort: 'bevraging-ingetrokken',
      gegevens: { bevragingId: id, gevraagdeOrganisatieId: current.gevraagdeOrganisatieId },
    });
    const taakVervallen = await lapseTaskByKey(tx, `bevraging:${id}`);
    const bevraging = (await findBevraging(tx, id, ctx.organisatie.id))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'intrekken',
      objectType: 'bevraging',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: current.casusId, gevraagdeOrganisatieId: current.gevraagdeOrganisatieId, taakVervallen },
    });
    return bevraging;
  });
}
