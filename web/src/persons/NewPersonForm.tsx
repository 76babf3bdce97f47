import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Heading4,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { geslachten, type Geslacht, type PersoonInvoer, type Zoekopdracht, type ZoekTreffer } from '@schemas/persons';
import { ApiError } from '../api/client';
import { useAreaMessages, useI18n } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { formatDate, splitName } from './format';
import { en, nl } from './messages';
import { personsApi } from './persons.api';
import { KnownTo, ScoreInWords, type PersoonRef, type ZoekInvoer } from './PersonSearch';
import './persons.css';

interface Velden {
  voornamen: string;
  tussenvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  geslacht: Geslacht;
  bsn: string;
  straat: string;
  huisnummer: string;
  huisnummerToevoeging: string;
  postcode: string;
  woonplaats: string;
  telefoon: string;
  eMail: string;
}

interface Kandidaat {
  id: string;
  treffer: ZoekTreffer | undefined;
}

function initialFields(zoek: ZoekInvoer | undefined): Velden {
  const naam = splitName(zoek?.naam ?? '');
  return {
    ...naam,
    geboortedatum: zoek?.geboortedatum ?? '',
    geslacht: 'onbekend',
    bsn: zoek?.bsn ?? '',
    straat: '',
    huisnummer: zoek?.huisnummer ?? '',
    huisnummerToevoeging: '',
    postcode: zoek?.postcode ?? '',
    woonplaats: '',
    telefoon: '',
    eMail: '',
  };
}

const optional = (v: string) => (v.trim() ? v.trim() : undefined);

/**
 * Records a new person after a search found nobody. When the server finds a likely match (409
 * mogelijke-dubbele-persoon) the user either picks the existing person or confirms, per candidate,
 * "Dit is niet dezelfde persoon als …"; only then is the person sent again with nietDezelfdeAls.
 */
