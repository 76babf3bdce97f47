import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useI18n } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { PageTitle } from '../shell/page';
import { useRouter } from '../shell/router';
import { identityApi } from './identity.api';
import { useActiveSession, useSession } from './session';

/** My account: my details, changing my password, logging out on every device. */
export function AccountPage() {
  const { t } = useI18n();
  const sessie = useActiveSession();
  const { logOutEverywhere } = useSession();
  const { navigate } = useRouter();
  const [huidig, setHuidig] = useState('');
  const [nieuw, setNieuw] = useState('');
  const [herhaal, setHerhaal] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);
  const [logoutError, setLogoutError] = useState<unknown>(null);

  async function changePassword(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!huidig) errors.huidigWachtwoord = t.account.passwordRequired;
    if (nieuw.length < 12) errors.nieuwWachtwoord = t.account.passwordTooShort;
    else if (nieuw !== herhaal) errors.herhaalWachtwoord = t.account.passwordMismatch;
    setClientErrors(errors);
    setChanged(false);
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
      setChanged(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>{t.account.title}</PageTitle>
      <Heading2>{t.account.details}</Heading2>
      <DataList className="sl-datalist">
        <DataListItem>
          <DataListKey>{t.account.naam}</DataListKey>
          <DataListValue>{sessie.gebruiker.naam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t.account.gebruikersnaam}</DataListKey>
          <DataListValue>{sessie.gebruiker.gebruikersnaam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t.account.organisatie}</DataListKey>
          <DataListValue>{sessie.organisatie?.naam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t.account.rollen}</DataListKey>
          <DataListValue>{sessie.rollen.map((r) => t.roles[r]).join(', ')}</DataListValue>
        </DataListItem>
      </DataList>

      <Heading2>{t.account.passwordTitle}</Heading2>
      <Paragraph>{t.account.passwordIntro}</Paragraph>
      {sessie.demo && <Paragraph>{t.account.demoPassword}</Paragraph>}
      {changed && (
        <Alert type="ok" role="status">
          <Paragraph>{t.account.passwordChanged}</Paragraph>
        </Alert>
      )}
      <ProblemAlert error={error} />
      <form onSubmit={changePassword} noValidate className="sl-form">
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
            {t.account.change}
          </Button>
        </ButtonGroup>
      </form>

      <Heading2>{t.account.sessionsTitle}</Heading2>
      <Paragraph>{t.account.sessionsIntro}</Paragraph>
      <ProblemAlert error={logoutError} />
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          hint="danger"
          onClick={() => {
            setLogoutError(null);
            logOutEverywhere()
              .then(() => navigate('/'))
              .catch(setLogoutError);
          }}
        >
          {t.account.logOutEverywhere}
        </Button>
      </ButtonGroup>
    </>
  );
}
