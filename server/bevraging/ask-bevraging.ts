import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { requireCasusAccess } from '../cases/casus-access';
import { recordEvent } from '../timeline/timeline.storage';
import { createTask } from '../tasks/tasks.storage';
import { bevragingDeadline } from '../tasks/deadlines';
import type { OrganisatieSoort } from '../organisations/schemas';
import { mayAsk, mayBeAsked, mayNotAskReason } from './bevraging-rules';
import { findBevraging, findOrganisation, insertBevraging, personsInCasus } from './bevragingen.storage';
import type { Bevraging, BevragingInvoer } from './schemas';

/**
 * Veilig Thuis asks a partner whether the family, address or persons of a casus are known (seed 001).
 * The asked organisation does not join the casus: it sees only this bevraging (purpose, question, and the
 * names, dates of birth and address it needs to search its own systems), and gets a task to answer it.
 */
export async function askBevraging(db: Database, ctx: AccessContext, casusId: string, invoer: BevragingInvoer): Promise<Bevraging> {
  requirePermission(ctx, 'casussen.werken');
  if (!mayAsk(ctx.organisatie.soort)) throw problems.forbidden(mayNotAskReason);
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId);
    if (toegang.status === 'gesloten') throw problems.conflict('De casus is gesloten; heropen hem eerst.', 'casus-gesloten');

    const gevraagde = await findOrganisation(tx, invoer.gevraagdeOrganisatieId);
    if (!gevraagde || !gevraagde.actief || !mayBeAsked(gevraagde.soort as OrganisatieSoort)) {
      throw problems.invalidField(
        'gevraagdeOrganisatieId',
        'kies een actieve organisatie van de politie, de Raad voor de Kinderbescherming of de reclassering',
      );
    }

    const persoonIds = [...new Set(invoer.persoonIds)];
    const inCasus = await personsInCasus(tx, casusId, persoonIds);
    const buiten = invoer.persoonIds.map((id, i) => ({ id, i })).filter(({ id }) => !inCasus.has(id));
    if (buiten.length > 0) {
      throw problems.badRequest(
        'Een bevraging gaat alleen over personen in de casus.',
        buiten.map(({ i }) => ({ name: `persoonIds[${i}]`, code: 'persoon-niet-in-casus', reason: 'deze persoon hoort niet bij de casus' })),
      );
    }

    const actor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    const { id, gesteldOp } = await insertBevraging(tx, {
      casusId,
      vragendeOrganisatieId: ctx.organisatie.id,
      gevraagdeOrganisatieId: gevraagde.id,
      gesteldDoorGebruikerId: ctx.gebruiker.id,
      doel: invoer.doel,
      vraag: invoer.vraag ?? '',
      persoonIds,
      adres: invoer.adres ?? null,
    });
    await recordEvent(tx, casusId, actor, { soort: 'bevraging-gesteld', gegevens: { bevragingId: id, gevraagdeOrganisatieId: gevraagde.id } });
    await createTask(tx, actor, {
      soort: 'bevraging-beantwoorden',
      sleutel: `bevraging:${id}`,
      titel: 'Bevraging beantwoorden',
      casusId,
      organisatieId: gevraagde.id,
      deadline: bevragingDeadline(gesteldOp),
    });
    const bevraging = (await findBevraging(tx, id, ctx.organisatie.id))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'bevraging',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, gevraagdeOrganisatieId: gevraagde.id, aantalPersonen: persoonIds.length, metAdres: invoer.adres !== undefined },
    });
    return bevraging;
  });
}
