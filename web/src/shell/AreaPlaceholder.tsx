import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useI18n, type Messages } from '../i18n';
import { PageTitle } from './page';

export type AreaKey = keyof Messages['areas'];

/** An area that is not built yet: it says honestly what it will hold, and shows no data. */
export function AreaPlaceholder({ area }: { area: AreaKey }) {
  const { t } = useI18n();
  const text = t.areas[area];
  return (
    <>
      <PageTitle>{text.title}</PageTitle>
      <Paragraph appearance="lead">{text.summary}</Paragraph>
      <Alert type="info">
        <Paragraph>
          <strong>{t.area.notYet}.</strong> {t.area.notYetText}
        </Paragraph>
      </Alert>
      <Heading2>{t.area.willHold}</Heading2>
      <UnorderedList>
        {text.items.map((item) => (
          <UnorderedListItem key={item}>{item}</UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
