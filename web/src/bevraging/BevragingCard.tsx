import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { vlaggen, type Bevraging, type Vlag } from '@schemas/bevraging';
import { ApiError } from '../api/client';
import { CheckboxGroup, StatusNotice, TextAreaField } from '../shell/fields';
import { ActionDisclosure, ActionRow } from '../cases/ActionDisclosure';
import { ReasonConfirmForm } from '../cases/ReasonConfirmForm';
import { useAreaMessages, useI18n } from '../i18n';
import { fieldError, ProblemAlert } from '../shell/forms';
import { RouterLink } from '../shell/router';
import { bevragingApi } from './bevraging.api';
import { en, nl } from './messages';
import '../cases/cases.css';

type View = 'inkomend' | 'uitgaand' | 'casus';

/**
 * One bevraging: who asked whom, why, about whom, and the answer with its flags. The asked organisation
 * (view 'inkomend') gets the answer form while it is open, and no link to the casus: it does not take part.
 * On the casus page the asking organisation can withdraw an open one (onWithdrawn); a withdrawn one shows
 * the reason to the casus side, and to the asked organisation only that it need not answer.
 */
export function BevragingCard({
  bevraging,
  view,
  level,
  onAnswered,
  onWithdrawn,
}: {
  bevraging: Bevraging;
  view: View;
  /** The heading level of the card: 2 on its own page, 3 inside a section of the casus page. */
  level: 2 | 3;
  onAnswered?: (notice: string) => void;
  /** Given when the caller's organisation asked this bevraging and may withdraw it. */
  onWithdrawn?: (notice: string) => void;
}) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const b = bevraging;
  const heading =
    view === 'inkomend' ? m.card.headingIn(b.vragendeOrganisatie.naam, b.casusNummer) : m.card.heading(b.gevraagdeOrganisatie.naam, b.casusNummer);
  const attention = (view === 'inkomend' && b.status === 'open') || b.positief;

  return (
    <li className={attention ? 'sl-casus-card sl-casus-card--attention' : 'sl-casus-card'} data-testid="bevraging">
      <Heading level={level}>{heading}</Heading>
      <ul className="sl-casus-card__meta">
        <li>
          {m.card.status}: <strong>{m.status[b.status]}</strong>
        </li>
        <li>{m.card.gesteld(b.gesteldDoor.naam, formatDateTime(b.gesteldOp))}</li>
      </ul>
      <dl className="sl-deflist">
        <dt>{m.card.doel}</dt>
        <dd className="sl-casus-card__text">{b.doel}</dd>
        <dt>{m.card.vraag}</dt>
        <dd className="sl-casus-card__text">{b.vraag || m.card.vraagStandaard}</dd>
        <dt>{m.card.personen}</dt>
        <dd>
          <ul className="sl-plain-list">
            {b.personen.map((p) => (
              <li key={p.id}>
                {p.naam}, {p.geboortedatum ? m.card.geboren(p.geboortedatum) : m.card.geboorteOnbekend}
              </li>
            ))}
          </ul>
        </dd>
        {b.adres && (
          <>
            <dt>{m.card.adres}</dt>
            <dd>{b.adres}</dd>
          </>
        )}
      </dl>
      {b.status === 'beantwoord' && <Answer bevraging={b} view={view} level={level + 1} />}
      {b.status === 'ingetrokken' && <Withdrawal bevraging={b} view={view} level={level + 1} />}
      {b.status === 'open' && onWithdrawn && (
        <ActionRow>
          <ActionDisclosure id={`bevraging-intrekken-${b.id}`} label={m.withdraw.title} intro={m.withdraw.intro}>
            <WithdrawForm bevraging={b} onWithdrawn={onWithdrawn} />
          </ActionDisclosure>
        </ActionRow>
      )}
      {view === 'uitgaand' && (
        <Paragraph>
          <RouterLink href={`/casussen/${b.casusId}#bevragingen`}>{m.card.openCasus(b.casusNummer)}</RouterLink>
        </Paragraph>
      )}
      {view === 'inkomend' && b.status === 'open' && <AnswerForm bevraging={b} level={level + 1} onAnswered={onAnswered} />}
      {view === 'inkomend' && <Paragraph className="sl-muted">{m.card.nietDeelnemer}</Paragraph>}
    </li>
  );
}

function Withdrawal({ bevraging: b, view, level }: { bevraging: Bevraging; view: View; level: number }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  if (view === 'inkomend') {
    return (
      <Alert type="info">
        <Paragraph>
          <strong>{m.card.ingetrokkenVoorGevraagde}</strong>
        </Paragraph>
        <Paragraph>{m.card.ingetrokkenVoorGevraagdeHint}</Paragraph>
      </Alert>
    );
  }
  return (
    <section aria-label={m.card.ingetrokken}>
      <Heading level={level}>{m.card.ingetrokken}</Heading>
      {b.intrekking?.reden && (
        <dl className="sl-deflist">
          <dt>{m.card.reden}</dt>
          <dd className="sl-casus-card__text">{b.intrekking.reden}</dd>
        </dl>
      )}
      {b.intrekking && <Paragraph className="sl-muted">{m.card.ingetrokkenDoor(b.intrekking.door.naam || '–', formatDateTime(b.intrekking.op))}</Paragraph>}
    </section>
  );
}

