import type { ReactNode } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import { bevragingApi } from '../bevraging/bevraging.api';
import { useAreaMessages } from '../i18n';
import { tasksApi } from '../tasks/tasks.api';
import { casesApi } from './cases.api';
import { useApiData } from '../api/useApiData';
import { en, nl } from './messages';

/** One line of the summary: a link to the section; lines with something open stand out (bold, not colour). */
function TodoLine({ href, text, count, children }: { href: string; text: string; count: number; children?: ReactNode }) {
  return (
    <li className={count > 0 ? 'sl-casus-todo__item--open' : undefined}>
      <a className="utrecht-link" href={href}>
        {text}
      </a>
      {children}
    </li>
  );
}

/**
 * "Nu te doen": what is open on the casus, counted, each line a link to its section. Late is said in words
 * ("te laat"), never by colour alone. A part that cannot be read is left out; its section shows the problem.
 */
export function TodoSummary({ casus, tick }: { casus: Casus; tick: number }) {
  const m = useAreaMessages({ nl, en });
  const { data } = useApiData(
    () =>
      Promise.allSettled([tasksApi.ofCasus(casus.id), bevragingApi.ofCasus(casus.id), casesApi.routeAdvice(casus.id)]),
    [casus.id, tick],
  );

  const [taken, bevragingen, advies] = data ?? [];
  const open = taken?.status === 'fulfilled' ? taken.value.taken.filter((t) => t.status === 'open') : null;
  const late = open?.filter((t) => t.teLaat).length ?? 0;
  const waiting = bevragingen?.status === 'fulfilled' ? bevragingen.value.bevragingen.filter((b) => b.status === 'open').length : null;
  const proposed = advies?.status === 'fulfilled' ? advies.value.advies.length : null;

  return (
    <section className="sl-casus-todo" aria-labelledby="casus-todo-kop">
      <Heading2 id="casus-todo-kop">{m.todo.title}</Heading2>
      {casus.status === 'gesloten' && <Paragraph>{m.todo.gesloten}</Paragraph>}
      {!data ? (
        <Paragraph className="sl-loading">{m.todo.loading}</Paragraph>
      ) : (
        <ul className="sl-casus-todo__list" data-testid="nu-te-doen">
          {open && (
            <TodoLine href="#taken" text={m.todo.taken(open.length)} count={open.length}>
              {late > 0 && (
                <>
                  {', '}
                  <strong className="sl-late sl-nowrap">{m.todo.teLaat(late)}</strong>
                </>
              )}
            </TodoLine>
          )}
          {waiting !== null && <TodoLine href="#bevragingen" text={m.todo.bevragingen(waiting)} count={waiting} />}
          {proposed !== null && <TodoLine href="#routeadvies" text={m.todo.momenten(proposed)} count={proposed} />}
        </ul>
      )}
    </section>
  );
}
