import type { Database } from '../../platform/db/database';
import { ApiProblem, problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { recordEvent } from '../../timeline/timeline.storage';
import { actorOf } from '../../cases/melding-link';
import { requireAgendapuntAccess, requireRecorder } from '../vergaderingen/vergadering-access';
import { requireRunningMeeting } from '../afspraken/eigenaar';
import { markDiscussed } from './bespreking.storage';
import { besprekingView } from './read-bespreking';
import { mayMarkDiscussed } from './bespreking-rules';
import type { Bespreking } from './schemas';

/**
 * Marks an item discussed once the record holds the biggest worry (step 1), who holds regie (step 3), and a review of
 * every incomplete agreement of earlier meetings; otherwise 409 with every missing field. The referral it carried is
 * then 'besproken'; the timeline counts the agreements and scenarios made at it.
 */
export async function markBesproken(db: Database, ctx: AccessContext, agendapuntId: string): Promise<Bespreking> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId, { forUpdate: true });
    requireRecorder(punt);
    requireRunningMeeting(punt);
    if (!mayMarkDiscussed(punt.overlegStatus, punt.status)) throw problems.conflict('Dit agendapunt is al besproken.', 'agendapunt-besproken');
    const voor = await besprekingView(tx, punt, now);
    if (voor.ontbreektVoorAfronden.length > 0) {
      throw new ApiProblem(409, 'Bespreking onvolledig', 'Het agendapunt kan nog niet worden afgerond: ' + voor.ontbreektVoorAfronden.map((o) => o.veld).join(', '), {
        code: 'bespreking-onvolledig',
        invalidParams: voor.ontbreektVoorAfronden.map((o) => ({ name: o.veld, code: 'ontbreekt', reason: o.reden })),
      });
    }
    await markDiscussed(tx, agendapuntId, punt.aanmeldingId, now);
    const afspraken = voor.stap2.interventies.length + voor.stap3.afspraken.length + voor.overigeAfspraken.length;
    const scenarios = voor.stap2.scenarios.filter((s) => s.actief).length;
    await recordEvent(tx, punt.casusId, actorOf(ctx), {
      soort: 'casus-besproken',
      gegevens: { overlegId: punt.overlegId, agendapuntId, aanmeldingId: punt.aanmeldingId, afspraken, scenarios },
    });
    const bespreking = await besprekingView(tx, { ...punt, status: 'besproken' }, now);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'afronden',
      objectType: 'agendapunt',
      objectId: agendapuntId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: punt.casusId, overlegId: punt.overlegId, aanmeldingId: punt.aanmeldingId, afspraken, scenarios },
    });
    return bespreking;
  });
}
