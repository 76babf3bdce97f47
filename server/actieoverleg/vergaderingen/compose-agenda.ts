import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { buildAgenda } from './agenda-rules';
import { planAgendapunt } from './agenda-items';
import { aanmeldingKandidaten, bumpOverleg, casussenOnAgenda, vervolgKandidaten } from './vergaderingen.storage';
import { requireChair, requireOverlegAccess, requireOverlegStatus } from './vergadering-access';
import { loadOverleg } from './read-overleg';
import type { Overleg } from './schemas';

/**
 * The chair draws up the agenda (agenda-rules.ts): the items still missing are added after those already on it —
 * follow-ups of casussen with open agreements, then the region's tabled referrals. Running it again adds nothing new.
 */
export async function composeAgenda(db: Database, ctx: AccessContext, overlegId: string): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, overlegId, { forUpdate: true });
    requireChair(toegang);
    requireOverlegStatus(toegang.status, ['gepland', 'gestart']);
    const nieuw = buildAgenda({
      bestaand: await casussenOnAgenda(tx, overlegId),
      vervolg: await vervolgKandidaten(tx, toegang.reeksId, toegang.begintOp),
      aanmeldingen: await aanmeldingKandidaten(tx, toegang.regioId),
    });
    const toegevoegd: string[] = [];
    let deelnemers = 0;
    for (const punt of nieuw) {
      const gepland = await planAgendapunt(tx, ctx, toegang, punt);
      if (!gepland) continue;
      toegevoegd.push(gepland.agendapuntId);
      deelnemers += gepland.deelnemersToegevoegd;
    }
    if (toegevoegd.length > 0) await bumpOverleg(tx, overlegId);
    const overleg = await loadOverleg(tx, ctx, toegang);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'actieoverleg',
      objectId: overlegId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { agendaOpgesteld: true, agendapuntIds: toegevoegd, deelnemersToegevoegd: deelnemers },
    });
    return overleg;
  });
}
