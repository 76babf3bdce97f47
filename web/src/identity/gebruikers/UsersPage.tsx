import { useEffect, useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  FormLabel,
  Paragraph,
  TableCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import type { Gebruiker } from '@schemas/identity';
import { useI18n } from '../../i18n';
import { ProblemAlert } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { RouterButtonLink, RouterLink } from '../../shell/router';
import { DataTable } from '../../shell/DataTable';
import { useActiveSession } from '../session';
import { identityApi } from '../identity.api';

/** The functional administrator's list of the users of the acting organisation. */
export function UsersPage() {
  const { t } = useI18n();
  const sessie = useActiveSession();
  const [gebruikers, setGebruikers] = useState<Gebruiker[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [zoek, setZoek] = useState('');
  const [query, setQuery] = useState('');

  useEffect(() => {
    let cancelled = false;
    setError(null);
    identityApi
      .listUsers(query || undefined)
      .then((r) => !cancelled && setGebruikers(r.gebruikers))
      .catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [query]);

  function search(event: FormEvent) {
    event.preventDefault();
    setQuery(zoek.trim());
  }

  return (
    <>
      <PageTitle>{t.users.title}</PageTitle>
      <Paragraph>{t.users.intro(sessie.organisatie?.naam ?? '')}</Paragraph>
      <ButtonGroup>
        <RouterButtonLink href="/gebruikers/nieuw" appearance="primary-action-button">
          {t.users.newUser}
        </RouterButtonLink>
      </ButtonGroup>
      <form role="search" onSubmit={search} className="sl-search">
        <FormLabel htmlFor="zoek">{t.users.search}</FormLabel>
        <div className="sl-search__row">
          <Textbox id="zoek" type="search" value={zoek} onChange={(e) => setZoek(e.target.value)} />
          <Button type="submit" appearance="secondary-action-button">
            {t.users.searchButton}
          </Button>
        </div>
      </form>
      <ProblemAlert error={error} />
      {gebruikers === null && !error && <Loading />}
      {gebruikers && gebruikers.length === 0 && <Paragraph>{t.users.none}</Paragraph>}
      {gebruikers && gebruikers.length > 0 && (
        <DataTable
          caption={t.users.tableCaption}
          columns={[t.users.naam, t.users.gebruikersnaam, t.users.rollen, t.users.status, t.users.tweedeFactor]}
        >
          {gebruikers.map((g) => (
            <TableRow key={g.id}>
              <TableCell>
                <RouterLink href={`/gebruikers/${g.id}`}>{g.naam}</RouterLink>
              </TableCell>
              <TableCell>
                {g.gebruikersnaam}
                {g.demo && <span className="sl-muted"> ({t.users.demo})</span>}
              </TableCell>
              <TableCell>{g.rollen.map((r) => t.roles[r]).join(', ')}</TableCell>
              <TableCell>{g.actief ? t.users.actief : t.users.inactief}</TableCell>
              <TableCell>{g.tweedeFactorIngericht ? t.users.ingericht : g.demo ? '–' : t.users.nietIngericht}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  );
}
