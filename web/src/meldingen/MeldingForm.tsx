import { useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { bronnen, geweldsvormen, type Bron, type Geweldsvorm, type Melding } from '@schemas/meldingen';
import { useAreaMessages } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { ChosenPersons, type GekozenPersoon } from './MeldingPersons';
import { meldingenApi } from './meldingen.api';
import { en, nl } from './messages';

const signaalVelden = ['acuteOnveiligheid', 'wapens', 'kinderenAanwezig', 'verdachteAangehouden', 'vermoedenStrafbareKindermishandeling'] as const;
type Signaal = (typeof signaalVelden)[number];

/** Now as the value of a datetime-local input, in the browser's time (minutes). */
function nowLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (browser time) as ISO 8601; null when empty; undefined when not a time. */
function toIso(local: string): string | null | undefined {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Step 2: the facts of the melding and the chosen persons with their roles. */
export function MeldingForm({
  gekozen,
  onGekozen,
  onBack,
  onSaved,
}: {
  gekozen: GekozenPersoon[];
  onGekozen: (list: GekozenPersoon[]) => void;
  onBack: () => void;
  onSaved: (melding: Melding) => void;
}) {
  const m = useAreaMessages({ nl, en });
  const [bron, setBron] = useState<Bron | ''>('');
  const [ontvangenOp, setOntvangenOp] = useState(nowLocal);
  const [incidentOp, setIncidentOp] = useState('');
  const [vormen, setVormen] = useState<Geweldsvorm[]>([]);
  const [signalen, setSignalen] = useState<Record<Signaal, boolean>>({
    acuteOnveiligheid: false,
    wapens: false,
    kinderenAanwezig: false,
    verdachteAangehouden: false,
    vermoedenStrafbareKindermishandeling: false,
  });
  const [omschrijving, setOmschrijving] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const ontvangen = toIso(ontvangenOp);
    const incident = toIso(incidentOp);
    if (!bron) errors.bron = m.nieuw.bronRequired;
    if (ontvangen === undefined) errors.ontvangenOp = m.nieuw.ongeldigeTijd;
    if (incident === undefined) errors.incidentOp = m.nieuw.ongeldigeTijd;
    if (vormen.length === 0) errors.geweldsvormen = m.nieuw.geweldsvormenRequired;
    if (gekozen.length === 0) errors.personen = m.nieuw.minstensEen;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      focusField(Object.keys(errors)[0]!);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await meldingenApi.create({
        bron: bron as Bron,
        ...(ontvangen ? { ontvangenOp: ontvangen } : {}),
        ...(incident ? { incidentOp: incident } : {}),
        geweldsvormen: vormen,
        ...signalen,
        omschrijving: omschrijving.trim(),
        personen: gekozen.map((g) => ({ persoonId: g.persoon.id, rol: g.rol })),
      });
      onSaved(saved);
    } catch (e) {
      setError(e);
      setBusy(false);
      window.setTimeout(() => {
        const first = ['bron', 'ontvangenOp', 'incidentOp', 'geweldsvormen', 'omschrijving', 'personen'].find((f) => fieldError(f, {}, e));
        if (first) focusField(first);
      }, 0);
    }
  }

  function focusField(field: string) {
    const target = field === 'geweldsvormen' ? `vorm-${geweldsvormen[0]}` : field === 'personen' ? 'melding-rol-0' : `melding-${field}`;
    document.getElementById(target)?.focus();
  }

  const err = (field: string) => fieldError(field, clientErrors, error);
  const vormenFout = err('geweldsvormen');
  const personenFout = err('personen');

  return (
    <>
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form sl-melding-form">
        <FormField invalid={Boolean(err('bron'))}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="melding-bron">{m.nieuw.bron}</FormLabel>
          </div>
          {err('bron') && (
            <FormFieldErrorMessage id="melding-bron-error" className="utrecht-form-field__error-message">
              {err('bron')}
            </FormFieldErrorMessage>
          )}
          <Select
            id="melding-bron"
            value={bron}
            required
            invalid={Boolean(err('bron'))}
            aria-describedby={err('bron') ? 'melding-bron-error' : undefined}
            onChange={(e) => setBron(e.target.value as Bron | '')}
          >
            <SelectOption value="">{m.nieuw.bronKies}</SelectOption>
            {bronnen.map((b) => (
              <SelectOption key={b} value={b}>
                {m.bronnen[b]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <TextField
          id="melding-ontvangenOp"
          type="datetime-local"
          className="sl-person-date"
          label={m.nieuw.ontvangenOp}
          description={m.nieuw.ontvangenOpHint}
          value={ontvangenOp}
          onChange={setOntvangenOp}
          error={err('ontvangenOp')}
        />
        <TextField
          id="melding-incidentOp"
          type="datetime-local"
          className="sl-person-date"
          label={m.nieuw.incidentOp}
          description={m.nieuw.incidentOpHint}
          value={incidentOp}
          onChange={setIncidentOp}
          error={err('incidentOp')}
        />
        <Fieldset invalid={Boolean(vormenFout)} aria-describedby={['vormen-hint', vormenFout ? 'vormen-error' : ''].filter(Boolean).join(' ')}>
          <FieldsetLegend>{m.nieuw.geweldsvormen}</FieldsetLegend>
          <FormFieldDescription id="vormen-hint">{m.nieuw.geweldsvormenHint}</FormFieldDescription>
          {vormenFout && <FormFieldErrorMessage id="vormen-error">{vormenFout}</FormFieldErrorMessage>}
          <div className="sl-melding-choices">
            {geweldsvormen.map((v) => {
              const id = `vorm-${v}`;
              const checked = vormen.includes(v);
              return (
                <div key={v} className="sl-choice">
                  <Checkbox
                    id={id}
                    checked={checked}
                    invalid={Boolean(vormenFout)}
                    onChange={(e) => setVormen(e.target.checked ? geweldsvormen.filter((x) => x === v || vormen.includes(x)) : vormen.filter((x) => x !== v))}
                  />
                  <FormLabel htmlFor={id} type="checkbox" checked={checked}>
                    {m.geweldsvormen[v]}
                  </FormLabel>
                </div>
              );
            })}
          </div>
        </Fieldset>
        <Fieldset aria-describedby="signalen-hint">
          <FieldsetLegend>{m.nieuw.signalenLegend}</FieldsetLegend>
          <FormFieldDescription id="signalen-hint">{m.nieuw.signalenHint}</FormFieldDescription>
          {signaalVelden.map((s) => {
            const id = `signaal-${s}`;
            return (
              <div key={s} className="sl-choice">
                <Checkbox id={id} checked={signalen[s]} onChange={(e) => setSignalen((x) => ({ ...x, [s]: e.target.checked }))} />
                <FormLabel htmlFor={id} type="checkbox" checked={signalen[s]}>
                  {m.signalen[s]}
                </FormLabel>
              </div>
            );
          })}
        </Fieldset>
        <FormField invalid={Boolean(err('omschrijving'))}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="melding-omschrijving">{m.nieuw.omschrijving}</FormLabel>
          </div>
          <FormFieldDescription id="melding-omschrijving-hint" className="utrecht-form-field__description">
            {m.nieuw.omschrijvingHint}
          </FormFieldDescription>
          {err('omschrijving') && (
            <FormFieldErrorMessage id="melding-omschrijving-error" className="utrecht-form-field__error-message">
              {err('omschrijving')}
            </FormFieldErrorMessage>
          )}
          <Textarea
            id="melding-omschrijving"
            value={omschrijving}
            maxLength={10000}
            invalid={Boolean(err('omschrijving'))}
            aria-describedby={['melding-omschrijving-hint', err('omschrijving') ? 'melding-omschrijving-error' : ''].filter(Boolean).join(' ')}
            className="sl-melding-textarea"
            onChange={(e) => setOmschrijving(e.target.value)}
          />
        </FormField>
        <Fieldset invalid={Boolean(personenFout)} aria-describedby={personenFout ? 'personen-error' : undefined}>
          <FieldsetLegend>{m.nieuw.betrokkenen}</FieldsetLegend>
          {personenFout && <FormFieldErrorMessage id="personen-error">{personenFout}</FormFieldErrorMessage>}
          <ChosenPersons gekozen={gekozen} onChange={onGekozen} idPrefix="melding" />
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? m.nieuw.opslaanBezig : m.nieuw.opslaan}
          </Button>
          <Button appearance="secondary-action-button" onClick={onBack}>
            {m.nieuw.terug}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
