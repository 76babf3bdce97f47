import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading4,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { casusRollen, type Casus, type CasusRol } from '@schemas/cases';
import type { ZoekTreffer } from '@schemas/persons';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { RouterLink } from '../shell/router';
import { casesApi } from './cases.api';
import { ActionDisclosure, ActionRow, CancelButton, SubmitRow, useActionDisclosure } from './ActionDisclosure';
import { SelectField } from '../shell/fields';
import { DataTable } from '../shell/DataTable';
import { en, nl } from './messages';

/** The persons in the casus with their roles, and a small search to add one who is already registered. */
export function PersonsSection({ casus, onChanged }: { casus: Casus; onChanged: () => void }) {
  const m = useAreaMessages({ nl, en });
  return (
    <>
      {casus.personen.length === 0 ? (
        <Paragraph>{m.persons.none}</Paragraph>
      ) : (
        <DataTable caption={m.persons.caption} columns={[m.persons.naam, m.persons.geboortedatum, m.persons.rol]}>
          {casus.personen.map((p) => (
            <TableRow key={`${p.persoon.id}-${p.rol}`}>
              <TableHeaderCell scope="row">
                <RouterLink href={`/personen/${p.persoon.id}`}>{p.persoon.naam}</RouterLink>
              </TableHeaderCell>
              <TableCell>{p.persoon.geboortedatum ?? '–'}</TableCell>
              <TableCell>{m.rollen[p.rol]}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {casus.status === 'open' && (
        <ActionRow>
          <ActionDisclosure id="persoon-toevoegen" label={m.persons.addTitle} intro={m.persons.addIntro}>
            <AddPerson casus={casus} onAdded={onChanged} />
          </ActionDisclosure>
        </ActionRow>
      )}
    </>
  );
}

function AddPerson({ casus, onAdded }: { casus: Casus; onAdded: () => void }) {
  const m = useAreaMessages({ nl, en });
  const [naam, setNaam] = useState('');
  const [geboortedatum, setGeboortedatum] = useState('');
  const [treffers, setTreffers] = useState<ZoekTreffer[] | null>(null);
  const [searchError, setSearchError] = useState<unknown>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [searching, setSearching] = useState(false);
  const [gekozen, setGekozen] = useState<ZoekTreffer['persoon'] | null>(null);
  const [rol, setRol] = useState<CasusRol>('betrokkene');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { done } = useActionDisclosure();
  const inCasus = new Set(casus.personen.map((p) => p.persoon.id));

  async function search(event: FormEvent) {
    event.preventDefault();
    if (naam.trim().length < 2 && !geboortedatum.trim()) {
      setClientErrors({ zoekNaam: m.persons.nameTooShort });
      document.getElementById('persoon-zoek-naam')?.focus();
      return;
    }
    setClientErrors({});
    setSearching(true);
    setSearchError(null);
    try {
      const result = await casesApi.searchPersons({
        ...(naam.trim() ? { naam: naam.trim() } : {}),
        ...(geboortedatum.trim() ? { geboortedatum: geboortedatum.trim() } : {}),
      });
      setTreffers(result.treffers);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 405)) setUnavailable(true);
      else setSearchError(e);
    } finally {
      setSearching(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!gekozen) {
      setClientErrors({ persoon: m.persons.chooseFirst });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await casesApi.addPerson(casus.id, gekozen.id, rol);
      done(m.persons.added(gekozen.naam));
      setGekozen(null);
      setTreffers(null);
      setNaam('');
      setGeboortedatum('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {unavailable ? (
        <Alert type="info">
          <Paragraph>{m.persons.searchUnavailable}</Paragraph>
        </Alert>
      ) : (
        <form role="search" aria-label={m.persons.addTitle} onSubmit={search} noValidate className="sl-form">
          <ProblemAlert error={searchError} />
          <TextField
            id="persoon-zoek-naam"
            label={m.persons.zoekNaam}
            value={naam}
            onChange={setNaam}
            autoComplete="off"
            error={fieldError('zoekNaam', clientErrors, null) ?? fieldError('naam', {}, searchError)}
          />
          <TextField
            id="persoon-zoek-geboortedatum"
            label={m.persons.zoekGeboortedatum}
            description={m.persons.zoekGeboortedatumHint}
            value={geboortedatum}
            onChange={setGeboortedatum}
            autoComplete="off"
            className="sl-field--short"
            error={fieldError('geboortedatum', {}, searchError)}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={searching} disabled={searching}>
              {m.persons.search}
            </Button>
            {!(gekozen || treffers) && <CancelButton />}
          </ButtonGroup>
        </form>
      )}
      {treffers && (
        <>
          <Heading4>{m.persons.results}</Heading4>
          {treffers.length === 0 ? (
            <Paragraph>{m.persons.noResults}</Paragraph>
          ) : (
            <ul className="sl-casus-results">
              {treffers.map((tr) => (
                <li key={tr.persoon.id}>
                  <span>
                    <strong>{tr.persoon.naam}</strong>
                    {tr.persoon.geboortedatum && `, ${tr.persoon.geboortedatum}`}
                    {tr.persoon.woonplaats && `, ${tr.persoon.woonplaats}`}
                  </span>
                  {inCasus.has(tr.persoon.id) ? (
                    <span className="sl-muted">{m.persons.alreadyIn}</span>
                  ) : (
                    <Button
                      appearance="secondary-action-button"
                      aria-pressed={gekozen?.id === tr.persoon.id}
                      onClick={() => {
                        setGekozen(tr.persoon);
                        setClientErrors({});
                      }}
                    >
                      {m.persons.kies(tr.persoon.naam)}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {(gekozen || treffers) && (
        <form onSubmit={add} noValidate className="sl-form">
          <Paragraph>
            <strong>{gekozen ? m.persons.gekozen(gekozen.naam) : m.persons.chooseFirst}</strong>
          </Paragraph>
          <ProblemAlert error={error} />
          {clientErrors.persoon && (
            <Alert type="error">
              <Paragraph>{clientErrors.persoon}</Paragraph>
            </Alert>
          )}
          <SelectField
            id="persoon-rol"
            label={m.persons.addRol}
            options={casusRollen.map((r) => ({ value: r, label: m.rollen[r] }))}
            value={rol}
            onChange={(v) => setRol(v as CasusRol)}
            error={fieldError('rol', {}, error)}
          />
          <SubmitRow busy={busy} disabled={!gekozen}>{m.persons.add}</SubmitRow>
        </form>
      )}
    </>
  );
}
