import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { requireCasusAccess } from '../../cases/casus-access';
import { requireVisibleAfspraak } from './afspraak-access';
import { findAfspraak, listAfsprakenOfCasus, listAfsprakenOfOwner } from './afspraken.storage';
import type { Afspraak, AfsprakenQuery } from './schemas';

/** The agreements of a casus, for the organisations taking part in it. */
export async function listAfsprakenVanCasus(db: Database, ctx: AccessContext, casusId: string): Promise<Afspraak[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const afspraken = await listAfsprakenOfCasus(tx, casusId, new Date());
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'afspraak',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, aantal: afspraken.length },
    });
    return afspraken;
  });
}

/** The agreements the caller's organisation owns: its follow-up list, overdue first. */
export async function listEigenAfspraken(db: Database, ctx: AccessContext, query: AfsprakenQuery): Promise<Afspraak[]> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const afspraken = await listAfsprakenOfOwner(tx, ctx.organisatie.id, query.status, new Date());
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'afspraak',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { eigenaar: query.eigenaar, status: query.status, aantal: afspraken.length },
    });
    return afspraken;
  });
}

export async function readAfspraak(db: Database, ctx: AccessContext, id: string): Promise<Afspraak> {
  return db.transaction(async (tx) => {
    const kern = await requireVisibleAfspraak(tx, ctx, id);
    const afspraak = (await findAfspraak(tx, id, new Date()))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'afspraak',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: kern.casusId },
    });
    return afspraak;
  });
}
