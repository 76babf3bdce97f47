import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePersonAccess, visiblePersonIds } from './person-access';
import { personSummaries } from './person-references';
import { bumpVersion, findRelation, insertRelation } from './persons.storage';
import { relationFrom, toStoredRelation } from './relations';
import type { Relatie, RelatieInvoer } from './schemas';

/**
 * Refuses references to persons the caller may not see with a 400 naming each field, worded like an unknown
 * person, so the answer does not tell whether such a person exists.
 */
export async function requireVisiblePersons(tx: Queryable, ctx: AccessContext, refs: { persoonId: string; field: string }[]): Promise<void> {
  if (refs.length === 0) return;
  const visible = await visiblePersonIds(tx, ctx, refs.map((r) => r.persoonId));
  const refused = refs.filter((r) => !visible.has(r.persoonId));
  if (refused.length > 0) {
    throw problems.badRequest(
      'Een of meer personen bestaan niet of u mag ze niet inzien.',
      refused.map((r) => ({ name: r.field, code: 'onbekende-persoon', reason: 'deze persoon bestaat niet of uw organisatie mag hem niet inzien' })),
    );
  }
}

/** POST /personen/{id}/relaties: both persons must be visible to the caller; the same relation twice is 409. */
export async function addRelation(db: Database, ctx: AccessContext, persoonId: string, input: RelatieInvoer): Promise<Relatie> {
  return db.transaction(async (tx) => {
    await requirePersonAccess(tx, ctx, persoonId);
    if (input.persoonId === persoonId) throw problems.invalidField('persoonId', 'een persoon kan geen relatie met zichzelf hebben');
    await requireVisiblePersons(tx, ctx, [{ persoonId: input.persoonId, field: 'persoonId' }]);
    const stored = toStoredRelation(persoonId, input.persoonId, input.soort);
    const id = await insertRelation(tx, stored);
    if (!id) throw problems.conflict('Deze relatie is al vastgelegd.', 'relatie-bestaat');
    await bumpVersion(tx, [persoonId, input.persoonId]);
    const row = (await findRelation(tx, persoonId, id))!;
    const summary = (await personSummaries(tx, [input.persoonId])).get(input.persoonId)!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'koppelen',
      objectType: 'persoon',
      objectId: persoonId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { relatieId: id, anderePersoonId: input.persoonId },
    });
    return { id, soort: relationFrom(persoonId, row)!.soort, persoon: summary, geldigVan: row.geldigVan, geldigTot: row.geldigTot };
  });
}
