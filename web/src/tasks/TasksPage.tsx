import { useCallback, useEffect, useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { Taak } from '@schemas/tasks';
import { useAreaMessages } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { tasksApi } from './tasks.api';
import { TaskTable } from './TaskTable';
import { en, nl } from './messages';

type Voor = 'mij' | 'organisatie';
type Status = 'open' | 'afgerond';

/** "Mijn taken": the inbox, for the user or the whole acting organisation; late first. */
export function TasksPage() {
  const m = useAreaMessages({ nl, en });
  const [voor, setVoor] = useState<Voor>('mij');
  const [status, setStatus] = useState<Status>('open');
  const [taken, setTaken] = useState<Taak[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    tasksApi
      .inbox(voor, status)
      .then((r) => !cancelled && setTaken(r.taken))
      .catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [voor, status, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const choose = (v: Voor) => {
    if (v === voor) return;
    setTaken(null);
    setVoor(v);
  };
  const chooseStatus = (s: Status) => {
    if (s === status) return;
    setTaken(null);
    setStatus(s);
  };
  const late = taken?.filter((t) => t.status === 'open' && t.teLaat).length ?? 0;
  const caption = `${voor === 'mij' ? m.mine : m.organisation} – ${status === 'open' ? m.open : m.done}`;

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph>{m.intro}</Paragraph>
      <div className="sl-casus-tabs" role="group" aria-label={m.viewLabel}>
        <Button appearance="secondary-action-button" aria-pressed={voor === 'mij'} onClick={() => choose('mij')}>
          {m.mine}
        </Button>
        <Button appearance="secondary-action-button" aria-pressed={voor === 'organisatie'} onClick={() => choose('organisatie')}>
          {m.organisation}
        </Button>
      </div>
      <div className="sl-casus-tabs" role="group" aria-label={m.statusLabel}>
        <Button appearance="subtle-button" aria-pressed={status === 'open'} onClick={() => chooseStatus('open')}>
          {m.open}
        </Button>
        <Button appearance="subtle-button" aria-pressed={status === 'afgerond'} onClick={() => chooseStatus('afgerond')}>
          {m.done}
        </Button>
      </div>
      <ProblemAlert error={error} />
      {taken === null && !error && <Loading />}
      {taken && taken.length === 0 && <Paragraph>{voor === 'mij' && status === 'open' ? m.noneMine : m.none}</Paragraph>}
      {taken && taken.length > 0 && (
        <>
          {late > 0 && (
            <Paragraph>
              <strong className="sl-late sl-nowrap">{m.lateCount(late)}</strong>
            </Paragraph>
          )}
          <TaskTable taken={taken} caption={caption} showCasus onChanged={reload} />
        </>
      )}
    </>
  );
}
