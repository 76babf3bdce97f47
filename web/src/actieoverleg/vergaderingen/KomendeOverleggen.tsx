import { useState } from 'react';
import { Button, ButtonGroup, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useApiData } from '../../api/useApiData';
import { useAreaMessages } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { DataTable } from '../../shell/DataTable';
import { StatusNotice } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { Loading } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { useMeetingTime } from './format';
import { useAction } from './actions';
import { vergaderingenApi } from './vergaderingen.api';
import { en, nl } from './messages';
import '../actieoverleg.css';
import './vergaderingen.css';

/** The chair's series: the one of the region of the organisation the chair works for. */
async function eigenReeks(organisatieId: string) {
  const [organisatie, reeksen] = await Promise.all([vergaderingenApi.organisatie(organisatieId), vergaderingenApi.reeksen()]);
  return { reeks: reeksen.find((r) => r.regio.id === organisatie.regio.id) ?? null };
}

/**
 * "Komende overleggen" on the Actieoverleg page: every meeting the caller sees (a week back, eight weeks ahead) with
 * the number of items visible to them and their role. The chair plans the next meeting and reaches the series.
 */
export function KomendeOverleggen({ isChair }: { isChair: boolean }) {
  const m = useAreaMessages({ nl, en });
  const k = m.komend;
  const tijd = useMeetingTime();
  const sessie = useActiveSession();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error: planError, run } = useAction();
  const { data, error } = useApiData(() => vergaderingenApi.overleggen(), [version]);
  const organisatieId = sessie.organisatie?.id ?? '';
  const eigen = useApiData(() => (isChair && organisatieId ? eigenReeks(organisatieId) : Promise.resolve({ reeks: null })), [isChair, organisatieId]);
  const reeks = eigen.data?.reeks ?? null;

  const plan = (reeksId: string) => {
    setNotice(null);
    return run(async () => {
      const { data: overleg } = await vergaderingenApi.plan(reeksId);
      setNotice(k.gepland(tijd.span(overleg.begintOp, overleg.eindigtOp)));
      setVersion((v) => v + 1);
    });
  };

  const overleggen = [...(data ?? [])].sort((a, b) => a.begintOp.localeCompare(b.begintOp));
  return (
    <section aria-labelledby="komende-overleggen" className="sl-ao-meetings">
      <Heading2 id="komende-overleggen">{k.title}</Heading2>
      <StatusNotice text={notice} />
      {error ? (
        <ProblemAlert error={error} />
      ) : !data ? (
        <Loading />
      ) : overleggen.length === 0 ? (
        <Paragraph>{k.leeg}</Paragraph>
      ) : (
        <>
          <Paragraph>{k.intro}</Paragraph>
          <DataTable caption={k.caption} columns={[k.datum, k.regio, k.status, k.punten, k.rol]}>
            {overleggen.map((o) => {
              const wanneer = tijd.span(o.begintOp, o.eindigtOp);
              return (
                <TableRow key={o.id} data-testid="komend-overleg">
                  <TableHeaderCell scope="row">
                    <RouterLink href={`/actieoverleg/overleggen/${o.id}`} aria-label={k.openen(wanneer)}>
                      <time dateTime={o.begintOp}>{wanneer}</time>
                    </RouterLink>
                  </TableHeaderCell>
                  <TableCell>{o.regio.naam}</TableCell>
                  <TableCell>
                    <strong>{m.status[o.status]}</strong>
                  </TableCell>
                  <TableCell>{o.aantalAgendapunten}</TableCell>
                  <TableCell>{m.rol[o.rol]}</TableCell>
                </TableRow>
              );
            })}
          </DataTable>
        </>
      )}
      {isChair && (
        <>
          <ProblemAlert error={planError ?? eigen.error} />
          {reeks ? (
            <>
              <Paragraph>{k.plannenHint}</Paragraph>
              <ButtonGroup>
                <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void plan(reeks.id)}>
                  {k.plannen}
                </Button>
              </ButtonGroup>
            </>
          ) : (
            eigen.data && <Paragraph>{k.geenReeks}</Paragraph>
          )}
        </>
      )}
      <Paragraph>
        <RouterLink href="/actieoverleg/reeks">{isChair ? k.reeks : k.reeksBekijken}</RouterLink>
      </Paragraph>
    </section>
  );
}
