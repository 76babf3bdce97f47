import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { problems } from '../../platform/http/problem';
import { participatesSql } from '../../cases/casus-access';
import { recordEvent } from '../../timeline/timeline.storage';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import type { AcuutContact } from '../schemas';
import { opvolgingStatus } from '../opvolging-rules';
import { findContactRij, setOpvolgMelding, toContact } from './contacten.storage';
import { requireContactAccess } from './contact-access';
import { opvolgTaakSleutel } from './opvolging-job';

/**
 * The VT-melding made afterwards refers to the acute contact: the police or the VT of the contact link a melding they
 * can see (held by their organisation or on a casus they take part in; otherwise 400 'meldingId'). On a casus the
 * follow-up goes on the timeline with its status (on time within 24 hours or late); open follow-up tasks are done.
 */
export async function linkOpvolgmelding(db: Database, ctx: AccessContext, contactId: string, meldingId: string, now: Date = new Date()): Promise<AcuutContact> {
  return db.transaction(async (tx) => {
    const contact = await requireContactAccess(tx, ctx, contactId, { forUpdate: true });
    const { rows } = await tx.query<{ ontvangen_op: Date }>(
      `select m.ontvangen_op from meldingen m
        where m.id = $1 and (m.organisatie_id = $2 or (m.casus_id is not null and ${participatesSql('m.casus_id', '$2')}))`,
      [meldingId, ctx.organisatie.id],
    );
    const melding = rows[0];
    if (!melding) throw problems.invalidField('meldingId', 'geen melding die uw organisatie kan inzien');
    if (contact.opvolg_melding_id === meldingId) return toContact(tx, contact, now);
    if (contact.opvolg_melding_id) throw problems.conflict('Aan dit contact is al een opvolgmelding gekoppeld.', 'al-gekoppeld');
    await setOpvolgMelding(tx, contactId, meldingId);
    const status = opvolgingStatus(new Date(contact.gebeld_op), new Date(melding.ontvangen_op), now);
    const actor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    if (contact.casus_id && (status === 'op-tijd' || status === 'te-laat-ontvangen')) {
      await recordEvent(tx, contact.casus_id, actor, { soort: 'acuut-opvolging', gegevens: { contactId, meldingId, status } });
    }
    for (const wie of ['politie', 'vt'] as const) await completeTaskByKey(tx, actor, opvolgTaakSleutel(contactId, wie), now);
    const bijgewerkt = await toContact(tx, (await findContactRij(tx, contactId))!, now);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'koppelen',
      objectType: 'acuut-contact',
      objectId: contactId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { meldingId, status },
    });
    return bijgewerkt;
  });
}
