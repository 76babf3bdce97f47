import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { displayName, personSummaries } from './person-references';
import { requirePersonAccess, visiblePersonIds } from './person-access';
import { addressesOf, findPerson, relationsOf, type AddressRow } from './persons.storage';
import { relationFrom } from './relations';
import { isCurrent } from './household';
import { openBsn } from './bsn-secret';
import type { Adres, Persoon } from './schemas';

export const todayIso = () => new Date().toISOString().slice(0, 10);

export function toAdres(a: AddressRow, today = todayIso()): Adres {
  return {
    id: a.id,
    straat: a.straat,
    huisnummer: a.huisnummer,
    huisnummerToevoeging: a.huisnummerToevoeging,
    postcode: a.postcode,
    woonplaats: a.woonplaats,
    geldigVan: a.geldigVan,
    geldigTot: a.geldigTot,
    actueel: isCurrent(a, today),
  };
}

export function addressLine(a: Pick<AddressRow, 'straat' | 'huisnummer' | 'huisnummerToevoeging' | 'postcode' | 'woonplaats'>): string {
  return `${a.straat} ${a.huisnummer}${a.huisnummerToevoeging ? ` ${a.huisnummerToevoeging}` : ''}, ${a.postcode} ${a.woonplaats}`;
}

/** The detail of a person the caller may see (checked by the caller of this function); relations only to visible persons. */
export async function loadPersoon(tx: Queryable, ctx: AccessContext, secretKey: Buffer, id: string): Promise<Persoon> {
  const row = await findPerson(tx, id);
  if (!row) throw problems.notFound();
  const [adressen, relations] = await Promise.all([addressesOf(tx, id), relationsOf(tx, id)]);
  const seen = relations.map((r) => ({ row: r, view: relationFrom(id, r)! }));
  const visible = await visiblePersonIds(tx, ctx, seen.map((s) => s.view.other));
  const shown = seen.filter((s) => visible.has(s.view.other));
  const summaries = await personSummaries(tx, shown.map((s) => s.view.other));
  return {
    id: row.id,
    voornamen: row.voornamen,
    tussenvoegsel: row.tussenvoegsel,
    achternaam: row.achternaam,
    naam: displayName(row),
    geboortedatum: row.geboortedatum,
    geslacht: row.geslacht,
    bsn: openBsn(secretKey, row.bsnSealed),
    telefoon: row.telefoon,
    eMail: row.eMail,
    adressen: adressen.map((a) => toAdres(a)),
    relaties: shown.map((s) => ({
      id: s.row.id,
      soort: s.view.soort,
      persoon: summaries.get(s.view.other)!,
      geldigVan: s.row.geldigVan,
      geldigTot: s.row.geldigTot,
    })),
    relatiesNietZichtbaar: seen.length - shown.length,
    versie: row.versie,
  };
}

/** GET /personen/{id}: 403 for the analyst, 404 when the caller's organisation may not see the person; audited. */
export async function readPerson(db: Database, ctx: AccessContext, secretKey: Buffer, id: string): Promise<Persoon> {
  return db.transaction(async (tx) => {
    await requirePersonAccess(tx, ctx, id);
    const persoon = await loadPersoon(tx, ctx, secretKey, id);
    await appendAudit(tx, auditActor(ctx), { actie: 'lezen', objectType: 'persoon', objectId: id, uitkomst: 'gelukt', doel: 'casusbehandeling' });
    return persoon;
  });
}
