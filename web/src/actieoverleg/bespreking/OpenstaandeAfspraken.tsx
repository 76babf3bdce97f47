import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { beoordelingRedenen, type Afspraak, type Beoordeling, type BeoordelingReden } from '@schemas/actieoverleg/afspraken';
import type { Bespreking } from '@schemas/actieoverleg/bespreking';
import { useAreaMessages, useI18n } from '../../i18n';
import { formatDate } from '../../persons/format';
import { StatusNotice, TextAreaField } from '../../shell/fields';
import { fieldError, ProblemAlert } from '../../shell/forms';
import { RadioGroup } from '../RadioGroup';
import { useMeetingTime } from '../vergaderingen/format';
import { focusSoon, useAction } from '../vergaderingen/actions';
import { besprekingApi } from './bespreking.api';
import { en, nl } from './messages';

/** The id of the review form of one agreement: the missing-field list links here. */
export const beoordelingAnker = (afspraakId: string) => `beoordeling-${afspraakId}`;

function BeoordelingForm({ afspraak, overlegId, onSaved, serverReason }: { afspraak: Afspraak; overlegId: string; onSaved: (text: string) => void; serverReason?: string | undefined }) {
  const m = useAreaMessages({ nl, en });
  const o = m.openstaand;
  const [reden, setReden] = useState<BeoordelingReden | null>(null);
  const [toelichting, setToelichting] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, error, run } = useAction();
  const id = beoordelingAnker(afspraak.id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reden) {
      setErrors({ reden: o.redenNodig });
      focusSoon(`${id}-reden-${beoordelingRedenen[0]}`);
      return;
    }
    setErrors({});
    if (await run(() => besprekingApi.beoordeel(afspraak.id, { overlegId, reden, toelichting: toelichting.trim() }))) onSaved(o.opgeslagen);
  }
  return (
    <form onSubmit={submit} noValidate className="sl-form sl-ao-form">
      <ProblemAlert error={error} />
      <RadioGroup
        id={`${id}-reden`}
        legend={o.reden}
        options={beoordelingRedenen.map((r) => ({ value: r, label: m.afspraak.redenen[r] }))}
        value={reden}
        error={fieldError('reden', errors, error) ?? serverReason}
        onChange={(v) => setReden(v as BeoordelingReden)}
      />
      <TextAreaField
        id={`${id}-toelichting`}
        label={o.toelichting}
        description={o.toelichtingHint}
        value={toelichting}
        rows={2}
        maxLength={2000}
        error={fieldError('toelichting', errors, error)}
        onChange={setToelichting}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {o.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function BeoordelingTekst({ b }: { b: Beoordeling }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  return (
    <>
      <strong>{m.afspraak.redenen[b.reden]}</strong>
      {b.toelichting && (
        <>
          {' – '}
          <span className="sl-ao-text">{b.toelichting}</span>
        </>
      )}
      <span className="sl-muted">
        {' '}
        ({b.door ? `${b.door.naam}, ` : ''}
        {formatDateTime(b.op)})
      </span>
    </>
  );
}

/**
 * "Eerst: openstaande afspraken uit eerdere overleggen": every incomplete agreement of earlier meetings about this
 * casus, each with its review in this meeting (reason + note) or the form to record it.
 */
export function OpenstaandeAfspraken({
  bespreking,
  editable,
  missing,
  onChanged,
}: {
  bespreking: Bespreking;
  editable: boolean;
  /** Reasons the server gave for missing reviews, by agreement id. */
  missing: Record<string, string>;
  onChanged: (text: string) => void;
}) {
  const m = useAreaMessages({ nl, en });
  const o = m.openstaand;
  const a = m.afspraak;
  const { lang } = useI18n();
  const tijd = useMeetingTime();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="openstaand-kop" className="sl-ao-step sl-ao-step--first">
      <Heading2 id="openstaand-kop">{o.title}</Heading2>
      <StatusNotice text={notice} />
      {bespreking.openstaandeAfspraken.length === 0 ? (
        <Paragraph>{o.leeg}</Paragraph>
      ) : (
        <>
          <Paragraph>{o.intro}</Paragraph>
          <ol className="sl-ao-agenda">
            {bespreking.openstaandeAfspraken.map(({ afspraak, beoordeling }, i) => (
              <li key={afspraak.id}>
                <article aria-labelledby={`${beoordelingAnker(afspraak.id)}-kop`} className="sl-ao-item" data-testid="openstaande-afspraak">
                  <Heading3 id={`${beoordelingAnker(afspraak.id)}-kop`} tabIndex={-1} className="sl-ao-focus-target">
                    {o.afspraak(i + 1)}
                  </Heading3>
                  <dl className="sl-deflist">
                    <div>
                      <dt>{a.wat}</dt>
                      <dd className="sl-ao-text">{afspraak.wat}</dd>
                    </div>
                    <div>
                      <dt>{a.wie}</dt>
                      <dd>
                        {afspraak.eigenaarOrganisatie.naam}
                        {afspraak.eigenaarGebruiker && ` – ${afspraak.eigenaarGebruiker.naam}`}
                      </dd>
                    </div>
                    <div>
                      <dt>{a.deadline}</dt>
                      <dd>
                        {formatDate(afspraak.deadline, lang)}
                        {afspraak.verlopen && <strong className="sl-ao-flag"> {a.verlopen}</strong>}
                      </dd>
                    </div>
                    <div>
                      <dt>{a.status}</dt>
                      <dd>{a.statussen[afspraak.status]}</dd>
                    </div>
                    {afspraak.overleg && (
                      <div>
                        <dt>{a.soort}</dt>
                        <dd>
                          {a.soorten[afspraak.soort]} – {o.gemaaktIn(tijd.day(afspraak.overleg.begintOp))}
                        </dd>
                      </div>
                    )}
                    {afspraak.beoordelingen.filter((b) => b.overlegId !== bespreking.overlegId).length > 0 && (
                      <div>
                        <dt>{o.eerdere}</dt>
                        <dd>
                          <ul className="sl-plain-list">
                            {afspraak.beoordelingen
                              .filter((b) => b.overlegId !== bespreking.overlegId)
                              .map((b) => (
                                <li key={b.id}>
                                  <BeoordelingTekst b={b} />
                                </li>
                              ))}
                          </ul>
                        </dd>
                      </div>
                    )}
                  </dl>
                  {beoordeling ? (
                    <Alert type="ok">
                      <Paragraph>
                        {o.beoordeeld}: <BeoordelingTekst b={beoordeling} />
                      </Paragraph>
                    </Alert>
                  ) : editable ? (
                    <BeoordelingForm
                      afspraak={afspraak}
                      overlegId={bespreking.overlegId}
                      serverReason={missing[afspraak.id]}
                      onSaved={(text) => {
                        setNotice(text);
                        onChanged(text);
                      }}
                    />
                  ) : null}
                </article>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
