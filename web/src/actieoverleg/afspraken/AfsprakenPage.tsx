import { useCallback, useState } from 'react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useApiData } from '../../api/useApiData';
import { useAreaMessages } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { ProblemAlert } from '../../shell/forms';
import { Loading } from '../../shell/page';
import { afsprakenApi, type AfsprakenFilter } from './afspraken.api';
import { AfsprakenLijst, useAfsluitMelding, VerlopenMark } from './AfsprakenLijst';
import { CasuswerkPagina } from './CasuswerkPagina';
import { magAfsluiten } from './rollen';
import { en, nl } from './messages';

/** The own organisation's agreements from the Actieoverleg: open ones (overdue first) with the close form, or the closed ones. */
function EigenAfspraken() {
  const m = useAreaMessages({ nl, en });
  const p = m.pagina;
  const sessie = useActiveSession();
  const [filter, setFilter] = useState<AfsprakenFilter>('open');
  const [tick, setTick] = useState(0);
  // Tagged with its filter: while another filter loads, the old answer is not shown under the new heading.
  const { data, error } = useApiData(() => afsprakenApi.eigen(filter).then((lijst) => ({ filter, lijst })), [filter, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const afspraken = data && data.filter === filter ? data.lijst : null;
  const { melding, closed, clear } = useAfsluitMelding(reload);
  const verlopen = afspraken?.filter((a) => a.verlopen).length ?? 0;
  const title = filter === 'open' ? p.open : p.afgesloten;

  return (
    <>
      <div className="sl-casus-tabs sl-afspraak-filter" role="group" aria-label={p.filterLabel}>
        {(['open', 'afgesloten'] as const).map((f) => (
          <Button
            key={f}
            appearance="secondary-action-button"
            aria-pressed={filter === f}
            onClick={() => {
              clear();
              setFilter(f);
            }}
          >
            {f === 'open' ? p.open : p.afgesloten}
          </Button>
        ))}
      </div>
      <Heading2 id="afspraken-lijst-kop">{title}</Heading2>
      {melding}
      <ProblemAlert error={error} />
      {afspraken === null && !error && <Loading />}
      {afspraken && afspraken.length === 0 && <Paragraph>{filter === 'open' ? p.leegOpen : p.leegAfgesloten}</Paragraph>}
      {afspraken && afspraken.length > 0 && (
        <>
          <Paragraph>
            {p.aantal(afspraken.length)}
            {verlopen > 0 && (
              <>
                {'. '}
                <VerlopenMark /> {p.verlopenAantal(verlopen)}
              </>
            )}
          </Paragraph>
          <AfsprakenLijst
            afspraken={afspraken}
            headingLevel={3}
            showCasus
            canClose={(a) => magAfsluiten(sessie, a.eigenaarOrganisatie.id)}
            onClosed={closed}
            onReload={() => {
              clear();
              reload();
            }}
          />
        </>
      )}
    </>
  );
}

/** /actieoverleg/afspraken — the owner's inbox for agreements from the Actieoverleg. */
export function AfsprakenPage() {
  const p = useAreaMessages({ nl, en }).pagina;
  return (
    <CasuswerkPagina title={p.title} terug={p.terug} lead={p.lead} geenToegang={p.geenToegang}>
      <EigenAfspraken />
    </CasuswerkPagina>
  );
}
