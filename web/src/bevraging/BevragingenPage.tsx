import { useCallback, useEffect, useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { gevraagdeOrganisatieSoorten, type Bevraging } from '@schemas/bevraging';
import { StatusNotice } from '../shell/fields';
import { useAreaMessages } from '../i18n';
import { useActiveSession } from '../identity/session';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { bevragingApi } from './bevraging.api';
import { BevragingCard } from './BevragingCard';
import { en, nl } from './messages';

type Richting = 'inkomend' | 'uitgaand';

/** Bevragingen: incoming (to answer, for police, RvdK and reclassering) and outgoing (asked by the own organisation). */
export function BevragingenPage() {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const asked = (gevraagdeOrganisatieSoorten as readonly string[]).includes(sessie.organisatie?.soort ?? '');
  const [richting, setRichting] = useState<Richting>(asked ? 'inkomend' : 'uitgaand');
  const [bevragingen, setBevragingen] = useState<Bevraging[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    bevragingApi
      .list(richting)
      .then((r) => {
        if (cancelled) return;
        setError(null);
        setBevragingen(r.bevragingen);
      })
      .catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [richting, tick]);

  const answered = useCallback((text: string) => {
    setNotice(text);
    setTick((n) => n + 1);
  }, []);
  const choose = (r: Richting) => {
    if (r === richting) return;
    setBevragingen(null);
    setNotice(null);
    setRichting(r);
  };
  const open = bevragingen?.filter((b) => b.status === 'open').length ?? 0;

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph>{m.intro}</Paragraph>
      <div className="sl-casus-tabs" role="group" aria-label={m.viewLabel}>
        <Button appearance="secondary-action-button" aria-pressed={richting === 'inkomend'} onClick={() => choose('inkomend')}>
          {m.inkomend}
        </Button>
        <Button appearance="secondary-action-button" aria-pressed={richting === 'uitgaand'} onClick={() => choose('uitgaand')}>
          {m.uitgaand}
        </Button>
      </div>
      <StatusNotice text={notice} />
      <ProblemAlert error={error} />
      {bevragingen === null && !error && <Loading />}
      {bevragingen && bevragingen.length === 0 && <Paragraph>{richting === 'inkomend' ? m.noneIn : m.noneOut}</Paragraph>}
      {bevragingen && bevragingen.length > 0 && (
        <>
          {open > 0 && <Paragraph>{m.openCount(open)}</Paragraph>}
          <ul className="sl-cards" aria-label={richting === 'inkomend' ? m.inkomend : m.uitgaand}>
            {bevragingen.map((b) => (
              <BevragingCard key={`${b.id}-${b.versie}`} bevraging={b} view={richting} level={2} onAnswered={answered} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
