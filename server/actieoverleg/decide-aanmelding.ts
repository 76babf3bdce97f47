import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { recordEvent } from '../timeline/timeline.storage';
import { createTask } from '../tasks/tasks.storage';
import { addWorkingDays } from '../tasks/deadlines';
import { kijkerVan, requireVisibleAanmelding } from './aanmelding-access';
import { findAanmelding, recordDecision } from './aanmeldingen.storage';
import { mayDecide, statusNaBesluit } from './status';
import type { Aanmelding, BesluitInvoer, BesluitSoort } from './schemas';
import { isMomentRunning, openCoordinationMoment } from '../cases/coordinatiemomenten.storage';

const taakTitels: Record<BesluitSoort, string> = {
  agenderen: 'Aanmelding Actieoverleg geagendeerd: lees het besluit',
  afwijzen: 'Aanmelding Actieoverleg niet geagendeerd: lees de reden',
  'direct-contact': 'Aanmelding Actieoverleg: neem direct contact op met de partner',
};

/** The referrer reads the decision within two working days. */
const BESLUIT_LEZEN_WERKDAGEN = 2;

async function requirePartner(tx: Queryable, id: string, regioId: string, aanmeldendeOrganisatieId: string): Promise<void> {
  const { rows } = await tx.query<{ id: string }>('select id from organisaties where id = $1 and actief and regio_id = $2', [id, regioId]);
  if (!rows[0]) throw problems.invalidField('partnerOrganisatieId', 'kies een actieve partnerorganisatie in de regio van de aanmelding', 'onbekende-organisatie');
  if (id === aanmeldendeOrganisatieId) throw problems.invalidField('partnerOrganisatieId', 'kies de partner voor wie de vraag is, niet de aanmelder zelf');
}

/**
 * The chair's pre-consult: table the referral, decline it, or advise direct contact with the one partner the question
 * is for — always with a reason. Only a chair of the referral's region decides, once, on a submitted referral. The
 * decision goes back to the referrer as a task and is on the casus timeline.
 */
export async function decideAanmelding(db: Database, ctx: AccessContext, id: string, invoer: BesluitInvoer): Promise<Aanmelding> {
  const kijker = kijkerVan(ctx);
  requirePermission(ctx, 'actieoverleg.voorzitten');
  return db.transaction(async (tx) => {
    const kern = await requireVisibleAanmelding(tx, ctx, id);
    if (kern.regioId !== ctx.organisatie.regioId) throw problems.forbidden('Alleen een voorzitter van het Actieoverleg in de regio van de aanmelding besluit hierover.');
    if (!mayDecide(kern.status)) {
      throw problems.conflict(
        kern.status === 'concept' ? 'Deze aanmelding is nog niet ingediend.' : 'Over deze aanmelding is al besloten.',
        'aanmelding-niet-ingediend',
      );
    }
    const partnerOrganisatieId = invoer.besluit === 'direct-contact' ? invoer.partnerOrganisatieId! : null;
    if (partnerOrganisatieId) await requirePartner(tx, partnerOrganisatieId, kern.regioId, kern.aanmeldendeOrganisatieId);

    await recordDecision(tx, id, {
      besluit: invoer.besluit,
      status: statusNaBesluit[invoer.besluit],
      reden: invoer.reden,
      partnerOrganisatieId,
      gebruikerId: ctx.gebruiker.id,
      organisatieId: ctx.organisatie.id,
    });
    const actor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    const herhaling = kern.herhalingVanId !== null;
    if (invoer.besluit === 'agenderen') {
      await recordEvent(tx, kern.casusId, actor, { soort: 'aanmelding-geagendeerd', gegevens: { aanmeldingId: id, herhaling } });
      // Tabled means the Actieoverleg is now a running coordination moment on the casus (the route map's moment 2).
      if (!(await isMomentRunning(tx, kern.casusId, 'actieoverleg'))) {
        await openCoordinationMoment(tx, actor, kern.casusId, 'actieoverleg', ['Aanmelding geagendeerd door de voorzitter van het Actieoverleg.']);
      }
    } else if (invoer.besluit === 'afwijzen') {
      await recordEvent(tx, kern.casusId, actor, { soort: 'aanmelding-afgewezen', gegevens: { aanmeldingId: id, herhaling } });
    } else {
      await recordEvent(tx, kern.casusId, actor, { soort: 'aanmelding-doorverwezen', gegevens: { aanmeldingId: id, partnerOrganisatieId: partnerOrganisatieId! } });
    }
    const taak = await createTask(tx, actor, {
      soort: 'aanmelding-besluit-lezen',
      sleutel: `aanmelding-besluit:${id}`,
      titel: taakTitels[invoer.besluit],
      casusId: kern.casusId,
      organisatieId: kern.aanmeldendeOrganisatieId,
      gebruikerId: kern.aangemeldDoorGebruikerId,
      deadline: addWorkingDays(new Date(), BESLUIT_LEZEN_WERKDAGEN),
    });
    const aanmelding = (await findAanmelding(tx, id, kijker))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'besluiten',
      objectType: 'aanmelding',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: kern.casusId, besluit: invoer.besluit, partnerOrganisatieId, taakId: taak.id, herhaling },
    });
    return aanmelding;
  });
}
