import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { recordEvent } from '../timeline/timeline.storage';
import type { Casus, CasusWijzigen } from './schemas';
import { participatingOrganisationIds, requireCasusAccess } from './casus-access';
import { casusRegie, isActiveMember, readCasusDetail, updateCasusFields } from './casussen.storage';
import { actorOf } from './melding-link';

/**
 * Changes the status of a casus or who holds regie on safety. `expectedVersie` comes from If-Match: a stale
 * version is refused with the current one (409), never silently overwritten. The regie organisation must take
 * part in the casus, the regie person must work for that organisation.
 */
export async function updateCasus(db: Database, ctx: AccessContext, casusId: string, expectedVersie: number, changes: CasusWijzigen): Promise<Casus> {
  return db.transaction(async (tx) => {
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    if (toegang.versie !== expectedVersie) throw problems.versionConflict(toegang.versie);
    const huidig = await casusRegie(tx, casusId);

    const status = changes.status ?? toegang.status;
    let regieOrganisatieId = changes.regieOrganisatieId !== undefined ? changes.regieOrganisatieId : huidig.organisatieId;
    let regieGebruikerId = changes.regieGebruikerId !== undefined ? changes.regieGebruikerId : huidig.gebruikerId;
    // A new regie organisation without a named person clears the person of the previous one.
    if (changes.regieOrganisatieId !== undefined && changes.regieGebruikerId === undefined && regieOrganisatieId !== huidig.organisatieId) {
      regieGebruikerId = null;
    }
    if (regieOrganisatieId === null) {
      if (changes.regieGebruikerId) throw problems.invalidField('regieGebruikerId', 'kies eerst de organisatie die de regie heeft', 'geen-regie-organisatie');
      regieGebruikerId = null;
    }
    if (changes.regieOrganisatieId && !(await participatingOrganisationIds(tx, casusId)).includes(changes.regieOrganisatieId)) {
      throw problems.invalidField('regieOrganisatieId', 'de regie ligt bij een organisatie die aan de casus deelneemt', 'geen-deelnemer');
    }
    if (changes.regieGebruikerId && regieOrganisatieId && !(await isActiveMember(tx, changes.regieGebruikerId, regieOrganisatieId))) {
      throw problems.invalidField('regieGebruikerId', 'deze persoon werkt niet (meer) voor de organisatie met de regie', 'geen-lid');
    }
    regieOrganisatieId = regieOrganisatieId ?? null;

    await updateCasusFields(tx, casusId, { status, regieOrganisatieId, regieGebruikerId });
    if (status !== toegang.status) {
      await recordEvent(tx, casusId, actorOf(ctx), { soort: 'status-gewijzigd', gegevens: { status } });
    }
    if (regieOrganisatieId !== huidig.organisatieId || regieGebruikerId !== huidig.gebruikerId) {
      await recordEvent(tx, casusId, actorOf(ctx), { soort: 'regie-gewijzigd', gegevens: { organisatieId: regieOrganisatieId, gebruikerId: regieGebruikerId } });
    }
    const casus = await readCasusDetail(tx, { ...toegang, versie: toegang.versie + 1 });
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'casus',
      objectId: casusId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { velden: Object.keys(changes).filter((k) => changes[k as keyof CasusWijzigen] !== undefined) },
    });
    return casus;
  });
}
