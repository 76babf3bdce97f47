import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { requiredVersion } from '../../platform/http/versioning';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { bijdrageTaakSleutel } from './agenda-items';
import { findBijdrage, insertBijdrage, lockOwnBijdrage, updateBijdrage } from './vergaderingen.storage';
import { fixedMemberOrganisationIds, invitedOrganisationIds, requireAgendapuntAccess, requireOverlegAccess, requireOverlegStatus } from './vergadering-access';
import type { Bijdrage, BijdrageInvoer } from './schemas';

/**
 * The caller's organisation brings its information to an item it sees (seed 004, "Delen en duiden van informatie"):
 * one contribution per organisation, created or — with If-Match — updated, until the meeting is closed. It is
 * visible to the organisations at the item it names (need-to-know), or to all of them. Completes the invitation task.
 */
export async function saveBijdrage(
  db: Database,
  ctx: AccessContext,
  agendapuntId: string,
  ifMatch: string | string[] | undefined,
  input: BijdrageInvoer,
): Promise<{ bijdrage: Bijdrage; nieuw: boolean }> {
  return db.transaction(async (tx) => {
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId, { forUpdate: true });
    const overleg = await requireOverlegAccess(tx, ctx, punt.overlegId);
    requireOverlegStatus(overleg.status, ['gepland', 'gestart']);
    if (punt.status === 'doorgeschoven') throw problems.conflict('Dit agendapunt is doorgeschoven: breng uw bijdrage in bij het nieuwe agendapunt.', 'agendapunt-doorgeschoven');
    const zichtbaarVoor = input.zichtbaarVoor === null ? null : [...new Set(input.zichtbaarVoor.filter((id) => id !== ctx.organisatie.id))];
    if (zichtbaarVoor) {
      const aanTafel = new Set([...(await fixedMemberOrganisationIds(tx, overleg.reeksId)), ...(await invitedOrganisationIds(tx, agendapuntId))]);
      const onbekend = zichtbaarVoor.find((id) => !aanTafel.has(id));
      if (onbekend) throw problems.invalidField('zichtbaarVoor', 'noem alleen organisaties die bij dit agendapunt aan tafel zitten', 'niet-aan-tafel');
    }
    const bestaand = await lockOwnBijdrage(tx, agendapuntId, ctx.organisatie.id);
    let id: string;
    if (bestaand) {
      const versie = requiredVersion(ifMatch);
      if (versie !== bestaand.versie) throw problems.versionConflict(bestaand.versie);
      await updateBijdrage(tx, bestaand.id, { gebruikerId: ctx.gebruiker.id, inhoud: input.inhoud, zichtbaarVoor });
      id = bestaand.id;
    } else {
      id = await insertBijdrage(tx, { agendapuntId, organisatieId: ctx.organisatie.id, gebruikerId: ctx.gebruiker.id, inhoud: input.inhoud, zichtbaarVoor });
    }
    const taakAfgerond = await completeTaskByKey(tx, actorOf(ctx), bijdrageTaakSleutel(agendapuntId, ctx.organisatie.id));
    const bijdrage = await findBijdrage(tx, id, ctx.organisatie.id);
    await appendAudit(tx, auditActor(ctx), {
      actie: bestaand ? 'wijzigen' : 'aanmaken',
      objectType: 'agendapunt-bijdrage',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { agendapuntId, casusId: punt.casusId, zichtbaarVoor, taakAfgerond },
    });
    return { bijdrage, nieuw: !bestaand };
  });
}
