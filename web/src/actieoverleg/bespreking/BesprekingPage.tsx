import { useCallback, useEffect, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Bespreking, BesprekingWijzigen } from '@schemas/actieoverleg/bespreking';
import type { Medewerker, Overleg } from '@schemas/actieoverleg/vergaderingen';
import { ApiError } from '../../api/client';
import { useAreaMessages, useI18n } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { SelectField, StatusNotice, TextAreaField } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { organisatiesAanTafel, personenPerOrganisatie } from '../vergaderingen/format';
import { focusSoon, LoadFailed } from '../vergaderingen/actions';
import { vergaderingenApi } from '../vergaderingen/vergaderingen.api';
import { AfspraakForm, AfspraakTabel, ScenarioForm, ScenarioLijst, type Tafel } from './AfspraakForms';
import { beoordelingAnker, OpenstaandeAfspraken } from './OpenstaandeAfspraken';
import { besprekingApi, type VersionedBespreking } from './bespreking.api';
import { en, nl } from './messages';
import '../actieoverleg.css';
import '../vergaderingen/vergaderingen.css';
import './bespreking.css';

const VELDEN = [
  'grootsteZorg',
  'directeVeiligheid',
  'gevaren',
  'complicerendeFactoren',
  'samenhang',
  'regieOrganisatieId',
  'regieGebruikerId',
  'regieToelichting',
  'monitoring',
  'informatieBetrokkenen',
  'teInformerenPartijen',
] as const;
type Veld = (typeof VELDEN)[number];
type Waarden = Record<Veld, string>;
type Stap = 1 | 2 | 3;
const STAP_VELDEN: Record<Stap, readonly Veld[]> = {
  1: ['grootsteZorg', 'directeVeiligheid', 'gevaren', 'complicerendeFactoren'],
  2: ['samenhang'],
  3: ['regieOrganisatieId', 'regieGebruikerId', 'regieToelichting', 'monitoring', 'informatieBetrokkenen', 'teInformerenPartijen'],
};
const ID_VELDEN: ReadonlySet<Veld> = new Set(['regieOrganisatieId', 'regieGebruikerId']);

function waardenVan(b: Bespreking): Waarden {
  return {
    ...b.stap1,
    samenhang: b.stap2.samenhang,
    regieOrganisatieId: b.stap3.regie.organisatie?.id ?? '',
    regieGebruikerId: b.stap3.regie.gebruiker?.id ?? '',
    regieToelichting: b.stap3.regie.toelichting,
    monitoring: b.stap3.monitoring,
    informatieBetrokkenen: b.stap3.informatieBetrokkenen,
    teInformerenPartijen: b.stap3.teInformerenPartijen,
  };
}

/**
 * What is typed lives in `draft`; `base` is the version last read from the server. Reading again takes the server's
 * value for every field the user did not touch and keeps the typed text of the others; where someone else saved a
 * different value meanwhile, `anders` holds it to show beside the field.
 */
interface Concept {
  base: Waarden;
  draft: Waarden;
  anders: Partial<Waarden>;
}

function adoptInto(prev: Concept | null, fresh: Bespreking): Concept {
  const base = waardenVan(fresh);
  if (!prev) return { base, draft: base, anders: {} };
  const draft = { ...base };
  const anders: Partial<Waarden> = {};
  for (const veld of VELDEN) {
    const dirty = prev.draft[veld] !== prev.base[veld];
    if (!dirty) continue;
    draft[veld] = prev.draft[veld];
    if (base[veld] !== prev.draft[veld] && (base[veld] !== prev.base[veld] || prev.anders[veld] !== undefined)) anders[veld] = base[veld];
  }
  return { base, draft, anders };
}

/** The field or form a missing item refers to. */
function ankerVan(veld: string): string {
  const beoordeling = /openstaandeAfspraken\.([^.]+)\.beoordeling$/.exec(veld);
  if (beoordeling) return `${beoordelingAnker(beoordeling[1]!)}-reden-omstandigheden-gewijzigd`;
  return `veld-${veld.replace(/^body\./, '')}`;
}

function JumpLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      className="utrecht-link"
      href={`#${target}`}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        event.preventDefault();
        focusSoon(target);
      }}
    >
      {children}
    </a>
  );
}

/**
 * /actieoverleg/overleggen/:id/agendapunten/:agendapuntId — meeting mode for one agenda item: first the open
 * agreements of earlier meetings (each reviewed), then the three steps of seed 004 with their hints, agreements and
 * scenarios, and closing the item. The chair and fixed members record while the meeting runs; others read.
 */
