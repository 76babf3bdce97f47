import type { Database, Queryable } from '../../platform/db/database';
import type { IndicatorDefinitie, IndicatorWaarde } from '../schemas';
import { stelIndicatorWaardenSamen, type PeriodeSamenvattingen } from './indicator-waarden-rules';
import { jarenVan, reeksIndeling, vorigePeriode, type Periode } from './periode';
import { planVoorSamenvatten, vatEvaluatiesSamen, vatInspanningenSamen, vatMetingenSamen, type MetingSelectie } from './waarden.storage';

async function samenvattingen(
  q: Queryable,
  selectie: MetingSelectie,
  reeks: 'maand' | 'jaar' | null,
  mediaanIndicatoren: readonly string[],
): Promise<PeriodeSamenvattingen> {
  const jaren = jarenVan(selectie);
  const [metingen, evaluaties, inspanningen] = [
    await vatMetingenSamen(q, selectie, reeks, mediaanIndicatoren),
    await vatEvaluatiesSamen(q, { ...selectie, jaarVan: jaren.van, jaarTot: jaren.tot }),
    await vatInspanningenSamen(q, selectie, reeks),
  ];
  return { metingen, evaluaties, inspanningen };
}

/**
 * The figures of the given indicators for a selection and period, with the trend and the previous period.
 * Callers have checked the caller may see aggregates; the figures hold no person.
 */
export async function berekenIndicatoren(
  db: Database,
  selectie: MetingSelectie,
  definities: readonly IndicatorDefinitie[],
): Promise<{ indicatoren: IndicatorWaarde[]; leeg: boolean }> {
  const periode: Periode = { van: selectie.van, tot: selectie.tot };
  const mediaanIndicatoren = definities.filter((d) => d.bron.soort === 'tijdlijn' && d.bron.aggregatie === 'mediaan').map((d) => d.id);
  // One snapshot for the period and the one before it.
  const { huidig, vorige } = await db.transaction(async (tx) => {
    await planVoorSamenvatten(tx);
    return {
      huidig: await samenvattingen(tx, selectie, reeksIndeling(periode), mediaanIndicatoren),
      vorige: await samenvattingen(tx, { ...selectie, ...vorigePeriode(periode) }, null, mediaanIndicatoren),
    };
  });
  const leeg = huidig.metingen.length === 0 && huidig.evaluaties.length === 0 && huidig.inspanningen.length === 0;
  return { indicatoren: stelIndicatorWaardenSamen(definities, huidig, vorige), leeg };
}
