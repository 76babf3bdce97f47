import { useEffect, useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  Checkbox,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { bronnen, type Bron, type Melding } from '@schemas/meldingen';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterButtonLink, RouterLink } from '../shell/router';
import { DataTable } from '../shell/DataTable';
import { meldingenApi } from './meldingen.api';
import { en, nl } from './messages';
import './meldingen.css';

interface Filter {
  zonderCasus: boolean;
  bron: Bron | '';
}

/** The own organisation's meldingen, newest first: repeat flags, casus link or "Casus openen". */
export function MeldingenPage() {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const [zonderCasus, setZonderCasus] = useState(false);
  const [bron, setBron] = useState<Bron | ''>('');
  const [filter, setFilter] = useState<Filter>({ zonderCasus: false, bron: '' });
  const [meldingen, setMeldingen] = useState<Melding[] | null>(null);
  const [volgende, setVolgende] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    setMeldingen(null);
    meldingenApi
      .list({ zonderCasus: filter.zonderCasus, bron: filter.bron || undefined })
      .then((l) => {
        if (cancelled) return;
        setMeldingen(l.meldingen);
        setVolgende(l.volgende);
      })
      .catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [filter]);

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({ zonderCasus, bron });
  }

  async function more() {
    if (!volgende) return;
    setBusy(true);
    try {
      const l = await meldingenApi.list({ zonderCasus: filter.zonderCasus, bron: filter.bron || undefined, cursor: volgende });
      setMeldingen((list) => [...(list ?? []), ...l.meldingen]);
      setVolgende(l.volgende);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const filtered = filter.zonderCasus || filter.bron !== '';

  return (
    <>
      <PageTitle>{m.lijst.title}</PageTitle>
      <Paragraph>{m.lijst.intro(sessie.organisatie?.naam ?? '')}</Paragraph>
      <ButtonGroup>
        <RouterButtonLink href="/meldingen/nieuw" appearance="primary-action-button">
          {m.lijst.registreren}
        </RouterButtonLink>
      </ButtonGroup>
      <form role="search" aria-label={m.lijst.filter} onSubmit={apply} className="sl-filter">
        <div className="sl-choice sl-melding-filter__check">
          <Checkbox id="filter-zonder-casus" checked={zonderCasus} onChange={(e) => setZonderCasus(e.target.checked)} />
          <FormLabel htmlFor="filter-zonder-casus" type="checkbox" checked={zonderCasus}>
            {m.lijst.zonderCasus}
          </FormLabel>
        </div>
        <FormField className="sl-filter__field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="filter-bron">{m.lijst.bron}</FormLabel>
          </div>
          <Select id="filter-bron" value={bron} onChange={(e) => setBron(e.target.value as Bron | '')}>
            <SelectOption value="">{m.lijst.alleBronnen}</SelectOption>
            {bronnen.map((b) => (
              <SelectOption key={b} value={b}>
                {m.bronnen[b]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <div>
          <Button type="submit" appearance="secondary-action-button">
            {m.lijst.toepassen}
          </Button>
        </div>
      </form>
      <ProblemAlert error={error} />
      {meldingen === null && !error && <Loading />}
      {meldingen && meldingen.length === 0 && <Paragraph>{filtered ? m.lijst.geenGefilterd : m.lijst.geen}</Paragraph>}
      {meldingen && meldingen.length > 0 && (
        <>
          <p className="utrecht-paragraph sl-muted" role="status">
            {m.lijst.aantal(meldingen.length)}
          </p>
          <DataTable
            caption={m.lijst.caption}
            columns={[m.lijst.ontvangen, m.lijst.bron, m.lijst.personen, m.lijst.bijzonderheden, m.lijst.casus]}
          >
            {meldingen.map((mld) => (
              <TableRow key={mld.id}>
                <TableHeaderCell scope="row">
                  <RouterLink href={`/meldingen/${mld.id}`}>
                    <time dateTime={mld.ontvangenOp}>{formatDateTime(mld.ontvangenOp)}</time>
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>{m.bronnen[mld.bron]}</TableCell>
                <TableCell>
                  <ul className="sl-plain-list">
                    {mld.personen.map((p) => (
                      <li key={`${p.persoon.id}-${p.rol}`}>
                        {p.persoon.naam} <span className="sl-muted">({m.rollen[p.rol]})</span>
                      </li>
                    ))}
                  </ul>
                </TableCell>
                <TableCell>
                  <ul className="sl-plain-list">
                    {mld.acuteOnveiligheid && (
                      <li>
                        <strong>{m.signalen.acuteOnveiligheid}</strong>
                      </li>
                    )}
                    {mld.herhaling && <li>{m.herhaling(mld.herhaling.dagenSindsEerdere)}</li>}
                    {mld.zorgmeldingTeLaat && (
                      <li>
                        <strong className="sl-late">{m.detail.teLaat}</strong>
                      </li>
                    )}
                  </ul>
                </TableCell>
                <TableCell>
                  {mld.casusId ? (
                    <RouterLink href={`/casussen/${mld.casusId}`}>{m.lijst.naarCasus}</RouterLink>
                  ) : mld.samengevoegdIn ? (
                    <RouterLink href={`/meldingen/${mld.samengevoegdIn}`}>{m.lijst.samengevoegd}</RouterLink>
                  ) : (
                    <RouterLink href={`/meldingen/${mld.id}#casus-openen`}>{m.lijst.casusOpenen}</RouterLink>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
          {volgende && (
            <ButtonGroup>
              <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={more}>
                {m.lijst.meer}
              </Button>
            </ButtonGroup>
          )}
        </>
      )}
    </>
  );
}
