import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { actorOf } from '../../cases/melding-link';
import { joinCasus } from '../../sharing/join-casus';
import { recordEvent } from '../../timeline/timeline.storage';
import { insertTraject, insertTrajectOrganisatie, openTrajectVanCasus, organisatiesVanRegio, readTraject } from './trajecten.storage';
import { requireSskPartner } from './traject-access';
import { vraagTriage } from './triage-taken';
import type { Traject, TrajectOpenen } from '../schemas';

export const SSK_DOEL = 'Samenwerken bij strafbare kindermishandeling: triage, gezamenlijk onderzoeksplan en afstemming van onderzoekshandelingen.';

/**
 * Opens an SSK track on a casus (one open track per casus). The region's OM and police join the casus on grondslag
 * 'SSK' and each gets a triage task: is direct action needed?
 */
export async function openTraject(db: Database, ctx: AccessContext, casusId: string, invoer: TrajectOpenen): Promise<Traject> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const toegang = await requireCasusAccess(tx, ctx, casusId, { forUpdate: true });
    requireSskPartner(ctx);
    if (toegang.status !== 'open') throw problems.conflict('De casus is gesloten.', 'casus-gesloten');
    if (await openTrajectVanCasus(tx, casusId)) {
      throw problems.conflict('Deze casus heeft al een lopend traject strafbare kindermishandeling.', 'traject-bestaat');
    }
    const id = await insertTraject(tx, {
      regioId: toegang.regioId,
      casusId,
      anoniem: false,
      consultatie: invoer.consultatie,
      organisatieId: ctx.organisatie.id,
      gebruikerId: ctx.gebruiker.id,
    });
    await insertTrajectOrganisatie(tx, id, ctx.organisatie.id, 'opener');
    const triage = (await organisatiesVanRegio(tx, toegang.regioId, ['openbaar-ministerie', 'politie'])).map((o) => o.id);
    for (const o of triage) await insertTrajectOrganisatie(tx, id, o, 'partner');
    const actor = actorOf(ctx);
    await joinCasus(tx, actor, casusId, triage, { grondslagCode: 'SSK', doel: SSK_DOEL });
    await recordEvent(tx, casusId, actor, { soort: 'ssk-geopend', gegevens: { trajectId: id, anoniemGestart: false, partners: triage.length } });
    await vraagTriage(tx, actor, id, casusId, triage, now);
    const traject = await readTraject(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'ssk-traject',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, partners: triage.length },
    });
    return traject;
  });
}