export function NewPersonForm({
  idPrefix = 'nieuw',
  zoek,
  children,
  headingId,
  onCreated,
  onUseExisting,
  onCancel,
}: {
  idPrefix?: string;
  /** What was searched for: a first guess for the fields. */
  zoek?: ZoekInvoer | undefined;
  /** Extra fields of the caller inside the form (the role in the melding, say). */
  children?: ReactNode;
  headingId?: string;
  onCreated: (persoon: PersoonRef) => void;
  onUseExisting: (persoon: PersoonRef) => void;
  onCancel: () => void;
}) {
  const all = useAreaMessages({ nl, en });
  const m = all.create;
  const { lang } = useI18n();
  const [v, setV] = useState<Velden>(() => initialFields(zoek));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [kandidaten, setKandidaten] = useState<Kandidaat[]>([]);
  const [bevestigd, setBevestigd] = useState<string[]>([]);
  const [bsnBestaat, setBsnBestaat] = useState(false);

  const id = (field: string) => `${idPrefix}-${field}`;
  const set = (field: keyof Velden) => (value: string) => setV((x) => ({ ...x, [field]: value }));

  function fullName(): string {
    return [v.voornamen, v.tussenvoegsel, v.achternaam].map((x) => x.trim()).filter(Boolean).join(' ');
  }

  async function resolveCandidates(ids: string[], q: Zoekopdracht): Promise<Kandidaat[]> {
    let treffers: ZoekTreffer[] = [];
    try {
      treffers = (await personsApi.search(q)).treffers;
    } catch {
      // Without the search the candidates still show, only without names.
    }
    return ids.map((k) => ({ id: k, treffer: treffers.find((t) => t.persoon.id === k) }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!v.achternaam.trim()) errors.achternaam = m.achternaamRequired;
    const adresDelen = [v.straat, v.huisnummer, v.postcode, v.woonplaats].map((x) => x.trim());
    const heeftAdres = adresDelen.some(Boolean) || Boolean(v.huisnummerToevoeging.trim());
    if (heeftAdres && adresDelen.some((x) => !x)) {
      const velden = ['straat', 'huisnummer', 'postcode', 'woonplaats'] as const;
      errors[velden[adresDelen.findIndex((x) => !x)]!] = m.adresIncomplete;
    }
    const open = kandidaten.filter((k) => !bevestigd.includes(k.id));
    if (Object.keys(errors).length === 0 && open.length > 0) errors[`kandidaat-${open[0]!.id}`] = m.confirmAll;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      document.getElementById(id(Object.keys(errors)[0]!))?.focus();
      return;
    }

    const invoer: PersoonInvoer = {
      achternaam: v.achternaam.trim(),
      geslacht: v.geslacht,
      ...(optional(v.voornamen) ? { voornamen: optional(v.voornamen) } : {}),
      ...(optional(v.tussenvoegsel) ? { tussenvoegsel: optional(v.tussenvoegsel) } : {}),
      ...(v.geboortedatum ? { geboortedatum: v.geboortedatum } : {}),
      ...(optional(v.bsn) ? { bsn: optional(v.bsn) } : {}),
      ...(optional(v.telefoon) ? { telefoon: optional(v.telefoon) } : {}),
      ...(optional(v.eMail) ? { eMail: optional(v.eMail) } : {}),
      ...(heeftAdres
        ? {
            adressen: [
              {
                straat: v.straat.trim(),
                huisnummer: v.huisnummer.trim(),
                postcode: v.postcode.trim(),
                woonplaats: v.woonplaats.trim(),
                ...(optional(v.huisnummerToevoeging) ? { huisnummerToevoeging: optional(v.huisnummerToevoeging) } : {}),
              },
            ],
          }
        : {}),
      ...(bevestigd.length > 0 ? { nietDezelfdeAls: bevestigd } : {}),
    };

    setBusy(true);
    setError(null);
    setBsnBestaat(false);
    try {
      const persoon = await personsApi.create(invoer);
      onCreated({ id: persoon.id, naam: persoon.naam, geboortedatum: persoon.geboortedatum });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.code === 'mogelijke-dubbele-persoon') {
        const known = new Set(kandidaten.map((k) => k.id));
        const nieuw = e.kandidaten.filter((k) => !known.has(k));
        const q: Zoekopdracht = { naam: fullName(), ...(v.geboortedatum ? { geboortedatum: v.geboortedatum } : {}) };
        const resolved = await resolveCandidates(nieuw, q);
        setKandidaten((list) => [...list, ...resolved]);
        window.setTimeout(() => document.getElementById(id('dubbel'))?.focus(), 0);
      } else if (e instanceof ApiError && e.status === 409 && e.code === 'bsn-bestaat') {
        setBsnBestaat(true);
        const resolved = await resolveCandidates(e.kandidaten, { bsn: v.bsn.trim() });
        setKandidaten(resolved.filter((k) => k.treffer));
        setError(e);
        document.getElementById(id('bsn'))?.focus();
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }

  function candidateName(k: Kandidaat): string {
    if (!k.treffer) return m.unknownCandidate;
    const p = k.treffer.persoon;
    return p.geboortedatum ? `${p.naam} (${all.search.geboren.toLowerCase()} ${formatDate(p.geboortedatum, lang)})` : p.naam;
  }

  const err = (field: string) => fieldError(field, clientErrors, error);
  const bsnError = bsnBestaat ? m.bsnExists : err('bsn');

  return (
    <div className="sl-person-panel">
      <Heading3 id={headingId ?? id('titel')} tabIndex={-1}>
        {m.title}
      </Heading3>
      <Paragraph>{m.intro}</Paragraph>
      {!bsnBestaat && <ProblemAlert error={error} />}
      <form onSubmit={submit} noValidate className="sl-form">
        <TextField id={id('voornamen')} label={m.voornamen} value={v.voornamen} onChange={set('voornamen')} autoComplete="off" error={err('voornamen')} />
        <div className="sl-person-row">
          <TextField
            id={id('tussenvoegsel')}
            label={m.tussenvoegsel}
            value={v.tussenvoegsel}
            onChange={set('tussenvoegsel')}
            autoComplete="off"
            className="sl-person-field--postcode"
            error={err('tussenvoegsel')}
          />
          <TextField
            id={id('achternaam')}
            label={m.achternaam}
            value={v.achternaam}
            onChange={set('achternaam')}
            autoComplete="off"
            required
            className="sl-person-field--wide"
            error={err('achternaam')}
          />
        </div>
        <TextField
          id={id('geboortedatum')}
          type="date"
          label={m.geboortedatum}
          value={v.geboortedatum}
          onChange={set('geboortedatum')}
          className="sl-person-date"
          error={err('geboortedatum')}
        />
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={id('geslacht')}>{m.geslacht}</FormLabel>
          </div>
          <Select id={id('geslacht')} value={v.geslacht} onChange={(e) => set('geslacht')(e.target.value)}>
            {geslachten.map((g) => (
              <SelectOption key={g} value={g}>
                {all.geslachten[g]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <TextField
          id={id('bsn')}
          label={m.bsn}
          description={m.bsnHint}
          value={v.bsn}
          onChange={(x) => {
            set('bsn')(x);
            setBsnBestaat(false);
          }}
          autoComplete="off"
          inputMode="numeric"
          maxLength={11}
          className="sl-field--short"
          error={bsnError}
        />
        <Fieldset>
          <FieldsetLegend>{m.adresLegend}</FieldsetLegend>
          <FormFieldDescription>{m.adresHint}</FormFieldDescription>
          <TextField id={id('straat')} label={m.straat} value={v.straat} onChange={set('straat')} autoComplete="off" error={err('straat')} />
          <div className="sl-person-row">
            <TextField
              id={id('huisnummer')}
              label={m.huisnummer}
              value={v.huisnummer}
              onChange={set('huisnummer')}
              inputMode="numeric"
              autoComplete="off"
              className="sl-person-field--number"
              error={err('huisnummer')}
            />
            <TextField
              id={id('huisnummerToevoeging')}
              label={m.toevoeging}
              value={v.huisnummerToevoeging}
              onChange={set('huisnummerToevoeging')}
              autoComplete="off"
              className="sl-person-field--number"
              error={err('huisnummerToevoeging')}
            />
            <TextField
              id={id('postcode')}
              label={m.postcode}
              value={v.postcode}
              onChange={set('postcode')}
              autoComplete="off"
              maxLength={7}
              className="sl-person-field--postcode"
              error={err('postcode')}
            />
          </div>
          <TextField id={id('woonplaats')} label={m.woonplaats} value={v.woonplaats} onChange={set('woonplaats')} autoComplete="off" error={err('woonplaats')} />
        </Fieldset>
        <TextField id={id('telefoon')} label={m.telefoon} value={v.telefoon} onChange={set('telefoon')} autoComplete="off" inputMode="text" error={err('telefoon')} />
        <TextField id={id('eMail')} type="email" label={m.eMail} value={v.eMail} onChange={set('eMail')} autoComplete="off" error={err('eMail')} />
        {children}

        {kandidaten.length > 0 && (
          <section className="sl-person-duplicates" aria-labelledby={id('dubbel')}>
            <Alert type={bsnBestaat ? 'error' : 'warning'}>
              <Heading4 id={id('dubbel')} tabIndex={-1}>
                {m.duplicateTitle}
              </Heading4>
              <Paragraph>{bsnBestaat ? m.bsnExists : m.duplicateIntro}</Paragraph>
            </Alert>
            {kandidaten.map((k) => {
              const checkboxId = id(`kandidaat-${k.id}`);
              const checked = bevestigd.includes(k.id);
              const fout = clientErrors[`kandidaat-${k.id}`];
              return (
                <div key={k.id} className="sl-person-candidate">
                  {k.treffer && (
                    <>
                      <p className="utrecht-paragraph">
                        <strong>{k.treffer.persoon.naam}</strong>
                        {k.treffer.persoon.geboortedatum && <>, {all.search.geboren.toLowerCase()} {formatDate(k.treffer.persoon.geboortedatum, lang)}</>}
                        {k.treffer.persoon.woonplaats && <>, {k.treffer.persoon.woonplaats}</>}
                      </p>
                      <p className="utrecht-paragraph">
                        <ScoreInWords treffer={k.treffer} />
                        {k.treffer.redenen.length > 0 && <>: {k.treffer.redenen.join(', ')}</>}
                      </p>
                      <KnownTo bekendBij={k.treffer.bekendBij} />
                    </>
                  )}
                  {!bsnBestaat && (
                    <div className="sl-choice">
                      <Checkbox
                        id={checkboxId}
                        checked={checked}
                        invalid={Boolean(fout)}
                        aria-describedby={fout ? `${checkboxId}-error` : undefined}
                        onChange={(e) => setBevestigd((list) => (e.target.checked ? [...list, k.id] : list.filter((x) => x !== k.id)))}
                      />
                      <span className="sl-choice__text">
                        <FormLabel htmlFor={checkboxId} type="checkbox" checked={checked}>
                          {m.notSame(candidateName(k))}
                        </FormLabel>
                        {fout && <FormFieldErrorMessage id={`${checkboxId}-error`}>{fout}</FormFieldErrorMessage>}
                      </span>
                    </div>
                  )}
                  {k.treffer && (
                    <ButtonGroup>
                      <Button
                        appearance="secondary-action-button"
                        onClick={() => {
                          const p = k.treffer!.persoon;
                          onUseExisting({ id: p.id, naam: p.naam, geboortedatum: p.geboortedatum });
                        }}
                      >
                        {m.useExisting}
                        <span className="sl-visually-hidden">: {k.treffer.persoon.naam}</span>
                      </Button>
                    </ButtonGroup>
                  )}
                </div>
              );
            })}
          </section>
        )}

        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? m.saving : kandidaten.length > 0 && !bsnBestaat ? m.submitAnyway : m.submit}
          </Button>
          <Button appearance="subtle-button" onClick={onCancel}>
            {m.cancel}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
