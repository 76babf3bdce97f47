import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Inloggen } from '@schemas/identity';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';
import { PageTitle } from '../shell/page';
import { fieldError, ProblemAlert, TextField, TotpCodeField } from '../shell/forms';
import { identityApi } from './identity.api';
import { useSession } from './session';

type Step = 'credentials' | 'second-factor';

/** Logging in: user name and password, then (for everyone but demo accounts) the TOTP code or a recovery code. */
export function LoginPage() {
  const { t } = useI18n();
  const { accept, notice } = useSession();
  const [step, setStep] = useState<Step>('credentials');
  const [gebruikersnaam, setGebruikersnaam] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [code, setCode] = useState('');
  const [herstelcode, setHerstelcode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const codeHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step === 'second-factor') codeHeading.current?.focus();
  }, [step]);

  function validate(): Record<string, string> {
    const errors: Record<string, string> = {};
    if (step === 'credentials') {
      if (!gebruikersnaam.trim()) errors.gebruikersnaam = t.login.gebruikersnaam;
      if (!wachtwoord) errors.wachtwoord = t.login.wachtwoord;
    } else if (useRecovery) {
      if (!herstelcode.trim()) errors.herstelcode = t.login.herstelcode;
    } else if (!/^\d{6}$/.test(code.trim())) {
      errors.code = t.login.code;
    }
    return Object.fromEntries(Object.entries(errors).map(([k, label]) => [k, `${label} ${t.common.required}`]));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors = validate();
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      document.getElementById(Object.keys(errors)[0]!)?.focus();
      return;
    }
    const input: Inloggen = { gebruikersnaam: gebruikersnaam.trim(), wachtwoord };
    if (step === 'second-factor') {
      if (useRecovery) input.herstelcode = herstelcode.trim();
      else input.code = code.trim();
    }
    setBusy(true);
    setError(null);
    try {
      accept(await identityApi.logIn(input));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'tweede-factor-vereist') {
        setStep('second-factor');
        setError(null);
      } else {
        setError(e);
        if (e instanceof ApiError && e.code === 'tweede-factor-onjuist') {
          setCode('');
          setHerstelcode('');
        }
      }
    } finally {
      setBusy(false);
    }
  }

  function startOver() {
    setStep('credentials');
    setCode('');
    setHerstelcode('');
    setWachtwoord('');
    setUseRecovery(false);
    setError(null);
    setClientErrors({});
  }

  const apiError = error instanceof ApiError ? error : null;
  let message: string | null = null;
  if (apiError?.code === 'inloggegevens-onjuist') message = t.login.wrongCredentials;
  else if (apiError?.code === 'tweede-factor-onjuist') message = useRecovery ? t.login.wrongRecoveryCode : t.login.wrongCode;
  else if (apiError?.status === 429)
    message = `${t.common.tooMany}${apiError.retryAfter !== undefined ? ` ${t.common.retryAfter(apiError.retryAfter)}` : ''}`;

  return (
    <div className="sl-narrow">
      <PageTitle>{t.login.title}</PageTitle>
      {notice && (
        <Alert type={notice === 'sessionExpired' ? 'warning' : 'ok'} role="status">
          <Paragraph data-testid="login-notice">{t.login[notice]}</Paragraph>
        </Alert>
      )}
      {message ? (
        <Alert type="error">
          <Paragraph data-testid="login-error">{message}</Paragraph>
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}

      <form onSubmit={submit} noValidate className="sl-form">
        {step === 'credentials' ? (
          <>
            <Paragraph>{t.login.intro}</Paragraph>
            <TextField
              id="gebruikersnaam"
              label={t.login.gebruikersnaam}
              value={gebruikersnaam}
              onChange={setGebruikersnaam}
              autoComplete="username"
              spellCheck={false}
              required
              error={fieldError('gebruikersnaam', clientErrors, error)}
            />
            <TextField
              id="wachtwoord"
              type="password"
              label={t.login.wachtwoord}
              value={wachtwoord}
              onChange={setWachtwoord}
              autoComplete="current-password"
              required
              error={fieldError('wachtwoord', clientErrors, error)}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
                {busy ? t.login.busy : t.login.submit}
              </Button>
            </ButtonGroup>
          </>
        ) : (
          <>
            <Heading2 ref={codeHeading} tabIndex={-1}>
              {t.login.codeTitle}
            </Heading2>
            <Paragraph>{t.login.codeIntro}</Paragraph>
            {useRecovery ? (
              <TextField
                id="herstelcode"
                label={t.login.herstelcode}
                description={t.login.herstelcodeHint}
                value={herstelcode}
                onChange={setHerstelcode}
                autoComplete="off"
                spellCheck={false}
                required
                error={fieldError('herstelcode', clientErrors, error)}
              />
            ) : (
              <TotpCodeField
                label={t.login.code}
                description={t.login.codeHint}
                value={code}
                onChange={setCode}
                error={fieldError('code', clientErrors, error)}
              />
            )}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
                {busy ? t.login.busy : t.login.verify}
              </Button>
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => {
                  setUseRecovery(!useRecovery);
                  setClientErrors({});
                  setError(null);
                }}
              >
                {useRecovery ? t.login.useAuthenticator : t.login.useRecoveryCode}
              </Button>
              <Button type="button" appearance="subtle-button" onClick={startOver}>
                {t.login.startOver}
              </Button>
            </ButtonGroup>
          </>
        )}
      </form>
    </div>
  );
}
