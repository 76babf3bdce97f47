import type { Queryable } from '../../platform/db/database';
import { createTask } from '../../tasks/tasks.storage';
import { recordEvent, type TijdlijnActor } from '../../timeline/timeline.storage';
import { contactenZonderOpvolging, markeerOpvolgingVerlopen } from './contacten.storage';

const SYSTEEM: TijdlijnActor = { gebruikerId: null, organisatieId: null };
/** Strictly more than 24 hours after the call: a melding at exactly 24 hours is still on time (opvolgingDeadline). */
const DAG = 86_400_000;

/** The one-off check of a single contact at its deadline, next to the recurring 'acuut-opvolging' sweep. */
export const OPVOLGING_CONTACT_JOB = 'acuut-opvolging-contact';

export const OPVOLG_TAAK_SOORT = 'acuut-opvolgmelding';
export const opvolgTaakSleutel = (contactId: string, wie: 'politie' | 'vt') => `acuut-opvolgmelding:${contactId}:${wie}`;

/**
 * The recurring job: every acute contact more than 24 hours old without a follow-up melding and not yet reported
 * gets a task for the police (make the VT-melding) and for Veilig Thuis (chase it), is marked reported, and on a
 * casus goes on the timeline as 'verlopen'. Returns how many contacts were reported.
 */
export async function reportOverdueFollowUps(tx: Queryable, now: Date = new Date()): Promise<number> {
  const contacten = await contactenZonderOpvolging(tx, new Date(now.getTime() - DAG));
  for (const c of contacten) {
    const deadline = new Date(now.getTime() + 4 * 3_600_000);
    await createTask(tx, SYSTEEM, {
      soort: OPVOLG_TAAK_SOORT,
      sleutel: opvolgTaakSleutel(c.id, 'politie'),
      titel: 'Maak de VT-melding die verwijst naar het acuut contact (24 uur verstreken)',
      casusId: c.casus_id,
      onderwerp: { soort: 'acuut-contact', id: c.id },
      organisatieId: c.politie_organisatie_id,
      deadline,
    });
    await createTask(tx, SYSTEEM, {
      soort: OPVOLG_TAAK_SOORT,
      sleutel: opvolgTaakSleutel(c.id, 'vt'),
      titel: 'Vraag de politie om de VT-melding na het acuut contact (24 uur verstreken)',
      casusId: c.casus_id,
      onderwerp: { soort: 'acuut-contact', id: c.id },
      organisatieId: c.vt_organisatie_id,
      deadline,
    });
    await markeerOpvolgingVerlopen(tx, c.id, now);
    if (c.casus_id) await recordEvent(tx, c.casus_id, SYSTEEM, { soort: 'acuut-opvolging', gegevens: { contactId: c.id, meldingId: null, status: 'verlopen' } });
  }
  return contacten.length;
}
