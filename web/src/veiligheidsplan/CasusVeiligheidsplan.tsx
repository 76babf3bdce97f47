import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Checkin, Veiligheidsplan } from '@schemas/veiligheidsplan';
import { useApiData } from '../api/useApiData';
import { useAreaMessages, useI18n } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { RouterLink } from '../shell/router';
import { openConflicten, volgendeControle } from './plan-model';
import { veiligheidsplanApi } from './veiligheidsplan.api';
import { en, nl } from './messages';
import './veiligheidsplan.css';

/** The section title, for the casus page's table of contents. */
export function useVeiligheidsplanTitel(): string {
  return useAreaMessages({ nl, en }).sectieTitel;
}

/**
 * The casus page's section on the safety plan: status and version, who holds the regie, the open crossings in words,
 * the next check-in, and a link to the plan page ("Veiligheidsplan maken" when there is none).
 */
export function CasusVeiligheidsplan({ casusId, tick }: { casusId: string; tick: number }) {
  const m = useAreaMessages({ nl, en });
  // Wrapped, so "no plan yet" (null) differs from "still loading".
  const plan = useApiData(() => veiligheidsplanApi.read(casusId).then((p) => ({ p })), [casusId, tick]);
  const p = plan.data?.p ?? null;
  const checkins = useApiData(() => (p ? veiligheidsplanApi.checkins(casusId) : Promise.resolve([])), [casusId, tick, p?.versie]);
  const href = `/casussen/${encodeURIComponent(casusId)}/veiligheidsplan`;

  return (
    <section id="veiligheidsplan" aria-labelledby="veiligheidsplan-kop" className="sl-casus-section" tabIndex={-1} data-testid="casus-veiligheidsplan">
      <Heading2 id="veiligheidsplan-kop">{m.sectieTitel}</Heading2>
      <ProblemAlert error={plan.error} />
      {!plan.data && !plan.error && <Paragraph role="status">{m.laden}</Paragraph>}
      {p && <PlanFeiten plan={p} checkins={checkins.data ?? []} />}
      {plan.data && (p ? (
        <Paragraph>
          <RouterLink href={href}>{m.openen}</RouterLink>
        </Paragraph>
      ) : (
        <>
          <Paragraph>{m.geenPlan}</Paragraph>
          <Paragraph>
            <RouterLink href={href}>{m.maken}</RouterLink>
          </Paragraph>
        </>
      ))}
    </section>
  );
}

/** Status and version, regie holder, open crossings in words, the next check-in (and how many are overdue). */
export function PlanFeiten({ plan, checkins }: { plan: Veiligheidsplan; checkins: Checkin[] }) {
  const m = useAreaMessages({ nl, en });
  const { formatDate } = useI18n();
  const volgende = volgendeControle(checkins);
  const teLaat = checkins.filter((c) => c.teLaat).length;
  const open = openConflicten(plan.interacties).length;
  return (
    <dl className="sl-deflist sl-vp-feiten">
      <dt>{m.status}</dt>
      <dd>
        <strong data-testid="vp-status">{m.statussen[plan.status]}</strong>, {m.versieVan(plan.versie)}
        {plan.bevestigdeVersie !== null && plan.status === 'concept' && <> ({m.bevestigdeVersie(plan.bevestigdeVersie)})</>}
      </dd>
      <dt>{m.regie}</dt>
      <dd data-testid="vp-regie">{plan.regie.organisatie ? [plan.regie.organisatie.naam, plan.regie.gebruiker?.naam].filter(Boolean).join(' – ') : m.geenRegie}</dd>
      <dt>{m.conflicten}</dt>
      <dd data-testid="vp-conflicten">{open > 0 ? <strong>{m.conflictenTekst(open)}</strong> : m.conflictenTekst(0)}</dd>
      <dt>{m.volgendeControle}</dt>
      <dd>
        {volgende ? <time dateTime={volgende}>{formatDate(volgende)}</time> : m.geenControle}
        {teLaat > 0 && <strong> – {m.teLaatControle(teLaat)}</strong>}
      </dd>
    </dl>
  );
}
