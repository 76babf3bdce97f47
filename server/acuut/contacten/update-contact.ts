import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { problems } from '../../platform/http/problem';
import type { AcuutContact, AcuutContactWijziging } from '../schemas';
import { leegBesproken } from '../schemas';
import { minutenTotOpgenomen } from '../opvolging-rules';
import { findContactRij, toContact, updateContact } from './contacten.storage';
import { requireContactAccess } from './contact-access';
import { recordEvent } from '../../timeline/timeline.storage';

/**
 * The police or Veilig Thuis of the contact complete it afterwards: when it was answered, who at VT, what was
 * discussed (If-Match on the contact's versie). An answer before the call is 400 'opgenomenOp'.
 */
export async function updateAcuutContact(
  db: Database,
  ctx: AccessContext,
  id: string,
  versie: number,
  input: AcuutContactWijziging,
  now: Date = new Date(),
): Promise<AcuutContact> {
  return db.transaction(async (tx) => {
    const huidig = await requireContactAccess(tx, ctx, id, { forUpdate: true });
    if (huidig.versie !== versie) throw problems.versionConflict(huidig.versie);
    const opgenomenOp = input.opgenomenOp === undefined ? (huidig.opgenomen_op ? new Date(huidig.opgenomen_op).toISOString() : null) : input.opgenomenOp;
    let minuten: number | null = null;
    if (opgenomenOp) {
      const reactie = minutenTotOpgenomen(new Date(huidig.gebeld_op), new Date(opgenomenOp));
      if ('veld' in reactie) throw problems.invalidField(reactie.veld, reactie.reden);
      minuten = reactie.minuten;
    }
    const vorigeOpgenomenOp = huidig.opgenomen_op ? new Date(huidig.opgenomen_op).toISOString() : null;
    if (huidig.casus_id && opgenomenOp !== vorigeOpgenomenOp) {
      // The response time is counted from the timeline: a time answered filled in later must reach it too.
      await recordEvent(tx, huidig.casus_id, { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id }, {
        soort: 'acuut-contact-aangevuld',
        gegevens: { contactId: id, minutenTotOpgenomen: minuten },
      });
    }
    const besproken = { ...leegBesproken, ...huidig.besproken, ...input.besproken };
    await updateContact(tx, id, { opgenomenOp, vtContactpersoon: input.vtContactpersoon ?? huidig.vt_contactpersoon, besproken });
    const contact = await toContact(tx, (await findContactRij(tx, id))!, now);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'acuut-contact',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { velden: Object.keys(input) },
    });
    return contact;
  });
}
