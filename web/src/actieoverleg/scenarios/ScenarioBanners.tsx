import type { ReactNode } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { MeldingScenario, Scenario } from '@schemas/actieoverleg/scenarios';
import { useApiData } from '../../api/useApiData';
import { useAreaMessages, useI18n } from '../../i18n';
import { RouterLink } from '../../shell/router';
import { scenariosApi } from './scenarios.api';
import { en, nl } from './messages';
import '../actieoverleg.css';
import './scenarios.css';

/**
 * A warning banner as a named region with a heading: the NL Design System alert's look (type warning), without
 * role="alert" — it is there when the page opens, not an interruption, and screen readers find it by its heading.
 */
function WarningRegion({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="utrecht-alert utrecht-alert--warning sl-scenario-banner" data-testid={id}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading2 id={id} className="sl-scenario-banner__title">
            <span aria-hidden="true" className="sl-scenario-banner__icon">
              ⚠
            </span>{' '}
            {title}
          </Heading2>
          {children}
        </div>
      </div>
    </section>
  );
}

/** What a banner says of one scenario: its kind, what happens then, and its owner (to contact); extra rows after. */
function ScenarioFeiten({
  scenario,
  eigenaarLabel,
  children,
}: {
  scenario: Pick<Scenario, 'soort' | 'wat' | 'eigenaarOrganisatie' | 'eigenaarGebruiker'>;
  eigenaarLabel: string;
  children?: ReactNode;
}) {
  const m = useAreaMessages({ nl, en });
  return (
    <dl className="sl-deflist">
      <div>
        <dt>{m.velden.soort}</dt>
        <dd>
          <strong>{m.soort[scenario.soort]}</strong>
        </dd>
      </div>
      <div>
        <dt>{m.velden.wat}</dt>
        <dd className="sl-ao-text">{scenario.wat}</dd>
      </div>
      <div>
        <dt>{eigenaarLabel}</dt>
        <dd>{[scenario.eigenaarOrganisatie.naam, scenario.eigenaarGebruiker?.naam ?? m.velden.geenPersoon].join(' – ')}</dd>
      </div>
      {children}
    </dl>
  );
}

/** At the top of the casus page: the active scenarios, prominent, with what happens and who owns it. */
export function CasusScenarioBanner({ scenarios }: { scenarios: readonly Scenario[] }) {
  const m = useAreaMessages({ nl, en });
  const actief = scenarios.filter((s) => s.actief);
  if (actief.length === 0) return null;
  return (
    <WarningRegion id="scenario-banner" title={m.casusBanner.title}>
      <Paragraph>{m.casusBanner.intro(actief.length)}</Paragraph>
      <ul className="sl-scenario-banner__list">
        {actief.map((s) => (
          <li key={s.id} data-testid="scenario-banner-item">
            <ScenarioFeiten scenario={s} eigenaarLabel={m.velden.eigenaar} />
          </li>
        ))}
      </ul>
      <Paragraph>
        <a className="utrecht-link" href="#afspraken">
          {m.casusBanner.naarSectie}
        </a>
      </Paragraph>
    </WarningRegion>
  );
}

function MeldingScenarioItem({ scenario }: { scenario: MeldingScenario }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  return (
    <li data-testid="melding-scenario">
      <ScenarioFeiten scenario={scenario} eigenaarLabel={m.velden.contact}>
        {/* The casus only where the own organisation takes part in it. */}
        {scenario.casus && (
          <div>
            <dt>{m.velden.casus}</dt>
            <dd>
              <RouterLink href={`/casussen/${scenario.casus.id}`}>{m.velden.casusLink(scenario.casus.nummer)}</RouterLink>
            </dd>
          </div>
        )}
      </ScenarioFeiten>
      <Paragraph>{m.meldingBanner.geactiveerd(formatDateTime(scenario.geactiveerdOp), m.aanleiding[scenario.aanleiding])}</Paragraph>
    </li>
  );
}

/**
 * On the melding page: the scenarios this melding set in motion. Reads them itself; shows nothing when there are none
 * (or they cannot be read: the banner is extra, the melding itself stays usable).
 */
export function MeldingScenarioBanner({ meldingId }: { meldingId: string }) {
  const m = useAreaMessages({ nl, en });
  const { data } = useApiData(() => scenariosApi.ofMelding(meldingId), [meldingId]);
  if (!data || data.length === 0) return null;
  return (
    <WarningRegion id="melding-scenario-banner" title={m.meldingBanner.title}>
      <Paragraph>{m.meldingBanner.intro}</Paragraph>
      <ul className="sl-scenario-banner__list">
        {data.map((s) => (
          <MeldingScenarioItem key={s.id} scenario={s} />
        ))}
      </ul>
    </WarningRegion>
  );
}
