import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useI18n } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { identityApi } from './identity.api';

/**
 * Current password, new password twice: used in My account and for replacing a temporary password at the
 * first login. The server's rules (length, common passwords, not the same) come back per field.
 */
export function PasswordForm(props: { submitLabel: string; onChanged: () => void | Promise<void> }) {
  const { t } = useI18n();
  const [huidig, setHuidig] = useState('');
  const [nieuw, setNieuw] = useState('');
  const [herhaal, setHerhaal] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!huidig) errors.huidigWachtwoord = t.account.passwordRequired;
    if (nieuw.length < 12) errors.nieuwWachtwoord = t.account.passwordTooShort;
    else if (nieuw !== herhaal) errors.herhaalWachtwoord = t.account.passwordMismatch;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      document.getElementById(Object.keys(errors)[0]!)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await identityApi.changePassword(huidig, nieuw);
      setHuidig('');
      setNieuw('');
      setHerhaal('');
      await props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form">
        <TextField
          id="huidigWachtwoord"
          type="password"
          label={t.account.huidig}
          value={huidig}
          onChange={setHuidig}
          autoComplete="current-password"
          required
          error={fieldError('huidigWachtwoord', clientErrors, error)}
        />
        <TextField
          id="nieuwWachtwoord"
          type="password"
          label={t.account.nieuw}
          value={nieuw}
          onChange={setNieuw}
          autoComplete="new-password"
          required
          error={fieldError('nieuwWachtwoord', clientErrors, error)}
        />
        <TextField
          id="herhaalWachtwoord"
          type="password"
          label={t.account.herhaal}
          value={herhaal}
          onChange={setHerhaal}
          autoComplete="new-password"
          required
          error={clientErrors.herhaalWachtwoord}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {props.submitLabel}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
