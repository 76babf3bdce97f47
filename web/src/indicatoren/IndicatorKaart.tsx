import { Heading4, Paragraph } from '@utrecht/component-library-react';
import type { IndicatorDefinitieApi } from '@schemas/indicatoren/dashboard';
import type { IndicatorWaarde, Waarde } from '@schemas/indicatoren';
import { useAreaMessages, useI18n } from '../i18n';
import { formatGetal, formatWaarde, kenmerkLabel } from './format';
import { reeksPeriodes } from './filter';
import { en, nl } from './messages';
import { OnderliggendeCasussen } from './OnderliggendeCasussen';
import { TrendGrafiek, type TrendPunt } from './TrendGrafiek';

export interface KaartContext {
  van: string;
  tot: string;
  reeksIndeling: 'maand' | 'jaar';
  /** The API query of the current filter (for the drill-down). */
  query: string;
  onderliggendeCasussen: boolean;
}

/** Counts and sums are 0 in a period without measurements; a mean or a grade has no value there. */
function nulBijGeenGegevens(d: IndicatorDefinitieApi): boolean {
  if (d.bron.soort === 'tijdlijn') return d.bron.aggregatie === 'aantal' || d.bron.aggregatie === 'som';
  if (d.bron.soort === 'inspanning') return d.bron.aggregatie !== 'werklast';
  return false;
}

/** "Based on n" where n is not the figure itself: means, shares and grades. */
function toontAantal(d: IndicatorDefinitieApi): boolean {
  if (d.bron.soort === 'tijdlijn') return d.bron.aggregatie !== 'aantal';
  return d.bron.soort === 'evaluatie';
}

/** One indicator: its figure, the change against the previous period, the trend, the breakdown, how it is computed. */
export function IndicatorKaart({ definitie: d, waarde: w, context }: { definitie: IndicatorDefinitieApi; waarde: IndicatorWaarde; context: KaartContext }) {
  const m = useAreaMessages({ nl, en });
  const { lang } = useI18n();
  const toon = (x: number) => formatWaarde(x, d.eenheid, m, lang);
  const tekst = (x: Waarde) => (x.onderdrukt ? m.onderdrukt : x.waarde === null ? m.geenWaarde : toon(x.waarde));
  const headingId = `indicator-${d.id.replace(/[^a-z0-9-]/gi, '-')}`;

  const bekend = new Map(w.reeks.map((r) => [r.periode, r]));
  const punten: TrendPunt[] = w.reeks.length === 0 ? [] : reeksPeriodes(context.van, context.tot, context.reeksIndeling).map((periode) => {
    const r = bekend.get(periode);
    if (r) return { periode, waarde: r.waarde, onderdrukt: r.onderdrukt };
    return { periode, waarde: nulBijGeenGegevens(d) ? 0 : null, onderdrukt: false };
  });

  return (
    <article className="sl-indicator" aria-labelledby={headingId}>
      <Heading4 id={headingId}>{d.naam}</Heading4>
      <p className={`utrecht-paragraph sl-indicator__waarde${w.totaal.waarde === null ? ' sl-indicator__waarde--leeg' : ''}`}>{tekst(w.totaal)}</p>
      {w.totaal.n !== null && w.totaal.n > 0 && !w.totaal.onderdrukt && toontAantal(d) && (
        <p className="utrecht-paragraph sl-muted">{m.n(w.totaal.n)}</p>
      )}
      <Verandering definitie={d} waarde={w} toon={toon} />
      <TrendGrafiek id={`${headingId}-trend`} naam={d.naam} punten={punten} toon={toon} m={m} />
      {w.perKenmerk.length > 0 && (
        <>
          <p className="utrecht-paragraph sl-indicator__kenmerken-kop">{m.perKenmerk}</p>
          <dl className="sl-indicator__kenmerken">
            {w.perKenmerk.map((k) => (
              <div key={k.kenmerk}>
                <dt>{kenmerkLabel(k.kenmerk)}</dt>
                <dd>{tekst(k)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <Paragraph className="sl-indicator__bron">
        {m.bron.label}: {m.bron[d.bron.soort]}
      </Paragraph>
      <details className="sl-details">
        <summary>{m.formule}</summary>
        <Paragraph>{d.formule}</Paragraph>
        {d.toelichting && <Paragraph>{d.toelichting}</Paragraph>}
        <Paragraph className="sl-muted">
          {m.overzichtItem}: {d.overzichtItem}
        </Paragraph>
      </details>
      {context.onderliggendeCasussen && d.bron.soort === 'tijdlijn' && (
        <OnderliggendeCasussen
          key={context.query}
          indicatorId={d.id}
          naam={d.naam}
          query={context.query}
          toon={d.bron.aggregatie === 'aandeel' ? (x) => (x >= 1 ? m.drill.ja : m.drill.nee) : toon}
        />
      )}
    </article>
  );
}

/** The change against the previous period, in words with an arrow; better or worse only where the definition says. */
function Verandering({ definitie: d, waarde: w, toon }: { definitie: IndicatorDefinitieApi; waarde: IndicatorWaarde; toon: (x: number) => string }) {
  const m = useAreaMessages({ nl, en });
  const { lang } = useI18n();
  const nu = w.totaal;
  const vorige = w.vorigePeriode;
  let pijl = '';
  let tekst = m.verandering.onbekend;
  if (vorige && !nu.onderdrukt && !vorige.onderdrukt && nu.waarde !== null && vorige.waarde !== null && (vorige.n ?? 0) > 0) {
    const verschil = nu.waarde - vorige.waarde;
    // A change of a percentage is in percentage points.
    const toonVerschil = (x: number) => (d.eenheid === 'procent' ? m.verandering.procentpunt(formatGetal(x, lang)) : toon(x));
    const afgerond = Math.round(verschil * 10) / 10;
    if (afgerond === 0) {
      pijl = '→';
      tekst = m.verandering.gelijk(toon(vorige.waarde));
    } else {
      pijl = afgerond > 0 ? '↑' : '↓';
      tekst = (afgerond > 0 ? m.verandering.hoger : m.verandering.lager)(toonVerschil(Math.abs(verschil)), toon(vorige.waarde));
      if (d.hogerIsBeter !== null) tekst += `, ${(afgerond > 0) === d.hogerIsBeter ? m.verandering.beter : m.verandering.slechter}`;
    }
  }
  return (
    <p className="utrecht-paragraph sl-indicator__verandering">
      <span className="sl-visually-hidden">{m.verandering.label}: </span>
      {pijl && (
        <span className="sl-indicator__pijl" aria-hidden="true">
          {pijl}{' '}
        </span>
      )}
      {tekst}
    </p>
  );
}
