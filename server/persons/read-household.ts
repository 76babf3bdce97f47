import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePersonAccess, visiblePersonIds } from './person-access';
import { personSummaries } from './person-references';
import { addressesOf, currentAddressesAt, relationsOf } from './persons.storage';
import { householdOf, isCurrent } from './household';
import { addressLine, todayIso } from './read-person';
import type { Huishouden } from './schemas';

/**
 * GET /personen/{id}/huishouden: the people at the person's current address(es) and those joined by a running
 * relation. Only members the caller's organisation may see are listed; the others are only counted
 * (aantalNietZichtbaar, "en N anderen"), so no name or date of birth of an invisible person leaks.
 */
export async function readHousehold(db: Database, ctx: AccessContext, persoonId: string): Promise<Huishouden> {
  return db.transaction(async (tx) => {
    await requirePersonAccess(tx, ctx, persoonId);
    const today = todayIso();
    const own = (await addressesOf(tx, persoonId)).filter((a) => isCurrent(a, today));
    const [residents, relations] = await Promise.all([
      currentAddressesAt(tx, own.map((a) => a.adresSleutel)),
      relationsOf(tx, persoonId, { currentOnly: true }),
    ]);
    const members = householdOf(persoonId, residents, relations);
    const visible = await visiblePersonIds(tx, ctx, members.map((m) => m.persoonId));
    const shown = members.filter((m) => visible.has(m.persoonId));
    const summaries = await personSummaries(tx, shown.map((m) => m.persoonId));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'persoon',
      objectId: persoonId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { onderdeel: 'huishouden', leden: shown.length, nietZichtbaar: members.length - shown.length },
    });
    return {
      adres: own[0] ? addressLine(own[0]) : null,
      leden: shown.map((m) => ({ persoon: summaries.get(m.persoonId)!, redenen: m.redenen })),
      aantalNietZichtbaar: members.length - shown.length,
    };
  });
}
