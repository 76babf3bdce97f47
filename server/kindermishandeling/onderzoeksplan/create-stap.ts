import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { requireNietAfgesloten, requireSskPartner, requireTraject } from '../trajecten/traject-access';
import { findStap, insertStap, toStap } from './stappen.storage';
import { planTerugNaarConcept, requirePassendeEigenaar, taakVoorStap } from './stap-rules';
import type { Onderzoeksstap, StapInvoer } from '../schemas';

/** A partner plans a step of the joint research plan: kind, owner, time. The owner gets a task due at that time. */
export async function createStap(db: Database, ctx: AccessContext, trajectId: string, invoer: StapInvoer): Promise<Onderzoeksstap> {
  return db.transaction(async (tx) => {
    const traject = await requireTraject(tx, ctx, trajectId, { forUpdate: true });
    requireSskPartner(ctx);
    requireNietAfgesloten(traject);
    const eigenaarSoort = await requirePassendeEigenaar(tx, traject, invoer.soort, invoer.eigenaarOrganisatieId);
    const geplandOp = new Date(invoer.geplandOp);
    const id = await insertStap(tx, { trajectId, soort: invoer.soort, omschrijving: invoer.omschrijving, eigenaarOrganisatieId: invoer.eigenaarOrganisatieId, geplandOp });
    await taakVoorStap(tx, actorOf(ctx), traject, { id, versie: 1, soort: invoer.soort, eigenaarOrganisatieId: invoer.eigenaarOrganisatieId, eigenaarSoort, geplandOp });
    const terug = await planTerugNaarConcept(tx, traject);
    const stap = toStap((await findStap(tx, trajectId, id))!);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'ssk-onderzoeksstap',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { trajectId, soort: invoer.soort, eigenaarOrganisatieId: invoer.eigenaarOrganisatieId, planOpnieuwBevestigen: terug },
    });
    return stap;
  });
}
