import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { requiredVersion } from '../../platform/http/versioning';
import type { AccessContext } from '../../identity/access-context';
import { auditActor } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { appendAudit } from '../../audit/audit-log';
import type { RapportTekst, RapportTekstenQuery, RapportSectie } from './schemas';
import { leesRapportTekstVoorWijzigen, voegRapportTekstToe, wijzigRapportTekst } from './rapport-teksten.storage';

/**
 * Writes the network's own text of one section of the region's report for a period. Only an RNZS member, only for
 * the own region (another region: 404). Optimistic locking: the If-Match header is required (428 without) and
 * checked after access; a section without a text has version 0, so the first write sends If-Match "0". Audited with the section only, never the text.
 */
export async function schrijfTekst(
  db: Database,
  ctx: AccessContext,
  query: RapportTekstenQuery,
  sectie: RapportSectie,
  tekst: string,
  ifMatch: string | string[] | undefined,
): Promise<RapportTekst> {
  requirePermission(ctx, 'netwerk.werken');
  if (ctx.organisatie.regioId !== query.regioId) throw problems.notFound('Deze regio bestaat niet of is niet de uwe.');
  const verwachteVersie = requiredVersion(ifMatch);
  const sleutel = { regioId: query.regioId, van: query.van, tot: query.tot };
  return db.transaction(async (tx) => {
    const huidig = await leesRapportTekstVoorWijzigen(tx, sleutel, sectie);
    const huidigeVersie = huidig?.versie ?? 0;
    if (verwachteVersie !== huidigeVersie) throw problems.versionConflict(huidigeVersie);
    const rij = huidig
      ? await wijzigRapportTekst(tx, sleutel, sectie, tekst, ctx.gebruiker.id)
      : await voegRapportTekstToe(tx, sleutel, sectie, tekst, ctx.gebruiker.id);
    // Someone else wrote the first text at the same moment.
    if (!rij) throw problems.versionConflict(1);
    await appendAudit(tx, auditActor(ctx), {
      actie: huidig ? 'wijzigen' : 'aanmaken',
      objectType: 'rapport-tekst',
      objectId: query.regioId,
      doel: 'kwaliteitsmonitoring',
      uitkomst: 'gelukt',
      details: { sectie },
    });
    return { sectie: rij.sectie, tekst: rij.tekst, versie: rij.versie, gewijzigdOp: rij.gewijzigdOp.toISOString() };
  });
}
