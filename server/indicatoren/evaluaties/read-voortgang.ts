import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { verbeteracties } from '../schemas';
import { toonbareWaarde } from '../waarden/aggregatie-rules';
import type { EvaluatieVoortgang } from './schemas';
import { evaluatieVragen } from './vragen';
import { vragenVan } from './evaluatie-rules';
import { telRespondenten } from './evaluaties.storage';
import { vereisGeldigJaar } from './evaluatie-jaar';

/**
 * How many partners in the caller's region evaluated each improvement action in a year: counts only, 1 to 4
 * suppressed. No person and no answer, so nothing to audit.
 */
export async function readEvaluatieVoortgang(db: Database, ctx: AccessContext, jaar: number): Promise<EvaluatieVoortgang> {
  requirePermission(ctx, 'indicatoren.inzien');
  vereisGeldigJaar(jaar);
  const aantallen = await telRespondenten(db, ctx.organisatie.regioId, jaar);
  return {
    jaar,
    verbeteracties: verbeteracties.map((verbeteractie) => {
      const n = aantallen.get(verbeteractie) ?? 0;
      const getoond = toonbareWaarde(n, n);
      return {
        verbeteractie,
        aantalVragen: vragenVan(verbeteractie, evaluatieVragen).length,
        respondenten: getoond.onderdrukt ? null : n,
        onderdrukt: getoond.onderdrukt,
      };
    }),
  };
}
