import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePersonAccess } from './person-access';
import { personSummaries } from './person-references';
import { bumpVersion, endPeriod, findAddress, findRelation } from './persons.storage';
import { relationFrom } from './relations';
import { toAdres } from './read-person';
import type { Adres, Relatie } from './schemas';

/**
 * Ending an address or a relation: PATCH with geldigTot (the last day). Nothing is deleted, so the history of
 * who lived where and who was whose partner stays readable. A geldigTot before geldigVan is 400.
 */
function checkEnd(period: { geldigVan: string | null }, geldigTot: string): void {
  if (period.geldigVan && geldigTot < period.geldigVan) throw problems.invalidField('geldigTot', 'de einddatum ligt vóór de begindatum');
}

export async function endAddress(db: Database, ctx: AccessContext, persoonId: string, adresId: string, geldigTot: string): Promise<Adres> {
  return db.transaction(async (tx) => {
    await requirePersonAccess(tx, ctx, persoonId);
    const adres = await findAddress(tx, persoonId, adresId);
    if (!adres) throw problems.notFound();
    checkEnd(adres, geldigTot);
    await endPeriod(tx, 'adressen', adresId, geldigTot);
    await bumpVersion(tx, [persoonId]);
    const result = toAdres({ ...adres, geldigTot });
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'persoon',
      objectId: persoonId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { adresId, velden: ['geldigTot'] },
    });
    return result;
  });
}

/** Ends a relation seen from `persoonId`; the other person must be visible to the caller too, else 404. */
export async function endRelation(db: Database, ctx: AccessContext, persoonId: string, relatieId: string, geldigTot: string): Promise<Relatie> {
  return db.transaction(async (tx) => {
    await requirePersonAccess(tx, ctx, persoonId);
    const row = await findRelation(tx, persoonId, relatieId);
    if (!row) throw problems.notFound();
    const view = relationFrom(persoonId, row)!;
    await requirePersonAccess(tx, ctx, view.other);
    checkEnd(row, geldigTot);
    await endPeriod(tx, 'relaties', relatieId, geldigTot);
    await bumpVersion(tx, [persoonId, view.other]);
    const summary = (await personSummaries(tx, [view.other])).get(view.other)!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'persoon',
      objectId: persoonId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { relatieId, anderePersoonId: view.other, velden: ['geldigTot'] },
    });
    return { id: row.id, soort: view.soort, persoon: summary, geldigVan: row.geldigVan, geldigTot };
  });
}
