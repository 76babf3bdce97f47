import { Paragraph } from '@utrecht/component-library-react';
import { useAreaMessages } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading } from '../shell/page';
import type { CasusTakenLijst, Geladen } from '../cases/useCasusWerk';
import { tasksApi } from './tasks.api';
import { TaskTable } from './TaskTable';
import { en, nl } from './messages';

/** The tasks on one casus, from every participating organisation (the section of the casus page). */
export function CasusTasks({ geladen, onChanged }: { geladen: Geladen<CasusTakenLijst>; onChanged: () => void }) {
  const m = useAreaMessages({ nl, en });
  const { data, error } = geladen;
  const taken = data?.taken ?? null;

  return (
    <>
      <Paragraph>{m.casusIntro}</Paragraph>
      <ProblemAlert error={error} />
      {taken === null && !error && <Loading />}
      {taken && taken.length === 0 && <Paragraph>{m.none}</Paragraph>}
      {taken && taken.length > 0 && <TaskTable taken={taken} caption={m.casusCaption} showCasus={false} onChanged={onChanged} />}
    </>
  );
}
