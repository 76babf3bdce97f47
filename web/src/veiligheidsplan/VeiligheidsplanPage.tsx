import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import type { Interventie } from '@schemas/interventies';
import type { Scenario } from '@schemas/actieoverleg/scenarios';
import type { Afstemming, Checkin, PlanInvoer, PlanVersieSamenvatting, Veiligheidsplan } from '@schemas/veiligheidsplan';
import type { Deelnemer } from '@schemas/sharing';
import { ApiError } from '../api/client';
import { casesApi } from '../cases/cases.api';
import { useAreaMessages } from '../i18n';
import { useActiveSession } from '../identity/session';
import { StatusNotice } from '../shell/fields';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { Interacties } from './Interacties';
import { Monitoring } from './Monitoring';
import { PlanForm } from './PlanForm';
import type { Namen } from './PlanWeergave';
import { conceptVan, invoerVan, veldFouten, type PlanConcept } from './plan-model';
import { PlanFeiten } from './CasusVeiligheidsplan';
import { veiligheidsplanApi } from './veiligheidsplan.api';
import { Versies } from './Versies';
import { en, nl } from './messages';
import './veiligheidsplan.css';

function Sectie({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-kop`} className="sl-vp-sectie" tabIndex={-1}>
      <Heading2 id={`${id}-kop`}>{titel}</Heading2>
      {children}
    </section>
  );
}

interface Gegevens {
  casus: Casus;
  deelnemers: Deelnemer[];
  catalogus: Interventie[];
  scenarios: Scenario[];
}

/**
 * The safety plan of one casus: the ten steps in three phases as one form (saved whole, with If-Match), the
 * interactions between the partners' interventions with a way to align a crossing, confirming by the regie holder,
 * the check-ins on the safety conditions, and the versions.
 */
export function VeiligheidsplanPage({ casusId }: { casusId: string }) {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const eigenOrganisatie = sessie.organisatie?.id;

  const [gegevens, setGegevens] = useState<Gegevens | null>(null);
  const [plan, setPlan] = useState<Veiligheidsplan | null | undefined>(undefined);
  const [concept, setConcept] = useState<PlanConcept | null>(null);
  const [gewijzigd, setGewijzigd] = useState(false);
  const [laadFout, setLaadFout] = useState<unknown>(null);
  const [opslagFout, setOpslagFout] = useState<unknown>(null);
  const [verzonden, setVerzonden] = useState<PlanInvoer | null>(null);
  const [conflict, setConflict] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState<{ tekst: string; plek: 'plan' | 'interacties' | 'bevestigen' } | null>(null);
  const [bevestigFout, setBevestigFout] = useState<unknown>(null);
  const [checkins, setCheckins] = useState<Checkin[]>([]);
  const [versies, setVersies] = useState<PlanVersieSamenvatting[]>([]);

  const laadBijlagen = useCallback(() => {
    veiligheidsplanApi.checkins(casusId).then(setCheckins, setLaadFout);
    veiligheidsplanApi.versies(casusId).then(setVersies, setLaadFout);
  }, [casusId]);

  const laadPlan = useCallback(async () => {
    const p = await veiligheidsplanApi.read(casusId);
    setPlan(p);
    setConcept(conceptVan(p, eigenOrganisatie));
    setGewijzigd(false);
    setConflict(false);
    setOpslagFout(null);
    setVerzonden(null);
    laadBijlagen();
    return p;
  }, [casusId, eigenOrganisatie, laadBijlagen]);

  useEffect(() => {
    Promise.all([
      casesApi.read(casusId).then((r) => r.casus),
      veiligheidsplanApi.deelnemers(casusId),
      veiligheidsplanApi.interventies(),
      // Scenarios are optional here: without them no scenario can be linked.
      veiligheidsplanApi.scenarios(casusId).catch(() => [] as Scenario[]),
    ])
      .then(([casus, deelnemers, catalogus, scenarios]) => setGegevens({ casus, deelnemers, catalogus, scenarios }))
      .catch(setLaadFout);
    laadPlan().catch(setLaadFout);
  }, [casusId, laadPlan]);

  // After a failed save, focus goes to what explains it (once it is drawn): the error summary or the conflict.
  const [focusOp, setFocusOp] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focusOp) document.getElementById(focusOp.id)?.focus();
  }, [focusOp]);

  // Leaving the page (reload, closing the tab) with unsaved changes asks first.
  useEffect(() => {
    if (!gewijzigd) return;
    const waarschuw = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', waarschuw);
    return () => window.removeEventListener('beforeunload', waarschuw);
  }, [gewijzigd]);

  const mutate = useCallback((fn: (c: PlanConcept) => void) => {
    setConcept((c) => {
      if (!c) return c;
      const kopie = structuredClone(c);
      fn(kopie);
      return kopie;
    });
    setGewijzigd(true);
    setMelding(null);
  }, []);

  const namen: Namen = useMemo(() => {
    const organisaties = new Map<string, string>();
    for (const d of plan?.deelnemers ?? []) organisaties.set(d.id, d.naam);
    for (const d of gegevens?.deelnemers ?? []) organisaties.set(d.organisatie.id, d.organisatie.naam);
    const interventies = new Map((gegevens?.catalogus ?? []).map((i) => [i.code, i.naam]));
    return {
      organisatie: (id) => organisaties.get(id) ?? m.onbekendeOrganisatie,
      interventie: (code) => interventies.get(code) ?? code,
    };
  }, [plan, gegevens, m]);

  /** Saves the given concept as a new version; true when it worked. */
  const slaOp = async (teBewaren: PlanConcept, gelukt: (p: Veiligheidsplan) => string, plek: 'plan' | 'interacties' = 'plan'): Promise<boolean> => {
    const invoer = invoerVan(teBewaren);
    setBezig(true);
    setOpslagFout(null);
    setBevestigFout(null);
    setMelding(null);
    setVerzonden(invoer);
    try {
      const opgeslagen = await veiligheidsplanApi.save(casusId, plan ? plan.versie : null, invoer);
      setPlan(opgeslagen);
      setConcept(conceptVan(opgeslagen, eigenOrganisatie));
      setGewijzigd(false);
      setVerzonden(null);
      setMelding({ tekst: gelukt(opgeslagen), plek });
      laadBijlagen();
      return true;
    } catch (e) {
      if (e instanceof ApiError && (e.isVersionConflict || e.status === 428)) {
        setConflict(true);
        setFocusOp({ id: 'vp-conflict' });
      } else {
        setOpslagFout(e);
        setFocusOp({ id: 'vp-foutsamenvatting' });
      }
      return false;
    } finally {
      setBezig(false);
    }
  };

  const afstemmen = (afstemming: Afstemming) => {
    if (!concept) return Promise.resolve(false);
    return slaOp({ ...concept, inhoud: { ...concept.inhoud, afstemmingen: [...concept.inhoud.afstemmingen, afstemming] } }, () => m.afstemmingOpgeslagen, 'interacties');
  };

  const bevestig = async () => {
    if (!plan) return;
    setBezig(true);
    setBevestigFout(null);
    setMelding(null);
    try {
      const bevestigd = await veiligheidsplanApi.confirm(casusId, plan.versie);
      setPlan(bevestigd);
      setConcept(conceptVan(bevestigd, eigenOrganisatie));
      setMelding({ tekst: m.bevestigd(bevestigd.versie), plek: 'bevestigen' });
      laadBijlagen();
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) setConflict(true);
      else setBevestigFout(e);
    } finally {
      setBezig(false);
    }
  };

  const fouten = useMemo(() => veldFouten(opslagFout, verzonden), [opslagFout, verzonden]);

  if (laadFout && (!gegevens || plan === undefined)) {
    const nietGevonden = laadFout instanceof ApiError && (laadFout.status === 404 || laadFout.status === 400);
    return (
      <>
        <PageTitle>{m.sectieTitel}</PageTitle>
        <ProblemAlert error={laadFout} />
        {nietGevonden && (
          <Paragraph>
            <RouterLink href="/casussen">{m.naarCasussen}</RouterLink>
          </Paragraph>
        )}
      </>
    );
  }
  if (!gegevens || plan === undefined || !concept) return <Loading />;

  const { casus } = gegevens;
  const deelnemerOpties = gegevens.deelnemers.map((d) => ({ value: d.organisatie.id, label: d.organisatie.naam }));
  const isRegie = Boolean(plan?.regie.organisatie && plan.regie.organisatie.id === eigenOrganisatie);
  const harde = plan?.blokkades.find((b) => b.code === 'geen-regie' || b.code === 'niet-regiehouder' || b.code === 'al-bevestigd');
  const bevestigReden = gewijzigd ? m.eerstOpslaan : harde?.reden;

  const secties: Array<[string, string]> = [
    ['vp-plan', m.planKop],
    ...(plan
      ? ([
          ['vp-interacties', m.interactiesKop],
          ['vp-bevestigen', m.bevestigenKop],
          ['vp-monitoring', m.monitoringKop],
          ['vp-versies', m.versiesKop],
        ] as Array<[string, string]>)
      : []),
  ];

  return (
    <>
      <PageTitle>{m.paginaTitel(casus.nummer)}</PageTitle>
      <Paragraph>
        <RouterLink href={`/casussen/${encodeURIComponent(casusId)}#veiligheidsplan`}>{m.terugNaarCasus(casus.nummer)}</RouterLink>
      </Paragraph>
      <ProblemAlert error={laadFout} />

      {plan ? (
        <PlanFeiten plan={plan} checkins={checkins} />
      ) : (
        <Paragraph>{m.nieuwIntro}</Paragraph>
      )}
      {plan && plan.verborgenOnderdelen > 0 && <Paragraph>{m.verborgen(plan.verborgenOnderdelen)}</Paragraph>}

      <nav className="sl-casus-toc" aria-labelledby="vp-toc-titel">
        <p className="sl-casus-toc__title" id="vp-toc-titel">
          {m.inhoudsopgave}
        </p>
        <ol>
          {secties.map(([anker, titel]) => (
            <li key={anker}>
              <a className="utrecht-link" href={`#${anker}`}>
                {titel}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {conflict && (
        <Alert type="warning" id="vp-conflict" tabIndex={-1} className="sl-vp-foutsamenvatting">
          <Paragraph>
            <strong>{m.conflictTitel}</strong> {m.conflictUitleg}
          </Paragraph>
          <Paragraph>
            <Button appearance="secondary-action-button" onClick={() => laadPlan().catch(setLaadFout)}>
              {m.nieuwereLaden}
            </Button>
          </Paragraph>
        </Alert>
      )}

      <Sectie id="vp-plan" titel={m.planKop}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void slaOp(concept, (p) => m.opgeslagen(p.versie));
          }}
        >
          <FoutSamenvatting error={opslagFout} fouten={fouten} />
          <PlanForm
            concept={concept}
            mutate={mutate}
            fouten={fouten}
            deelnemers={deelnemerOpties}
            catalogus={gegevens.catalogus}
            scenarios={gegevens.scenarios}
            ik={{ organisatieId: eigenOrganisatie, gebruikerId: sessie.gebruiker.id, naam: sessie.gebruiker.naam }}
            huidigeRegie={{ organisatieId: plan?.regie.organisatie?.id ?? null, gebruiker: plan?.regie.gebruiker ?? null }}
          />
          <div className="sl-vp-opslaan">
            <StatusNotice text={melding?.plek === 'plan' ? melding.tekst : null} />
            {gewijzigd && <Paragraph>{m.nietOpgeslagen}</Paragraph>}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
                {plan ? m.opslaan : m.aanmaken}
              </Button>
            </ButtonGroup>
          </div>
        </form>
      </Sectie>

      {plan && (
        <>
          <Sectie id="vp-interacties" titel={m.interactiesKop}>
            <StatusNotice text={melding?.plek === 'interacties' ? melding.tekst : null} />
            <Interacties interacties={plan.interacties} namen={namen} gewijzigd={gewijzigd} onAfstemmen={afstemmen} />
          </Sectie>

          <Sectie id="vp-bevestigen" titel={m.bevestigenKop}>
            <Paragraph>{m.bevestigenUitleg}</Paragraph>
            <StatusNotice text={melding?.plek === 'bevestigen' ? melding.tekst : null} />
            {plan.blokkades
              .filter((b) => b !== harde)
              .map((b) => (
                <Paragraph key={b.code}>
                  <strong>{b.reden}</strong>
                </Paragraph>
              ))}
            {bevestigReden && (
              <Paragraph id="vp-bevestigen-reden" data-testid="vp-bevestigen-reden">
                {bevestigReden}
              </Paragraph>
            )}
            <ProblemAlert error={bevestigFout}>
              <Paragraph>{m.bevestigenGeweigerd}</Paragraph>
            </ProblemAlert>
            {(isRegie || bevestigReden) && (
              <ButtonGroup>
                <Button
                  appearance="primary-action-button"
                  busy={bezig}
                  disabled={bezig || Boolean(bevestigReden)}
                  aria-describedby={bevestigReden ? 'vp-bevestigen-reden' : undefined}
                  onClick={() => void bevestig()}
                >
                  {m.bevestigen}
                </Button>
              </ButtonGroup>
            )}
          </Sectie>

          <Sectie id="vp-monitoring" titel={m.monitoringKop}>
            {/* A check-in does not change the plan: only the check-ins reload, so unsaved plan edits stay. */}
            <Monitoring plan={plan} checkins={checkins} onChanged={laadBijlagen} />
          </Sectie>

          <Sectie id="vp-versies" titel={m.versiesKop}>
            <Versies casusId={casusId} versies={versies} namen={namen} />
          </Sectie>
        </>
      )}
    </>
  );
}

/**
 * The problem of a failed save with every field the server named, each a link to its field (its label and the
 * legend of its group, read from the form once it shows the errors).
 */
function FoutSamenvatting({ error, fouten }: { error: unknown; fouten: Record<string, string> }) {
  const m = useAreaMessages({ nl, en });
  const [labels, setLabels] = useState<Record<string, string>>({});
  useLayoutEffect(() => {
    const gevonden: Record<string, string> = {};
    for (const id of Object.keys(fouten)) {
      const veld = document.getElementById(id);
      const label = document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent ?? '';
      const groep = veld?.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
      gevonden[id] = [groep, label].filter(Boolean).join(' – ');
    }
    setLabels(gevonden);
  }, [fouten]);
  if (!error) return null;
  const items = Object.entries(fouten);
  return (
    <div id="vp-foutsamenvatting" tabIndex={-1} className="sl-vp-foutsamenvatting">
    <ProblemAlert error={error}>
      {items.length > 0 && (
        <>
          <Paragraph>{m.foutenTitel}</Paragraph>
          <ul data-testid="vp-foutsamenvatting">
            {items.map(([id, reden]) => (
              <li key={id}>
                <a className="utrecht-link" href={`#${id}`}>
                  {labels[id] ? `${labels[id]}: ${reden}` : reden}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </ProblemAlert>
    </div>
  );
}
