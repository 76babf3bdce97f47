import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { displayName, personSummaries } from './person-references';
import { visiblePersonIds } from './person-access';
import { findCandidates, knownAt } from './person-search.storage';
import { rankMatches, scoreCandidate, type MatchCriteria } from './person-matching';
import { addressKey } from './name-normalisation';
import { bsnHash } from './bsn-secret';
import { householdAt } from './household';
import { currentAddressesAt } from './persons.storage';
import type { OrganisatieSoort } from '../organisations/schemas';
import type { Zoekopdracht, Zoekresultaat } from './schemas';

export function matchCriteria(secretKey: Buffer, q: Zoekopdracht): MatchCriteria {
  return {
    ...(q.naam ? { naam: q.naam } : {}),
    ...(q.geboortedatum ? { geboortedatum: q.geboortedatum } : {}),
    ...(q.postcode && q.huisnummer ? { adresSleutel: addressKey(q.postcode, q.huisnummer, q.huisnummerToevoeging) } : {}),
    ...(q.bsn ? { bsnHash: bsnHash(secretKey, q.bsn) } : {}),
  };
}

/**
 * Search before create: candidates from the indexed SQL, re-ranked by the match rules, with "bekend bij" (which
 * organisations hold the person in a casus, never the content) and whether the caller may open the detail.
 * Searching by address also gives the household living there. Audited without the criteria's values.
 */
export async function searchPersons(db: Database, ctx: AccessContext, secretKey: Buffer, q: Zoekopdracht): Promise<Zoekresultaat> {
  requirePermission(ctx, 'casussen.werken');
  const criteria = matchCriteria(secretKey, q);
  return db.transaction(async (tx) => {
    const candidates = await findCandidates(tx, criteria);
    const ranked = rankMatches(candidates.map((c) => ({ c, match: scoreCandidate(criteria, c) })));
    const ids = ranked.map((r) => r.c.id);
    const [visible, known] = await Promise.all([visiblePersonIds(tx, ctx, ids), knownAt(tx, ctx.organisatie.id, ids)]);
    const result: Zoekresultaat = {
      treffers: ranked.map(({ c, match }) => ({
        persoon: { id: c.id, naam: displayName(c), geboortedatum: c.geboortedatum, woonplaats: c.woonplaats },
        score: match.score,
        waarschijnlijkDezelfde: match.waarschijnlijkDezelfde,
        redenen: match.redenen,
        bekendBij: known
          .filter((k) => k.persoonId === c.id)
          .map((k) => ({ organisatie: { ...k.organisatie, soort: k.organisatie.soort as OrganisatieSoort }, contactpunt: k.contactpunt, casusId: k.casusId })),
        magInzien: visible.has(c.id),
      })),
    };
    if (criteria.adresSleutel) {
      const members = householdAt(criteria.adresSleutel, await currentAddressesAt(tx, [criteria.adresSleutel]));
      const summaries = await personSummaries(tx, members.map((m) => m.persoonId));
      // Everyone living at the searched address is a search hit anyway (name and date of birth only).
      result.huishoudens = [
        {
          adres: criteria.adresSleutel,
          leden: members.map((m) => ({ persoon: summaries.get(m.persoonId)!, redenen: m.redenen })),
          aantalNietZichtbaar: 0,
        },
      ];
    }
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'persoon',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'registratie-zoeken',
      details: { criteria: Object.keys(q).filter((k) => q[k as keyof Zoekopdracht] !== undefined), aantal: result.treffers.length },
    });
    return result;
  });
}
