import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { AfsprakenLijst as AfsprakenAntwoord } from '@schemas/actieoverleg/afspraken';
import type { ScenarioLijst as ScenariosAntwoord } from '@schemas/actieoverleg/scenarios';
import { useAreaMessages } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { ProblemAlert } from '../../shell/forms';
import { Loading } from '../../shell/page';
import { ScenarioLijst } from '../scenarios/ScenarioLijst';
import { en as scenarioEn, nl as scenarioNl } from '../scenarios/messages';
import { AfsprakenLijst, useAfsluitMelding } from './AfsprakenLijst';
import { magAfsluiten } from './rollen';
import { en, nl } from './messages';

interface Geladen<T> {
  data: T | null;
  error: unknown;
}

/**
 * The section "Afspraken uit het Actieoverleg" of the casus page: the agreements (overdue flagged; the close form for
 * the own organisation's and, for a chair, every open one) and the scenarios (withdrawal for owner and chair).
 * The casus page reads both once per change (useCasusWerk) and passes them in; the banner at the top shares them.
 */
export function CasusAfspraken({
  afspraken,
  scenarios,
  onChanged,
}: {
  afspraken: Geladen<AfsprakenAntwoord>;
  scenarios: Geladen<ScenariosAntwoord>;
  onChanged: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const s = useAreaMessages({ nl: scenarioNl, en: scenarioEn });
  const sessie = useActiveSession();
  const { melding, closed, clear } = useAfsluitMelding(onChanged);
  const lijst = afspraken.data?.afspraken ?? null;
  const scenarioLijst = scenarios.data?.scenarios ?? null;
  const loading = (lijst === null && !afspraken.error) || (scenarioLijst === null && !scenarios.error);
  const niets = lijst !== null && lijst.length === 0 && scenarioLijst !== null && scenarioLijst.length === 0;

  if (loading) return <Loading />;
  return (
    <>
      <ProblemAlert error={afspraken.error} />
      <ProblemAlert error={scenarios.error} />
      {niets ? (
        <Paragraph>{m.casus.leeg}</Paragraph>
      ) : (
        <>
          {lijst !== null && (
            <>
              <Paragraph>{m.casus.intro}</Paragraph>
              <Heading3>{m.casus.afspraken}</Heading3>
              {melding}
              {lijst.length === 0 ? (
                <Paragraph>{m.casus.leeg}</Paragraph>
              ) : (
                <AfsprakenLijst
                  afspraken={lijst}
                  headingLevel={4}
                  showCasus={false}
                  canClose={(a) => magAfsluiten(sessie, a.eigenaarOrganisatie.id)}
                  onClosed={closed}
                  onReload={() => {
                    clear();
                    onChanged();
                  }}
                />
              )}
            </>
          )}
          {scenarioLijst !== null && (
            <>
              <Heading3>{s.sectie.title}</Heading3>
              <Paragraph>{s.sectie.intro}</Paragraph>
              {scenarioLijst.length === 0 ? (
                <Paragraph>{s.sectie.leeg}</Paragraph>
              ) : (
                <ScenarioLijst
                  scenarios={scenarioLijst}
                  headingLevel={4}
                  canWithdraw={(sc) => magAfsluiten(sessie, sc.eigenaarOrganisatie.id)}
                  onChanged={onChanged}
                />
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
