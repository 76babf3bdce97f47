import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Heading3,
  Heading4,
  Paragraph,
} from '@utrecht/component-library-react';
import type { BekendBij, Huishouden, Zoekopdracht, Zoekresultaat, ZoekTreffer } from '@schemas/persons';
import { useAreaMessages, useI18n } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { RouterLink } from '../shell/router';
import { formatDate } from './format';
import { en, nl } from './messages';
import { personsApi } from './persons.api';
import './persons.css';

/** A person as a melding or a casus refers to one. */
export interface PersoonRef {
  id: string;
  naam: string;
  geboortedatum: string | null;
}

/** What the user typed in the search form (kept by the caller, so nothing is lost when going back). */
export interface ZoekInvoer {
  naam: string;
  geboortedatum: string;
  postcode: string;
  huisnummer: string;
  bsn: string;
}

export const legeZoekInvoer: ZoekInvoer = { naam: '', geboortedatum: '', postcode: '', huisnummer: '', bsn: '' };

function toZoekopdracht(invoer: ZoekInvoer): Zoekopdracht {
  const q: Zoekopdracht = {};
  if (invoer.naam.trim()) q.naam = invoer.naam.trim();
  if (invoer.geboortedatum) q.geboortedatum = invoer.geboortedatum;
  if (invoer.postcode.trim()) q.postcode = invoer.postcode.trim();
  if (invoer.huisnummer.trim()) q.huisnummer = invoer.huisnummer.trim();
  if (invoer.bsn.trim()) q.bsn = invoer.bsn.trim();
  return q;
}

/**
 * Search before create: name (typo tolerant), date of birth, postcode + house number, BSN — all in a POST body.
 * Each hit says in words how likely it is the same person and why, where the person is known ("Bekend bij"),
 * and offers the caller's actions (e.g. "Toevoegen als …"); an address search also shows the household.
 */
export function PersonSearch({
  idPrefix = 'zoek',
  actions,
  onNewPerson,
}: {
  idPrefix?: string;
  actions: (persoon: PersoonRef) => ReactNode;
  /** "Not found: record a new person", with what was searched for. */
  onNewPerson?: ((invoer: ZoekInvoer) => void) | undefined;
}) {
  const m = useAreaMessages({ nl, en }).search;
  const [invoer, setInvoer] = useState<ZoekInvoer>(legeZoekInvoer);
  const [resultaat, setResultaat] = useState<Zoekresultaat | null>(null);
  const [gezocht, setGezocht] = useState<ZoekInvoer | null>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof ZoekInvoer) => (value: string) => setInvoer((v) => ({ ...v, [field]: value }));
  const id = (field: string) => `${idPrefix}-${field}`;

  async function search(event: FormEvent) {
    event.preventDefault();
    const q = toZoekopdracht(invoer);
    const errors: Record<string, string> = {};
    if (Object.keys(q).length === 0) errors.naam = m.needOne;
    else if (Boolean(q.postcode) !== Boolean(q.huisnummer)) errors[q.postcode ? 'huisnummer' : 'postcode'] = m.needBoth;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      document.getElementById(id(Object.keys(errors)[0]!))?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await personsApi.search(q);
      setResultaat(r);
      setGezocht(invoer);
      // Tell where the results are: move focus to their heading.
      window.setTimeout(() => document.getElementById(id('resultaten'))?.focus(), 0);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Paragraph>{m.intro}</Paragraph>
      <ProblemAlert error={error} />
      <form role="search" aria-label={m.title} onSubmit={search} noValidate className="sl-form sl-person-search">
        <TextField
          id={id('naam')}
          label={m.naam}
          description={m.naamHint}
          value={invoer.naam}
          onChange={set('naam')}
          autoComplete="off"
          spellCheck={false}
          error={fieldError('naam', clientErrors, error)}
        />
        <TextField
          id={id('geboortedatum')}
          type="date"
          label={m.geboortedatum}
          value={invoer.geboortedatum}
          onChange={set('geboortedatum')}
          className="sl-person-date"
          error={fieldError('geboortedatum', clientErrors, error)}
        />
        <Fieldset className="sl-person-search__address">
          <FieldsetLegend>{m.postcode} + {m.huisnummer.toLowerCase()}</FieldsetLegend>
          <FormFieldDescription>{m.adresHint}</FormFieldDescription>
          <div className="sl-person-row">
            <TextField
              id={id('postcode')}
              label={m.postcode}
              value={invoer.postcode}
              onChange={set('postcode')}
              autoComplete="off"
              maxLength={7}
              className="sl-person-field--postcode"
              error={fieldError('postcode', clientErrors, error)}
            />
            <TextField
              id={id('huisnummer')}
              label={m.huisnummer}
              value={invoer.huisnummer}
              onChange={set('huisnummer')}
              autoComplete="off"
              inputMode="numeric"
              maxLength={6}
              className="sl-person-field--number"
              error={fieldError('huisnummer', clientErrors, error)}
            />
          </div>
        </Fieldset>
        <TextField
          id={id('bsn')}
          label={m.bsn}
          description={m.bsnHint}
          value={invoer.bsn}
          onChange={set('bsn')}
          autoComplete="off"
          inputMode="numeric"
          maxLength={11}
          className="sl-field--short"
          error={fieldError('bsn', clientErrors, error)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? m.searching : m.submit}
          </Button>
        </ButtonGroup>
      </form>

      {resultaat && gezocht && (
        <section aria-labelledby={id('resultaten')} className="sl-person-results">
          <Heading3 id={id('resultaten')} tabIndex={-1}>
            {m.resultsTitle}
          </Heading3>
          <p className="utrecht-paragraph" role="status">
            {resultaat.treffers.length === 0 ? m.none : m.count(resultaat.treffers.length)}
          </p>
          {resultaat.treffers.length === 0 && <Paragraph>{m.noneHint}</Paragraph>}
          {resultaat.treffers.length > 0 && (
            <ol className="sl-person-hits" aria-label={m.caption}>
              {resultaat.treffers.map((t) => (
                <Hit key={t.persoon.id} treffer={t} actions={actions} />
              ))}
            </ol>
          )}
          {(resultaat.huishoudens ?? []).map((h, i) => (
            <Household key={`${h.adres ?? ''}-${i}`} huishouden={h} actions={actions} />
          ))}
          {onNewPerson && (
            <ButtonGroup>
              <Button appearance="secondary-action-button" onClick={() => onNewPerson(gezocht)}>
                {m.newPerson}
              </Button>
            </ButtonGroup>
          )}
        </section>
      )}
    </>
  );
}

