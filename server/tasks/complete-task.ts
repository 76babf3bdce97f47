import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { completeTaskById, findTaskOfOrganisation } from './tasks.storage';
import type { Taak } from './schemas';

/** Completes a task of the caller's organisation by hand; on a casus the timeline records whether it was on time. */
export async function completeTask(db: Database, ctx: AccessContext, id: string, expectedVersie: number): Promise<Taak> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const now = new Date();
    await lockOpenTask(tx, ctx, id, expectedVersie, now);
    await completeTaskById(tx, { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id }, id, now);
    const afgerond = (await findTaskOfOrganisation(tx, id, ctx.organisatie.id, now))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'afronden',
      objectType: 'taak',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: afgerond.casus?.id ?? null, taakSoort: afgerond.soort, teLaat: afgerond.teLaat },
    });
    return afgerond;
  });
}

/** Locks an open task of the caller's organisation at the expected version: 404 elsewhere, 409 when done or stale. */
export async function lockOpenTask(tx: Queryable, ctx: AccessContext, id: string, expectedVersie: number, now: Date): Promise<Taak> {
  const taak = await findTaskOfOrganisation(tx, id, ctx.organisatie.id, now, { forUpdate: true });
  if (!taak) throw problems.notFound();
  if (taak.status !== 'open') throw problems.conflict(`Deze taak is al ${taak.status}.`, `taak-${taak.status}`);
  if (taak.versie !== expectedVersie) throw problems.versionConflict(taak.versie);
  return taak;
}
