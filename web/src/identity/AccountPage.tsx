import { useState } from 'react';
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
import { ProblemAlert } from '../shell/forms';
import { PageTitle } from '../shell/page';
import { useRouter } from '../shell/router';
import { PasswordForm } from './PasswordForm';
import { useActiveSession, useSession } from './session';

/** My account: my details, changing my password, logging out on every device. */
export function AccountPage() {
  const { t } = useI18n();
  const sessie = useActiveSession();
  const { logOutEverywhere } = useSession();
  const { navigate } = useRouter();
  const [changed, setChanged] = useState(false);
  const [logoutError, setLogoutError] = useState<unknown>(null);

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
      <PasswordForm submitLabel={t.account.change} onChanged={() => setChanged(true)} />

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
