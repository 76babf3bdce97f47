import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { afgeslotenStatussen, statussenMetVerplichteToelichting, type AfgeslotenStatus, type Afspraak } from '@schemas/actieoverleg/afspraken';
import { ApiError } from '../../api/client';
import { useAreaMessages } from '../../i18n';
import { CancelButton } from '../../cases/ActionDisclosure';
import { TextAreaField } from '../../shell/fields';
import { fieldError, ProblemAlert } from '../../shell/forms';
import { RadioGroup } from '../RadioGroup';
import { afsprakenApi } from './afspraken.api';
import { en, nl } from './messages';

const needsNote = (status: AfgeslotenStatus | null) => status !== null && (statussenMetVerplichteToelichting as readonly string[]).includes(status);

/**
 * "Afspraak afsluiten": gedaan, niet mogelijk or niet gedaan, with a toelichting (required for the latter two; the
 * server's reason shows beside the field too). Sends If-Match with the version shown. When someone else changed the
 * agreement meanwhile, it says so and offers to reload — what was typed stays, since the form keeps its own state.
 */
export function AfspraakAfsluitenForm({
  afspraak,
  onClosed,
  onReload,
}: {
  afspraak: Afspraak;
  onClosed: (afspraak: Afspraak) => void;
  onReload: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const f = m.afsluiten;
  const base = `afspraak-${afspraak.id}`;
  const [status, setStatus] = useState<AfgeslotenStatus | null>(null);
  const [toelichting, setToelichting] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  // A reloaded agreement (a newer version) ends the conflict; the typed text stays.
  useEffect(() => {
    setConflict(false);
  }, [afspraak.versie]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!status) errors.status = f.statusNodig;
    else if (needsNote(status) && toelichting.trim() === '') errors.toelichting = f.toelichtingNodig;
    setClientErrors(errors);
    if (!status || Object.keys(errors).length > 0) {
      setError(null);
      document.getElementById(errors.status ? `${base}-status-gedaan` : `${base}-toelichting`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setConflict(false);
    try {
      const result = await afsprakenApi.update(afspraak, { status, toelichting: toelichting.trim() });
      onClosed(result.afspraak);
    } catch (e) {
      if (e instanceof ApiError && (e.isVersionConflict || e.code === 'afspraak-afgesloten')) {
        setConflict(true);
      } else {
        setError(e);
        if (e instanceof ApiError && e.reasonFor('toelichting')) document.getElementById(`${base}-toelichting`)?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form">
      {conflict && (
        <Alert type="warning">
          <Paragraph>{f.conflict}</Paragraph>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={onReload}>
              {f.herladen}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      <ProblemAlert error={error} />
      <RadioGroup
        id={`${base}-status`}
        legend={f.legend}
        options={afgeslotenStatussen.map((s) => ({ value: s, label: f.keuzes[s] }))}
        value={status}
        error={fieldError('status', clientErrors, error)}
        onChange={(v) => setStatus(v as AfgeslotenStatus)}
      />
      <TextAreaField
        id={`${base}-toelichting`}
        label={f.toelichting}
        description={f.toelichtingHint}
        value={toelichting}
        rows={3}
        maxLength={2000}
        required={needsNote(status)}
        error={fieldError('toelichting', clientErrors, error)}
        onChange={setToelichting}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {f.opslaan}
        </Button>
        <CancelButton />
      </ButtonGroup>
    </form>
  );
}
