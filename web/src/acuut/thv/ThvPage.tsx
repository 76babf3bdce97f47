import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import type { Thv } from '@schemas/acuut/thv';
import { ApiError } from '../../api/client';
import { casesApi } from '../../cases/cases.api';
import { useI18n } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { fieldError, ProblemAlert, TextField } from '../../shell/forms';
import { SelectField, StatusNotice, TextAreaField } from '../../shell/fields';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { fromLocalInput, toLocalInput } from '../../shell/datetime-local';
import { thvApi, thvMag, uitersteEinde, type ThvActie } from './thv.api';
import { naamVan, ThvTermijnen, useThvMessages } from './ThvTermijnen';
import './thv.css';

type Gewijzigd = (thv: Thv, melding: string) => void;

interface ActieProps {
  thv: Thv;
  onGewijzigd: Gewijzigd;
  onHerladen: () => Promise<unknown>;
}

/** Sends one change with the version the user saw; errors stay with the form that caused them. */
function useActie({ thv, onGewijzigd, onHerladen }: ActieProps) {
  const [error, setError] = useState<unknown>(null);
  const [bezig, setBezig] = useState(false);
  const voerUit = async (actie: ThvActie, melding: string): Promise<boolean> => {
    setBezig(true);
    setError(null);
    try {
      onGewijzigd(await thvApi.wijzig(thv.id, thv.versie, actie), melding);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBezig(false);
    }
  };
  /** After a version conflict: read the THV again; what was typed stays, the warning goes. */
  const herlaad = () => onHerladen().then(() => setError(null));
  return { error, bezig, voerUit, herlaad };
}

