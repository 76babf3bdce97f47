import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { requireOverlegAccess } from '../vergaderingen/vergadering-access';
import { minutesFor } from './minutes';
import { findOverlegKern } from '../vergaderingen/vergaderingen.storage';
import { loadNotulenRecord, readTaskKey } from './notulen.storage';
import type { Notulen } from './schemas';

export type NotulenWeergave = 'html' | 'pdf' | 'json';

/**
 * The minutes of a meeting for the caller's organisation. Once the meeting is closed ('afgerond') every organisation
 * at it reads its own minutes, and the first read marks its task 'notulen-lezen' done. Before that the chair and the
 * fixed members may preview a concept; a partner on call waits for the real thing (409). Anyone not at the meeting: 404.
 * Audited (what was read, for whom, how many items — never content).
 */
export async function readNotulen(db: Database, ctx: AccessContext, overlegId: string, weergave: NotulenWeergave): Promise<Notulen> {
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, overlegId);
    if (toegang.status === 'geannuleerd') throw problems.conflict('Dit overleg is geannuleerd; er zijn geen notulen.', 'overleg-geannuleerd');
    if (toegang.status !== 'afgerond' && toegang.rol === 'op-afroep') {
      throw problems.conflict('De notulen zijn er zodra de voorzitter het overleg heeft afgerond.', 'notulen-nog-niet-beschikbaar');
    }
    const overleg = await findOverlegKern(tx, overlegId);
    if (!overleg) throw problems.notFound();
    const record = await loadNotulenRecord(tx, overleg);
    const notulen = minutesFor(record, { id: ctx.organisatie.id, naam: ctx.organisatie.naam, voorzitter: toegang.rol === 'voorzitter' });
    if (!notulen) throw problems.notFound();
    const gelezen = notulen.concept ? false : await completeTaskByKey(tx, actorOf(ctx), readTaskKey(overlegId, ctx.organisatie.id));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'notulen',
      objectId: overlegId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: {
        overlegId,
        organisatieId: ctx.organisatie.id,
        agendapunten: notulen.agendapunten.length,
        concept: notulen.concept,
        formaat: weergave,
        taakAfgerond: gelezen,
      },
    });
    return notulen;
  });
}
