import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { findActiveOrganisation } from '../../sharing/deelnemers.storage';
import { inviteToAgendapunt } from './agenda-items';
import { onCallMemberOrganisationIds } from './reeksen.storage';
import { listAgendapunten } from './vergaderingen.storage';
import { fixedMemberOrganisationIds, overlegKijker, requireAgendapuntAccess, requireChair, requireOverlegAccess, requireOverlegStatus } from './vergadering-access';
import { lidSoortenPerOrganisatieSoort, type Agendapunt } from './schemas';

/**
 * The chair invites a partner on call to one item: an on-call member of the series, or a Raad voor de
 * Kinderbescherming or reclassering organisation of the region. It then sees that item (and only that one), takes
 * part in the casus, and gets a task to bring its information before the meeting starts. Inviting twice changes nothing.
 */
export async function invitePartner(db: Database, ctx: AccessContext, agendapuntId: string, organisatieId: string): Promise<{ agendapunt: Agendapunt; nieuw: boolean }> {
  return db.transaction(async (tx) => {
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId, { forUpdate: true });
    requireChair(punt);
    const overleg = await requireOverlegAccess(tx, ctx, punt.overlegId);
    requireOverlegStatus(overleg.status, ['gepland', 'gestart']);
    if (punt.status !== 'gepland') throw problems.conflict('Dit agendapunt is al besproken of doorgeschoven.', `agendapunt-${punt.status}`);
    const organisatie = await findActiveOrganisation(tx, organisatieId);
    if (!organisatie) throw problems.invalidField('organisatieId', 'deze organisatie bestaat niet of is niet actief', 'onbekende-organisatie');
    if ((await fixedMemberOrganisationIds(tx, overleg.reeksId)).includes(organisatieId)) {
      throw problems.invalidField('organisatieId', 'deze organisatie is vaste deelnemer en ziet alle agendapunten al', 'vaste-deelnemer');
    }
    const opAfroep = (await onCallMemberOrganisationIds(tx, overleg.reeksId)).includes(organisatieId);
    if (!opAfroep) {
      const { rows } = await tx.query<{ regio_id: string }>('select regio_id from organisaties where id = $1', [organisatieId]);
      if (!lidSoortenPerOrganisatieSoort['op-afroep'].includes(organisatie.soort) || rows[0]?.regio_id !== overleg.regioId) {
        throw problems.invalidField('organisatieId', 'nodig een partner op afroep van deze reeks uit, of de Raad voor de Kinderbescherming of de reclassering in de regio', 'geen-partner-op-afroep');
      }
    }
    const nieuw = await inviteToAgendapunt(tx, ctx, overleg, { agendapuntId, casusId: punt.casusId }, organisatieId);
    const agendapunt = (await listAgendapunten(tx, punt.overlegId, [agendapuntId], overlegKijker(ctx)))[0]!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'toevoegen',
      objectType: 'agendapunt',
      objectId: agendapuntId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { uitgenodigdeOrganisatieId: organisatieId, casusId: punt.casusId, nieuw },
    });
    return { agendapunt, nieuw };
  });
}