/** Reason first, then a confirmation step: withdrawing cannot be undone. */
function WithdrawForm({ bevraging, onWithdrawn }: { bevraging: Bevraging; onWithdrawn: (notice: string) => void }) {
  const m = useAreaMessages({ nl, en });
  return (
    <ReasonConfirmForm
      id={`intrekken-${bevraging.id}-reden`}
      minLength={10}
      texts={{
        reden: m.withdraw.reden,
        redenHint: m.withdraw.redenHint,
        redenTooShort: m.withdraw.redenTooShort,
        warning: m.withdraw.warning(bevraging.gevraagdeOrganisatie.naam),
        next: m.withdraw.next,
        confirm: m.withdraw.confirm,
        cancel: m.withdraw.cancel,
      }}
      onConfirm={async (reden) => {
        try {
          await bevragingApi.withdraw(bevraging, { reden });
          onWithdrawn(m.withdraw.done(bevraging.gevraagdeOrganisatie.naam));
        } catch (e) {
          // Answered or changed in the meantime: the list reloads and says so.
          if (e instanceof ApiError && (e.isVersionConflict || e.status === 409)) onWithdrawn(m.withdraw.conflict);
          else throw e;
        }
      }}
    />
  );
}

function Answer({ bevraging: b, view, level }: { bevraging: Bevraging; view: View; level: number }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  return (
    <section aria-label={m.card.antwoord}>
      <Heading level={level}>{m.card.antwoord}</Heading>
      {b.vlaggen.length > 0 ? (
        <>
          <Paragraph>{m.card.vlaggen}:</Paragraph>
          <ul className="sl-casus-tags">
            {b.vlaggen.map((v) => (
              <li key={v} className="sl-casus-tag">
                {m.vlaggen[v]}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{m.card.nietBekend}</Paragraph>
      )}
      {b.antwoord && <Paragraph className="sl-casus-card__text">{b.antwoord}</Paragraph>}
      {b.beantwoordOp && <Paragraph className="sl-muted">{m.card.beantwoord(b.beantwoordDoor?.naam ?? '–', formatDateTime(b.beantwoordOp))}</Paragraph>}
      {b.positief && (
        <Alert type="warning">
          <Paragraph>
            <strong>{m.card.positief}</strong>
          </Paragraph>
          {view === 'casus' && (
            <>
              <Paragraph>{m.card.positiefHint}</Paragraph>
              <Paragraph>
                <a className="utrecht-link" href="#taken">
                  {m.card.naarTaken}
                </a>
                {' · '}
                <a className="utrecht-link" href="#routeadvies">
                  {m.card.naarRoute}
                </a>
              </Paragraph>
            </>
          )}
        </Alert>
      )}
    </section>
  );
}

function AnswerForm({
  bevraging,
  level,
  onAnswered,
}: {
  bevraging: Bevraging;
  level: number;
  onAnswered?: ((notice: string) => void) | undefined;
}) {
  const m = useAreaMessages({ nl, en });
  const [gekozen, setGekozen] = useState<Vlag[]>([]);
  const [antwoord, setAntwoord] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `antwoord-${bevraging.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!antwoord.trim()) errors.antwoord = m.answer.antwoordRequired;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      document.getElementById(`${id}-tekst`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await bevragingApi.answer(bevraging, { vlaggen: gekozen, antwoord: antwoord.trim() });
      onAnswered?.(result.bevraging.positief ? m.answer.sentPositive : m.answer.sent);
    } catch (e) {
      if (e instanceof ApiError && (e.isVersionConflict || e.status === 409)) {
        onAnswered?.(m.answer.conflict);
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sl-casus-subform">
      <Heading level={level}>{m.answer.title}</Heading>
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form">
        <CheckboxGroup
          id={`${id}-vlag`}
          legend={m.answer.legend}
          description={m.answer.hint}
          error={fieldError('vlaggen', clientErrors, error)}
          options={vlaggen.map((v) => ({ value: v, label: m.vlaggen[v] }))}
          value={gekozen}
          onChange={(v) => setGekozen(v as Vlag[])}
        />
        <TextAreaField
          id={`${id}-tekst`}
          label={m.answer.antwoord}
          description={m.answer.antwoordHint}
          value={antwoord}
          onChange={setAntwoord}
          maxLength={5000}
          required
          error={fieldError('antwoord', clientErrors, error)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {m.answer.submit}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
