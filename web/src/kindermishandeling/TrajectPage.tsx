import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldErrorMessage, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Keuze, Onderzoeksstap, Traject } from '@schemas/kindermishandeling';
import type { CasusLijst } from '@schemas/cases';
import { casesApi } from '../cases/cases.api';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { fieldError, TextField } from '../shell/forms';
import { SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { sskApi } from './kindermishandeling.api';
import { trajectNaam } from './KindermishandelingPage';
import { MedischeVerzoekenSectie } from './MedischeVerzoeken';
import { OnderzoeksplanSectie } from './Onderzoeksplan';
import { ContactpersonenLijst, FormProblem, Gegeven, isSskPartner, NogNiet, useSskMessages, useVerzenden } from './shared';

type M = ReturnType<typeof useSskMessages>;

interface ActieProps {
  traject: Traject;
  /** The server's answer after a change: the page shows it and says what happened. */
  onGewijzigd: (traject: Traject, melding: string) => void;
  /** After a version conflict: read the track again (the forms keep what was typed). */
  onHerladen: () => Promise<unknown>;
}

/** Sends one change with the version the user saw; the error stays with the form that caused it. */
function useTrajectActie({ onGewijzigd, onHerladen }: ActieProps) {
  const { error, setError, bezig, verzend } = useVerzenden();
  const voerUit = (actie: () => Promise<Traject>, melding: string) => verzend(async () => onGewijzigd(await actie(), melding));
  const herlaad = () => void onHerladen().then(() => setError(null));
  return { error, bezig, voerUit, herlaad };
}

function Sectie({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-kop`} className="sl-ssk-sectie" data-testid={`ssk-${id}`}>
      <Heading2 id={`${id}-kop`}>{titel}</Heading2>
      {children}
    </section>
  );
}

function JaNee({ id, legend, value, onChange, error, labels }: { id: string; legend: string; value: boolean | null; onChange: (v: boolean) => void; error?: string | undefined; labels: [string, string] }) {
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="sl-ssk-keuzes">
        {([true, false] as const).map((v, i) => (
          <label key={String(v)} className="sl-ssk-keuze utrecht-form-label">
            <input type="radio" name={id} checked={value === v} onChange={() => onChange(v)} />
            {labels[i]}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

function TriageForm(props: ActieProps) {
  const m = useSskMessages();
  const { error, bezig, voerUit, herlaad } = useTrajectActie(props);
  const disclosure = useActionDisclosure();
  const [direct, setDirect] = useState<boolean | null>(props.traject.triage?.directActieNodig ?? null);
  const [toelichting, setToelichting] = useState(props.traject.triage?.toelichting ?? '');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const verstuur = async () => {
    const f: Record<string, string> = {};
    if (direct === null) f.directActieNodig = m.kiesJaNee;
    if (!toelichting.trim()) f.toelichting = m.verplicht;
    setFouten(f);
    if (direct === null || Object.keys(f).length > 0) return;
    const ok = await voerUit(() => sskApi.triage(props.traject.id, props.traject.versie, { directActieNodig: direct, toelichting: toelichting.trim() }), m.triageVastgelegd);
    if (ok) disclosure.done(m.triageVastgelegd);
  };
  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())} data-testid="ssk-triage-form">
      <FormProblem error={error} onHerladen={herlaad} />
      <JaNee id="directActieNodig" legend={m.directActie} value={direct} onChange={setDirect} labels={[m.ja, m.nee]} error={fieldError('directActieNodig', fouten, error)} />
      <TextAreaField id="toelichting" label={m.toelichting} value={toelichting} onChange={setToelichting} rows={3} maxLength={2000} required error={fieldError('toelichting', fouten, error)} />
      <SubmitRow busy={bezig}>{m.triageKnop}</SubmitRow>
    </form>
  );
}

function KeuzeForm(props: ActieProps) {
  const m = useSskMessages();
  const { error, bezig, voerUit, herlaad } = useTrajectActie(props);
  const disclosure = useActionDisclosure();
  const [keuze, setKeuze] = useState<Keuze | ''>(props.traject.keuze?.keuze ?? '');
  const [reden, setReden] = useState(props.traject.keuze?.reden ?? '');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const keuzeFout = fieldError('keuze', fouten, error);
  const verstuur = async () => {
    const f: Record<string, string> = {};
    if (!keuze) f.keuze = m.kiesEen;
    if (!reden.trim()) f.reden = m.verplicht;
    setFouten(f);
    if (!keuze || Object.keys(f).length > 0) return;
    const ok = await voerUit(() => sskApi.keuze(props.traject.id, props.traject.versie, { keuze, reden: reden.trim() }), m.keuzeVastgelegd);
    if (ok) disclosure.done(m.keuzeVastgelegd);
  };
  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())} data-testid="ssk-keuze-form">
      <FormProblem error={error} onHerladen={herlaad} />
      <Fieldset invalid={Boolean(keuzeFout)} aria-describedby={keuzeFout ? 'keuze-error' : undefined}>
        <FieldsetLegend>{m.keuzeLegend}</FieldsetLegend>
        {keuzeFout && <FormFieldErrorMessage id="keuze-error">{keuzeFout}</FormFieldErrorMessage>}
        <div className="sl-ssk-keuzes">
          {(Object.keys(m.keuzes) as Keuze[]).map((k) => (
            <label key={k} className="sl-ssk-keuze utrecht-form-label">
              <input type="radio" name="keuze" checked={keuze === k} onChange={() => setKeuze(k)} />
              {m.keuzes[k]}
            </label>
          ))}
        </div>
      </Fieldset>
      <TextAreaField id="keuze-reden" label={m.reden} value={reden} onChange={setReden} rows={3} maxLength={2000} required error={fieldError('reden', fouten, error)} />
      <SubmitRow busy={bezig}>{m.keuzeKnop}</SubmitRow>
    </form>
  );
}

interface NieuwePersoon {
  voornamen: string;
  achternaam: string;
  geboortedatum: string;
  rol: string;
}
const legePersoon = (rol = 'kind'): NieuwePersoon => ({ voornamen: '', achternaam: '', geboortedatum: '', rol });

function OmzettenForm(props: ActieProps) {
  const m = useSskMessages();
  const { error, bezig, voerUit, herlaad } = useTrajectActie(props);
  const [casussen, setCasussen] = useState<CasusLijst['casussen'] | null>(null);
  const [wijze, setWijze] = useState<'bestaande' | 'nieuw'>('bestaande');
  const [casusId, setCasusId] = useState('');
  const [doel, setDoel] = useState('');
  const [personen, setPersonen] = useState<NieuwePersoon[]>([legePersoon('kind')]);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [persoonFout, setPersoonFout] = useState<unknown>(null);

  useEffect(() => {
    casesApi.list({ status: 'open' }).then(
      (l) => {
        setCasussen(l.casussen);
        if (l.casussen.length === 0) setWijze('nieuw');
      },
      () => setCasussen([]),
    );
  }, []);

  const zetPersoon = (i: number, veld: keyof NieuwePersoon, waarde: string) =>
    setPersonen((lijst) => lijst.map((p, j) => (j === i ? { ...p, [veld]: waarde } : p)));

  const verstuur = async () => {
    const f: Record<string, string> = {};
    if (wijze === 'bestaande' && !casusId) f.casusId = m.verplicht;
    if (wijze === 'nieuw') {
      if (doel.trim().length < 10) f.doel = m.doelHint;
      personen.forEach((p, i) => {
        if (!p.achternaam.trim()) f[`personen[${i}].achternaam`] = m.verplicht;
      });
    }
    setFouten(f);
    setPersoonFout(null);
    if (Object.keys(f).length > 0) return;
    if (wijze === 'bestaande') {
      await voerUit(() => sskApi.omzetten(props.traject.id, props.traject.versie, { casusId }), m.omgezet);
      return;
    }
    // A new casus: first the persons (each its own record), then the casus with them.
    const ids: { persoonId: string; rol: NonNullable<Parameters<typeof sskApi.omzetten>[2]['personen']>[number]['rol'] }[] = [];
    try {
      for (const p of personen) {
        const persoon = await sskApi.nieuwePersoon({
          achternaam: p.achternaam.trim(),
          ...(p.voornamen.trim() ? { voornamen: p.voornamen.trim() } : {}),
          ...(p.geboortedatum ? { geboortedatum: p.geboortedatum } : {}),
        });
        ids.push({ persoonId: persoon.id, rol: p.rol as (typeof ids)[number]['rol'] });
      }
    } catch (e) {
      setPersoonFout(e);
      return;
    }
    await voerUit(() => sskApi.omzetten(props.traject.id, props.traject.versie, { personen: ids, doel: doel.trim() }), m.omgezet);
  };

  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())} data-testid="ssk-omzetten-form">
      <FormProblem error={error} onHerladen={herlaad} />
      <FormProblem error={persoonFout} />
      <Fieldset>
        <FieldsetLegend>{m.omzettenWijze}</FieldsetLegend>
        <div className="sl-ssk-keuzes">
          {(['bestaande', 'nieuw'] as const).map((w) => (
            <label key={w} className="sl-ssk-keuze utrecht-form-label">
              <input type="radio" name="omzetten-wijze" checked={wijze === w} onChange={() => setWijze(w)} />
              {m[w]}
            </label>
          ))}
        </div>
      </Fieldset>
      {wijze === 'bestaande' ? (
        casussen && casussen.length === 0 ? (
          <Paragraph>{m.geenCasussen}</Paragraph>
        ) : (
          <SelectField
            id="casusId"
            label={m.casusKiezen}
            value={casusId}
            onChange={setCasusId}
            placeholder={m.kies}
            required
            options={(casussen ?? []).map((c) => ({ value: c.id, label: m.casusOptie(c.nummer, c.personen.map((p) => p.naam).join(', ')) }))}
            error={fieldError('casusId', fouten, error)}
          />
        )
      ) : (
        <>
          <TextAreaField id="doel" label={m.doel} description={m.doelHint} value={doel} onChange={setDoel} rows={2} maxLength={2000} required error={fieldError('doel', fouten, error)} />
          <Fieldset>
            <FieldsetLegend>{m.personenLegend}</FieldsetLegend>
            {personen.map((p, i) => (
              <div key={i} className="sl-ssk-persoon">
                <Paragraph>
                  <strong>{m.persoon(i + 1)}</strong>
                </Paragraph>
                <TextField id={`persoon-${i}-voornamen`} label={`${m.voornamen} (${m.persoon(i + 1)})`} value={p.voornamen} onChange={(v) => zetPersoon(i, 'voornamen', v)} autoComplete="off" />
                <TextField
                  id={`persoon-${i}-achternaam`}
                  label={`${m.achternaam} (${m.persoon(i + 1)})`}
                  value={p.achternaam}
                  onChange={(v) => zetPersoon(i, 'achternaam', v)}
                  required
                  autoComplete="off"
                  error={fieldError(`personen[${i}].achternaam`, fouten, persoonFout ?? error)}
                />
                <TextField id={`persoon-${i}-geboortedatum`} type="date" label={`${m.geboortedatum} (${m.persoon(i + 1)})`} value={p.geboortedatum} onChange={(v) => zetPersoon(i, 'geboortedatum', v)} error={fieldError('geboortedatum', {}, persoonFout)} />
                <SelectField
                  id={`persoon-${i}-rol`}
                  label={`${m.rol} (${m.persoon(i + 1)})`}
                  value={p.rol}
                  onChange={(v) => zetPersoon(i, 'rol', v)}
                  options={Object.entries(m.rollen).map(([value, label]) => ({ value, label }))}
                />
                {personen.length > 1 && (
                  <Button type="button" appearance="subtle-button" className="sl-ssk-knop" onClick={() => setPersonen((l) => l.filter((_, j) => j !== i))}>
                    {m.persoonVerwijderen(i + 1)}
                  </Button>
                )}
              </div>
            ))}
            <Button type="button" appearance="secondary-action-button" className="sl-ssk-knop" onClick={() => setPersonen((l) => [...l, legePersoon('ouder')])}>
              {m.persoonToevoegen}
            </Button>
          </Fieldset>
        </>
      )}
      <SubmitRow busy={bezig}>{m.omzettenKnop}</SubmitRow>
    </form>
  );
}

function AfsluitenForm(props: ActieProps) {
  const m = useSskMessages();
  const { error, bezig, voerUit, herlaad } = useTrajectActie(props);
  const [zeker, setZeker] = useState(false);
  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void voerUit(() => sskApi.afsluiten(props.traject.id, props.traject.versie), m.afgesloten))}>
      <FormProblem error={error} onHerladen={herlaad} />
      {zeker ? (
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" className="sl-ssk-knop" busy={bezig} disabled={bezig}>
            {m.afsluitenBevestig}
          </Button>
          <Button type="button" appearance="subtle-button" className="sl-ssk-knop" onClick={() => setZeker(false)}>
            {m.annuleren}
          </Button>
        </ButtonGroup>
      ) : (
        <Button type="button" appearance="secondary-action-button" className="sl-ssk-knop" onClick={() => setZeker(true)}>
          {m.afsluitenKnop}
        </Button>
      )}
    </form>
  );
}

function trajectTitel(m: M, traject: Traject) {
  return m.trajectTitel(trajectNaam(m, traject));
}

/** /kindermishandeling/trajecten/:id — one SSK track: consultation, triage, choice, conversion, research plan, medical requests, contacts. */
export function TrajectPage({ id }: { id: string }) {
  const m = useSskMessages();
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const soort = sessie.organisatie?.soort;
  const partner = isSskPartner(sessie);
  const [traject, setTraject] = useState<Traject | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const [stappen, setStappen] = useState<Onderzoeksstap[]>([]);

  const laad = useCallback(() => sskApi.lees(id).then(setTraject, setLoadError), [id]);
  useEffect(() => {
    void laad();
  }, [laad]);

  const gewijzigd = useCallback((nieuw: Traject, tekst: string) => {
    setTraject(nieuw);
    setMelding(tekst);
    setTick((n) => n + 1);
  }, []);
  /** The plan changed (its status lives on the track): read the track again. */
  const planGewijzigd = useCallback(() => void laad(), [laad]);

  if (!traject) {
    return <NogNiet error={loadError} titel={m.trajectTitelLaden} nietGevonden={m.nietGevonden} terug={{ href: '/kindermishandeling', tekst: m.terug }} />;
  }

  const props: ActieProps = { traject, onGewijzigd: gewijzigd, onHerladen: laad };
  const open = traject.status !== 'afgesloten';
  const triageMag = open && (soort === 'politie' || soort === 'openbaar-ministerie');
  const titel = trajectTitel(m, traject);

  return (
    <>
      <PageTitle title={titel}>
        <span className="sl-ssk-titel">{titel}</span>
      </PageTitle>
      <Paragraph className="sl-ssk-link">
        <RouterLink href="/kindermishandeling">{m.terug}</RouterLink>
      </Paragraph>
      <StatusNotice text={melding} />

      <dl className="sl-deflist" data-testid="ssk-kop">
        <Gegeven label={m.statusLabel}>
          <strong data-testid="ssk-status">{m.status[traject.status]}</strong>
        </Gegeven>
        <Gegeven label={m.casusLabel}>
          {traject.casus ? (
            <span className="sl-ssk-link">
              <RouterLink href={`/casussen/${traject.casus.id}`}>{m.naarCasus(traject.casus.nummer)}</RouterLink>
            </span>
          ) : (
            m.geenCasus
          )}
        </Gegeven>
        <Gegeven label={m.regio}>{traject.regio.naam}</Gegeven>
        <Gegeven label={m.geopendOp}>
          <time dateTime={traject.geopendOp}>{formatDateTime(traject.geopendOp)}</time>
        </Gegeven>
        <Gegeven label={m.geopendDoor}>{traject.geopendDoor.naam}</Gegeven>
        {traject.omgezetOp && <Gegeven label={m.omgezetOp}>{formatDateTime(traject.omgezetOp)}</Gegeven>}
        <Gegeven label={m.partners}>
          <ul className="sl-plain-list">
            {traject.organisaties.map((o) => (
              <li key={o.id}>
                {o.naam} <span className="sl-muted">({m.partnerRol[o.rol]})</span>
              </li>
            ))}
          </ul>
        </Gegeven>
      </dl>

      <Sectie id="consultatie" titel={m.consultatieTitel}>
        {traject.anoniemGestart && <Paragraph>{m.consultatieBewaard}</Paragraph>}
        <Paragraph className="sl-ssk-consultatie" data-testid="ssk-consultatietekst">
          {traject.consultatie || m.consultatieLeeg}
        </Paragraph>
      </Sectie>

      <Sectie id="triage" titel={m.triageTitel}>
        {traject.triage ? (
          <dl className="sl-deflist" data-testid="ssk-triage-uitkomst">
            <Gegeven label={m.directActie}>
              <strong>{traject.triage.directActieNodig ? m.directJa : m.directNee}</strong>
            </Gegeven>
            <Gegeven label={m.toelichting}>{traject.triage.toelichting}</Gegeven>
            <Gegeven label={m.triageVastgelegdDoor}>{m.triageDoor(traject.triage.organisatie.naam, formatDateTime(traject.triage.op))}</Gegeven>
          </dl>
        ) : (
          <Paragraph>{m.triageNog}</Paragraph>
        )}
        {triageMag && !traject.triage && <TriageForm {...props} />}
        {triageMag && traject.triage && (
          <ActionDisclosure id="triage-wijzigen" label={m.triageKnop}>
            <TriageForm {...props} />
          </ActionDisclosure>
        )}
        {!triageMag && !traject.triage && <Paragraph className="sl-muted">{m.triageAlleen}</Paragraph>}
      </Sectie>

      <Sectie id="keuze" titel={m.keuzeTitel}>
        {traject.keuze ? (
          <dl className="sl-deflist" data-testid="ssk-keuze-uitkomst">
            <Gegeven label={m.keuzeLegend}>
              <strong>{m.keuzeHuidig(m.keuzes[traject.keuze.keuze], formatDateTime(traject.keuze.op))}</strong>
            </Gegeven>
            <Gegeven label={m.reden}>{traject.keuze.reden}</Gegeven>
          </dl>
        ) : (
          <Paragraph>{m.keuzeNog}</Paragraph>
        )}
        {partner && open && (
          <ActionDisclosure id="keuze-vastleggen" label={traject.keuze ? m.keuzeWijzigen : m.keuzeKnop}>
            <KeuzeForm {...props} />
          </ActionDisclosure>
        )}
      </Sectie>

      {!traject.casus && partner && open && (
        <Sectie id="omzetten" titel={m.omzettenTitel}>
          <Paragraph>{m.omzettenIntro}</Paragraph>
          <OmzettenForm {...props} />
        </Sectie>
      )}

      <OnderzoeksplanSectie traject={traject} tick={tick} magWijzigen={partner && open} onGewijzigd={planGewijzigd} onStappen={setStappen} />

      <MedischeVerzoekenSectie traject={traject} tick={tick} magAanvragen={partner && open} stappen={stappen} />

      <Sectie id="contactpersonen" titel={m.cpTitel}>
        <ContactpersonenLijst items={traject.contactpersonen} />
      </Sectie>

      {partner && open && (
        <Sectie id="afsluiten" titel={m.afsluitenTitel}>
          <Paragraph>{m.afsluitenIntro}</Paragraph>
          <AfsluitenForm {...props} />
        </Sectie>
      )}
      {traject.afgeslotenOp && (
        <Paragraph>
          {m.afgesloten} <time dateTime={traject.afgeslotenOp}>{formatDateTime(traject.afgeslotenOp)}</time>
        </Paragraph>
      )}
    </>
  );
}
