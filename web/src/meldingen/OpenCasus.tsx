import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import type { Melding } from '@schemas/meldingen';
import type { Grondslag } from '@schemas/sharing';
import { useAreaMessages } from '../i18n';
import { personsApi } from '../persons/persons.api';
import { fieldError, ProblemAlert } from '../shell/forms';
import { Loading } from '../shell/page';
import { useRouter } from '../shell/router';
import { meldingenApi } from './meldingen.api';
import { en, nl } from './messages';

/** "Casus openen": why the own organisation takes part (doel) and on which grondslag; the melding's persons come along. */
export function OpenCasusForm({ melding }: { melding: Melding }) {
  const m = useAreaMessages({ nl, en }).casus;
  const { navigate } = useRouter();
  const [grondslagen, setGrondslagen] = useState<Grondslag[] | null>(null);
  const [doel, setDoel] = useState('');
  const [grondslagId, setGrondslagId] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    meldingenApi
      .grondslagen()
      .then((g) => !cancelled && setGrondslagen(g))
      .catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (doel.trim().length < 10) errors.doel = m.doelTekort;
    if (!grondslagId) errors.grondslagId = m.grondslagRequired;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      document.getElementById(`casus-${Object.keys(errors)[0]!}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const casus = await meldingenApi.openCasus({ meldingIds: [melding.id], personen: [], doel: doel.trim(), grondslagId });
      navigate(`/casussen/${casus.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const err = (field: string) => fieldError(field, clientErrors, error);
  const gekozen = grondslagen?.find((g) => g.id === grondslagId);

  return (
    <section className="sl-melding-panel" aria-labelledby="casus-openen-titel">
      <Heading3 id="casus-openen-titel">{m.openTitle}</Heading3>
      <Paragraph>{m.openIntro}</Paragraph>
      <ProblemAlert error={error} />
      {grondslagen === null && !error && <Loading />}
      {grondslagen && grondslagen.length === 0 && (
        <Alert type="warning">
          <Paragraph>{m.geenGrondslagen}</Paragraph>
        </Alert>
      )}
      {grondslagen && grondslagen.length > 0 && (
        <form onSubmit={submit} noValidate className="sl-form">
          <FormField invalid={Boolean(err('doel'))}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="casus-doel">{m.doel}</FormLabel>
            </div>
            <FormFieldDescription id="casus-doel-hint" className="utrecht-form-field__description">
              {m.doelHint}
            </FormFieldDescription>
            {err('doel') && (
              <FormFieldErrorMessage id="casus-doel-error" className="utrecht-form-field__error-message">
                {err('doel')}
              </FormFieldErrorMessage>
            )}
            <Textarea
              id="casus-doel"
              value={doel}
              maxLength={1000}
              required
              invalid={Boolean(err('doel'))}
              aria-describedby={['casus-doel-hint', err('doel') ? 'casus-doel-error' : ''].filter(Boolean).join(' ')}
              className="sl-melding-textarea sl-melding-textarea--short"
              onChange={(e) => setDoel(e.target.value)}
            />
          </FormField>
          <FormField invalid={Boolean(err('grondslagId'))}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="casus-grondslagId">{m.grondslag}</FormLabel>
            </div>
            <FormFieldDescription id="casus-grondslag-hint" className="utrecht-form-field__description">
              {m.grondslagHint}
            </FormFieldDescription>
            {err('grondslagId') && (
              <FormFieldErrorMessage id="casus-grondslag-error" className="utrecht-form-field__error-message">
                {err('grondslagId')}
              </FormFieldErrorMessage>
            )}
            <Select
              id="casus-grondslagId"
              value={grondslagId}
              required
              invalid={Boolean(err('grondslagId'))}
              aria-describedby={['casus-grondslag-hint', err('grondslagId') ? 'casus-grondslag-error' : ''].filter(Boolean).join(' ')}
              onChange={(e) => setGrondslagId(e.target.value)}
            >
              <SelectOption value="">{m.grondslagKies}</SelectOption>
              {grondslagen.map((g) => (
                <SelectOption key={g.id} value={g.id}>
                  {g.naam} ({g.wettelijkeBasis})
                </SelectOption>
              ))}
            </Select>
            {gekozen?.omschrijving && <p className="utrecht-paragraph sl-muted">{gekozen.omschrijving}</p>}
          </FormField>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {busy ? m.openenBezig : m.openen}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

interface BestaandeCasus {
  id: string;
  nummer: string;
  via: string[];
}

/**
 * "Aan bestaande casus koppelen": offered when a person of this melding is bekend bij a casus the own organisation
 * takes part in (the search answers a casusId only then).
 */
export function LinkToExistingCasus({ melding }: { melding: Melding }) {
  const m = useAreaMessages({ nl, en }).casus;
  const { navigate } = useRouter();
  const [casussen, setCasussen] = useState<BestaandeCasus[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const found = new Map<string, string[]>();
      for (const p of melding.personen) {
        if (p.persoon.naam.trim().length < 2) continue;
        try {
          const r = await personsApi.search({ naam: p.persoon.naam, ...(p.persoon.geboortedatum ? { geboortedatum: p.persoon.geboortedatum } : {}) });
          const hit = r.treffers.find((t) => t.persoon.id === p.persoon.id);
          for (const b of hit?.bekendBij ?? []) {
            if (!b.casusId) continue;
            const namen = found.get(b.casusId) ?? [];
            if (!namen.includes(p.persoon.naam)) namen.push(p.persoon.naam);
            found.set(b.casusId, namen);
          }
        } catch {
          // Without the search there is simply no offer; opening a new casus still works.
        }
      }
      const list: BestaandeCasus[] = [];
      for (const [casusId, via] of found) {
        try {
          const casus = await meldingenApi.readCasus(casusId);
          if (casus.status === 'open') list.push({ id: casusId, nummer: casus.nummer, via });
        } catch {
          // Not readable after all: not offered.
        }
      }
      if (!cancelled) setCasussen(list);
    })();
    return () => {
      cancelled = true;
    };
  }, [melding]);

  if (casussen.length === 0) return null;

  async function link(casusId: string) {
    setBusy(casusId);
    setError(null);
    try {
      await meldingenApi.linkToCasus(casusId, melding.id);
      navigate(`/casussen/${casusId}`);
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  }

  return (
    <section className="sl-melding-panel" aria-labelledby="casus-koppelen-titel">
      <Heading3 id="casus-koppelen-titel">{m.koppelTitle}</Heading3>
      <Paragraph>{m.koppelIntro}</Paragraph>
      <ProblemAlert error={error} />
      <ul className="sl-melding-link-list">
        {casussen.map((c) => (
          <li key={c.id}>
            <Paragraph>{m.via(c.via.join(', '))}</Paragraph>
            <ButtonGroup>
              <Button appearance="secondary-action-button" busy={busy === c.id} disabled={busy !== null} onClick={() => link(c.id)}>
                {m.koppelen(c.nummer)}
              </Button>
            </ButtonGroup>
          </li>
        ))}
      </ul>
    </section>
  );
}
