import type { Database } from '../platform/db/database';
import type { AccessContext } from '../identity/access-context';
import { indicatorCatalogus } from '../indicatoren/catalogus';
import { berekenIndicatoren } from '../indicatoren/waarden/bereken-indicatoren';
import { netwerkRegio } from './netwerk-toegang';
import type { Zelfevaluatie } from './schemas';

/**
 * The yearly self-evaluation: the aggregated answers to the evaluation questions on coherence ('samenhang') for the
 * network's region, small numbers suppressed by the shared aggregation. The answers are given on the evaluations page.
 */
export async function leesZelfevaluatie(db: Database, ctx: AccessContext, jaar: number): Promise<Zelfevaluatie> {
  const regioId = netwerkRegio(ctx);
  const definities = indicatorCatalogus.filter((d) => d.verbeteractie === 'samenhang' && d.bron.soort === 'evaluatie');
  if (definities.length === 0) return { jaar, beschikbaar: false, leeg: true, indicatoren: [] };
  const { indicatoren, leeg } = await berekenIndicatoren(db, { regioIds: [regioId], van: `${jaar}-01-01`, tot: `${jaar + 1}-01-01` }, definities);
  return {
    jaar,
    beschikbaar: true,
    leeg,
    indicatoren: definities.map((d) => {
      const w = indicatoren.find((i) => i.id === d.id)?.totaal ?? { waarde: null, n: null, onderdrukt: false };
      return { id: d.id, naam: d.naam, eenheid: d.eenheid, waarde: w.waarde, n: w.n, onderdrukt: w.onderdrukt };
    }),
  };
}
