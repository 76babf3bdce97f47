import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import type { CasusStatus } from '@schemas/cases';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterButtonLink, RouterLink } from '../shell/router';
import { DataTable } from '../shell/DataTable';
import { useApiData } from '../api/useApiData';
import { casesApi } from './cases.api';
import { en, nl } from './messages';
import './cases.css';

interface Filter {
  status: CasusStatus | '';
  zoek: string;
  pagina: number;
}

/** "Casussen van mijn organisatie": the cases the acting organisation takes part in, with their open work. */
export function CasesPage() {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const [status, setStatus] = useState<CasusStatus | ''>('open');
  const [zoek, setZoek] = useState('');
  const [filter, setFilter] = useState<Filter>({ status: 'open', zoek: '', pagina: 1 });
  // After ending its participation on the casus page, the user lands here with the casus number.
  const [vertrokken] = useState(() => new URLSearchParams(window.location.search).get('vertrokken'));

  const { data: lijst, error } = useApiData(
    () => casesApi.list({ status: filter.status || undefined, zoek: filter.zoek || undefined, pagina: filter.pagina }),
    [filter],
  );

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({ status, zoek: zoek.trim(), pagina: 1 });
  }

  const filtered = filter.status !== 'open' || filter.zoek !== '';
  const pages = lijst ? Math.max(1, Math.ceil(lijst.totaal / lijst.perPagina)) : 1;

  return (
    <>
      <PageTitle>{m.list.title}</PageTitle>
      <Paragraph>{m.list.intro(sessie.organisatie?.naam ?? '')}</Paragraph>
      {vertrokken && (
        <Alert type="ok" role="status">
          <Paragraph>{m.casus.left(vertrokken)}</Paragraph>
        </Alert>
      )}
      <form role="search" aria-label={m.list.filterLegend} onSubmit={apply} className="sl-filter">
        <FormField className="sl-filter__field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="casus-status">{m.list.status}</FormLabel>
          </div>
          <Select id="casus-status" value={status} onChange={(e) => setStatus(e.target.value as CasusStatus | '')}>
            <SelectOption value="open">{m.status.open}</SelectOption>
            <SelectOption value="gesloten">{m.status.gesloten}</SelectOption>
            <SelectOption value="">{m.list.statusAll}</SelectOption>
          </Select>
        </FormField>
        <FormField className="sl-filter__field sl-casus-filter__field--wide">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="casus-zoek">{m.list.zoek}</FormLabel>
          </div>
          <FormFieldDescription id="casus-zoek-hint">{m.list.zoekHint}</FormFieldDescription>
          <Textbox
            id="casus-zoek"
            type="search"
            value={zoek}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="casus-zoek-hint"
            onChange={(e) => setZoek(e.target.value)}
          />
        </FormField>
        <div className="sl-casus-filter__submit">
          <Button type="submit" appearance="secondary-action-button">
            {m.list.apply}
          </Button>
        </div>
      </form>
      <ProblemAlert error={error} />
      {lijst === null && !error && <Loading />}
      {lijst && lijst.casussen.length === 0 && (
        <div className="sl-casus-empty">
          <Paragraph>{filtered ? m.list.emptyFiltered : m.list.empty}</Paragraph>
          <Paragraph>{m.list.emptyHint}</Paragraph>
          <ButtonGroup>
            <RouterButtonLink href="/meldingen/nieuw" appearance="primary-action-button">
              {m.list.newMelding}
            </RouterButtonLink>
          </ButtonGroup>
        </div>
      )}
      {lijst && lijst.casussen.length > 0 && (
        <>
          <p className="utrecht-paragraph sl-muted" role="status">
            {m.list.count(lijst.casussen.length, lijst.totaal)}
          </p>
          <DataTable
            caption={m.list.caption}
            columns={[m.list.nummer, m.list.personen, m.list.status, m.list.openTaken, m.list.laatsteActiviteit]}
          >
            {lijst.casussen.map((c) => (
              <TableRow key={c.id}>
                <TableHeaderCell scope="row">
                  <RouterLink href={`/casussen/${c.id}`}>{c.nummer}</RouterLink>
                </TableHeaderCell>
                <TableCell>
                  {c.personen.length === 0 ? (
                    <span className="sl-muted">{m.list.noPersons}</span>
                  ) : (
                    <ul className="sl-plain-list">
                      {c.personen.map((p, i) => (
                        <li key={`${p.naam}-${i}`}>
                          {p.naam} <span className="sl-muted">({m.rollen[p.rol]})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
                <TableCell>{m.status[c.status]}</TableCell>
                <TableCell>
                  {c.openTaken}
                  {c.verlopenTaken > 0 && (
                    <>
                      {' '}
                      <strong className="sl-late sl-nowrap">{m.list.overdue(c.verlopenTaken)}</strong>
                    </>
                  )}
                </TableCell>
                <TableCell>
                  {c.laatsteGebeurtenisOp ? (
                    <time dateTime={c.laatsteGebeurtenisOp}>{formatDateTime(c.laatsteGebeurtenisOp)}</time>
                  ) : (
                    <span className="sl-muted">{m.list.geenActiviteit}</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
          {pages > 1 && (
            <nav aria-label={m.list.page(filter.pagina, pages)} className="sl-casus-pager">
              <ButtonGroup>
                <Button
                  appearance="secondary-action-button"
                  disabled={filter.pagina <= 1}
                  onClick={() => setFilter({ ...filter, pagina: filter.pagina - 1 })}
                >
                  {m.list.previous}
                </Button>
                <span className="sl-casus-pager__where">{m.list.page(filter.pagina, pages)}</span>
                <Button
                  appearance="secondary-action-button"
                  disabled={filter.pagina >= pages}
                  onClick={() => setFilter({ ...filter, pagina: filter.pagina + 1 })}
                >
                  {m.list.next}
                </Button>
              </ButtonGroup>
            </nav>
          )}
        </>
      )}
    </>
  );
}
