import type { Database, Queryable } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { listContactpersonenVan } from '../contactpersonen/contactpersonen.storage';
import { findTraject, trajectPartners } from '../trajecten/trajecten.storage';
import { requireTraject } from '../trajecten/traject-access';
import { listStappen, toPlanStap, toStap } from './stappen.storage';
import { controleerVolgorde } from './volgorde-rules';
import type { Onderzoeksplan, VolgordeOverride } from '../schemas';

/** The plan as it is now: the steps, the live check against the sequencing rules, the last confirmation. */
export async function onderzoeksplanVan(tx: Queryable, trajectId: string): Promise<Onderzoeksplan> {
  const traject = (await findTraject(tx, trajectId))!;
  const stappen = await listStappen(tx, trajectId);
  const { rows } = await tx.query<{ id: string; bevestigd_op: Date; door_gebruiker_id: string | null; naam: string | null; stappen: number; overrides: VolgordeOverride[] }>(
    `select b.id, b.bevestigd_op, b.door_gebruiker_id, g.naam, b.stappen, b.overrides
       from ssk_bevestigingen b left join gebruikers g on g.id = b.door_gebruiker_id
      where b.traject_id = $1 order by b.bevestigd_op desc, b.id limit 1`,
    [trajectId],
  );
  const b = rows[0];
  const partners = await trajectPartners(tx, traject);
  return {
    trajectId,
    status: traject.status,
    stappen: stappen.map(toStap),
    schendingen: controleerVolgorde(stappen.map(toPlanStap), traject.geopend_op),
    laatsteBevestiging: b
      ? { id: b.id, bevestigdOp: b.bevestigd_op.toISOString(), door: { id: b.door_gebruiker_id ?? b.id, naam: b.naam ?? '' }, stappen: b.stappen, overrides: b.overrides }
      : null,
    contactpersonen: await listContactpersonenVan(tx, partners.map((p) => p.id)),
    versie: traject.versie,
  };
}

export async function leesOnderzoeksplan(db: Database, ctx: AccessContext, trajectId: string): Promise<Onderzoeksplan> {
  return db.transaction(async (tx) => {
    const traject = await requireTraject(tx, ctx, trajectId);
    const plan = await onderzoeksplanVan(tx, trajectId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'ssk-traject',
      objectId: trajectId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: traject.casus_id, onderdeel: 'onderzoeksplan', stappen: plan.stappen.length, schendingen: plan.schendingen.length },
    });
    return plan;
  });
}