/** One action: its heading, the server's problem (a 409 in words, a version conflict with reload), the form. */
function ActieSectie({
  id,
  titel,
  intro,
  error,
  onHerladen,
  onSubmit,
  children,
}: {
  id: string;
  titel: string;
  intro?: ReactNode;
  error: unknown;
  onHerladen: () => Promise<unknown>;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const m = useThvMessages();
  const conflict = error instanceof ApiError && error.isVersionConflict;
  return (
    <section aria-labelledby={`${id}-kop`} className="sl-thv-actie" data-testid={`thv-actie-${id}`}>
      <Heading3 id={`${id}-kop`}>{titel}</Heading3>
      {intro}
      {conflict ? (
        <Alert type="warning">
          <Paragraph>{m.conflict}</Paragraph>
          <Button type="button" appearance="secondary-action-button" className="sl-thv-knop" onClick={() => void onHerladen()}>
            {m.herladen}
          </Button>
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}
      <form
        className="sl-thv-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </section>
  );
}

function Verstuur({ bezig, children }: { bezig: boolean; children: ReactNode }) {
  return (
    <Paragraph>
      <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
        {children}
      </Button>
    </Paragraph>
  );
}

/** A datetime-local value as an ISO instant; null when empty or not a time. */
function tijdstip(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : fromLocalInput(value);
}

function Opleggen(props: ActieProps) {
  const m = useThvMessages();
  const { error, bezig, voerUit, herlaad } = useActie(props);
  const [opgelegdOp, setOpgelegdOp] = useState(() => toLocalInput());
  const [opgelegdDoor, setOpgelegdDoor] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const verstuur = () => {
    const op = tijdstip(opgelegdOp);
    const f: Record<string, string> = {};
    if (!op) f.opgelegdOp = m.verplicht;
    if (!opgelegdDoor.trim()) f.opgelegdDoor = m.verplicht;
    setFouten(f);
    if (!op || Object.keys(f).length > 0) return;
    void voerUit({ pad: 'opleggen', body: { opgelegdOp: op, opgelegdDoor: opgelegdDoor.trim() } }, m.opgelegd);
  };
  return (
    <ActieSectie id="opleggen" titel={m.opleggen} error={error} onHerladen={herlaad} onSubmit={verstuur}>
      <TextField id="opgelegdOp" type="datetime-local" label={m.opgelegdOp} description={m.opleggenHint} value={opgelegdOp} onChange={setOpgelegdOp} error={fieldError('opgelegdOp', fouten, error)} required />
      <TextField id="opgelegdDoor" label={m.opgelegdDoor} description={m.opgelegdDoorHint} value={opgelegdDoor} onChange={setOpgelegdDoor} error={fieldError('opgelegdDoor', fouten, error)} required autoComplete="name" maxLength={200} />
      <Verstuur bezig={bezig}>{m.opleggenKnop}</Verstuur>
    </ActieSectie>
  );
}

function Afzien(props: ActieProps) {
  const m = useThvMessages();
  const { error, bezig, voerUit, herlaad } = useActie(props);
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<Record<string, string>>({});
  const verstuur = () => {
    setFout(reden.trim() ? {} : { reden: m.verplicht });
    if (!reden.trim()) return;
    void voerUit({ pad: 'afzien', body: { reden: reden.trim() } }, m.afgezien);
  };
  return (
    <ActieSectie id="afzien" titel={m.afzien} error={error} onHerladen={herlaad} onSubmit={verstuur}>
      <TextAreaField id="reden" label={m.reden} value={reden} onChange={setReden} rows={3} maxLength={2000} required error={fieldError('reden', fout, error)} />
      <Verstuur bezig={bezig}>{m.afzienKnop}</Verstuur>
    </ActieSectie>
  );
}

function Adres(props: ActieProps) {
  const m = useThvMessages();
  const { error, bezig, voerUit, herlaad } = useActie(props);
  const [verblijfadres, setVerblijfadres] = useState('');
  const [fout, setFout] = useState<Record<string, string>>({});
  const verstuur = () => {
    setFout(verblijfadres.trim() ? {} : { verblijfadres: m.verplicht });
    if (!verblijfadres.trim()) return;
    void voerUit({ pad: 'adres', body: { verblijfadres: verblijfadres.trim() } }, m.adresVastgelegd);
  };
  return (
    <ActieSectie id="adres" titel={m.adres} error={error} onHerladen={herlaad} onSubmit={verstuur}>
      <TextAreaField id="verblijfadres" label={m.verblijfadres} description={m.adresHint} value={verblijfadres} onChange={setVerblijfadres} rows={2} maxLength={500} required error={fieldError('verblijfadres', fout, error)} />
      <Verstuur bezig={bezig}>{m.adresKnop}</Verstuur>
    </ActieSectie>
  );
}

function Verlengen(props: ActieProps) {
  const m = useThvMessages();
  const { formatDateTime } = useI18n();
  const { error, bezig, voerUit, herlaad } = useActie(props);
  const uiterst = uitersteEinde(props.thv.opgelegdOp!);
  const [nieuweEindeOp, setNieuweEindeOp] = useState(() => toLocalInput(uiterst));
  const [besluitOp, setBesluitOp] = useState(() => toLocalInput());
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const verstuur = () => {
    const einde = tijdstip(nieuweEindeOp);
    const besluit = tijdstip(besluitOp);
    const f: Record<string, string> = {};
    if (!einde) f.nieuweEindeOp = m.verplicht;
    if (!besluit) f.besluitOp = m.verplicht;
    setFouten(f);
    if (!einde || !besluit) return;
    void voerUit({ pad: 'verlengen', body: { nieuweEindeOp: einde, besluitOp: besluit } }, m.verlengd);
  };
  return (
    <ActieSectie id="verlengen" titel={m.verlengen} error={error} onHerladen={herlaad} onSubmit={verstuur}>
      <TextField id="nieuweEindeOp" type="datetime-local" label={m.nieuweEindeOp} description={m.nieuweEindeHint(formatDateTime(uiterst))} value={nieuweEindeOp} onChange={setNieuweEindeOp} error={fieldError('nieuweEindeOp', fouten, error)} required />
      <TextField id="besluitOp" type="datetime-local" label={m.besluitOp} description={props.thv.eindeOp ? m.besluitHint(formatDateTime(props.thv.eindeOp)) : undefined} value={besluitOp} onChange={setBesluitOp} error={fieldError('besluitOp', fouten, error)} required />
      <Verstuur bezig={bezig}>{m.verlengenKnop}</Verstuur>
    </ActieSectie>
  );
}

function Overtreding(props: ActieProps & { casus: Casus | null }) {
  const m = useThvMessages();
  const { formatDateTime } = useI18n();
  const { error, bezig, voerUit, herlaad } = useActie(props);
  const [op, setOp] = useState(() => toLocalInput());
  const [omschrijving, setOmschrijving] = useState('');
  const [meldingId, setMeldingId] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const verstuur = async () => {
    const tijd = tijdstip(op);
    setFouten(tijd ? {} : { op: m.verplicht });
    if (!tijd) return;
    const gelukt = await voerUit(
      { pad: 'overtredingen', body: { op: tijd, omschrijving: omschrijving.trim(), ...(meldingId ? { meldingId } : {}) } },
      m.overtredingVastgelegd,
    );
    if (gelukt) {
      setOmschrijving('');
      setMeldingId('');
      setOp(toLocalInput());
    }
  };
  const meldingen = props.casus?.meldingen ?? [];
  return (
    <ActieSectie id="overtreding" titel={m.overtreding} error={error} onHerladen={herlaad} onSubmit={() => void verstuur()}>
      <TextField id="op" type="datetime-local" label={m.overtredingTijd} value={op} onChange={setOp} error={fieldError('op', fouten, error)} required />
      <TextAreaField id="omschrijving" label={m.omschrijving} value={omschrijving} onChange={setOmschrijving} rows={3} maxLength={2000} error={fieldError('omschrijving', {}, error)} />
      {meldingen.length > 0 && (
        <SelectField
          id="meldingId"
          label={m.melding}
          value={meldingId}
          onChange={setMeldingId}
          placeholder={m.geenKoppeling}
          options={meldingen.map((x) => ({ value: x.id, label: m.meldingOptie(formatDateTime(x.ontvangenOp)) }))}
          error={fieldError('meldingId', {}, error)}
        />
      )}
      <Verstuur bezig={bezig}>{m.overtredingKnop}</Verstuur>
    </ActieSectie>
  );
}

function Beeindigen(props: ActieProps) {
  const m = useThvMessages();
  const { error, bezig, voerUit, herlaad } = useActie(props);
  const [bevestigen, setBevestigen] = useState(false);
  return (
    <ActieSectie
      id="beeindigen"
      titel={m.beeindigen}
      intro={<Paragraph>{m.beeindigenIntro}</Paragraph>}
      error={error}
      onHerladen={herlaad}
      onSubmit={() => void voerUit({ pad: 'beeindigen', body: {} }, m.beeindigd)}
    >
      {bevestigen ? (
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" className="sl-thv-knop" busy={bezig} disabled={bezig}>
            {m.beeindigenBevestig}
          </Button>
          <Button type="button" appearance="subtle-button" className="sl-thv-knop" onClick={() => setBevestigen(false)}>
            {m.annuleren}
          </Button>
        </ButtonGroup>
      ) : (
        <Paragraph>
          <Button type="button" appearance="secondary-action-button" className="sl-thv-knop" onClick={() => setBevestigen(true)}>
            {m.beeindigenKnop}
          </Button>
        </Paragraph>
      )}
    </ActieSectie>
  );
}

function Gegeven({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** /acuut/thv/:id — one tijdelijk huisverbod: its facts, deadlines, violations, and what can be done in its status. */
export function ThvPage({ id }: { id: string }) {
  const m = useThvMessages();
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const soort = sessie.organisatie?.soort;
  const politie = soort === 'politie';
  const [thv, setThv] = useState<Thv | null>(null);
  const [casus, setCasus] = useState<Casus | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [melding, setMelding] = useState<string | null>(null);

  const laad = useCallback(() => thvApi.lees(id).then(setThv, setLoadError), [id]);

  useEffect(() => {
    void laad();
  }, [laad]);

  const casusId = thv?.casusId;
  useEffect(() => {
    if (!casusId) return;
    casesApi.read(casusId).then((r) => setCasus(r.casus), () => setCasus(null));
  }, [casusId]);

  const gewijzigd = useCallback<Gewijzigd>((nieuw, tekst) => {
    setThv(nieuw);
    setMelding(tekst);
  }, []);

  if (loadError && !thv) {
    const notFound = loadError instanceof ApiError && (loadError.status === 404 || loadError.status === 400);
    return (
      <>
        <PageTitle>{m.paginaTitelLaden}</PageTitle>
        {notFound ? (
          <Alert type="error">
            <Paragraph>{m.nietGevonden}</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={loadError} />
        )}
      </>
    );
  }
  if (!thv) {
    return (
      <>
        <PageTitle>{m.paginaTitelLaden}</PageTitle>
        <Loading />
      </>
    );
  }

  const naam = naamVan(casus?.personen, thv.uithuisgeplaatstePersoonId, m.onbekendePersoon);
  const props: ActieProps = { thv, onGewijzigd: gewijzigd, onHerladen: laad };
  const nogTeVerlengen = thv.opgelegdOp !== null && thv.eindeOp !== null && new Date(thv.eindeOp).getTime() < new Date(uitersteEinde(thv.opgelegdOp)).getTime();
  const acties: ReactNode[] = [];
  if (politie && thvMag(thv.status, 'opleggen')) acties.push(<Opleggen key="opleggen" {...props} />);
  if (politie && thvMag(thv.status, 'adres') && !thv.adresGeregistreerdOp) acties.push(<Adres key="adres" {...props} />);
  if (politie && thvMag(thv.status, 'verlengen') && nogTeVerlengen) acties.push(<Verlengen key="verlengen" {...props} />);
  if ((politie || soort === 'veilig-thuis') && thvMag(thv.status, 'overtreding')) acties.push(<Overtreding key="overtreding" {...props} casus={casus} />);
  if (politie && thvMag(thv.status, 'afzien')) acties.push(<Afzien key="afzien" {...props} />);
  if (politie && thvMag(thv.status, 'beeindigen')) acties.push(<Beeindigen key="beeindigen" {...props} />);

  return (
    <>
      <PageTitle title={m.paginaTitel(naam)}>
        <span className="sl-thv-titel">{m.paginaTitel(naam)}</span>
      </PageTitle>
      <Paragraph className="sl-thv-terug">
        <RouterLink href={`/casussen/${thv.casusId}#thv`}>{casus ? m.naarCasus(casus.nummer) : m.naarCasusKort}</RouterLink>
      </Paragraph>
      <StatusNotice text={melding} />
      <dl className="sl-deflist" data-testid="thv-kop">
        <Gegeven label={m.statusLabel}>
          <strong data-testid="thv-status">{m.status[thv.status] ?? thv.status}</strong>
        </Gegeven>
        <Gegeven label={m.uithuisgeplaatste}>{naam}</Gegeven>
        {thv.eindeOp && (
          <Gegeven label={m.eindeOp}>
            <time dateTime={thv.eindeOp}>{formatDateTime(thv.eindeOp)}</time>
          </Gegeven>
        )}
      </dl>

      <section aria-labelledby="thv-regels">
        <Heading2 id="thv-regels">{m.regelsTitel}</Heading2>
        <ul className="sl-thv-regels">
          {m.regels.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>

      {thv.termijnen.length > 0 && (
        <section aria-labelledby="thv-termijnen">
          <Heading2 id="thv-termijnen">{m.termijnen}</Heading2>
          <ThvTermijnen thv={thv} naam={naam} />
        </section>
      )}

      <section aria-labelledby="thv-acties">
        <Heading2 id="thv-acties">{m.acties}</Heading2>
        {acties.length > 0 ? acties : <Paragraph>{thvMag(thv.status, 'overtreding') || thv.status === 'overwogen' ? m.alleenPolitie : m.geenActies}</Paragraph>}
      </section>

      <section aria-labelledby="thv-gegevens">
        <Heading2 id="thv-gegevens">{m.gegevens}</Heading2>
        <dl className="sl-deflist">
          <Gegeven label={m.overwogenOp}>{formatDateTime(thv.overwogenOp)}</Gegeven>
          <Gegeven label={m.vtGeraadpleegd}>{thv.vtGeraadpleegd ? m.ja : m.nee}</Gegeven>
          {thv.afgezienReden && <Gegeven label={m.afgezienReden}>{thv.afgezienReden}</Gegeven>}
          <Gegeven label={m.opgelegdOp}>{thv.opgelegdOp ? formatDateTime(thv.opgelegdOp) : m.nogNiet}</Gegeven>
          {thv.opgelegdDoor && <Gegeven label={m.opgelegdDoor}>{thv.opgelegdDoor}</Gegeven>}
          {thv.opgelegdOp && (
            <>
              <Gegeven label={m.verblijfadres}>
                <span data-testid="thv-verblijfadres">{thv.verblijfadres || (thv.adresGeregistreerdOp ? '—' : m.nogNiet)}</span>
              </Gegeven>
              {thv.adresGeregistreerdOp && <Gegeven label={m.adresGeregistreerdOp}>{formatDateTime(thv.adresGeregistreerdOp)}</Gegeven>}
            </>
          )}
          {thv.verlengingsbesluitOp && <Gegeven label={m.verlengingsbesluitOp}>{formatDateTime(thv.verlengingsbesluitOp)}</Gegeven>}
          {thv.beeindigdOp && <Gegeven label={m.beeindigdOp}>{formatDateTime(thv.beeindigdOp)}</Gegeven>}
          {thv.contactId && (
            <Gegeven label={m.gekoppeldContact}>
              <span className="sl-thv-link">
                <RouterLink href={`/acuut/contacten/${thv.contactId}`}>{m.bekijkContact}</RouterLink>
              </span>
            </Gegeven>
          )}
          {thv.zsmZaakId && (
            <Gegeven label={m.gekoppeldZsm}>
              <span className="sl-thv-link">
                <RouterLink href={`/zsm/zaken/${thv.zsmZaakId}`}>{m.bekijkZsm}</RouterLink>
              </span>
            </Gegeven>
          )}
        </dl>
      </section>

      <section aria-labelledby="thv-overtredingen">
        <Heading2 id="thv-overtredingen">{m.overtredingen}</Heading2>
        {thv.overtredingen.length === 0 ? (
          <Paragraph>{m.geenOvertredingen}</Paragraph>
        ) : (
          <ul className="sl-thv-lijst" data-testid="thv-overtredingen">
            {thv.overtredingen.map((o) => (
              <li key={o.id} className="sl-thv-item">
                <Paragraph>
                  <strong>{m.overtredingOp(formatDateTime(o.op))}</strong>
                </Paragraph>
                {o.omschrijving && <Paragraph>{o.omschrijving}</Paragraph>}
                {o.meldingId && (
                  <Paragraph className="sl-thv-link">
                    <RouterLink href={`/meldingen/${o.meldingId}`}>{m.bekijkMelding}</RouterLink>
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
