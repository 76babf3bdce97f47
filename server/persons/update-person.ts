import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePersonAccess } from './person-access';
import { normaliseName } from './name-normalisation';
import { sealBsn } from './bsn-secret';
import { findPerson, personWithBsnHash, updatePerson, type PersonFieldChanges } from './persons.storage';
import { bsnExists, withBsnUniqueness } from './create-person';
import { loadPersoon } from './read-person';
import type { Persoon, PersoonWijzigen } from './schemas';

/** PATCH /personen/{id} with If-Match: name parts, date of birth, geslacht, BSN, contact details; null clears. */
export async function updatePersonDetails(
  db: Database,
  ctx: AccessContext,
  secretKey: Buffer,
  id: string,
  expectedVersie: number,
  changes: PersoonWijzigen,
): Promise<Persoon> {
  const bsn = changes.bsn ? sealBsn(secretKey, changes.bsn) : null;
  return withBsnUniqueness(db, bsn?.hash ?? null, id, () =>
    db.transaction(async (tx) => {
      await requirePersonAccess(tx, ctx, id);
      const current = await findPerson(tx, id, { forUpdate: true });
      if (!current) throw problems.notFound();
      if (current.versie !== expectedVersie) throw problems.versionConflict(current.versie);
      if (bsn) {
        const other = await personWithBsnHash(tx, bsn.hash, id);
        if (other) throw bsnExists(other);
      }
      const voornamen = changes.voornamen === undefined ? current.voornamen : changes.voornamen;
      const tussenvoegsel = changes.tussenvoegsel === undefined ? current.tussenvoegsel : changes.tussenvoegsel;
      const achternaam = changes.achternaam ?? current.achternaam;
      const fields: PersonFieldChanges = {
        voornamen: changes.voornamen,
        tussenvoegsel: changes.tussenvoegsel,
        achternaam: changes.achternaam,
        geboortedatum: changes.geboortedatum,
        geslacht: changes.geslacht,
        telefoon: changes.telefoon,
        eMail: changes.eMail,
        zoeknaam: normaliseName(voornamen, tussenvoegsel, achternaam),
        ...(changes.bsn === null ? { bsnSealed: null, bsnHash: null } : {}),
        ...(bsn ? { bsnSealed: bsn.sealed, bsnHash: bsn.hash } : {}),
      };
      await updatePerson(tx, id, fields);
      const persoon = await loadPersoon(tx, ctx, secretKey, id);
      await appendAudit(tx, auditActor(ctx), {
        actie: 'wijzigen',
        objectType: 'persoon',
        objectId: id,
        uitkomst: 'gelukt',
        doel: 'casusbehandeling',
        details: { velden: Object.keys(changes).filter((k) => changes[k as keyof PersoonWijzigen] !== undefined) },
      });
      return persoon;
    }),
  );
}
