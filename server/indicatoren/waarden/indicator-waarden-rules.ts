import type { IndicatorDefinitie, IndicatorWaarde, Waarde } from '../schemas';
import { figuur, toonbareWaarde } from './aggregatie-rules';
import type { EvaluatieRij, InspanningRij, SamenvattingRij } from './waarden.storage';

/** The summaries of one period: counted measurements, evaluation answers, registered effort. */
export interface PeriodeSamenvattingen {
  metingen: readonly SamenvattingRij[];
  evaluaties: readonly EvaluatieRij[];
  inspanningen: readonly InspanningRij[];
}

const GEEN: Waarde = { waarde: null, n: 0, onderdrukt: false };

/**
 * The figures of every indicator for a period, with breakdown, trend and the previous period. Small numbers are
 * suppressed for counted and evaluated indicators; empty sources give `n: 0`, never an error.
 */
export function stelIndicatorWaardenSamen(
  definities: readonly IndicatorDefinitie[],
  huidig: PeriodeSamenvattingen,
  vorige: PeriodeSamenvattingen | null,
): IndicatorWaarde[] {
  return definities.map((d) => {
    const reeksPeriodes = new Set<string>();
    const waardeIn = (s: PeriodeSamenvattingen, kenmerk: string | null, periode: string | null): Waarde => {
      switch (d.bron.soort) {
        case 'tijdlijn': {
          const rij = s.metingen.find((r) => r.indicator === d.id && r.kenmerk === kenmerk && r.periode === periode);
          if (!rij) return d.bron.aggregatie === 'aantal' || d.bron.aggregatie === 'som' ? { waarde: 0, n: 0, onderdrukt: false } : GEEN;
          return toonbareWaarde(figuur(d.bron.aggregatie, rij), rij.n);
        }
        case 'evaluatie': {
          const jaar = periode === null ? null : Number(periode.slice(0, 4));
          const rijen = s.evaluaties.filter((r) => d.bron.soort === 'evaluatie' && d.bron.vragen.includes(r.vraag) && r.jaar === jaar);
          const n = Math.max(0, ...rijen.map((r) => r.n));
          const gewogen = rijen.filter((r) => r.gemiddelde !== null);
          const totaalN = gewogen.reduce((a, r) => a + r.n, 0);
          const gemiddelde = totaalN === 0 ? null : gewogen.reduce((a, r) => a + r.gemiddelde! * r.n, 0) / totaalN;
          return n === 0 ? GEEN : toonbareWaarde(gemiddelde, n);
        }
        case 'inspanning': {
          const bron = d.bron;
          const rijen = s.inspanningen.filter(
            (r) => r.verbeteractie === d.verbeteractie && bron.inspanningSoorten.includes(r.soort) && r.periode === periode,
          );
          const n = rijen.reduce((a, r) => a + r.n, 0);
          if (bron.aggregatie === 'aantal') return toonbareWaarde(n, n, false);
          if (bron.aggregatie === 'uren') return toonbareWaarde(rijen.reduce((a, r) => a + r.uren, 0), n, false);
          const meer = rijen.reduce((a, r) => a + r.meer, 0);
          const minder = rijen.reduce((a, r) => a + r.minder, 0);
          const beoordeeld = meer + minder + rijen.reduce((a, r) => a + r.gelijk, 0);
          return beoordeeld === 0 ? GEEN : toonbareWaarde(((meer - minder) / beoordeeld) * 100, beoordeeld, false);
        }
      }
    };
    if (d.bron.soort === 'tijdlijn') {
      for (const r of huidig.metingen) if (r.indicator === d.id && r.periode !== null) reeksPeriodes.add(r.periode);
    } else if (d.bron.soort === 'evaluatie') {
      for (const r of huidig.evaluaties) if (d.bron.vragen.includes(r.vraag) && r.jaar !== null) reeksPeriodes.add(String(r.jaar));
    } else {
      const bron = d.bron;
      for (const r of huidig.inspanningen) {
        if (r.verbeteractie === d.verbeteractie && bron.inspanningSoorten.includes(r.soort) && r.periode !== null) reeksPeriodes.add(r.periode);
      }
    }
    const kenmerken = d.bron.soort === 'tijdlijn' ? (d.bron.kenmerken ?? []) : [];
    return {
      id: d.id,
      totaal: waardeIn(huidig, null, null),
      perKenmerk: kenmerken.map((kenmerk) => ({ kenmerk, ...waardeIn(huidig, kenmerk, null) })),
      reeks: [...reeksPeriodes].sort().map((periode) => ({ periode, ...waardeIn(huidig, null, periode) })),
      vorigePeriode: vorige ? waardeIn(vorige, null, null) : null,
    };
  });
}
