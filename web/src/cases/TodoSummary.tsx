import type { ReactNode } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import { useAreaMessages } from '../i18n';
import type { CasusWerk } from './useCasusWerk';
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
export function TodoSummary({ casus, werk }: { casus: Casus; werk: CasusWerk }) {
  const m = useAreaMessages({ nl, en });
  const open = werk.taken.data ? werk.taken.data.taken.filter((t) => t.status === 'open') : null;
  const late = open?.filter((t) => t.teLaat).length ?? 0;
  const waiting = werk.bevragingen.data ? werk.bevragingen.data.bevragingen.filter((b) => b.status === 'open').length : null;
  const proposed = werk.advies.data ? werk.advies.data.advies.length : null;
  // Loading until each part is read or has failed; a part that failed is left out (its section shows why).
  const settled = (g: { data: unknown; error: unknown }) => g.data !== null || g.error !== null;
  const data = settled(werk.taken) && settled(werk.bevragingen) && settled(werk.advies);

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
