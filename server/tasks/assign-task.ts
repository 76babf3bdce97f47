import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { permissionRoles, requirePermission } from '../identity/access-policy';
import { assignTask as storeAssignment, findTaskOfOrganisation } from './tasks.storage';
import type { Taak, TaakToewijzen } from './schemas';
import { lockOpenTask } from './complete-task';
import { recordEvent } from '../timeline/timeline.storage';

/** Assigns an open task of the caller's organisation to one of its active members who do case work (or to nobody). */
export async function assignTask(db: Database, ctx: AccessContext, id: string, expectedVersie: number, invoer: TaakToewijzen): Promise<Taak> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const now = new Date();
    await lockOpenTask(tx, ctx, id, expectedVersie, now);
    if (invoer.gebruikerId !== null) {
      const { rows } = await tx.query(
        `select 1 from lidmaatschappen where organisatie_id = $1 and gebruiker_id = $2 and actief and rollen && $3::text[]`,
        [ctx.organisatie.id, invoer.gebruikerId, [...permissionRoles['casussen.werken']]],
      );
      if (rows.length === 0) {
        throw problems.invalidField('gebruikerId', 'kies een actieve medewerker van uw organisatie die casussen behandelt', 'geen-medewerker');
      }
    }
    await storeAssignment(tx, id, invoer.gebruikerId);
    const toegewezen = (await findTaskOfOrganisation(tx, id, ctx.organisatie.id, now))!;
    if (toegewezen.casus) {
      await recordEvent(
        tx,
        toegewezen.casus.id,
        { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id },
        { soort: 'taak-toegewezen', gegevens: { taakId: id, taakSoort: toegewezen.soort, gebruikerId: invoer.gebruikerId } },
        // Who picks up a task is the organisation's own business: only it sees this step.
        { zichtbaarVoor: [ctx.organisatie.id] },
      );
    }
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'taak',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { velden: ['gebruikerId'], gebruikerId: invoer.gebruikerId },
    });
    return toegewezen;
  });
}
