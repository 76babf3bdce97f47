import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { requireTraject } from '../trajecten/traject-access';
import { listVerzoekenAan, listVerzoekenVanTraject, toVerzoeken } from './medisch.storage';
import { requireVerzoek } from './verzoek-access';
import type { MedischVerzoek } from '../schemas';

/** The requests addressed to the caller's organisation (the medical expert's inbox), with the child: need-to-know. */
export async function leesVerzoekenAanMij(db: Database, ctx: AccessContext): Promise<MedischVerzoek[]> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const rows = await listVerzoekenAan(tx, ctx.organisatie.id);
    const items = await toVerzoeken(tx, rows);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'ssk-medisch-verzoek',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { aantal: items.length, metKind: rows.filter((r) => r.persoon_id).length },
    });
    return items;
  });
}

/** The requests of one track, for its partners. */
export async function leesVerzoekenVanTraject(db: Database, ctx: AccessContext, trajectId: string): Promise<MedischVerzoek[]> {
  return db.transaction(async (tx) => {
    const traject = await requireTraject(tx, ctx, trajectId);
    const items = await toVerzoeken(tx, await listVerzoekenVanTraject(tx, trajectId));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'ssk-medisch-verzoek',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { trajectId, casusId: traject.casus_id, aantal: items.length },
    });
    return items;
  });
}

export async function leesVerzoek(db: Database, ctx: AccessContext, id: string): Promise<MedischVerzoek> {
  return db.transaction(async (tx) => {
    const { verzoek, alsExpert } = await requireVerzoek(tx, ctx, id);
    const [item] = await toVerzoeken(tx, [verzoek]);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'ssk-medisch-verzoek',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { alsExpert, persoonId: verzoek.persoon_id },
    });
    return item!;
  });
}
