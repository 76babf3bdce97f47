import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { requireCasusAccess } from '../../cases/casus-access';
import { listTrajectenVan, listTrajectenVanCasus, readTraject } from './trajecten.storage';
import { requireTraject } from './traject-access';
import type { Traject } from '../schemas';

/** One track with its partners and their contact persons; 404 for anyone outside it. */
export async function leesTraject(db: Database, ctx: AccessContext, id: string): Promise<Traject> {
  return db.transaction(async (tx) => {
    await requireTraject(tx, ctx, id);
    const traject = await readTraject(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'ssk-traject',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: traject.casus?.id ?? null },
    });
    return traject;
  });
}

/** The tracks the caller's organisation takes part in, newest first. */
export async function lijstTrajecten(db: Database, ctx: AccessContext): Promise<Traject[]> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const items = await listTrajectenVan(tx, ctx.organisatie.id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'ssk-traject',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { aantal: items.length },
    });
    return items;
  });
}

/** The tracks of a casus (for its participants; otherwise 404). */
export async function trajectenVanCasus(db: Database, ctx: AccessContext, casusId: string): Promise<Traject[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const items = await listTrajectenVanCasus(tx, casusId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'ssk-traject',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, aantal: items.length },
    });
    return items;
  });
}
