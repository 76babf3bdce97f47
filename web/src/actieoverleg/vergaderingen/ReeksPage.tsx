import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import {
  REEKS_STANDAARD,
  lidSoortenPerOrganisatieSoort,
  type LidSoort,
  type Reeks,
  type ReeksInvoer,
} from '@schemas/actieoverleg/vergaderingen';
import type { Organisatie } from '@schemas/organisations';
import { ApiError } from '../../api/client';
import { useApiData } from '../../api/useApiData';
import { useActiveSession } from '../../identity/session';
import { formatDate } from '../../persons/format';
import { useAreaMessages, useI18n } from '../../i18n';
import { DataTable } from '../../shell/DataTable';
import { SelectField, StatusNotice, TextAreaField } from '../../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { focusSoon, useAction } from './actions';
import { vergaderingenApi, vergaderingLinks, type Versioned } from './vergaderingen.api';
import { en, nl } from './messages';
import '../actieoverleg.css';
import './vergaderingen.css';

type Notice = { text: string; kind: 'ok' | 'warning' } | null;

interface Invoer {
  weekdag: string;
  begintijd: string;
  duurMinuten: string;
  locatie: string;
}

const invoerVan = (r: Pick<Reeks, 'weekdag' | 'begintijd' | 'duurMinuten' | 'locatie'>): Invoer => ({
  weekdag: String(r.weekdag),
  begintijd: r.begintijd,
  duurMinuten: String(r.duurMinuten),
  locatie: r.locatie,
});

/** Client checks before sending (the server checks the same and names the field if it disagrees). */
function check(invoer: Invoer, m: typeof nl): { errors: Record<string, string>; value: ReeksInvoer | null } {
  const errors: Record<string, string> = {};
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(invoer.begintijd.trim())) errors.begintijd = m.reeks.ongeldigeTijd;
  const duur = Number(invoer.duurMinuten);
  if (!Number.isInteger(duur) || duur < 30 || duur > 600) errors.duurMinuten = m.reeks.ongeldigeDuur;
  if (Object.keys(errors).length > 0) return { errors, value: null };
  return { errors, value: { weekdag: Number(invoer.weekdag), begintijd: invoer.begintijd.trim(), duurMinuten: duur, locatie: invoer.locatie.trim() } };
}

function ReeksFields({ id, invoer, onChange, errors, error }: { id: string; invoer: Invoer; onChange: (i: Invoer) => void; errors: Record<string, string>; error: unknown }) {
  const m = useAreaMessages({ nl, en });
  const r = m.reeks;
  return (
    <>
      <SelectField
        id={`${id}-weekdag`}
        label={r.weekdag}
        options={m.weekdagen.map((dag, i) => ({ value: String(i + 1), label: dag }))}
        value={invoer.weekdag}
        error={fieldError('weekdag', errors, error)}
        onChange={(weekdag) => onChange({ ...invoer, weekdag })}
      />
      <TextField
        id={`${id}-begintijd`}
        label={r.begintijd}
        description={r.begintijdHint}
        value={invoer.begintijd}
        inputMode="numeric"
        maxLength={5}
        className="sl-field--short"
        error={fieldError('begintijd', errors, error)}
        onChange={(begintijd) => onChange({ ...invoer, begintijd })}
      />
      <TextField
        id={`${id}-duur`}
        label={r.duur}
        description={r.duurHint}
        value={invoer.duurMinuten}
        inputMode="numeric"
        maxLength={3}
        className="sl-field--short"
        error={fieldError('duurMinuten', errors, error)}
        onChange={(duurMinuten) => onChange({ ...invoer, duurMinuten })}
      />
      <TextField
        id={`${id}-locatie`}
        label={r.locatie}
        description={r.locatieHint}
        value={invoer.locatie}
        maxLength={300}
        error={fieldError('locatie', errors, error)}
        onChange={(locatie) => onChange({ ...invoer, locatie })}
      />
    </>
  );
}

