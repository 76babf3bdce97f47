import { useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { TijdlijnItem } from '@schemas/cases';
import { useAreaMessages, useI18n } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading } from '../shell/page';
import { casesApi } from './cases.api';
import { useApiData } from '../api/useApiData';
import { en, nl } from './messages';

/** Every step of the casus: when, which organisation, who, and the Dutch one-line description from the server. */
export function TimelineSection({ casusId, tick }: { casusId: string; tick: number }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const [newestFirst, setNewestFirst] = useState(false);
  const { data, error } = useApiData(() => casesApi.timeline(casusId), [casusId, tick]);
  const items: TijdlijnItem[] | null = data?.items ?? null;

  const shown = items ? (newestFirst ? [...items].reverse() : items) : [];
  return (
    <>
      <Paragraph>{m.timeline.intro}</Paragraph>
      <ProblemAlert error={error} />
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <Paragraph>{m.timeline.none}</Paragraph>}
      {items && items.length > 0 && (
        <>
          <Paragraph>
            <Button appearance="secondary-action-button" aria-pressed={newestFirst} onClick={() => setNewestFirst(!newestFirst)}>
              {m.timeline.newestFirst}
            </Button>{' '}
            <span className="sl-muted" role="status">
              {m.timeline.order(newestFirst)}
            </span>
          </Paragraph>
          <ol className="sl-casus-timeline" reversed={newestFirst} aria-label={m.timeline.title} data-testid="tijdlijn">
            {shown.map((item) => (
              <li key={item.id} className="sl-casus-timeline__item">
                <time className="sl-casus-timeline__when" dateTime={item.op}>
                  {formatDateTime(item.op)}
                </time>
                <span lang="nl">{item.omschrijving}</span>
                {(item.organisatie || item.gebruiker) && (
                  <span className="sl-casus-timeline__who">
                    {[item.organisatie?.naam, item.gebruiker ? m.timeline.door(item.gebruiker.naam) : null].filter(Boolean).join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
