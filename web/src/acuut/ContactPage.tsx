import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import type { AcuutContact, BeoordelingInvoer } from '@schemas/acuut';
import type { Interventie } from '@schemas/interventies';
import { ApiError } from '../api/client';
import { useAreaMessages, useI18n } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { CheckboxGroup, StatusNotice, TextAreaField } from '../shell/fields';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { acuutApi, fromLocalInput, toLocalInput } from './acuut.api';
import { en, nl } from './messages';
import './acuut.css';

type Maatregel = BeoordelingInvoer['maatregelen'][number];
type Consult = BeoordelingInvoer['geconsulteerd'][number];
const consulten: Consult[] = ['om', '3ro', 'jeugdzorg-rvdk', 'ggz'];
const domeinen = ['strafrecht', 'bestuursrecht', 'civiel', 'sociaal-domein', 'overig'] as const;

interface Invoer {
  acuutOnveilig: boolean | null;
  maatregelen: string[];
  wieDoetWat: string;
  geconsulteerd: string[];
  beoordeeldOp: string;
}

function invoerVan(contact: AcuutContact): Invoer {
  const b = contact.beoordeling;
  return b
    ? { acuutOnveilig: b.acuutOnveilig, maatregelen: b.maatregelen, wieDoetWat: b.wieDoetWat, geconsulteerd: b.geconsulteerd, beoordeeldOp: toLocalInput(b.beoordeeldOp) }
    : { acuutOnveilig: null, maatregelen: [], wieDoetWat: '', geconsulteerd: [], beoordeeldOp: toLocalInput() };
}

