import type { JobHandler, JobLogger } from '../../platform/jobs/jobs';
import type { Mailer, MailMessage } from '../../platform/mail/mail';
import { findMailDelivery, markMailed, type MailDelivery } from './notulen.storage';
import { localParts, longDate } from './minutes';

/**
 * The job 'notulen-mailen': tells an organisation's people at the meeting (its representative and its attendees)
 * that the minutes are ready. PRIVACY: the mail carries NO case content — no casus number, no names, nothing of the
 * discussion; ordinary e-mail is not a safe channel for it. It names the meeting and links to its page in Samenloop,
 * where the minutes are read behind the login and the read is audited.
 */
export const NOTULEN_MAILEN = 'notulen-mailen';

export function meetingPagePath(overlegId: string): string {
  return `/actieoverleg/overleggen/${overlegId}`;
}

/** The notice, from meeting facts only (region, date, organisation name, link). */
export function notulenMail(delivery: Pick<MailDelivery, 'overlegId' | 'regioNaam' | 'begintOp' | 'organisatieNaam'>, publicUrl: string | undefined): Omit<MailMessage, 'to'> {
  const datum = longDate(localParts(delivery.begintOp).datum, { weekday: false });
  const link = `${publicUrl ?? ''}${meetingPagePath(delivery.overlegId)}`;
  return {
    subject: `Notulen Actieoverleg ${delivery.regioNaam} ${datum}`,
    text: [
      'Beste collega,',
      '',
      `De notulen van het Actieoverleg ${delivery.regioNaam} van ${datum} staan voor ${delivery.organisatieNaam} klaar in Samenloop.`,
      '',
      `Lees ze in Samenloop: ${link}`,
      '',
      'De inhoud staat bewust niet in deze e-mail: gewone e-mail is geen veilig kanaal voor gegevens over casussen.',
      '',
      'Dit bericht is automatisch verstuurd door Samenloop; u kunt er niet op antwoorden.',
    ].join('\n'),
  };
}

export function notulenMailHandler(mailer: Mailer | null, publicUrl: string | undefined, log: JobLogger): JobHandler {
  return async (tx, payload) => {
    const verzendingId = String(payload.verzendingId ?? '');
    const delivery = await findMailDelivery(tx, verzendingId);
    // Already mailed (a retry after a commit that did not reach us), or mail turned off since: nothing to do.
    if (!delivery || delivery.gemaildOp || !mailer) return;
    if (delivery.adressen.length === 0) {
      log.info({ verzendingId }, 'minutes ready; no e-mail address for the organisation');
      return;
    }
    const { accepted } = await mailer.send({ to: delivery.adressen, ...notulenMail(delivery, publicUrl) });
    await markMailed(tx, delivery.verzendingId, accepted.length, new Date());
    log.info({ verzendingId, ontvangers: accepted.length }, 'minutes notice mailed');
  };
}
