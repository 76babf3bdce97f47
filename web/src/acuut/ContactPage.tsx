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
import type { AcuutContact, BeoordelingInvoer, Besproken } from '@schemas/acuut';
import type { Interventie } from '@schemas/interventies';
import type { Melding } from '@schemas/meldingen';
import type { Scenario } from '@schemas/actieoverleg/scenarios';
import { ApiError } from '../api/client';
import { useAreaMessages, useI18n } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { CheckboxGroup, StatusNotice, TextAreaField } from '../shell/fields';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { useSession } from '../identity/session';
import { en as meldingEn, nl as meldingNl } from '../meldingen/messages';
import { en as scenarioEn, nl as scenarioNl } from '../actieoverleg/scenarios/messages';
import { fromLocalInput, toLocalInput } from '../shell/datetime-local';
import { acuutApi } from './acuut.api';
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

/** Someone else saved first: what was typed stays; the user loads the new version and saves again. */
function ConflictAlert({ text, onReload }: { text: string; onReload: () => void }) {
  const m = useAreaMessages({ nl, en });
  return (
    <Alert type="warning">
      <Paragraph>{text}</Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={onReload}>
        {m.herladen}
      </Button>
    </Alert>
  );
}

/** Active Actieoverleg scenarios of the contact's casus, prominent; nothing when there are none or the casus is not visible (404). */
function ScenarioAlert({ casusId }: { casusId: string }) {
  const m = useAreaMessages({ nl, en });
  const sm = useAreaMessages({ nl: scenarioNl, en: scenarioEn });
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  useEffect(() => {
    let cancelled = false;
    acuutApi.casusScenarios(casusId).then(
      (l) => {
        if (!cancelled) setScenarios(l.scenarios.filter((s) => s.actief));
      },
      () => undefined, // not allowed to see the casus (404) or no case work: show nothing, the contact stays usable
    );
    return () => {
      cancelled = true;
    };
  }, [casusId]);
  if (scenarios.length === 0) return null;
  return (
    <section aria-labelledby="acuut-scenario" className="utrecht-alert utrecht-alert--warning sl-acuut-scenario" data-testid="acuut-scenario">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading2 id="acuut-scenario">
            <span aria-hidden="true">⚠ </span>
            {m.scenarioTitel}
          </Heading2>
          <Paragraph>{m.scenarioIntro(scenarios.length)}</Paragraph>
          <ul className="sl-acuut-scenarios">
            {scenarios.map((s) => (
              <li key={s.id}>
                <Paragraph>
                  <strong>{sm.soort[s.soort]}</strong>: {s.wat}
                </Paragraph>
                <Paragraph>{m.scenarioEigenaar(s.eigenaarOrganisatie.naam, s.eigenaarGebruiker?.naam ?? null)}</Paragraph>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

interface Wijziging {
  opgenomenOp: string;
  vtContactpersoon: string;
  besproken: Besproken;
}

const besprokenVelden = ['eerdereMeldingen', 'lopendeAfspraken', 'afsprakenWijkagent', 'reclassering', 'ggz'] as const;

function wijzigingVan(c: AcuutContact): Wijziging {
  return { opgenomenOp: c.opgenomenOp ? toLocalInput(c.opgenomenOp) : '', vtContactpersoon: c.vtContactpersoon, besproken: { ...c.besproken } };
}

/** The sent contact's details, and "Contact aanvullen": answered at, VT contact person, what was discussed (If-Match). */
function ContactGegevens({ contact, onChanged, reload }: { contact: AcuutContact; onChanged: (c: AcuutContact) => void; reload: () => Promise<AcuutContact | null> }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const [invoer, setInvoer] = useState<Wijziging | null>(null);
  const [versie, setVersie] = useState(contact.versie);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const conflict = error instanceof ApiError && error.isVersionConflict;

  const opslaan = async () => {
    if (!invoer) return;
    setBezig(true);
    setError(null);
    setStatus(null);
    try {
      const bijgewerkt = await acuutApi.updateContact(
        contact.id,
        { opgenomenOp: invoer.opgenomenOp ? fromLocalInput(invoer.opgenomenOp) : null, vtContactpersoon: invoer.vtContactpersoon, besproken: invoer.besproken },
        versie,
      );
      onChanged(bijgewerkt);
      setInvoer(null);
      setStatus(m.aangevuld);
    } catch (e) {
      setError(e);
    } finally {
      setBezig(false);
    }
  };

  return (
    <section aria-labelledby="acuut-gegevens">
      <Heading2 id="acuut-gegevens">{m.gegevens}</Heading2>
      <StatusNotice text={status} />
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
        <DataListItem>
          <DataListKey>{m.personenGekozen}</DataListKey>
          <DataListValue>{m.personenAantal(contact.persoonIds.length)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.casus}</DataListKey>
          <DataListValue>
            {contact.casusId ? <RouterLink href={`/casussen/${contact.casusId}`}>{m.naarCasus}</RouterLink> : m.geenCasus}
          </DataListValue>
        </DataListItem>
        {besprokenVelden
          .filter((veld) => contact.besproken[veld])
          .map((veld) => (
            <DataListItem key={veld}>
              <DataListKey>{m[veld]}</DataListKey>
              <DataListValue>{contact.besproken[veld]}</DataListValue>
            </DataListItem>
          ))}
      </DataList>
      {invoer === null ? (
        <Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            className="sl-acuut-groot"
            onClick={() => {
              setInvoer(wijzigingVan(contact));
              setVersie(contact.versie);
              setStatus(null);
              setError(null);
            }}
          >
            {m.aanvullen}
          </Button>
        </Paragraph>
      ) : (
        <>
          <ProblemAlert error={conflict ? null : error} />
          {conflict && (
            <ConflictAlert
              text={m.contactConflict}
              onReload={() =>
                void reload().then((c) => {
                  if (c) setVersie(c.versie);
                  setError(null);
                })
              }
            />
          )}
          <form
            className="sl-acuut-form"
            noValidate
            aria-label={m.aanvullen}
            onSubmit={(event) => {
              event.preventDefault();
              void opslaan();
            }}
          >
            <TextField
              id="wijzig-opgenomenOp"
              type="datetime-local"
              label={m.opgenomenOp}
              description={m.opgenomenHint}
              value={invoer.opgenomenOp}
              onChange={(v) => setInvoer({ ...invoer, opgenomenOp: v })}
              error={fieldError('opgenomenOp', {}, error)}
            />
            <TextField
              id="wijzig-vtContactpersoon"
              label={m.vtContactpersoon}
              value={invoer.vtContactpersoon}
              onChange={(v) => setInvoer({ ...invoer, vtContactpersoon: v })}
              error={fieldError('vtContactpersoon', {}, error)}
            />
            <Fieldset>
              <FieldsetLegend>{m.besproken}</FieldsetLegend>
              {besprokenVelden.map((veld) => (
                <TextAreaField
                  key={veld}
                  id={`wijzig-${veld}`}
                  label={m[veld]}
                  rows={2}
                  value={invoer.besproken[veld]}
                  onChange={(v) => setInvoer({ ...invoer, besproken: { ...invoer.besproken, [veld]: v } })}
                  error={fieldError(veld, {}, error)}
                />
              ))}
            </Fieldset>
            <Paragraph>
              <Button type="submit" appearance="primary-action-button" disabled={bezig}>
                {m.aanvullenOpslaan}
              </Button>{' '}
              <Button type="button" appearance="secondary-action-button" onClick={() => { setInvoer(null); setError(null); }}>
                {m.aanvullenAnnuleren}
              </Button>
            </Paragraph>
          </form>
        </>
      )}
    </section>
  );
}

function meldingLabel(melding: Melding, formatDateTime: (iso: string) => string, bron: string, m: typeof nl) {
  return m.meldingLabel(formatDateTime(melding.ontvangenOp), bron, melding.personen.map((p) => p.persoon.naam).join(', '));
}

/** Follow-up in words: on time, late, waiting (with the deadline) or overdue; Veilig Thuis links the melding here. */
function Opvolging({ contact, onChanged }: { contact: AcuutContact; onChanged: (c: AcuutContact) => void }) {
  const m = useAreaMessages({ nl, en });
  const mm = useAreaMessages({ nl: meldingNl, en: meldingEn });
  const { formatDateTime } = useI18n();
  const { sessie } = useSession();
  const isVt = sessie?.organisatie?.soort === 'veilig-thuis' && sessie.organisatie.id === contact.vtOrganisatieId;
  const [meldingen, setMeldingen] = useState<Melding[] | null>(null);
  const [gekozen, setGekozen] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [clientError, setClientError] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const kanKoppelen = isVt && !contact.opvolgMeldingId;

  useEffect(() => {
    if (!kanKoppelen) return;
    const vanaf = new Date(contact.gebeldOp).getTime() - 3_600_000;
    acuutApi.recenteMeldingen().then((l) => setMeldingen(l.meldingen.filter((x) => new Date(x.ontvangenOp).getTime() >= vanaf)), setError);
  }, [kanKoppelen, contact.gebeldOp]);

  const koppel = async () => {
    if (!gekozen) {
      setClientError({ meldingId: m.kiesEenMelding });
      return;
    }
    setClientError({});
    setBezig(true);
    setError(null);
    try {
      onChanged(await acuutApi.koppelOpvolgmelding(contact.id, gekozen));
      setStatus(m.gekoppeldOk);
    } catch (e) {
      setError(e);
    } finally {
      setBezig(false);
    }
  };

  const st = contact.opvolgingStatus;
  const meldingError = fieldError('meldingId', clientError, error);
  return (
    <section aria-labelledby="acuut-opvolging">
      <Heading2 id="acuut-opvolging">{m.opvolging}</Heading2>
      <StatusNotice text={status} />
      {st === 'verlopen' ? (
        <Alert type="warning">
          <Paragraph>
            <strong>{m.opvolgStatus[st]}</strong>
          </Paragraph>
          <Paragraph>{m.verlopen(formatDateTime(contact.opvolgingDeadline))}</Paragraph>
          <Paragraph>{m.taakVerlopen}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>
            <strong>{m.opvolgStatus[st]}</strong>
          </Paragraph>
          {st === 'wacht' && <Paragraph>{m.verwacht(formatDateTime(contact.opvolgingDeadline))}</Paragraph>}
        </>
      )}
      {contact.opvolgMeldingId && (
        <Paragraph>
          {m.gekoppeld}: <RouterLink href={`/meldingen/${contact.opvolgMeldingId}`}>{m.melding}</RouterLink>
        </Paragraph>
      )}
      {kanKoppelen && (
        <>
          <ProblemAlert error={meldingError ? null : error} />
          {meldingen === null ? (
            error ? null : <Loading />
          ) : meldingen.length === 0 ? (
            <Paragraph>{m.geenMeldingen}</Paragraph>
          ) : (
            <form
              className="sl-acuut-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void koppel();
              }}
            >
              <Fieldset invalid={Boolean(meldingError)} aria-describedby={meldingError ? 'meldingId-error' : 'meldingId-hint'}>
                <FieldsetLegend>{m.koppelMelding}</FieldsetLegend>
                <Paragraph id="meldingId-hint">{m.koppelMeldingIntro}</Paragraph>
                {meldingError && <FormFieldErrorMessage id="meldingId-error">{meldingError}</FormFieldErrorMessage>}
                <div className="sl-acuut-meldingen">
                  {meldingen.map((x) => (
                    <label key={x.id} className="sl-acuut-keuze utrecht-form-label">
                      <input type="radio" name="meldingId" value={x.id} checked={gekozen === x.id} onChange={() => setGekozen(x.id)} />
                      {meldingLabel(x, formatDateTime, mm.bronnen[x.bron], m)}
                    </label>
                  ))}
                </div>
              </Fieldset>
              <Paragraph>
                <Button type="submit" appearance="primary-action-button" disabled={bezig}>
                  {m.koppelen}
                </Button>
              </Paragraph>
            </form>
          )}
        </>
      )}
    </section>
  );
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
    (keepInput: boolean): Promise<AcuutContact | null> =>
      acuutApi.contact(id).then(
        (c) => {
          setContact(c);
          if (!keepInput) setInvoer(invoerVan(c));
          return c;
        },
        (e: unknown) => {
          setLoadError(e);
          return null;
        },
      ),
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
          beoordeeldOp: fromLocalInput(invoer.beoordeeldOp) ?? '',
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
      {contact.casusId && <ScenarioAlert casusId={contact.casusId} />}
      <ContactGegevens contact={contact} onChanged={setContact} reload={() => laad(true)} />
      <Opvolging contact={contact} onChanged={setContact} />
      <section aria-labelledby="acuut-beoordeling">
        <Heading2 id="acuut-beoordeling">{m.beoordeling}</Heading2>
        <StatusNotice text={status} />
        <ProblemAlert error={error} />
        {conflict && <ConflictAlert text={m.conflict} onReload={() => void laad(true).then(() => setError(null))} />}
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
