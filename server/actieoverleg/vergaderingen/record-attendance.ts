import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { activeMembers } from './reeksen.storage';
import { bumpOverleg, invitedOrganisationIdsOfMeeting, replaceAanwezigheid, userOrganisationAmong } from './vergaderingen.storage';
import { lockMeetingForChair } from './chair-edit';
import { loadOverleg } from './read-overleg';
import type { AanwezigheidInvoer, Overleg } from './schemas';

/**
 * The chair records who attends (present, with or without mandate) and who sent apologies (If-Match on the meeting;
 * the list replaces the previous one). Each person works for a member of the series, an organisation invited to an
 * item, or the chair's own organisation.
 */
export async function recordAttendance(db: Database, ctx: AccessContext, overlegId: string, versie: number, input: AanwezigheidInvoer): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const { toegang } = await lockMeetingForChair(tx, ctx, overlegId, versie, ['gepland', 'gestart']);
    const leden = (await activeMembers(tx, [toegang.reeksId])).get(toegang.reeksId) ?? [];
    const toegestaan = [...new Set([...leden.map((l) => l.organisatie.id), ...(await invitedOrganisationIdsOfMeeting(tx, overlegId)), ctx.organisatie.id])];
    const gezien = new Set<string>();
    const rijen = [];
    for (const [i, d] of input.deelnemers.entries()) {
      if (gezien.has(d.gebruikerId)) throw problems.invalidField(`deelnemers.${i}.gebruikerId`, 'iedere deelnemer staat één keer in de lijst', 'dubbel');
      gezien.add(d.gebruikerId);
      const organisatieId = await userOrganisationAmong(tx, d.gebruikerId, toegestaan);
      if (!organisatieId) {
        throw problems.invalidField(`deelnemers.${i}.gebruikerId`, 'deze persoon werkt niet voor een deelnemende of uitgenodigde organisatie van dit Actieoverleg', 'geen-deelnemer');
      }
      rijen.push({ gebruikerId: d.gebruikerId, organisatieId, status: d.status, metMandaat: d.status === 'aanwezig' && d.metMandaat });
    }
    await replaceAanwezigheid(tx, overlegId, rijen);
    await bumpOverleg(tx, overlegId);
    const overleg = await loadOverleg(tx, ctx, toegang);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'actieoverleg',
      objectId: overlegId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { velden: ['aanwezigheid'], aanwezig: rijen.filter((r) => r.status === 'aanwezig').length, afgemeld: rijen.filter((r) => r.status === 'afgemeld').length },
    });
    return overleg;
  });
}
