import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n';
import { PageTitle } from '../shell/page';
import { identityApi } from './identity.api';
import { PasswordForm } from './PasswordForm';
import { useSession } from './session';

/** First login of a user an administrator created: replace the temporary password before anything else. */
export function ReplaceTemporaryPasswordPage() {
  const { t } = useI18n();
  const { accept } = useSession();
  return (
    <>
      <PageTitle>{t.temporaryPassword.title}</PageTitle>
      <Paragraph>{t.temporaryPassword.intro}</Paragraph>
      <Paragraph>{t.account.passwordIntro}</Paragraph>
      <PasswordForm
        submitLabel={t.temporaryPassword.submit}
        onChanged={async () => accept(await identityApi.currentSession())}
      />
    </>
  );
}