/** The chair starts the region's series (defaults: Thursday 13:30, three hours). */
function NieuweReeks({ onCreated }: { onCreated: (r: Versioned<Reeks>) => void }) {
  const m = useAreaMessages({ nl, en });
  const [invoer, setInvoer] = useState<Invoer>(invoerVan({ ...REEKS_STANDAARD, locatie: '' }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, error, run } = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: e, value } = check(invoer, m);
    setErrors(e);
    if (value) await run(async () => onCreated(await vergaderingenApi.createReeks(value)));
  }
  return (
    <form onSubmit={submit} noValidate className="sl-form sl-ao-form">
      <Paragraph>{m.reeks.geenVoorzitter}</Paragraph>
      <ProblemAlert error={error} />
      <ReeksFields id="nieuwe-reeks" invoer={invoer} onChange={setInvoer} errors={errors} error={error} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {m.reeks.maken}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Day, time, duration, place of the series, saved with If-Match; on a conflict the newest version shows and the input stays. */
function ReeksForm({ current, onSaved, onConflict }: { current: Versioned<Reeks>; onSaved: (r: Versioned<Reeks>) => void; onConflict: (r: Versioned<Reeks>) => void }) {
  const m = useAreaMessages({ nl, en });
  const [invoer, setInvoer] = useState<Invoer>(invoerVan(current.data));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: e, value } = check(invoer, m);
    setErrors(e);
    setNotice(null);
    if (!value) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await vergaderingenApi.updateReeks(current.data.id, current.etag, value));
      setNotice({ text: m.reeks.opgeslagen, kind: 'ok' });
    } catch (err) {
      if (err instanceof ApiError && err.isVersionConflict) {
        setNotice({ text: m.reeks.conflict, kind: 'warning' });
        try {
          onConflict(await vergaderingenApi.reeks(current.data.id));
        } catch (reload) {
          setError(reload);
        }
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="sl-form sl-ao-form" aria-labelledby={`reeks-instellingen-${current.data.id}`}>
      <Heading3 id={`reeks-instellingen-${current.data.id}`}>{m.reeks.instellingen}</Heading3>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      <ReeksFields id={`reeks-${current.data.id}`} invoer={invoer} onChange={setInvoer} errors={errors} error={error} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {m.reeks.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The chair adds an organisation of the region: fixed (VT, police, OM) or on call (RvdK, probation) follows from its kind. */
function LidToevoegen({ reeks, onAdded }: { reeks: Reeks; onAdded: (r: Versioned<Reeks>, naam: string) => void }) {
  const m = useAreaMessages({ nl, en });
  const r = m.reeks;
  const { data: organisaties } = useApiData(() => vergaderingenApi.organisaties(reeks.regio.id), [reeks.regio.id]);
  const [organisatieId, setOrganisatieId] = useState('');
  const [vertegenwoordiger, setVertegenwoordiger] = useState('');
  const [mandaat, setMandaat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, error, run } = useAction();
  const leden = new Set(reeks.leden.map((l) => l.organisatie.id));
  const soortVan = (o: Organisatie): LidSoort | null =>
    (Object.keys(lidSoortenPerOrganisatieSoort) as LidSoort[]).find((s) => lidSoortenPerOrganisatieSoort[s].includes(o.soort)) ?? null;
  const kandidaten = (organisaties ?? []).filter((o) => o.actief && !leden.has(o.id) && soortVan(o) !== null);
  const gekozen = kandidaten.find((o) => o.id === organisatieId) ?? null;
  const soort = gekozen ? soortVan(gekozen) : null;
  const gekozenId = gekozen?.id ?? null;
  const { data: medewerkers } = useApiData(
    async () => ({ organisatieId: gekozenId, lijst: gekozenId ? await vergaderingenApi.reeksMedewerkers(reeks.id, gekozenId) : [] }),
    [reeks.id, gekozenId],
  );
  // The list of the organisation chosen before stays while the next one loads: use it only for the chosen one.
  const geladen = gekozenId !== null && medewerkers?.organisatieId === gekozenId;
  const personen = geladen ? medewerkers.lijst : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!gekozen || !soort) e.organisatieId = r.organisatieNodig;
    setErrors(e);
    if (!gekozen || !soort) {
      focusSoon('lid-organisatie');
      return;
    }
    await run(async () => {
      const result = await vergaderingenApi.addLid(reeks.id, {
        organisatieId: gekozen.id,
        soort,
        vertegenwoordigerGebruikerId: personen.some((p) => p.id === vertegenwoordiger) ? vertegenwoordiger : null,
        mandaat: mandaat.trim(),
      });
      setOrganisatieId('');
      setVertegenwoordiger('');
      setMandaat('');
      onAdded(result, gekozen.naam);
    });
  }

  if (organisaties && kandidaten.length === 0) return <Paragraph>{r.geenKandidaten}</Paragraph>;
  return (
    <form onSubmit={submit} noValidate className="sl-form sl-ao-form" aria-labelledby="lid-toevoegen">
      <Heading3 id="lid-toevoegen">{r.toevoegen}</Heading3>
      <Paragraph>{r.toevoegenIntro}</Paragraph>
      <ProblemAlert error={error} />
      <SelectField
        id="lid-organisatie"
        label={r.organisatie}
        placeholder={r.kiesOrganisatie}
        options={kandidaten.map((o) => ({ value: o.id, label: `${o.naam} (${m.lidSoort[soortVan(o)!]})` }))}
        value={organisatieId}
        error={fieldError('organisatieId', errors, error) ?? fieldError('soort', errors, error)}
        onChange={(id) => {
          setOrganisatieId(id);
          setVertegenwoordiger('');
        }}
      />
      {soort && (
        <Paragraph>
          {r.soort}: <strong>{m.lidSoort[soort]}</strong>
        </Paragraph>
      )}
      {geladen && personen.length === 0 ? (
        <Paragraph className="sl-muted">{r.vertegenwoordigerLeeg}</Paragraph>
      ) : (
        gekozen && (
          <SelectField
            id="lid-vertegenwoordiger"
            label={r.vertegenwoordigerLabel}
            description={r.vertegenwoordigerHint}
            placeholder={r.vertegenwoordigerKies}
            options={personen.map((p) => ({ value: p.id, label: p.naam }))}
            value={vertegenwoordiger}
            error={fieldError('vertegenwoordigerGebruikerId', errors, error)}
            onChange={setVertegenwoordiger}
          />
        )
      )}
      <TextAreaField id="lid-mandaat" label={r.mandaat} description={r.mandaatHint} value={mandaat} rows={2} maxLength={1000} error={fieldError('mandaat', errors, error)} onChange={setMandaat} />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {r.toevoegenKnop}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Leden({ reeks, editable, onChanged }: { reeks: Reeks; editable: boolean; onChanged: (r: Versioned<Reeks>, notice: string) => void }) {
  const m = useAreaMessages({ nl, en });
  const r = m.reeks;
  const { lang } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const end = (lidId: string, naam: string) =>
    run(async () => {
      const result = await vergaderingenApi.endLid(reeks.id, lidId);
      setConfirming(null);
      onChanged(result, r.beeindigd(naam));
    });

  return (
    <>
      <Heading3 id={`leden-${reeks.id}`}>{r.leden}</Heading3>
      <ProblemAlert error={error} />
      {reeks.leden.length === 0 ? (
        <Paragraph>{r.ledenLeeg}</Paragraph>
      ) : (
        <DataTable caption={r.ledenCaption} columns={[r.organisatie, r.soort, r.vertegenwoordiger, r.mandaat, r.sinds, editable && r.acties]}>
          {reeks.leden.map((lid) => (
            <TableRow key={lid.id} data-testid="reeks-lid">
              <TableHeaderCell scope="row">{lid.organisatie.naam}</TableHeaderCell>
              <TableCell>{m.lidSoort[lid.soort]}</TableCell>
              <TableCell>{lid.vertegenwoordiger?.naam ?? <span className="sl-muted">{r.geenVertegenwoordiger}</span>}</TableCell>
              <TableCell>{lid.mandaat ? <span className="sl-ao-text">{lid.mandaat}</span> : m.geen}</TableCell>
              <TableCell>{formatDate(lid.van, lang)}</TableCell>
              {editable && (
                <TableCell>
                  {confirming === lid.id ? (
                    <div role="group" aria-label={r.beeindigen(lid.organisatie.naam)}>
                      <Paragraph>{r.bevestigen(lid.organisatie.naam)}</Paragraph>
                      <ButtonGroup>
                        <Button appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={() => void end(lid.id, lid.organisatie.naam)}>
                          {r.jaBeeindigen}
                        </Button>
                        <Button appearance="subtle-button" onClick={() => setConfirming(null)}>
                          {r.annuleren}
                        </Button>
                      </ButtonGroup>
                    </div>
                  ) : (
                    <Button appearance="secondary-action-button" aria-label={r.beeindigen(lid.organisatie.naam)} onClick={() => setConfirming(lid.id)}>
                      {r.beeindigenKort}
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  );
}

/** One series: when and where, the calendar file, the members; the chair edits it, others read it. */
function ReeksView({ initial, editable, notice: firstNotice }: { initial: Versioned<Reeks>; editable: boolean; notice?: string | null }) {
  const m = useAreaMessages({ nl, en });
  const r = m.reeks;
  const [current, setCurrent] = useState(initial);
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(firstNotice ?? null);
  const reeks = current.data;
  return (
    <section aria-labelledby={`reeks-${reeks.id}`} className="sl-ao-reeks">
      <Heading2 id={`reeks-${reeks.id}`}>{reeks.regio.naam}</Heading2>
      <StatusNotice text={notice} />
      <dl className="sl-deflist">
        <div>
          <dt>{r.tijdstip}</dt>
          <dd data-testid="reeks-tijdstip">{r.wekelijks(m.weekdagen[reeks.weekdag - 1] ?? String(reeks.weekdag), reeks.begintijd, reeks.duurMinuten)}</dd>
        </div>
        <div>
          <dt>{r.locatie}</dt>
          <dd>{reeks.locatie || <span className="sl-muted">{r.geenLocatie}</span>}</dd>
        </div>
      </dl>
      <Paragraph>
        <a className="utrecht-link" href={vergaderingLinks.reeksIcs(reeks.id)} download>
          {r.agendaBestand}
        </a>
      </Paragraph>
      {editable && (
        <ReeksForm
          key={formKey}
          current={current}
          onSaved={(next) => {
            setCurrent(next);
            setNotice(null);
          }}
          onConflict={(next) => setCurrent(next)}
        />
      )}
      <Leden
        reeks={reeks}
        editable={editable}
        onChanged={(next, text) => {
          setCurrent(next);
          setNotice(text);
        }}
      />
      {editable && (
        <LidToevoegen
          reeks={reeks}
          onAdded={(next, naam) => {
            setCurrent(next);
            setFormKey((k) => k + 1);
            setNotice(r.toegevoegd(naam));
          }}
        />
      )}
    </section>
  );
}

async function load(organisatieId: string | undefined) {
  const reeksen = await vergaderingenApi.reeksen();
  const regioId = organisatieId ? (await vergaderingenApi.organisatie(organisatieId)).regio.id : null;
  // Each series with its ETag (the list has no headers).
  const versioned = await Promise.all(reeksen.map((r) => vergaderingenApi.reeks(r.id)));
  return { reeksen: versioned, regioId };
}

/** /actieoverleg/reeks: the series of the own region (and those the organisation is a member of). */
export function ReeksPage() {
  const m = useAreaMessages({ nl, en });
  const r = m.reeks;
  const sessie = useActiveSession();
  const isChair = sessie.rollen.includes('voorzitter-actieoverleg');
  const [created, setCreated] = useState<Versioned<Reeks> | null>(null);
  const { data, error } = useApiData(() => load(sessie.organisatie?.id), [sessie.organisatie?.id]);

  let content;
  if (error) content = <ProblemAlert error={error} />;
  else if (!data) content = <Loading />;
  else {
    const reeksen = created ? [created, ...data.reeksen.filter((x) => x.data.id !== created.data.id)] : data.reeksen;
    const eigen = reeksen.find((x) => x.data.regio.id === data.regioId);
    const editable = (x: Versioned<Reeks>) => isChair && x.data.regio.id === data.regioId;
    content = (
      <>
        {isChair && !eigen && <NieuweReeks onCreated={setCreated} />}
        {!isChair && <Alert type="info"><Paragraph>{r.alleenLezen}</Paragraph></Alert>}
        {reeksen.length === 0 && !isChair && <Paragraph>{r.geen}</Paragraph>}
        {reeksen.map((x) => (
          <ReeksView key={x.data.id} initial={x} editable={editable(x)} notice={created?.data.id === x.data.id ? r.gemaakt : null} />
        ))}
      </>
    );
  }

  return (
    <>
      <PageTitle>{r.title}</PageTitle>
      <ul className="sl-plain-list sl-ao-links">
        <li>
          <RouterLink href="/actieoverleg">{r.terug}</RouterLink>
        </li>
      </ul>
      <Paragraph appearance="lead">{r.intro}</Paragraph>
      {content}
    </>
  );
}
