import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { problems } from '../../platform/http/problem';
import { recordEvent } from '../../timeline/timeline.storage';
import { requireBekendeInterventies } from '../../interventies/require-bekende-interventies';
import type { Beoordeling, BeoordelingInvoer } from '../schemas';
import { minutenTotBeoordeling } from '../opvolging-rules';
import { findBeoordeling, upsertBeoordeling } from './contacten.storage';
import { requireContactAccess } from './contact-access';

/**
 * The joint safety assessment of police and Veilig Thuis on a contact, by either of them (others 404). The first
 * time needs no If-Match; a change needs the assessment's versie (428 without, 409 when stale). Not before the call
 * (400 'beoordeeldOp'). Every measure must be an active intervention of the catalogue (400 naming maatregelen[i]).
 * On a casus the first assessment goes on the timeline.
 */
export async function recordBeoordeling(
  db: Database,
  ctx: AccessContext,
  contactId: string,
  versie: number | null,
  input: BeoordelingInvoer,
): Promise<Beoordeling> {
  return db.transaction(async (tx) => {
    const contact = await requireContactAccess(tx, ctx, contactId, { forUpdate: true });
    const huidig = await findBeoordeling(tx, contactId, { forUpdate: true });
    if (huidig && versie === null) throw problems.preconditionRequired();
    if (huidig && huidig.versie !== versie) throw problems.versionConflict(huidig.versie);
    const tijd = minutenTotBeoordeling(new Date(contact.gebeld_op), new Date(input.beoordeeldOp));
    if ('veld' in tijd) throw problems.invalidField(tijd.veld, tijd.reden);
    await requireBekendeInterventies(tx, input.maatregelen, 'maatregelen');
    await upsertBeoordeling(tx, contactId, input, ctx.gebruiker.id);
    if (!huidig && contact.casus_id) {
      await recordEvent(tx, contact.casus_id, { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id }, {
        soort: 'acuut-beoordeling',
        gegevens: { contactId, acuutOnveilig: input.acuutOnveilig, maatregelen: input.maatregelen, minutenNaContact: tijd.minuten },
      });
    }
    const beoordeling = (await findBeoordeling(tx, contactId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: huidig ? 'wijzigen' : 'aanmaken',
      objectType: 'acuut-beoordeling',
      objectId: contactId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { maatregelen: input.maatregelen.length, geconsulteerd: [...new Set(input.geconsulteerd)] },
    });
    return beoordeling;
  });
}
