import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { fieldError, ProblemAlert } from '../shell/forms';
import { StatusNotice, TextAreaField } from '../shell/fields';
import { useActionDisclosure } from './ActionDisclosure';

export interface ReasonConfirmTexts {
  reden: string;
  redenHint: string;
  redenTooShort: string;
  warning: string;
  next: string;
  confirm: string;
  cancel: string;
}

/**
 * For steps that cannot be undone (leaving a casus, withdrawing a bevraging), inside an action disclosure: a
 * reason first, then a warning and an explicit confirmation. `onConfirm` does the work; what it throws is shown
 * above the form and the user is back at the first step, with the reason still there.
 */
export function ReasonConfirmForm({
  id,
  texts,
  minLength,
  onConfirm,
}: {
  id: string;
  texts: ReasonConfirmTexts;
  minLength: number;
  onConfirm: (reden: string) => Promise<void>;
}) {
  const { cancel } = useActionDisclosure();
  const [confirming, setConfirming] = useState(false);
  const [reden, setReden] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reden.trim().length < minLength) {
      setClientErrors({ reden: texts.redenTooShort });
      setConfirming(false);
      setError(null);
      document.getElementById(id)?.focus();
      return;
    }
    setClientErrors({});
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reden.trim());
    } catch (e) {
      setError(e);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form">
      <ProblemAlert error={error} />
      <TextAreaField
        id={id}
        label={texts.reden}
        description={texts.redenHint}
        value={reden}
        onChange={(v) => {
          setReden(v);
          setConfirming(false);
        }}
        maxLength={1000}
        rows={2}
        required
        error={fieldError('reden', clientErrors, error)}
      />
      <StatusNotice kind="warning" text={confirming ? texts.warning : null} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" hint={confirming ? 'danger' : undefined} busy={busy} disabled={busy}>
          {confirming ? texts.confirm : texts.next}
        </Button>
        <Button
          appearance="subtle-button"
          onClick={() => {
            setConfirming(false);
            cancel();
          }}
        >
          {texts.cancel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
