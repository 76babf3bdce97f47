import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import { AanmeldenLink } from '../actieoverleg/AanmeldenLink';
import { CasusAfspraken } from '../actieoverleg/afspraken/CasusAfspraken';
import { en as afsprakenEn, nl as afsprakenNl } from '../actieoverleg/afspraken/messages';
import { CasusScenarioBanner } from '../actieoverleg/scenarios/ScenarioBanners';
import { CasusThv } from '../acuut/thv/CasusThv';
import { en as thvEn, nl as thvNl } from '../acuut/thv/messages';
import { ApiError } from '../api/client';
import { CasusBevragingen } from '../bevraging/CasusBevragingen';
import { CasusSsk, useSskSectieTitel } from '../kindermishandeling/CasusSsk';
import { useAreaMessages, useI18n } from '../i18n';
import { CasusVeiligheidsplan, useVeiligheidsplanTitel } from '../veiligheidsplan/CasusVeiligheidsplan';
import { CasusTasks } from '../tasks/CasusTasksSection';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { ActionDisclosure, ActionRow } from './ActionDisclosure';
import { casesApi } from './cases.api';
import { InformationSection } from './InformationSection';
import { ParticipantsSection } from './ParticipantsSection';
import { PersonsSection } from './PersonsSection';
import { RegieForm, StatusForm } from './RegieForm';
import { CoordinationMoments, RouteAdvice } from './RouteSection';
import { TimelineSection } from './TimelineSection';
import { TodoSummary } from './TodoSummary';
import { useCasusWerk } from './useCasusWerk';
import { en, nl } from './messages';
import './cases.css';

/** A section of the casus page: a landmark named by its h2, the target of the table of contents. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-kop`} className="sl-casus-section" tabIndex={-1}>
      <Heading2 id={`${id}-kop`}>{title}</Heading2>
      {children}
    </section>
  );
}

/**
 * The casus page, the shared record of one case: header with status and regie, then route advice,
 * coordination moments, persons, participants, information per partner, bevragingen, tasks and the timeline.
 * Every change bumps `tick`, so each section reads its part again (the timeline grows with every step).
 */
