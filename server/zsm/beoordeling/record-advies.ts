import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { recordEvent } from '../../timeline/timeline.storage';
import { joinAlsZsmPartner } from './zsm-deelname';
import { requireZsmZaak } from '../zaken/zsm-access';
import { rvdkBetrokkenheidTaakSleutel } from '../zaken/zsm-taken';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { adviesToegang } from './beoordeling-rules';
import { insertAdvies } from './beoordeling.storage';
import { zsmAdviesOrganisatieSoort, zsmAdviesSoortLabels, type ZsmAdvies, type ZsmAdviesInvoer } from './schemas';

/**
 * A reclassering organisation records 3RO advice or an appointment at the HG consultation hour, the Raad its
 * involvement (children, a minor suspect). The organisation takes part in the casus on grondslag ZSM; each input is a
 * 'zsm-advies' event (the text stays off the timeline).
 */
export async function recordAdvies(db: Database, ctx: AccessContext, zaakId: string, invoer: ZsmAdviesInvoer): Promise<ZsmAdvies> {
  return db.transaction(async (tx) => {
    const zaak = await requireZsmZaak(tx, ctx, zaakId, { forUpdate: true });
    const toegang = adviesToegang(ctx.organisatie.soort, invoer.soort);
    if (toegang === 'geen-adviespartner') {
      throw problems.forbidden('Alleen de reclassering (3RO-advies, HG-spreekuur) en de Raad voor de Kinderbescherming (betrokkenheid) leggen hier input vast.');
    }
    if (toegang === 'verkeerde-soort') {
      const door = zsmAdviesOrganisatieSoort[invoer.soort] === 'reclassering' ? 'de reclassering' : 'de Raad voor de Kinderbescherming';
      throw problems.invalidField('soort', `${zsmAdviesSoortLabels[invoer.soort]} legt alleen ${door} vast`, 'soort-niet-voor-organisatie');
    }
    const actor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    await joinAlsZsmPartner(tx, actor, zaak.casusId, ctx.organisatie.id, zsmAdviesOrganisatieSoort[invoer.soort]);
    const advies = await insertAdvies(tx, { zaakId, organisatieId: ctx.organisatie.id, gebruikerId: ctx.gebruiker.id, soort: invoer.soort, inhoud: invoer.inhoud });
    await recordEvent(tx, zaak.casusId, actor, { soort: 'zsm-advies', gegevens: { zaakId, adviesSoort: invoer.soort, organisatieId: ctx.organisatie.id } });
    if (invoer.soort === 'rvdk-betrokkenheid') await completeTaskByKey(tx, actor, rvdkBetrokkenheidTaakSleutel(zaakId, ctx.organisatie.id));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'zsm-advies',
      objectId: advies.id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { zaakId, casusId: zaak.casusId, soort: invoer.soort },
    });
    return advies;
  });
}
