import type { Database, Queryable } from '../platform/db/database';
import { ApiProblem } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { requireKnownPersons } from './person-references';
import { requireVisiblePersons } from './add-relation';
import { addressKey, normaliseName } from './name-normalisation';
import { findCandidates } from './person-search.storage';
import { scoreCandidate, type MatchCriteria } from './person-matching';
import { sealBsn } from './bsn-secret';
import { insertAddress, insertNotSame, insertPerson, insertRelation, personWithBsnHash } from './persons.storage';
import { toStoredRelation } from './relations';
import { loadPersoon } from './read-person';
import type { Persoon, PersoonInvoer } from './schemas';

export function bsnExists(kandidaat: string): ApiProblem {
  return new ApiProblem(409, 'BSN bestaat al', 'Er is al een persoon met dit BSN. Zoek die persoon op in plaats van een nieuwe vast te leggen.', {
    code: 'bsn-bestaat',
    invalidParams: [{ name: 'bsn', code: 'bsn-bestaat', reason: 'er is al een persoon met dit BSN' }],
    kandidaten: [kandidaat],
  });
}

function likelyDuplicate(kandidaten: string[]): ApiProblem {
  const reason = 'er bestaat waarschijnlijk al een persoon met deze gegevens; bevestig per kandidaat dat het niet dezelfde persoon is';
  return new ApiProblem(409, 'Mogelijk dubbele persoon', `Controleer eerst de ${kandidaten.length === 1 ? 'bestaande persoon' : `${kandidaten.length} bestaande personen`}.`, {
    code: 'mogelijke-dubbele-persoon',
    invalidParams: [{ name: 'nietDezelfdeAls', code: 'mogelijke-dubbele-persoon', reason }],
    kandidaten,
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/** Runs `work`; when two requests store the same BSN at once the unique index decides and the loser gets 409 bsn-bestaat. */
export async function withBsnUniqueness<T>(db: Database, hash: string | null, except: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (hash && isUniqueViolation(error)) {
      const existing = await personWithBsnHash(db, hash, except);
      if (existing) throw bsnExists(existing);
    }
    throw error;
  }
}

/** Likely matches of a new person that the user has not confirmed to be someone else. */
async function unconfirmedMatches(tx: Queryable, criteria: MatchCriteria, confirmed: readonly string[]): Promise<string[]> {
  const candidates = await findCandidates(tx, criteria);
  return candidates
    .map((c) => ({ id: c.id, match: scoreCandidate(criteria, c) }))
    .filter((c) => c.match.waarschijnlijkDezelfde && !confirmed.includes(c.id))
    .sort((a, b) => b.match.score - a.match.score)
    .map((c) => c.id);
}

/**
 * Registers a person after searching: refused while a likely match exists that the user has not confirmed as
 * "niet dezelfde" (409 mogelijke-dubbele-persoon), and always refused when the BSN is already known (409 bsn-bestaat).
 */
export async function createPerson(db: Database, ctx: AccessContext, secretKey: Buffer, input: PersoonInvoer): Promise<Persoon> {
  requirePermission(ctx, 'casussen.werken');
  const bsn = input.bsn ? sealBsn(secretKey, input.bsn) : null;
  const zoeknaam = normaliseName(input.voornamen, input.tussenvoegsel, input.achternaam);
  const firstAddress = input.adressen?.find((a) => !a.geldigTot);
  const criteria: MatchCriteria = {
    naam: zoeknaam,
    ...(input.geboortedatum ? { geboortedatum: input.geboortedatum } : {}),
    ...(firstAddress ? { adresSleutel: addressKey(firstAddress.postcode, firstAddress.huisnummer, firstAddress.huisnummerToevoeging) } : {}),
  };
  const nietDezelfde = input.nietDezelfdeAls ?? [];
  return withBsnUniqueness(db, bsn?.hash ?? null, undefined, () =>
    db.transaction(async (tx) => {
      await requireKnownPersons(tx, nietDezelfde.map((persoonId, i) => ({ persoonId, field: `nietDezelfdeAls[${i}]` })));
      const relaties = input.relaties ?? [];
      await requireVisiblePersons(tx, ctx, relaties.map((r, i) => ({ persoonId: r.persoonId, field: `relaties[${i}].persoonId` })));
      if (bsn) {
        const existing = await personWithBsnHash(tx, bsn.hash);
        if (existing) throw bsnExists(existing);
      }
      const matches = await unconfirmedMatches(tx, criteria, nietDezelfde);
      if (matches.length > 0) throw likelyDuplicate(matches);

      const id = await insertPerson(tx, {
        voornamen: input.voornamen ?? null,
        tussenvoegsel: input.tussenvoegsel ?? null,
        achternaam: input.achternaam,
        geboortedatum: input.geboortedatum ?? null,
        geslacht: input.geslacht,
        bsnSealed: bsn?.sealed ?? null,
        bsnHash: bsn?.hash ?? null,
        zoeknaam,
        telefoon: input.telefoon ?? null,
        eMail: input.eMail ?? null,
        organisatieId: ctx.organisatie.id,
        gebruikerId: ctx.gebruiker.id,
      });
      for (const adres of input.adressen ?? []) await insertAddress(tx, id, adres);
      for (const r of relaties) await insertRelation(tx, toStoredRelation(id, r.persoonId, r.soort));
      await insertNotSame(tx, id, nietDezelfde, ctx.gebruiker.id);
      const persoon = await loadPersoon(tx, ctx, secretKey, id);
      await appendAudit(tx, auditActor(ctx), {
        actie: 'aanmaken',
        objectType: 'persoon',
        objectId: id,
        uitkomst: 'gelukt',
        doel: 'casusbehandeling',
        details: {
          velden: Object.keys(input).filter((k) => input[k as keyof PersoonInvoer] !== undefined),
          adressen: input.adressen?.length ?? 0,
          relaties: relaties.length,
          nietDezelfdeAls: nietDezelfde,
        },
      });
      return persoon;
    }),
  );
}
