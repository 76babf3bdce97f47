import type { Database, Queryable } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { activeMembers } from './reeksen.storage';
import { findOverlegKern, listAanwezigheid, listAgendapunten } from './vergaderingen.storage';
import { overlegKijker, requireOverlegAccess, type OverlegToegang } from './vergadering-access';
import type { Overleg } from './schemas';

/**
 * A meeting as the caller may see it: for an on-call partner only the items they are invited to; per item the
 * referral's question only where the caller may see the referral, and the contributions need-to-know allows.
 */
export async function loadOverleg(tx: Queryable, ctx: AccessContext, toegang: OverlegToegang): Promise<Overleg> {
  const kijker = overlegKijker(ctx);
  const kern = (await findOverlegKern(tx, toegang.overlegId))!;
  const agendapunten = await listAgendapunten(tx, kern.id, toegang.agendapunten, kijker);
  const leden = await activeMembers(tx, [kern.reeksId]);
  return {
    id: kern.id,
    reeksId: kern.reeksId,
    regio: { id: kern.regioId, naam: kern.regioNaam },
    begintOp: kern.begintOp.toISOString(),
    eindigtOp: kern.eindigtOp.toISOString(),
    locatie: kern.locatie,
    status: kern.status,
    rol: toegang.rol,
    aantalAgendapunten: agendapunten.filter((p) => p.status !== 'doorgeschoven').length,
    versie: kern.versie,
    gestartOp: kern.gestartOp?.toISOString() ?? null,
    afgerondOp: kern.afgerondOp?.toISOString() ?? null,
    leden: leden.get(kern.reeksId) ?? [],
    agendapunten,
    aanwezigheid: await listAanwezigheid(tx, kern.id),
  };
}

export async function readOverleg(db: Database, ctx: AccessContext, id: string): Promise<Overleg> {
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, id);
    const overleg = await loadOverleg(tx, ctx, toegang);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'actieoverleg',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { rol: toegang.rol, agendapunten: overleg.agendapunten.length, casusIds: overleg.agendapunten.map((p) => p.casus.id) },
    });
    return overleg;
  });
}
