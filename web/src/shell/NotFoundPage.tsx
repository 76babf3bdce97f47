import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n';
import { PageTitle } from './page';
import { RouterLink } from './router';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t.notFound.title}</PageTitle>
      <Paragraph>{t.notFound.text}</Paragraph>
      <Paragraph>
        <RouterLink href="/">{t.notFound.home}</RouterLink>
      </Paragraph>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t.common.forbidden}</PageTitle>
      <Paragraph>
        <RouterLink href="/">{t.notFound.home}</RouterLink>
      </Paragraph>
    </>
  );
}
