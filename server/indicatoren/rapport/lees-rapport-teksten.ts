import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { can, requirePermission } from '../../identity/access-policy';
import { vindRegio } from '../dashboard/dashboard.storage';
import { rapportSecties, type RapportTeksten, type RapportTekstenQuery } from './schemas';
import { leesRapportTeksten } from './rapport-teksten.storage';

/**
 * The network's own texts of a region's report for a period: every section in report order, versie 0 where there is
 * no text yet. Anyone who sees indicators may read them (they hold no personal data; not audited); only an RNZS
 * member of the region may write them.
 */
export async function leesTeksten(db: Queryable, ctx: AccessContext, query: RapportTekstenQuery): Promise<RapportTeksten> {
  requirePermission(ctx, 'indicatoren.inzien');
  const regio = await vindRegio(db, query.regioId);
  if (!regio) throw problems.notFound('Deze regio bestaat niet.');
  const rijen = new Map((await leesRapportTeksten(db, query)).map((r) => [r.sectie, r]));
  return {
    regioId: regio.id,
    van: query.van,
    tot: query.tot,
    teksten: rapportSecties.map((sectie) => {
      const rij = rijen.get(sectie);
      return { sectie, tekst: rij?.tekst ?? '', versie: rij?.versie ?? 0, gewijzigdOp: rij ? rij.gewijzigdOp.toISOString() : null };
    }),
    magSchrijven: magTekstenSchrijven(ctx, regio.id),
  };
}

export function magTekstenSchrijven(ctx: AccessContext, regioId: string): boolean {
  return can(ctx, 'netwerk.werken') && ctx.organisatie.regioId === regioId;
}
