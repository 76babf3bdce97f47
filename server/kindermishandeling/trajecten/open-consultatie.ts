import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { actorOf } from '../../cases/melding-link';
import { insertTraject, insertTrajectOrganisatie, organisatie, readTraject } from './trajecten.storage';
import { requireSskPartner } from './traject-access';
import { sskPartnerSoorten } from '../schemas';
import { vraagTriage } from './triage-taken';
import type { Consultatie, Traject } from '../schemas';

/**
 * An anonymous consultation: the facts without names, no casus and no persons. The consulted partners (Veilig Thuis,
 * police, OM or Raad of the own region) see it; the OM and police among them get a triage task.
 */
export async function openConsultatie(db: Database, ctx: AccessContext, invoer: Consultatie): Promise<Traject> {
  requirePermission(ctx, 'casussen.werken');
  requireSskPartner(ctx);
  return db.transaction(async (tx) => {
    const now = new Date();
    const partners: { id: string; soort: string }[] = [];
    for (const [i, partnerId] of invoer.partnerOrganisatieIds.entries()) {
      const o = await organisatie(tx, partnerId);
      const veld = `partnerOrganisatieIds[${i}]`;
      if (!o || o.regio_id !== ctx.organisatie.regioId || !sskPartnerSoorten.includes(o.soort)) {
        throw problems.invalidField(veld, 'kies Veilig Thuis, politie, OM of de Raad voor de Kinderbescherming van uw regio', 'geen-partner');
      }
      if (o.id === ctx.organisatie.id) throw problems.invalidField(veld, 'uw eigen organisatie neemt al deel als opener', 'eigen-organisatie');
      partners.push(o);
    }
    const id = await insertTraject(tx, {
      regioId: ctx.organisatie.regioId,
      casusId: null,
      anoniem: true,
      consultatie: invoer.consultatie,
      organisatieId: ctx.organisatie.id,
      gebruikerId: ctx.gebruiker.id,
    });
    await insertTrajectOrganisatie(tx, id, ctx.organisatie.id, 'opener');
    for (const p of partners) await insertTrajectOrganisatie(tx, id, p.id, 'partner');
    const triage = partners.filter((p) => p.soort === 'openbaar-ministerie' || p.soort === 'politie').map((p) => p.id);
    await vraagTriage(tx, actorOf(ctx), id, null, triage, now);
    const traject = await readTraject(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'ssk-traject',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { anoniem: true, partners: partners.length },
    });
    return traject;
  });
}
