import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { participatingOrganisationIds, requireCasusAccess } from '../cases/casus-access';
import { touchCasus } from '../cases/casussen.storage';
import { actorOf, requireOpen } from '../cases/melding-link';
import { recordEvent } from '../timeline/timeline.storage';
import type { InformatieItem, InformatieItemInvoer } from './schemas';
import { categorieenPerOrganisatieSoort } from './schemas';
import { categoryAllowed } from './categories';
import { eventAudience, visibilityProblem } from './need-to-know';
import { findItem, insertItem } from './informatie.storage';

/**
 * A participant shares information under a category that belongs to its kind (seed 004), for all participants
 * or for named participants only. The timeline event has the same audience, so need-to-know holds there too.
 */
export async function shareInformation(db: Database, ctx: AccessContext, casusId: string, input: InformatieItemInvoer): Promise<InformatieItem> {
  if (!categoryAllowed(ctx.organisatie.soort, input.categorie)) {
    throw problems.invalidField(
      'categorie',
      `uw organisatie deelt onder: ${categorieenPerOrganisatieSoort[ctx.organisatie.soort].join(', ')}`,
      'categorie-past-niet',
    );
  }
  const zichtbaarheid = visibilityProblem(input.vertrouwelijkheid, input.zichtbaarVoor);
  if (zichtbaarheid) throw problems.invalidField('zichtbaarVoor', zichtbaarheid, 'te-ruim-gedeeld');
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    requireOpen(toegang.status);
    const zichtbaarVoor = input.zichtbaarVoor ? [...new Set(input.zichtbaarVoor)] : null;
    if (input.zichtbaarVoor) {
      const deelnemers = await participatingOrganisationIds(tx, casusId);
      const bad = input.zichtbaarVoor
        .map((id, i) => ({ id, i }))
        .filter(({ id }) => !deelnemers.includes(id))
        .map(({ i }) => ({ name: `zichtbaarVoor[${i}]`, code: 'geen-deelnemer', reason: 'alleen organisaties die aan de casus deelnemen' }));
      if (bad.length > 0) throw problems.badRequest('Informatie kan alleen met deelnemers gedeeld worden.', bad);
    }
    const itemId = await insertItem(tx, { ...input, casusId, bronOrganisatieId: ctx.organisatie.id, gebruikerId: ctx.gebruiker.id, zichtbaarVoor });
    await recordEvent(
      tx,
      casusId,
      actorOf(ctx),
      { soort: 'informatie-gedeeld', gegevens: { itemId, categorie: input.categorie, vertrouwelijkheid: input.vertrouwelijkheid } },
      { zichtbaarVoor: eventAudience(ctx.organisatie.id, zichtbaarVoor) },
    );
    await touchCasus(tx, casusId);
    const item = (await findItem(tx, itemId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'delen',
      objectType: 'informatie-item',
      objectId: itemId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, categorie: input.categorie, vertrouwelijkheid: input.vertrouwelijkheid, zichtbaarVoor: zichtbaarVoor ?? null },
    });
    return item;
  });
}
