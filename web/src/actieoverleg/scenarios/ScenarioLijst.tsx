import { useRef, useState } from 'react';
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import type { Scenario } from '@schemas/actieoverleg/scenarios';
import { ApiError } from '../../api/client';
import { useAreaMessages, useI18n } from '../../i18n';
import { ActionDisclosure, CancelButton } from '../../cases/ActionDisclosure';
import { StatusNotice } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { scenariosApi } from './scenarios.api';
import { en, nl } from './messages';
import '../actieoverleg.css';
import './scenarios.css';

/** The confirmation inside "Scenario intrekken": one button that does it, and "Annuleren". */
function IntrekkenBevestiging({
  scenario,
  onWithdrawn,
  onConflict,
}: {
  scenario: Scenario;
  onWithdrawn: (scenario: Scenario) => void;
  onConflict: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function withdraw() {
    setBusy(true);
    setError(null);
    try {
      onWithdrawn(await scenariosApi.withdraw(scenario));
    } catch (e) {
      if (e instanceof ApiError && (e.isVersionConflict || e.code === 'scenario-ingetrokken')) onConflict();
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ProblemAlert error={error} />
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void withdraw()}>
          {m.intrekken.bevestigen}
        </Button>
        <CancelButton />
      </ButtonGroup>
    </>
  );
}

/**
 * The scenarios of a casus as cards: active ones with "Scenario intrekken" (after a confirmation) for the owner
 * organisation and a chair; withdrawn ones marked so, in words. Each shows when a melding set it in motion.
 */
export function ScenarioLijst({
  scenarios,
  headingLevel,
  canWithdraw,
  onChanged,
}: {
  scenarios: readonly Scenario[];
  headingLevel: number;
  canWithdraw: (scenario: Scenario) => boolean;
  onChanged: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const v = m.velden;
  const { formatDateTime } = useI18n();
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warning'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const after = (next: { kind: 'ok' | 'warning'; text: string }) => {
    setNotice(next);
    onChanged();
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <>
      <div ref={noticeRef} tabIndex={-1} className="sl-ao-focus-target">
        <StatusNotice text={notice?.text} kind={notice?.kind} />
      </div>
      <ul className="sl-cards">
        {scenarios.map((s) => (
          <li key={s.id} className={s.actief ? 'sl-casus-card sl-casus-card--attention' : 'sl-casus-card'} data-testid="scenario">
            <Heading level={headingLevel}>{m.soort[s.soort]}</Heading>
            <dl className="sl-deflist">
              <div>
                <dt>{v.status}</dt>
                <dd>
                  <strong data-testid="scenario-status">{s.actief ? v.actief : v.ingetrokken}</strong>
                </dd>
              </div>
              <div>
                <dt>{v.wat}</dt>
                <dd className="sl-ao-text">{s.wat}</dd>
              </div>
              <div>
                <dt>{v.eigenaar}</dt>
                <dd>{[s.eigenaarOrganisatie.naam, s.eigenaarGebruiker?.naam ?? v.geenPersoon].join(' – ')}</dd>
              </div>
              {s.gemaaktDoorOrganisatie && (
                <div>
                  <dt>{v.vastgelegdDoor}</dt>
                  <dd>
                    {s.gemaaktDoorOrganisatie.naam}, <time dateTime={s.aangemaaktOp}>{formatDateTime(s.aangemaaktOp)}</time>
                  </dd>
                </div>
              )}
              <div>
                <dt>{v.activeringen}</dt>
                <dd>
                  {s.activeringen.length === 0 ? (
                    v.nooitGeactiveerd
                  ) : (
                    <ul className="sl-plain-list">
                      {s.activeringen.map((a) => (
                        <li key={a.id}>{v.activering(formatDateTime(a.op), m.aanleiding[a.aanleiding])}</li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
            {s.actief && canWithdraw(s) && (
              <ActionDisclosure id={`scenario-${s.id}-intrekken`} label={m.intrekken.knop} intro={m.intrekken.intro}>
                <IntrekkenBevestiging
                  scenario={s}
                  onWithdrawn={(ingetrokken) => after({ kind: 'ok', text: m.intrekken.gelukt(m.soort[ingetrokken.soort]) })}
                  onConflict={() => after({ kind: 'warning', text: m.intrekken.conflict })}
                />
              </ActionDisclosure>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
