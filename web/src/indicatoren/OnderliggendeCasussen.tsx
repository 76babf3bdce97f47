import { useState } from 'react';
import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { OnderliggendeCasussen as Lijst } from '@schemas/indicatoren/dashboard';
import { useAreaMessages, useI18n } from '../i18n';
import { DataTable } from '../shell/DataTable';
import { ProblemAlert } from '../shell/forms';
import { Loading } from '../shell/page';
import { RouterLink } from '../shell/router';
import { indicatorenApi } from './indicatoren.api';
import { kenmerkLabel } from './format';
import { en, nl } from './messages';

/**
 * The drill-down of a counted indicator: loaded (and audited) only when the user opens it, listing the casussen
 * of the user's own organisation, each a link to its casus page.
 */
export function OnderliggendeCasussen({
  indicatorId,
  naam,
  query,
  toon,
}: {
  indicatorId: string;
  naam: string;
  query: string;
  toon: (waarde: number) => string;
}) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const [lijst, setLijst] = useState<Lijst | null>(null);
  const [fout, setFout] = useState<unknown>(null);
  const [geladen, setGeladen] = useState<string | null>(null);

  function open(isOpen: boolean) {
    if (!isOpen || geladen === query) return;
    setGeladen(query);
    setFout(null);
    setLijst(null);
    indicatorenApi.onderliggendeCasussen(indicatorId, query).then(setLijst, setFout);
  }

  return (
    <details className="sl-details sl-indicator__drill" onToggle={(e) => open((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{m.drill.open}</summary>
      <Paragraph className="sl-muted">{m.drill.uitleg}</Paragraph>
      <ProblemAlert error={fout} />
      {!lijst && !fout && geladen && <Loading />}
      {lijst && lijst.metingen.length === 0 && <Paragraph>{m.drill.geen}</Paragraph>}
      {lijst && lijst.metingen.length > 0 && (
        <>
          <Paragraph>
            {m.drill.aantal(lijst.aantal)} {lijst.afgekapt && m.drill.afgekapt(lijst.metingen.length)}
          </Paragraph>
          <DataTable caption={m.drill.caption(naam)} columns={[m.drill.casus, m.drill.status, m.drill.op, m.drill.waarde, m.drill.kenmerk]} className="sl-table--compact">
            {lijst.metingen.map((r, i) => (
              <TableRow key={`${r.casus.id}-${i}`}>
                <TableHeaderCell scope="row">
                  <RouterLink href={`/casussen/${r.casus.id}`}>{r.casus.nummer}</RouterLink>
                </TableHeaderCell>
                <TableCell>{m.drill.statussen[r.casus.status]}</TableCell>
                <TableCell>{formatDateTime(r.op)}</TableCell>
                <TableCell>{toon(r.waarde)}</TableCell>
                <TableCell>{r.kenmerk ? kenmerkLabel(r.kenmerk) : '—'}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        </>
      )}
    </details>
  );
}