export function ContactPage({ id }: { id: string }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const [contact, setContact] = useState<AcuutContact | null>(null);
  const [interventies, setInterventies] = useState<Interventie[]>([]);
  const [invoer, setInvoer] = useState<Invoer | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  const laad = useCallback(
    (keepInput: boolean) =>
      acuutApi.contact(id).then((c) => {
        setContact(c);
        if (!keepInput) setInvoer(invoerVan(c));
      }, setLoadError),
    [id],
  );

  useEffect(() => {
    void laad(false);
    acuutApi.interventiesAcuut().then((l) => setInterventies(l.interventies), setLoadError);
  }, [laad]);

  if (loadError) return <ProblemAlert error={loadError} />;
  if (!contact || !invoer) return <Loading />;

  const conflict = error instanceof ApiError && error.isVersionConflict;
  const onveiligError = fieldError('acuutOnveilig', clientErrors, error);

  const opslaan = async () => {
    if (invoer.acuutOnveilig === null) {
      setClientErrors({ acuutOnveilig: m.kiesJaNee });
      return;
    }
    setClientErrors({});
    setBezig(true);
    setError(null);
    setStatus(null);
    try {
      await acuutApi.beoordeling(
        id,
        {
          acuutOnveilig: invoer.acuutOnveilig,
          maatregelen: invoer.maatregelen as Maatregel[],
          wieDoetWat: invoer.wieDoetWat,
          geconsulteerd: invoer.geconsulteerd as Consult[],
          beoordeeldOp: fromLocalInput(invoer.beoordeeldOp),
        },
        contact.beoordeling ? contact.beoordeling.versie : null,
      );
      await laad(false);
      setStatus(m.opgeslagen);
    } catch (e) {
      setError(e);
    } finally {
      setBezig(false);
    }
  };

  const set = <K extends keyof Invoer>(key: K, value: Invoer[K]) => setInvoer((x) => (x ? { ...x, [key]: value } : x));

  return (
    <>
      <PageTitle>{m.contactTitel}</PageTitle>
      <Paragraph className="sl-acuut-terug">
        <RouterLink href="/acuut">{m.terug}</RouterLink>
      </Paragraph>
      <section aria-labelledby="acuut-gegevens">
        <Heading2 id="acuut-gegevens">{m.gegevens}</Heading2>
        <DataList>
          <DataListItem>
            <DataListKey>{m.gebeldOp}</DataListKey>
            <DataListValue>{formatDateTime(contact.gebeldOp)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{m.opgenomenOp}</DataListKey>
            <DataListValue>{contact.opgenomenOp ? formatDateTime(contact.opgenomenOp) : m.nogNiet}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{m.wijze}</DataListKey>
            <DataListValue>{m.wijzen[contact.wijze]}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{m.vtContactpersoon}</DataListKey>
            <DataListValue>{contact.vtContactpersoon || '—'}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{m.adres}</DataListKey>
            <DataListValue>{contact.adres || '—'}</DataListValue>
          </DataListItem>
        </DataList>
      </section>
      <section aria-labelledby="acuut-opvolging">
        <Heading2 id="acuut-opvolging">{m.opvolging}</Heading2>
        {contact.opvolgMeldingId ? (
          <Paragraph>
            {m.gekoppeld}: <RouterLink href={`/meldingen/${contact.opvolgMeldingId}`}>{m.melding}</RouterLink>
          </Paragraph>
        ) : contact.opvolgingStatus === 'verlopen' ? (
          <Alert type="warning">
            <Paragraph>{m.verlopen(formatDateTime(contact.opvolgingDeadline))}</Paragraph>
          </Alert>
        ) : (
          <Paragraph>{m.verwacht(formatDateTime(contact.opvolgingDeadline))}</Paragraph>
        )}
      </section>
      <section aria-labelledby="acuut-beoordeling">
        <Heading2 id="acuut-beoordeling">{m.beoordeling}</Heading2>
        <StatusNotice text={status} />
        <ProblemAlert error={error} />
        {conflict && (
          <Alert type="warning">
            <Paragraph>{m.conflict}</Paragraph>
            <Button type="button" appearance="secondary-action-button" onClick={() => void laad(true).then(() => setError(null))}>
              {m.herladen}
            </Button>
          </Alert>
        )}
        <form
          className="sl-acuut-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void opslaan();
          }}
        >
          <Fieldset invalid={Boolean(onveiligError)} aria-describedby={onveiligError ? 'acuutOnveilig-error' : undefined}>
            <FieldsetLegend>{m.acuutOnveilig}</FieldsetLegend>
            {onveiligError && <FormFieldErrorMessage id="acuutOnveilig-error">{onveiligError}</FormFieldErrorMessage>}
            <div className="sl-acuut-keuzes">
              {([true, false] as const).map((v) => (
                <label key={String(v)} className="sl-acuut-keuze utrecht-form-label">
                  <input type="radio" name="acuutOnveilig" checked={invoer.acuutOnveilig === v} onChange={() => set('acuutOnveilig', v)} />
                  {v ? m.ja : m.nee}
                </label>
              ))}
            </div>
          </Fieldset>
          <Fieldset>
            <FieldsetLegend>{m.maatregelen}</FieldsetLegend>
            {fieldError('maatregelen', {}, error) && <FormFieldErrorMessage>{fieldError('maatregelen', {}, error)}</FormFieldErrorMessage>}
            {domeinen.map((d) => {
              const opties = interventies.filter((i) => i.rechtsdomein === d).map((i) => ({ value: i.code, label: i.naam }));
              if (opties.length === 0) return null;
              return (
                <CheckboxGroup
                  key={d}
                  id={`maatregelen-${d}`}
                  legend={m.domeinen[d]}
                  options={opties}
                  value={invoer.maatregelen.filter((c) => opties.some((o) => o.value === c))}
                  onChange={(gekozen) =>
                    set('maatregelen', [...invoer.maatregelen.filter((c) => !opties.some((o) => o.value === c)), ...gekozen])
                  }
                />
              );
            })}
          </Fieldset>
          <TextAreaField id="wieDoetWat" label={m.wieDoetWat} value={invoer.wieDoetWat} onChange={(v) => set('wieDoetWat', v)} rows={3} error={fieldError('wieDoetWat', {}, error)} />
          <CheckboxGroup
            id="geconsulteerd"
            legend={m.geconsulteerd}
            options={consulten.map((c) => ({ value: c, label: m.consult[c] ?? c }))}
            value={invoer.geconsulteerd}
            onChange={(v) => set('geconsulteerd', v)}
            error={fieldError('geconsulteerd', {}, error)}
          />
          <TextField id="beoordeeldOp" type="datetime-local" label={m.beoordeeldOp} value={invoer.beoordeeldOp} onChange={(v) => set('beoordeeldOp', v)} error={fieldError('beoordeeldOp', {}, error)} />
          <Paragraph>
            <Button type="submit" appearance="primary-action-button" disabled={bezig}>
              {m.opslaan}
            </Button>
          </Paragraph>
        </form>
      </section>
    </>
  );
}
