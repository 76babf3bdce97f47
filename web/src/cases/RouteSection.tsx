import { useEffect, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Casus, Coordinatiemoment } from '@schemas/cases';
import { AanmeldenLink } from '../actieoverleg/AanmeldenLink';
import { useAreaMessages, useI18n } from '../i18n';
import { fieldError, ProblemAlert } from '../shell/forms';
import { Loading } from '../shell/page';
import { casesApi } from './cases.api';
import type { Geladen, Routeadvies } from './useCasusWerk';
import { CheckboxGroup, StatusNotice } from '../shell/fields';
import { en, nl } from './messages';

/** The route map's proposal (seed 002): moments with their reasons; the user confirms which ones open. */
export function RouteAdvice({ casus, geladen, onChanged }: { casus: Casus; geladen: Geladen<Routeadvies>; onChanged: () => void }) {
  const m = useAreaMessages({ nl, en });
  const { t } = useI18n();
  const { data: advies, error } = geladen;
  const [gekozen, setGekozen] = useState<Coordinatiemoment[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  // Each new proposal starts with all its moments ticked.
  useEffect(() => {
    if (advies) setGekozen(advies.advies.map((a) => a.moment));
  }, [advies]);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!advies) return;
    setDone(null);
    if (gekozen.length === 0) {
      setClientErrors({ momenten: m.route.chooseOne });
      setSubmitError(null);
      document.getElementById(`routeadvies-moment-${advies.advies[0]?.moment}`)?.focus();
      return;
    }
    setClientErrors({});
    setBusy(true);
    setSubmitError(null);
    try {
      const afgewezen = advies.advies.map((a) => a.moment).filter((mo) => !gekozen.includes(mo));
      const result = await casesApi.confirmMoments(casus.id, gekozen, afgewezen);
      setDone(m.route.confirmed(result.coordinatiemomenten.length));
      onChanged();
    } catch (e) {
      setSubmitError(e);
    } finally {
      setBusy(false);
    }
  }

  if (error) return <ProblemAlert error={error} />;
  if (!advies) return <Loading />;
  const f = advies.feiten;
  const yesNo = (b: boolean) => (b ? t.common.yes : t.common.no);

  return (
    <>
      <StatusNotice text={done} />
      {advies.advies.length === 0 ? (
        <Paragraph>{m.route.none}</Paragraph>
      ) : (
        <>
          <Paragraph>{m.route.intro}</Paragraph>
          <ul className="sl-cards">
            {advies.advies.map((a) => (
              <li key={a.moment} className="sl-casus-card sl-casus-card--attention" data-testid="routeadvies-moment">
                <Heading3>{m.momenten[a.moment]}</Heading3>
                <Paragraph>{m.route.reasons}:</Paragraph>
                <ul>
                  {a.redenen.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
                {a.moment === 'actieoverleg' && <AanmeldenLink casusId={casus.id} />}
              </li>
            ))}
          </ul>
          {casus.status === 'open' && (
            <form onSubmit={confirm} noValidate className="sl-form">
              <ProblemAlert error={submitError} />
              <CheckboxGroup
                id="routeadvies-moment"
                legend={m.route.legend}
                options={advies.advies.map((a) => ({ value: a.moment, label: m.momenten[a.moment] }))}
                value={gekozen}
                onChange={(v) => setGekozen(v as Coordinatiemoment[])}
                error={fieldError('momenten', clientErrors, submitError)}
              />
              <ButtonGroup>
                <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
                  {m.route.confirm}
                </Button>
              </ButtonGroup>
            </form>
          )}
        </>
      )}
      <details className="sl-casus-details">
        <summary>{m.route.facts}</summary>
        <dl className="sl-deflist">
          <dt>{m.route.acuteOnveiligheid}</dt>
          <dd>{yesNo(f.acuteOnveiligheid)}</dd>
          <dt>{m.route.verdachteAangehouden}</dt>
          <dd>{yesNo(f.verdachteAangehouden)}</dd>
          <dt>{m.route.vermoedenStrafbareKindermishandeling}</dt>
          <dd>{yesNo(f.vermoedenStrafbareKindermishandeling)}</dd>
          <dt>{m.route.risicoOpGevaar}</dt>
          <dd>{yesNo(f.risicoOpGevaar)}</dd>
          <dt>{m.route.risicoSignalen}</dt>
          <dd>{f.risicoSignalen.length > 0 ? f.risicoSignalen.join(', ') : m.route.geen}</dd>
        </dl>
      </details>
    </>
  );
}

/** The coordination moments that were opened on this casus. */
export function CoordinationMoments({ casus }: { casus: Casus }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  if (casus.coordinatiemomenten.length === 0) return <Paragraph>{m.route.momentsNone}</Paragraph>;
  return (
    <ul className="sl-cards">
      {casus.coordinatiemomenten.map((c) => (
        <li key={c.id} className="sl-casus-card" data-testid="coordinatiemoment">
          <Heading3>{m.momenten[c.soort]}</Heading3>
          <ul className="sl-casus-card__meta">
            <li>
              <strong>{c.status === 'geopend' ? m.route.geopend : m.route.afgerond}</strong>
            </li>
            <li>
              <time dateTime={c.geopendOp}>{m.route.geopendOp(formatDateTime(c.geopendOp))}</time>
            </li>
          </ul>
          {c.redenen.length > 0 && (
            <ul>
              {c.redenen.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          {c.soort === 'actieoverleg' && c.status === 'geopend' && <AanmeldenLink casusId={casus.id} />}
        </li>
      ))}
    </ul>
  );
}
