import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { bumpOverleg, setVolgorde } from './vergaderingen.storage';
import { lockMeetingForChair } from './chair-edit';
import { loadOverleg } from './read-overleg';
import type { Overleg } from './schemas';

/**
 * The chair puts the agenda in a new order (If-Match on the meeting). The list names every item that is not moved
 * away, each once; moved items keep their place at the end.
 */
export async function reorderAgenda(db: Database, ctx: AccessContext, overlegId: string, versie: number, agendapuntIds: readonly string[]): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const { toegang } = await lockMeetingForChair(tx, ctx, overlegId, versie, ['gepland', 'gestart']);
    const { rows } = await tx.query<{ id: string; status: string }>('select id, status from agendapunten where overleg_id = $1 order by volgorde, id', [overlegId]);
    const actief = rows.filter((r) => r.status !== 'doorgeschoven').map((r) => r.id);
    const gegeven = new Set(agendapuntIds);
    if (gegeven.size !== agendapuntIds.length || gegeven.size !== actief.length || !actief.every((id) => gegeven.has(id))) {
      throw problems.invalidField('agendapuntIds', 'noem elk agendapunt van dit overleg (behalve doorgeschoven punten) precies één keer', 'onvolledige-volgorde');
    }
    await setVolgorde(tx, [...agendapuntIds, ...rows.filter((r) => r.status === 'doorgeschoven').map((r) => r.id)]);
    await bumpOverleg(tx, overlegId);
    const overleg = await loadOverleg(tx, ctx, toegang);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'actieoverleg',
      objectId: overlegId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { velden: ['volgorde'], agendapunten: agendapuntIds.length },
    });
    return overleg;
  });
}
