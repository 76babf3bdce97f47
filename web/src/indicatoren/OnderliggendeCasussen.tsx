import { useState } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import type { OnderliggendeCasussen as Lijst } from '@schemas/indicatoren/dashboard';
import { useAreaMessages, useI18n } from '../i18n';
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
          <ul className="sl-indicator__casussen" aria-label={m.drill.caption(naam)}>
            {lijst.metingen.map((r, i) => (
              <li key={`${r.casus.id}-${i}`}>
                <RouterLink href={`/casussen/${r.casus.id}`}>{m.drill.casusLink(r.casus.nummer)}</RouterLink>{' '}
                <span className="sl-muted">
                  ({m.drill.statussen[r.casus.status]}) · {m.drill.op} {formatDateTime(r.op)} · {m.drill.waarde} {toon(r.waarde)}
                  {r.kenmerk && ` · ${kenmerkLabel(r.kenmerk)}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