export function BesprekingPage({ overlegId, agendapuntId }: { overlegId: string; agendapuntId: string }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const [current, setCurrent] = useState<VersionedBespreking | null>(null);
  const [concept, setConcept] = useState<Concept | null>(null);
  const [overleg, setOverleg] = useState<Overleg | null>(null);
  const [medewerkers, setMedewerkers] = useState<Medewerker[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [stepNotice, setStepNotice] = useState<Partial<Record<Stap, { text: string; kind: 'ok' | 'warning' }>>>({});
  const [stepError, setStepError] = useState<Partial<Record<Stap, unknown>>>({});
  const [saving, setSaving] = useState<Stap | null>(null);
  const [afrondFout, setAfrondFout] = useState<unknown>(null);
  const [afrondNotice, setAfrondNotice] = useState<string | null>(null);
  const [afronden, setAfronden] = useState(false);

  const adopt = useCallback((fresh: VersionedBespreking) => {
    setCurrent(fresh);
    setConcept((prev) => adoptInto(prev, fresh.bespreking));
  }, []);

  const reload = useCallback(async () => {
    try {
      adopt(await besprekingApi.read(agendapuntId));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [agendapuntId, adopt]);

  useEffect(() => {
    void reload();
    vergaderingenApi
      .overleg(overlegId)
      .then((r) => setOverleg(r.data))
      .catch(setLoadError);
    // The people to choose as owner or regisseur; without them only the people the meeting names are offered.
    vergaderingenApi
      .medewerkers(overlegId)
      .then(setMedewerkers)
      .catch(() => setMedewerkers([]));
  }, [reload, overlegId]);

  if (loadError && !current) {
    return <LoadFailed title={m.title('')} error={loadError} notFound={m.nietGevonden} back={{ href: `/actieoverleg/overleggen/${overlegId}`, label: m.terug }} />;
  }
  if (!current || !concept || !overleg) return <Loading />;

  const b = current.bespreking;
  const editable = b.magVastleggen;
  const punten = overleg.agendapunten.filter((p) => p.status !== 'doorgeschoven').sort((x, y) => x.volgorde - y.volgorde);
  const index = punten.findIndex((p) => p.id === agendapuntId);
  const vorige = index > 0 ? punten[index - 1] : undefined;
  const volgende = index >= 0 && index < punten.length - 1 ? punten[index + 1] : undefined;
  const punt = overleg.agendapunten.find((p) => p.id === agendapuntId);
  const personen = personenPerOrganisatie(overleg, sessie, medewerkers);
  const organisaties = organisatiesAanTafel(overleg, punt);
  const regie = b.stap3.regie;
  if (regie.organisatie && !organisaties.some((o) => o.id === regie.organisatie!.id)) organisaties.push({ ...regie.organisatie, soort: '' });
  if (regie.organisatie && regie.gebruiker) {
    const lijst = personen.get(regie.organisatie.id) ?? [];
    if (!lijst.some((p) => p.id === regie.gebruiker!.id)) personen.set(regie.organisatie.id, [...lijst, regie.gebruiker]);
  }
  const tafel: Tafel = { organisaties, personen };

  // Reasons from the refused "afronden" (409), by field; the list from the last read otherwise.
  const afrondRedenen: Array<{ veld: string; reden: string }> =
    afrondFout instanceof ApiError && afrondFout.invalidParams.length > 0
      ? afrondFout.invalidParams.map((p) => ({ veld: p.name.replace(/^body\./, ''), reden: p.reason }))
      : [];
  const ontbreekt = b.ontbreektVoorAfronden;
  const missingReason = (veld: Veld) => afrondRedenen.find((r) => r.veld === veld)?.reden;
  const missingReviews: Record<string, string> = {};
  for (const r of afrondRedenen) {
    const match = /openstaandeAfspraken\.([^.]+)\.beoordeling$/.exec(r.veld);
    if (match) missingReviews[match[1]!] = r.reden;
  }

  const setVeld = (veld: Veld, value: string) =>
    setConcept((c) => {
      if (!c) return c;
      const draft = { ...c.draft, [veld]: value };
      // Another organisation holds regie: the person chosen for the previous one no longer fits.
      if (veld === 'regieOrganisatieId' && value !== c.draft.regieOrganisatieId) draft.regieGebruikerId = '';
      return { ...c, draft };
    });

  async function saveStep(stap: Stap, event: FormEvent) {
    event.preventDefault();
    if (!concept || !current) return;
    const changes: Record<string, string | null> = {};
    for (const veld of STAP_VELDEN[stap]) {
      if (concept.draft[veld] === concept.base[veld]) continue;
      changes[veld] = ID_VELDEN.has(veld) ? concept.draft[veld] || null : concept.draft[veld];
    }
    setStepError((e) => ({ ...e, [stap]: null }));
    if (Object.keys(changes).length === 0) {
      setStepNotice((n) => ({ ...n, [stap]: { text: m.nietsGewijzigd, kind: 'ok' } }));
      return;
    }
    setStepNotice((n) => ({ ...n, [stap]: undefined }));
    setSaving(stap);
    try {
      adopt(await besprekingApi.update(agendapuntId, current.etag, changes as BesprekingWijzigen));
      setStepNotice((n) => ({ ...n, [stap]: { text: m.opgeslagen(stap), kind: 'ok' } }));
      setAfrondFout(null);
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        await reload();
        setStepNotice((n) => ({ ...n, [stap]: { text: m.conflict, kind: 'warning' } }));
      } else {
        setStepError((x) => ({ ...x, [stap]: e }));
      }
    } finally {
      setSaving(null);
    }
  }

  async function markDiscussed() {
    setAfronden(true);
    setAfrondFout(null);
    setAfrondNotice(null);
    try {
      adopt(await besprekingApi.besproken(agendapuntId));
      setAfrondNotice(m.afronden.besproken);
    } catch (e) {
      setAfrondFout(e);
      await reload();
      focusSoon('afronden-fout');
    } finally {
      setAfronden(false);
    }
  }

  const changed = () => {
    setAfrondFout(null);
    void reload();
  };

  /** One text field of a step: editable while the meeting runs, otherwise the recorded text. */
  const tekstVeld = (stap: Stap, veld: Veld, label: string, hint?: string, rows = 3) => {
    if (!editable) {
      return (
        <div key={veld}>
          <dt>{label}</dt>
          <dd className="sl-ao-text" data-testid={`waarde-${veld}`}>
            {concept.base[veld] || <span className="sl-muted">{m.leeg}</span>}
          </dd>
        </div>
      );
    }
    const anders = concept.anders[veld];
    const stapFout = stepError[stap];
    return (
      <TextAreaField
        key={veld}
        id={`veld-${veld}`}
        label={label}
        description={
          hint || anders !== undefined ? (
            <>
              {hint}
              {anders !== undefined && (
                <span className="sl-ao-other">
                  {hint && <br />}
                  <strong>{m.doorAnder}</strong> <span className="sl-ao-text">{anders || m.doorAnderLeeg}</span>
                </span>
              )}
            </>
          ) : undefined
        }
        value={concept.draft[veld]}
        rows={rows}
        maxLength={5000}
        error={(stapFout instanceof ApiError ? stapFout.reasonFor(veld) : undefined) ?? missingReason(veld)}
        onChange={(value) => setVeld(veld, value)}
      />
    );
  };

  const stapForm = (stap: Stap, children: ReactNode) =>
    editable ? (
      <form onSubmit={(event) => void saveStep(stap, event)} noValidate className="sl-form sl-ao-form">
        <StatusNotice text={stepNotice[stap]?.text} kind={stepNotice[stap]?.kind} />
        <ProblemAlert error={stepError[stap]} />
        {children}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={saving === stap} disabled={saving !== null}>
            {m.opslaan(stap)}
          </Button>
        </ButtonGroup>
      </form>
    ) : (
      <dl className="sl-deflist sl-ao-readonly">{children}</dl>
    );

  const regieOpties = organisaties.map((o) => ({ value: o.id, label: o.naam }));
  const regiePersonen = (personen.get(concept.draft.regieOrganisatieId) ?? []).map((p) => ({ value: p.id, label: p.naam }));
  const stap3Fout = stepError[3];

  let alleenLezen: string | null = null;
  if (!editable) {
    if (b.status === 'doorgeschoven') alleenLezen = m.alleenLezen.doorgeschoven;
    else if (overleg.rol === 'op-afroep') alleenLezen = m.alleenLezen.opAfroep;
    else if (b.overlegStatus === 'gepland') alleenLezen = m.alleenLezen.nietGestart;
    else if (b.overlegStatus === 'afgerond') alleenLezen = m.alleenLezen.afgerond;
    else alleenLezen = m.alleenLezen.anders;
  }

  const nav = (
    <nav aria-label={m.navigatie} className="sl-ao-item-nav">
      <ul className="sl-plain-list sl-ao-links">
        {vorige && (
          <li>
            <RouterLink href={`/actieoverleg/overleggen/${overlegId}/agendapunten/${vorige.id}`} rel="prev">
              <span aria-hidden="true">← </span>
              {m.vorige(vorige.casus.nummer)}
            </RouterLink>
          </li>
        )}
        {volgende && (
          <li>
            <RouterLink href={`/actieoverleg/overleggen/${overlegId}/agendapunten/${volgende.id}`} rel="next">
              {m.volgende(volgende.casus.nummer)}
              <span aria-hidden="true"> →</span>
            </RouterLink>
          </li>
        )}
      </ul>
    </nav>
  );

  return (
    <>
      <PageTitle>{m.title(b.casus.nummer)}</PageTitle>
      <ul className="sl-plain-list sl-ao-links">
        <li>
          <RouterLink href={`/actieoverleg/overleggen/${overlegId}`}>{m.terug}</RouterLink>
        </li>
        <li>
          <RouterLink href={`/casussen/${b.casus.id}`}>{m.casus(b.casus.nummer)}</RouterLink>
        </li>
      </ul>
      {index >= 0 && <Paragraph>{m.puntVan(index + 1, punten.length)}</Paragraph>}
      <Paragraph>
        {m.statusLabel}: <strong data-testid="bespreking-status">{m.status[b.status]}</strong>
        {b.besprokenOp && <> – {m.besprokenOp(formatDateTime(b.besprokenOp))}</>}
      </Paragraph>
      {punt?.aanmelding && (
        <Paragraph>
          <strong>{m.vraag}</strong> <span className="sl-ao-text">{punt.aanmelding.vraag}</span>
        </Paragraph>
      )}
      {nav}
      {alleenLezen && (
        <Alert type="info">
          <Paragraph>{alleenLezen}</Paragraph>
        </Alert>
      )}

      <OpenstaandeAfspraken bespreking={b} editable={editable} missing={missingReviews} onChanged={changed} />

      <section aria-labelledby="stap1-kop" className="sl-ao-step">
        <Heading2 id="stap1-kop">{m.stap1.title}</Heading2>
        {stapForm(1, [
          tekstVeld(1, 'grootsteZorg', m.stap1.grootsteZorg, m.stap1.grootsteZorgHint, 4),
          tekstVeld(1, 'directeVeiligheid', m.stap1.directeVeiligheid),
          tekstVeld(1, 'gevaren', m.stap1.gevaren, m.stap1.gevarenHint),
          tekstVeld(1, 'complicerendeFactoren', m.stap1.complicerendeFactoren, m.stap1.complicerendeFactorenHint),
        ])}
      </section>

      <section aria-labelledby="stap2-kop" className="sl-ao-step">
        <Heading2 id="stap2-kop">{m.stap2.title}</Heading2>
        <Paragraph>{m.stap2.intro}</Paragraph>
        <Heading3 id="interventies-kop">{m.stap2.interventies}</Heading3>
        <Paragraph>{m.stap2.interventiesIntro}</Paragraph>
        <AfspraakTabel caption={m.stap2.interventiesCaption} afspraken={b.stap2.interventies} leeg={m.stap2.interventiesLeeg} testId="interventie" />
        {editable && <AfspraakForm id="interventie" agendapuntId={agendapuntId} soorten={['interventie']} tafel={tafel} titel={m.afspraak.nieuwInterventie} onCreated={changed} />}
        {stapForm(2, [tekstVeld(2, 'samenhang', m.stap2.samenhang, m.stap2.samenhangHint)])}
        <Heading3 id="scenarios-kop">{m.stap2.scenarios}</Heading3>
        <Paragraph>{m.stap2.scenariosIntro}</Paragraph>
        <ScenarioLijst scenarios={b.stap2.scenarios} />
        {editable && <ScenarioForm agendapuntId={agendapuntId} tafel={tafel} onCreated={changed} />}
      </section>

      <section aria-labelledby="stap3-kop" className="sl-ao-step">
        <Heading2 id="stap3-kop">{m.stap3.title}</Heading2>
        {stapForm(3, [
          editable ? (
            <Fieldset key="regie" className="sl-ao-part">
              <FieldsetLegend>{m.stap3.regie}</FieldsetLegend>
              <div className="sl-ao-stack">
                <Paragraph>{m.stap3.regieIntro}</Paragraph>
                <SelectField
                  id="veld-regieOrganisatieId"
                  label={m.stap3.regieOrganisatie}
                  description={m.stap3.regieOrganisatieHint}
                  placeholder={m.stap3.regieKies}
                  options={regieOpties}
                  value={concept.draft.regieOrganisatieId}
                  error={(stap3Fout instanceof ApiError ? stap3Fout.reasonFor('regieOrganisatieId') : undefined) ?? missingReason('regieOrganisatieId')}
                  onChange={(value) => setVeld('regieOrganisatieId', value)}
                />
                <SelectField
                  id="veld-regieGebruikerId"
                  label={m.stap3.regieGebruiker}
                  description={m.stap3.regieGebruikerHint}
                  placeholder={m.stap3.regieGebruikerGeen}
                  options={regiePersonen}
                  value={concept.draft.regieGebruikerId}
                  error={stap3Fout instanceof ApiError ? stap3Fout.reasonFor('regieGebruikerId') : undefined}
                  onChange={(value) => setVeld('regieGebruikerId', value)}
                />
                {tekstVeld(3, 'regieToelichting', m.stap3.regieToelichting)}
              </div>
            </Fieldset>
          ) : (
            <div key="regie">
              <dt>{m.stap3.regie}</dt>
              <dd data-testid="waarde-regie">
                {regie.organisatie ? (
                  <>
                    {regie.organisatie.naam}
                    {regie.gebruiker && ` – ${regie.gebruiker.naam}`}
                    {regie.toelichting && (
                      <>
                        <br />
                        <span className="sl-ao-text">{regie.toelichting}</span>
                      </>
                    )}
                  </>
                ) : (
                  <span className="sl-muted">{m.leeg}</span>
                )}
              </dd>
            </div>
          ),
          tekstVeld(3, 'monitoring', m.stap3.monitoring),
          tekstVeld(3, 'informatieBetrokkenen', m.stap3.informatieBetrokkenen),
          tekstVeld(3, 'teInformerenPartijen', m.stap3.teInformerenPartijen),
        ])}
        <Heading3 id="stap3-afspraken-kop">{m.stap3.afspraken}</Heading3>
        <Paragraph>{m.stap3.afsprakenIntro}</Paragraph>
        <AfspraakTabel
          caption={m.stap3.afsprakenCaption}
          afspraken={[...b.stap3.afspraken, ...b.overigeAfspraken]}
          leeg={m.stap3.afsprakenLeeg}
          testId="vervolgafspraak"
        />
        {editable && (
          <AfspraakForm
            id="vervolg"
            agendapuntId={agendapuntId}
            soorten={['monitoring', 'informeren-betrokkenen', 'overig']}
            tafel={tafel}
            titel={m.afspraak.nieuw}
            onCreated={changed}
          />
        )}
      </section>

      <section aria-labelledby="afronden-kop" className="sl-ao-step">
        <Heading2 id="afronden-kop">{m.afronden.title}</Heading2>
        <StatusNotice text={afrondNotice} />
        {b.status === 'besproken' ? (
          <Paragraph>
            {volgende ? (
              <RouterLink href={`/actieoverleg/overleggen/${overlegId}/agendapunten/${volgende.id}`}>{m.afronden.naarVolgende(volgende.casus.nummer)}</RouterLink>
            ) : (
              <RouterLink href={`/actieoverleg/overleggen/${overlegId}`}>{m.afronden.naarOverleg}</RouterLink>
            )}
          </Paragraph>
        ) : (
          <>
            <Paragraph>{m.afronden.intro}</Paragraph>
            <div id="afronden-fout" tabIndex={-1} className="sl-ao-focus-target">
              {afrondRedenen.length > 0 ? (
                <Alert type="error">
                  <Paragraph>
                    <strong>{m.afronden.geweigerd}</strong>
                  </Paragraph>
                  <ul data-testid="afronden-ontbreekt">
                    {afrondRedenen.map((r) => (
                      <li key={r.veld}>
                        <JumpLink target={ankerVan(r.veld)}>{r.reden}</JumpLink>
                      </li>
                    ))}
                  </ul>
                </Alert>
              ) : (
                <ProblemAlert error={afrondFout} />
              )}
            </div>
            {afrondRedenen.length === 0 &&
              (ontbreekt.length > 0 ? (
                <>
                  <Paragraph>{m.afronden.nogNodig}</Paragraph>
                  <ul data-testid="nog-nodig">
                    {ontbreekt.map((o) => (
                      <li key={o.veld}>
                        <JumpLink target={ankerVan(o.veld)}>{o.reden}</JumpLink>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <Paragraph>{m.afronden.compleet}</Paragraph>
              ))}
            {editable && (
              <ButtonGroup>
                <Button appearance="primary-action-button" busy={afronden} disabled={afronden} onClick={() => void markDiscussed()}>
                  {m.afronden.knop}
                </Button>
              </ButtonGroup>
            )}
          </>
        )}
      </section>
    </>
  );
}
