import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { adminItems, areaItems, visibleTo } from '../shell/navigation';
import { PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';

/** The home page: who you are, for whom you work, and the areas of Samenloop. */
export function OverviewPage() {
  const { t } = useI18n();
  const sessie = useActiveSession();
  const admin = adminItems.filter((item) => visibleTo(item, sessie.rollen));
  return (
    <>
      <PageTitle title={t.overview.title}>{t.overview.greeting(sessie.gebruiker.naam)}</PageTitle>
      <DataList className="sl-datalist">
        <DataListItem>
          <DataListKey>{t.overview.actingFor}</DataListKey>
          <DataListValue>
            <span data-testid="overview-organisation">{sessie.organisatie?.naam}</span>
            {sessie.organisatie && <span className="sl-muted"> ({t.soorten[sessie.organisatie.soort]})</span>}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t.overview.roles}</DataListKey>
          <DataListValue>
            <span data-testid="overview-roles">{sessie.rollen.map((r) => t.roles[r]).join(', ')}</span>
          </DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph>{t.overview.sessionInfo(sessie.inactiefMinuten)}</Paragraph>

      <Heading2>{t.overview.areasTitle}</Heading2>
      <Paragraph>{t.overview.areasIntro}</Paragraph>
      <UnorderedList className="sl-area-list">
        {areaItems.map((item) => (
          <UnorderedListItem key={item.path}>
            <RouterLink href={item.path}>{t.nav[item.key]}</RouterLink>
            {' – '}
            {t.areas[item.key as keyof typeof t.areas].summary}
          </UnorderedListItem>
        ))}
      </UnorderedList>

      {admin.length > 0 && (
        <>
          <Heading2>{t.overview.adminTitle}</Heading2>
          <UnorderedList>
            {admin.map((item) => (
              <UnorderedListItem key={item.path}>
                <RouterLink href={item.path}>{t.nav[item.key]}</RouterLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </>
  );
}
