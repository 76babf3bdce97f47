import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { requireThvRegistratie } from './thv-access';
import { contactBruikbaar, insertThv, persoonInCasus, readThv, zsmZaakInCasus } from './thv.storage';
import type { Thv, ThvOverwegen } from './schemas';

/**
 * The police consider a tijdelijk huisverbod for a person of the casus (status 'overwogen'), noting whether Veilig
 * Thuis was consulted, optionally linked to the acute contact and to a ZSM case of the same casus.
 */
export async function overweegThv(db: Database, ctx: AccessContext, casusId: string, invoer: ThvOverwegen): Promise<Thv> {
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId);
    requireThvRegistratie(ctx);
    if (!(await persoonInCasus(tx, casusId, invoer.uithuisgeplaatstePersoonId))) {
      throw problems.invalidField('uithuisgeplaatstePersoonId', 'deze persoon hoort niet bij de casus', 'onbekende-persoon');
    }
    if (invoer.zsmZaakId && !(await zsmZaakInCasus(tx, casusId, invoer.zsmZaakId))) {
      throw problems.invalidField('zsmZaakId', 'deze ZSM-zaak hoort niet bij de casus', 'onbekende-zsm-zaak');
    }
    if (invoer.contactId && !(await contactBruikbaar(tx, casusId, invoer.contactId, ctx.organisatie.id))) {
      throw problems.invalidField('contactId', 'dit acute contact hoort niet bij de casus of uw organisatie', 'onbekend-contact');
    }
    const id = await insertThv(tx, {
      regioId: toegang.regioId,
      casusId,
      contactId: invoer.contactId ?? null,
      zsmZaakId: invoer.zsmZaakId ?? null,
      persoonId: invoer.uithuisgeplaatstePersoonId,
      vtGeraadpleegd: invoer.vtGeraadpleegd,
      organisatieId: ctx.organisatie.id,
      gebruikerId: ctx.gebruiker.id,
    });
    await recordEvent(tx, casusId, actorOf(ctx), { soort: 'thv-overwogen', gegevens: { thvId: id, vtGeraadpleegd: invoer.vtGeraadpleegd } });
    const thv = await readThv(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'thv',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, persoonId: invoer.uithuisgeplaatstePersoonId, zsmZaakId: invoer.zsmZaakId ?? null, contactId: invoer.contactId ?? null },
    });
    return thv;
  });
}
