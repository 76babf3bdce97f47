import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { listEvents } from '../timeline/timeline.storage';
import type { TijdlijnItem } from './schemas';
import { requireCasusAccess } from './casus-access';
import { describeEvent } from './timeline-description';

/** Data fields that name an organisation, so the description can say which. */
const organisationFields = ['organisatieId', 'gevraagdeOrganisatieId'];

/** The timeline of a casus as the caller's organisation may see it (need-to-know), oldest first, each step described. */
export async function readTimeline(db: Database, ctx: AccessContext, casusId: string): Promise<TijdlijnItem[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const events = await listEvents(tx, casusId, ctx.organisatie.id);
    const orgIds = new Set<string>();
    for (const e of events) {
      for (const field of organisationFields) if (typeof e.gegevens[field] === 'string') orgIds.add(e.gegevens[field] as string);
    }
    const names = new Map<string, string>();
    if (orgIds.size > 0) {
      const { rows } = await tx.query<{ id: string; naam: string }>('select id, naam from organisaties where id = any ($1::uuid[])', [[...orgIds]]);
      for (const r of rows) names.set(r.id, r.naam);
    }
    const items = events.map((e) => ({
      id: e.id,
      soort: e.soort,
      op: new Date(e.op).toISOString(),
      geregistreerdOp: new Date(e.geregistreerdOp).toISOString(),
      organisatie: e.organisatie,
      gebruiker: e.gebruiker ? { naam: e.gebruiker.naam } : null,
      gegevens: e.gegevens,
      omschrijving: describeEvent(e.soort, e.gegevens, (id) => names.get(id)),
    }));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'tijdlijn',
      objectId: casusId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { aantal: items.length },
    });
    return items;
  });
}
