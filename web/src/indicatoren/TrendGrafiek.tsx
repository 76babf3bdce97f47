import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { DataTable } from '../shell/DataTable';
import type { nl } from './messages';
import { periodeLabel } from './format';

export interface TrendPunt {
  periode: string;
  /** null: suppressed or nothing to compute. */
  waarde: number | null;
  onderdrukt: boolean;
}

const BREEDTE = 240;
const HOOGTE = 64;

/**
 * A small bar chart of the trend (inline SVG, no library) and the same figures as a table on demand. The chart
 * is an image with a text summary; suppressed periods are drawn as an outlined stub and named in the table, so
 * neither colour nor shape alone carries the meaning.
 */
export function TrendGrafiek({
  id,
  naam,
  punten,
  toon,
  m,
}: {
  id: string;
  naam: string;
  punten: readonly TrendPunt[];
  toon: (waarde: number) => string;
  m: typeof nl;
}) {
  if (punten.length === 0) return <p className="utrecht-paragraph sl-muted">{m.trend.geenReeks}</p>;
  const getallen = punten.map((p) => p.waarde).filter((w): w is number => w !== null);
  const max = Math.max(0, ...getallen);
  const breedte = BREEDTE / punten.length;
  const tekst = (p: TrendPunt) => (p.onderdrukt ? m.onderdrukt : p.waarde === null ? m.geenWaarde : toon(p.waarde));
  const hoogste = getallen.length ? punten.find((p) => p.waarde === max)! : null;
  const min = Math.min(...getallen);
  const laagste = getallen.length ? punten.find((p) => p.waarde === min)! : null;
  const samenvatting =
    hoogste && laagste
      ? m.trend.samenvatting(`${periodeLabel(hoogste.periode, m)}: ${toon(max)}`, `${periodeLabel(laagste.periode, m)}: ${toon(min)}`)
      : '';
  return (
    <div className="sl-trend">
      <svg
        className="sl-trend__svg"
        viewBox={`0 0 ${BREEDTE} ${HOOGTE}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby={`${id}-titel`}
        focusable="false"
      >
        <title id={`${id}-titel`}>{`${m.trend.grafiek(naam)}. ${samenvatting}`}</title>
        <line className="sl-trend__as" x1={0} y1={HOOGTE - 0.5} x2={BREEDTE} y2={HOOGTE - 0.5} />
        {punten.map((p, i) => {
          const x = i * breedte + breedte * 0.15;
          const w = breedte * 0.7;
          if (p.onderdrukt) return <rect key={p.periode} className="sl-trend__onderdrukt" x={x} y={HOOGTE - 8} width={w} height={7} />;
          if (p.waarde === null || max === 0) return null;
          const h = Math.max(1, (p.waarde / max) * (HOOGTE - 4));
          return <rect key={p.periode} className="sl-trend__staaf" x={x} y={HOOGTE - 1 - h} width={w} height={h} />;
        })}
      </svg>
      <div className="sl-trend__assen" aria-hidden="true">
        <span>{periodeLabel(punten[0]!.periode, m)}</span>
        <span>{periodeLabel(punten[punten.length - 1]!.periode, m)}</span>
      </div>
      <details className="sl-details">
        <summary>{m.trend.tabel}</summary>
        <DataTable caption={m.trend.caption(naam)} columns={[m.trend.periode, m.trend.waarde]} className="sl-table--compact">
          {punten.map((p) => (
            <TableRow key={p.periode}>
              <TableHeaderCell scope="row">{periodeLabel(p.periode, m)}</TableHeaderCell>
              <TableCell>{tekst(p)}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      </details>
    </div>
  );
}
