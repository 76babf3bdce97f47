import type { ThvTermijn } from '@schemas/acuut';
import type { CasusPersoon } from '@schemas/cases';
import { useAreaMessages, useI18n } from '../../i18n';
import type { ThvMetAdres } from './thv.api';
import { en, nl } from './messages';

export function useThvMessages() {
  return useAreaMessages({ nl, en });
}

/** The banned person's name from the persons of the casus (the THV carries only the id). */
export function naamVan(personen: readonly CasusPersoon[] | undefined, persoonId: string, anders: string): string {
  return personen?.find((p) => p.persoon.id === persoonId)?.persoon.naam ?? anders;
}

type Stand = 'gedaan' | 'verlopen' | 'loopt';

/** Where a deadline stands: done (the address is in), overdue, or still running. */
export function standVan(thv: ThvMetAdres, termijn: ThvTermijn, nu: number): Stand {
  if (termijn.soort === 'adres-binnen-24-uur' && thv.adresGeregistreerdOp) return 'gedaan';
  return new Date(termijn.deadline).getTime() < nu ? 'verlopen' : 'loopt';
}

/** The running deadlines of a THV as a table: what, by when, and its state in words (not by colour alone). */
export function ThvTermijnen({ thv, naam }: { thv: ThvMetAdres; naam: string }) {
  const m = useThvMessages();
  const { formatDateTime } = useI18n();
  if (thv.termijnen.length === 0) return null;
  const nu = Date.now();
  return (
    <div className="sl-thv-tabel">
      <table className="utrecht-table" data-testid="thv-termijnen">
        <caption className="utrecht-table__caption">{m.termijnTabel(naam)}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {m.termijnKop}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {m.uiterlijkKop}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {m.stand}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {thv.termijnen.map((t) => {
            const stand = standVan(thv, t, nu);
            return (
              <tr key={t.soort} className="utrecht-table__row" data-testid={`thv-termijn-${t.soort}`}>
                <th scope="row" className="utrecht-table__header-cell">
                  {m.termijnSoort[t.soort] ?? t.soort}
                </th>
                <td className="utrecht-table__cell">
                  <time dateTime={t.deadline}>{formatDateTime(t.deadline)}</time>
                </td>
                <td className={`utrecht-table__cell sl-thv-stand sl-thv-stand--${stand}`}>
                  {stand === 'verlopen' ? (
                    <strong>
                      <span aria-hidden="true">⚠ </span>
                      {m.verlopen}
                    </strong>
                  ) : stand === 'gedaan' ? (
                    <>
                      <span aria-hidden="true">✓ </span>
                      {m.gedaan}
                    </>
                  ) : (
                    m.loopt
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
