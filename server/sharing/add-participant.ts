import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requireCasusAccess } from '../cases/casus-access';
import { isActiveMember, touchCasus } from '../cases/casussen.storage';
import { actorOf, requireOpen } from '../cases/melding-link';
import { recordEvent } from '../timeline/timeline.storage';
import type { Deelnemer, DeelnemerInvoer } from './schemas';
import { findActiveGrondslag, findActiveOrganisation, findParticipant, insertParticipant } from './deelnemers.storage';

/**
 * A participant brings another organisation into the casus, recording why (doel) and on which legal basis
 * (grondslag from the register). From then on that organisation sees the casus; the decision is audited.
 */
export async function addParticipant(db: Database, ctx: AccessContext, casusId: string, input: DeelnemerInvoer): Promise<Deelnemer> {
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    requireOpen(toegang.status);
    const organisatie = await findActiveOrganisation(tx, input.organisatieId);
    if (!organisatie) throw problems.invalidField('organisatieId', 'deze organisatie bestaat niet of is niet actief', 'onbekende-organisatie');
    const grondslag = await findActiveGrondslag(tx, input.grondslagId);
    if (!grondslag) throw problems.invalidField('grondslagId', 'kies een actieve grondslag uit het register', 'onbekende-grondslag');
    if (input.contactpersoonId && !(await isActiveMember(tx, input.contactpersoonId, organisatie.id))) {
      throw problems.invalidField('contactpersoonId', 'de contactpersoon moet voor deze organisatie werken', 'geen-lid');
    }
    const deelnemerId = await insertParticipant(tx, {
      casusId,
      organisatieId: organisatie.id,
      doel: input.doel,
      grondslagId: grondslag.id,
      contactpersoonId: input.contactpersoonId ?? null,
      toegevoegdDoorGebruikerId: ctx.gebruiker.id,
      toegevoegdDoorOrganisatieId: ctx.organisatie.id,
    });
    if (!deelnemerId) throw problems.conflict('Deze organisatie neemt al deel aan de casus.', 'al-deelnemer');
    await recordEvent(tx, casusId, actorOf(ctx), {
      soort: 'deelnemer-toegevoegd',
      gegevens: { deelnemerId, organisatieId: organisatie.id, grondslagCode: grondslag.code },
    });
    await touchCasus(tx, casusId);
    const deelnemer = (await findParticipant(tx, casusId, deelnemerId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'toevoegen',
      objectType: 'casus-deelnemer',
      objectId: deelnemerId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, organisatieId: organisatie.id, grondslagId: grondslag.id },
    });
    return deelnemer;
  });
}
