import type { ThvTermijn } from '@schemas/acuut';
import type { CasusPersoon } from '@schemas/cases';
import { useAreaMessages, useI18n } from '../../i18n';
import type { Thv } from '@schemas/acuut/thv';
import { en, nl } from './messages';

export function useThvMessages() {
  return useAreaMessages({ nl, en });
}

/** The banned person's name from the persons of the casus (the THV carries only the id). */
export function naamVan(personen: readonly CasusPersoon[] | undefined, persoonId: string, anders: string): string {
  return personen?.find((p) => p.persoon.id === persoonId)?.persoon.naam ?? anders;
}

/** A running deadline is overdue once passed (the server drops the address deadline once the address is in). */
function verlopen(termijn: ThvTermijn, nu: number): boolean {
  return new Date(termijn.deadline).getTime() < nu;
}

/** The running deadlines of a THV as a table: what, by when, and its state in words (not by colour alone). */
export function ThvTermijnen({ thv, naam }: { thv: Thv; naam: string }) {
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
            const teLaat = verlopen(t, nu);
            return (
              <tr key={t.soort} className="utrecht-table__row" data-testid={`thv-termijn-${t.soort}`}>
                <th scope="row" className="utrecht-table__header-cell">
                  {m.termijnSoort[t.soort] ?? t.soort}
                </th>
                <td className="utrecht-table__cell">
                  <time dateTime={t.deadline}>{formatDateTime(t.deadline)}</time>
                </td>
                <td className={teLaat ? 'utrecht-table__cell sl-thv-stand--verlopen' : 'utrecht-table__cell'}>
                  {teLaat ? (
                    <strong>
                      <span aria-hidden="true">⚠ </span>
                      {m.verlopen}
                    </strong>
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
