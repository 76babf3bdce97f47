import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useActiveSession } from '../../identity/session';
import { PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { heeftCasuswerk } from './rollen';

/**
 * A page of the Actieoverleg for case workers (agreements, minutes): the title, the way back to the Actieoverleg,
 * and either the lead and the content, or — for a role without case work — why there is nothing here.
 */
export function CasuswerkPagina({
  title,
  terug,
  lead,
  geenToegang,
  children,
}: {
  title: string;
  terug: string;
  lead: (organisatie: string) => string;
  geenToegang: string;
  children: ReactNode;
}) {
  const sessie = useActiveSession();
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <RouterLink href="/actieoverleg">{terug}</RouterLink>
      </Paragraph>
      {heeftCasuswerk(sessie) ? (
        <>
          <Paragraph appearance="lead">{lead(sessie.organisatie?.naam ?? '')}</Paragraph>
          {children}
        </>
      ) : (
        <Alert type="info">
          <Paragraph>{geenToegang}</Paragraph>
        </Alert>
      )}
    </>
  );
}