/** The likelihood in words first; the percentage only adds to it. */
export function ScoreInWords({ treffer }: { treffer: Pick<ZoekTreffer, 'score' | 'waarschijnlijkDezelfde'> }) {
  const m = useAreaMessages({ nl, en }).search;
  const words = treffer.waarschijnlijkDezelfde ? m.waarschijnlijk : treffer.score >= 0.6 ? m.sterk : m.mogelijk;
  return (
    <span className={treffer.waarschijnlijkDezelfde ? 'sl-person-score sl-person-score--likely' : 'sl-person-score'}>
      {words} <span className="sl-muted">({m.scoreLabel.toLowerCase()} {m.scorePercent(Math.round(treffer.score * 100))})</span>
    </span>
  );
}

/** "Bekend bij": organisations and their contact point; a casus link only when the own organisation takes part. */
export function KnownTo({ bekendBij, prefix = true }: { bekendBij: BekendBij[]; prefix?: boolean }) {
  const m = useAreaMessages({ nl, en }).search;
  if (bekendBij.length === 0) return <p className="utrecht-paragraph">{m.nietBekend}</p>;
  return (
    <ul className="sl-person-known">
      {bekendBij.map((b, i) => (
        <li key={`${b.organisatie.id}-${b.casusId ?? i}`}>
          {prefix && `${m.bekendBij} `}
          {b.organisatie.naam} <span className="sl-muted">({m.contactpunt(b.contactpunt)})</span>
          {b.casusId && (
            <>
              {' '}
              <RouterLink href={`/casussen/${b.casusId}`}>{m.naarCasus}</RouterLink>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Hit({ treffer, actions }: { treffer: ZoekTreffer; actions: (p: PersoonRef) => ReactNode }) {
  const m = useAreaMessages({ nl, en }).search;
  const { lang } = useI18n();
  const p = treffer.persoon;
  return (
    <li className={treffer.waarschijnlijkDezelfde ? 'sl-person-hit sl-person-hit--likely' : 'sl-person-hit'}>
      <Heading4 className="sl-person-hit__name">{p.naam}</Heading4>
      <p className="utrecht-paragraph">
        <ScoreInWords treffer={treffer} />
      </p>
      <dl className="sl-deflist sl-person-facts">
        <div>
          <dt>{m.geboren}</dt>
          <dd>{p.geboortedatum ? formatDate(p.geboortedatum, lang) : m.onbekend}</dd>
        </div>
        <div>
          <dt>{m.woonplaats}</dt>
          <dd>{p.woonplaats ?? m.onbekend}</dd>
        </div>
        {treffer.redenen.length > 0 && (
          <div>
            <dt>{m.redenen}</dt>
            <dd>{treffer.redenen.join(', ')}</dd>
          </div>
        )}
      </dl>
      <KnownTo bekendBij={treffer.bekendBij} />
      {treffer.magInzien ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={`/personen/${p.id}`} target="_blank" rel="noopener">
            {m.bekijken}
            <span className="sl-visually-hidden"> {p.naam}</span> <span className="sl-muted">{m.nieuwTabblad}</span>
          </a>
        </p>
      ) : (
        <p className="utrecht-paragraph sl-muted">{m.geenInzage}</p>
      )}
      {actions({ id: p.id, naam: p.naam, geboortedatum: p.geboortedatum })}
    </li>
  );
}

function Household({ huishouden, actions }: { huishouden: Huishouden; actions: (p: PersoonRef) => ReactNode }) {
  const all = useAreaMessages({ nl, en });
  const m = all.search;
  const { lang } = useI18n();
  return (
    <section className="sl-person-household">
      <Heading4>{m.huishouden(huishouden.adres)}</Heading4>
      {huishouden.leden.length === 0 ? (
        <Paragraph>{m.geenLeden}</Paragraph>
      ) : (
        <ul className="sl-person-hits" aria-label={m.huishoudenLeden}>
          {huishouden.leden.map((l) => (
            <li key={l.persoon.id} className="sl-person-hit">
              <p className="utrecht-paragraph">
                <strong>{l.persoon.naam}</strong>
                {l.persoon.geboortedatum && <>, {m.geboren.toLowerCase()} {formatDate(l.persoon.geboortedatum, lang)}</>}
                <span className="sl-muted"> ({l.redenen.map((r) => all.redenen[r]).join(', ')})</span>
              </p>
              {actions(l.persoon)}
            </li>
          ))}
        </ul>
      )}
      {huishouden.aantalNietZichtbaar > 0 && <Paragraph>{m.nietZichtbaar(huishouden.aantalNietZichtbaar)}</Paragraph>}
    </section>
  );
}
