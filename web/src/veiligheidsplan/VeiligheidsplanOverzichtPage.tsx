import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { tasksApi } from '../tasks/tasks.api';
import { onderwerpPad } from '../tasks/onderwerp';
import { useApiData } from '../api/useApiData';
import { useAreaMessages, useI18n } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { en, nl } from './messages';
import './veiligheidsplan.css';

/**
 * /veiligheidsplan: what the safety plan is (the ten steps in three phases) and the caller's organisation's open
 * tasks from safety plans (agreements with a deadline, broken conditions, overdue check-ins), each opening its plan.
 * Plans themselves are opened from their casus.
 */
export function VeiligheidsplanOverzichtPage() {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const taken = useApiData(() => tasksApi.inbox('organisatie', 'open').then((r) => r.taken.filter((t) => t.onderwerp?.soort === 'veiligheidsplan')), []);
  const fasen: Array<[string, number[]]> = [
    [m.fase.directe, [0, 1, 2, 3, 4]],
    [m.fase.stabiele, [5, 6, 7]],
    [m.fase.duurzame, [8, 9]],
  ];
  return (
    <>
      <PageTitle>{m.overzichtTitel}</PageTitle>
      <Paragraph>{m.overzichtIntro}</Paragraph>
      <Paragraph>
        <RouterLink href="/casussen">{m.naarCasussen}</RouterLink>
      </Paragraph>

      <Heading2>{m.takenKop}</Heading2>
      <ProblemAlert error={taken.error} />
      {taken.data?.length === 0 && <Paragraph>{m.takenLeeg}</Paragraph>}
      {taken.data && taken.data.length > 0 && (
        <ul className="sl-vp-taken" data-testid="vp-taken">
          {taken.data.map((t) => (
            <li key={t.id}>
              <RouterLink href={onderwerpPad(t.onderwerp!)}>{t.casus ? m.taakRegel(t.titel, t.casus.nummer) : t.titel}</RouterLink>{' '}
              <span className="sl-muted">
                ({m.deadlineTaak(formatDateTime(t.deadline))}
                {t.teLaat && <strong>, {m.teLaatTaak}</strong>})
              </span>
            </li>
          ))}
        </ul>
      )}

      <Heading2>{m.tienStappenKop}</Heading2>
      {fasen.map(([fase, stappen]) => (
        <section key={fase} aria-label={fase}>
          <Heading3>{fase}</Heading3>
          <ol className="sl-vp-stappen">
            {stappen.map((s) => (
              <li key={s} value={s + 1}>
                {m.stap[s]!.replace(/^(Stap|Step) \d+ – /, '')}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
