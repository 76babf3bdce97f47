import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { requireCasusAccess } from '../cases/casus-access';
import { listTasksOfCasus, listTasksOfOrganisation } from './tasks.storage';
import type { Taak, TakenQuery } from './schemas';

/** The inbox: tasks of the caller's acting organisation, or only those assigned to the caller. */
export async function listInbox(db: Database, ctx: AccessContext, query: TakenQuery, now = new Date()): Promise<Taak[]> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const taken = await listTasksOfOrganisation(
      tx,
      ctx.organisatie.id,
      { status: query.status, ...(query.voor === 'mij' ? { gebruikerId: ctx.gebruiker.id } : {}) },
      now,
    );
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'taak',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { voor: query.voor, status: query.status, aantal: taken.length },
    });
    return taken;
  });
}

/**
 * All tasks on a casus, of every organisation: how Veilig Thuis sees that the police report is overdue, and the
 * police that the safety assessment is. For the organisations taking part in the casus.
 */
export async function listCasusTasks(db: Database, ctx: AccessContext, casusId: string, now = new Date()): Promise<Taak[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const taken = await listTasksOfCasus(tx, casusId, now);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'taak',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, aantal: taken.length },
    });
    return taken;
  });
}