export function CasusPage({ id }: { id: string }) {
  const m = useAreaMessages({ nl, en });
  const afsprakenTitel = useAreaMessages({ nl: afsprakenNl, en: afsprakenEn }).casus.title;
  const thvTitel = useAreaMessages({ nl: thvNl, en: thvEn }).sectieTitel;
  const sskTitel = useSskSectieTitel();
  const veiligheidsplanTitel = useVeiligheidsplanTitel();
  const { formatDateTime } = useI18n();
  const [casus, setCasus] = useState<Casus | null>(null);
  const [etag, setEtag] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const werk = useCasusWerk(id, tick);

  const load = useCallback(async () => {
    const result = await casesApi.read(id);
    setCasus(result.casus);
    setEtag(result.etag);
    setLoadError(null);
    return result;
  }, [id]);

  useEffect(() => {
    load().catch(setLoadError);
  }, [load]);

  /** After any change: read the casus again and let every section reload. */
  const changed = useCallback(() => {
    load().catch(setLoadError);
    setTick((n) => n + 1);
  }, [load]);

  // A link to #section (from the list or a bevraging) lands there once the page is drawn.
  const ready = casus !== null;
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    const target = document.getElementById(window.location.hash.slice(1));
    target?.scrollIntoView();
  }, [ready]);

  if (loadError && !casus) {
    const notFound = loadError instanceof ApiError && (loadError.status === 404 || loadError.status === 400);
    return (
      <>
        <PageTitle>{notFound ? m.casus.notFoundTitle : m.casus.title('')}</PageTitle>
        {notFound ? (
          <Alert type="error">
            <Paragraph>{m.casus.notFound}</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={loadError} />
        )}
        <Paragraph>
          <RouterLink href="/casussen">{m.casus.backToList}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!casus) return <Loading />;

  const sections: Array<[string, string]> = [
    ['routeadvies', m.route.title],
    ['coordinatiemomenten', m.route.momentsTitle],
    ['afspraken', afsprakenTitel],
    ['thv', thvTitel],
    ['ssk', sskTitel],
    ['veiligheidsplan', veiligheidsplanTitel],
    ['personen', m.persons.title],
    ['deelnemers', m.participants.title],
    ['informatie', m.information.title],
    ['bevragingen', m.casus.bevragingen],
    ['taken', m.casus.taken],
    ['tijdlijn', m.timeline.title],
  ];

  return (
    <>
      <PageTitle>{m.casus.title(casus.nummer)}</PageTitle>
      <Paragraph>
        <RouterLink href="/casussen">{m.casus.backToList}</RouterLink>
      </Paragraph>
      <ProblemAlert error={loadError} />
      {werk.scenarios.data && <CasusScenarioBanner scenarios={werk.scenarios.data.scenarios} />}
      <div className="sl-casus-header">
        <dl className="sl-deflist sl-casus-facts">
          <dt>{m.casus.status}</dt>
          <dd>
            <strong data-testid="casus-status">{m.status[casus.status]}</strong>
          </dd>
          <dt>{m.casus.regio}</dt>
          <dd>{casus.regio.naam}</dd>
          <dt>{m.casus.regie}</dt>
          <dd>
            <span data-testid="casus-regie">
              {casus.regie.organisatie
                ? [casus.regie.organisatie.naam, casus.regie.gebruiker?.naam].filter(Boolean).join(' – ')
                : m.casus.regieNone}
            </span>
          </dd>
          <dt>{m.casus.aangemaaktOp}</dt>
          <dd>
            <time dateTime={casus.aangemaaktOp}>{formatDateTime(casus.aangemaaktOp)}</time>
          </dd>
          <dt>{m.casus.eigenDoel}</dt>
          <dd>{casus.eigenDeelname.doel}</dd>
          <dt>{m.casus.eigenGrondslag}</dt>
          <dd>
            {casus.eigenDeelname.grondslag.naam} <span className="sl-muted">({casus.eigenDeelname.grondslag.code})</span>
          </dd>
          <dt>{m.casus.meldingen}</dt>
          <dd>
            {casus.meldingen.length === 0 ? (
              m.casus.meldingenNone
            ) : (
              <ul className="sl-plain-list">
                {casus.meldingen.map((melding) => (
                  <li key={melding.id}>
                    {m.casus.bron[melding.bron] ?? melding.bron}, {m.casus.ontvangen(formatDateTime(melding.ontvangenOp))}
                    {melding.acuteOnveiligheid && <strong> – {m.casus.meldingAcuut}</strong>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <TodoSummary casus={casus} werk={werk} />
        <ActionRow>
          <ActionDisclosure id="regie-wijzigen" label={m.regie.title}>
            <RegieForm casus={casus} etag={etag} onSaved={changed} onConflict={() => load().catch(setLoadError)} />
          </ActionDisclosure>
          <ActionDisclosure
            id="casus-status-wijzigen"
            label={casus.status === 'open' ? m.regie.close : m.regie.reopen}
            intro={casus.status === 'open' ? m.regie.closeIntro : m.regie.reopenIntro}
          >
            <StatusForm casus={casus} etag={etag} onSaved={changed} onConflict={() => load().catch(setLoadError)} />
          </ActionDisclosure>
          <AanmeldenLink casusId={casus.id} />
        </ActionRow>
      </div>

      <nav className="sl-casus-toc" aria-labelledby="casus-toc-titel">
        <p className="sl-casus-toc__title" id="casus-toc-titel">
          {m.casus.toc}
        </p>
        <ol>
          {sections.map(([anchor, title]) => (
            <li key={anchor}>
              <a className="utrecht-link" href={`#${anchor}`}>
                {title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <Section id="routeadvies" title={m.route.title}>
        <RouteAdvice casus={casus} geladen={werk.advies} onChanged={changed} />
      </Section>
      <Section id="coordinatiemomenten" title={m.route.momentsTitle}>
        <CoordinationMoments casus={casus} />
      </Section>
      <Section id="afspraken" title={afsprakenTitel}>
        <CasusAfspraken afspraken={werk.afspraken} scenarios={werk.scenarios} onChanged={changed} />
      </Section>
      <CasusThv casus={casus} tick={tick} onChanged={changed} />
      <CasusSsk casus={casus} tick={tick} onChanged={changed} />
      <CasusVeiligheidsplan casusId={casus.id} tick={tick} />
      <Section id="personen" title={m.persons.title}>
        <PersonsSection casus={casus} onChanged={changed} />
      </Section>
      <Section id="deelnemers" title={m.participants.title}>
        <ParticipantsSection casus={casus} tick={tick} onChanged={changed} />
      </Section>
      <Section id="informatie" title={m.information.title}>
        <InformationSection casus={casus} tick={tick} onChanged={changed} />
      </Section>
      <Section id="bevragingen" title={m.casus.bevragingen}>
        <CasusBevragingen casus={casus} geladen={werk.bevragingen} onChanged={changed} />
      </Section>
      <Section id="taken" title={m.casus.taken}>
        <CasusTasks geladen={werk.taken} onChanged={changed} />
      </Section>
      <Section id="tijdlijn" title={m.timeline.title}>
        <TimelineSection casusId={casus.id} tick={tick} />
      </Section>
    </>
  );
}
