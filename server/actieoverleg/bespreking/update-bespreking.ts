import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { participatingOrganisationIds } from '../../cases/casus-access';
import { isActiveMember } from '../../cases/casussen.storage';
import { requireAgendapuntAccess, requireRecorder } from '../vergaderingen/vergadering-access';
import { requireRunningMeeting } from '../afspraken/eigenaar';
import { findBespreking, updateBespreking } from './bespreking.storage';
import { besprekingView } from './read-bespreking';
import type { Bespreking, BesprekingWijzigen } from './schemas';

/**
 * Records the three steps of an item while the meeting runs (chair and fixed members), with If-Match. The regie
 * organisation takes part in the casus; the regie person works for it. A new regie organisation without a person
 * clears the previous person.
 */
export async function updateBesprekingVan(
  db: Database,
  ctx: AccessContext,
  agendapuntId: string,
  expectedVersie: number,
  wijziging: BesprekingWijzigen,
): Promise<Bespreking> {
  return db.transaction(async (tx) => {
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId, { forUpdate: true });
    requireRecorder(punt);
    requireRunningMeeting(punt);
    const huidig = (await findBespreking(tx, agendapuntId))!;
    if (huidig.versie !== expectedVersie) throw problems.versionConflict(huidig.versie);

    const velden = { ...wijziging };
    const regieOrganisatieId = velden.regieOrganisatieId !== undefined ? velden.regieOrganisatieId : (huidig.regieOrganisatie?.id ?? null);
    if (velden.regieOrganisatieId !== undefined && velden.regieGebruikerId === undefined && regieOrganisatieId !== (huidig.regieOrganisatie?.id ?? null)) {
      velden.regieGebruikerId = null;
    }
    const regieGebruikerId = velden.regieGebruikerId !== undefined ? velden.regieGebruikerId : (huidig.regieGebruiker?.id ?? null);
    if (velden.regieOrganisatieId && !(await participatingOrganisationIds(tx, punt.casusId)).includes(velden.regieOrganisatieId)) {
      throw problems.invalidField('regieOrganisatieId', 'de regie ligt bij een organisatie die aan de casus deelneemt', 'geen-deelnemer');
    }
    if (regieGebruikerId) {
      if (!regieOrganisatieId) throw problems.invalidField('regieGebruikerId', 'kies eerst de organisatie die de regie heeft', 'geen-regie-organisatie');
      if (velden.regieGebruikerId && !(await isActiveMember(tx, regieGebruikerId, regieOrganisatieId))) {
        throw problems.invalidField('regieGebruikerId', 'deze persoon werkt niet (meer) voor de organisatie met de regie', 'geen-lid');
      }
    }
    if (regieOrganisatieId === null && huidig.regieGebruiker) velden.regieGebruikerId = null;

    await updateBespreking(tx, agendapuntId, velden);
    const bespreking = await besprekingView(tx, punt, new Date());
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'agendapunt',
      objectId: agendapuntId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: punt.casusId, overlegId: punt.overlegId, velden: Object.keys(wijziging).filter((k) => wijziging[k as keyof BesprekingWijzigen] !== undefined) },
    });
    return bespreking;
  });
}
