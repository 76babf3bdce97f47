import { useCallback, useEffect, useState } from 'react';
import { Button, ButtonGroup, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { rechtsdomeinen, type Interventie } from '@schemas/interventies';
import { ApiError } from '../api/client';
import { StatusNotice } from '../shell/fields';
import { useAreaMessages } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterButtonLink } from '../shell/router';
import { DataTable } from '../shell/DataTable';
import { nl, en } from './messages';
import { interventiesApi } from './interventies.api';

/** The functional administrator's intervention catalogue: one table per legal domain, active and switched off. */
export function InterventiesPage() {
  const m = useAreaMessages({ nl, en });
  const [interventies, setInterventies] = useState<Interventie[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(() => {
    const code = new URLSearchParams(window.location.search).get('toegevoegd');
    return code ? { text: m.created(code), kind: 'ok' } : null;
  });
  const [busyCode, setBusyCode] = useState<string | null>(null);

  const load = useCallback(async () => {
    setInterventies(await interventiesApi.listAlle());
  }, []);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  async function toggle(interventie: Interventie) {
    setBusyCode(interventie.code);
    setError(null);
    setNotice(null);
    try {
      const updated = await interventiesApi.change(interventie, { actief: !interventie.actief });
      setInterventies((list) => list?.map((i) => (i.code === updated.code ? updated : i)) ?? null);
      setNotice({ text: updated.actief ? m.activated(updated.naam) : m.deactivated(updated.naam), kind: 'ok' });
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        await load().catch(setError);
        setNotice({ text: m.listConflict(interventie.naam), kind: 'warning' });
      } else {
        setError(e);
      }
    } finally {
      setBusyCode(null);
    }
  }

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph>{m.intro}</Paragraph>
      <Paragraph>{m.deactivateExplained}</Paragraph>
      <ButtonGroup>
        <RouterButtonLink href="/interventies/nieuw" appearance="primary-action-button">
          {m.add}
        </RouterButtonLink>
      </ButtonGroup>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      {interventies === null && !error && <Loading />}
      {interventies &&
        rechtsdomeinen.map((domein) => {
          const rij = interventies.filter((i) => i.rechtsdomein === domein);
          return (
            <section key={domein} aria-labelledby={`domein-${domein}`}>
              <Heading2 id={`domein-${domein}`}>{m.domein[domein]}</Heading2>
              {rij.length === 0 ? (
                <Paragraph>{m.none}</Paragraph>
              ) : (
                <DataTable caption={m.tableCaption(m.domein[domein])} columns={[m.naam, m.fasen, m.voorwaardeSoort, m.status, m.acties]}>
                  {rij.map((i) => (
                    <TableRow key={i.code}>
                      <TableHeaderCell scope="row">
                        {i.naam}
                        <br />
                        <code>{i.code}</code>
                      </TableHeaderCell>
                      <TableCell>{i.fase.map((f) => m.fase[f]).join(', ')}</TableCell>
                      <TableCell>{i.voorwaardeSoort ? m.voorwaarde[i.voorwaardeSoort] : '–'}</TableCell>
                      <TableCell>{i.actief ? m.actief : m.inactief}</TableCell>
                      <TableCell>
                        <div className="sl-row-actions">
                          <RouterButtonLink
                            href={`/interventies/${encodeURIComponent(i.code)}`}
                            appearance="secondary-action-button"
                            aria-label={m.editLabel(i.naam)}
                          >
                            {m.edit}
                          </RouterButtonLink>
                          <Button
                            appearance="secondary-action-button"
                            aria-label={i.actief ? m.deactivateLabel(i.naam) : m.activateLabel(i.naam)}
                            busy={busyCode === i.code}
                            disabled={busyCode !== null}
                            onClick={() => void toggle(i)}
                          >
                            {i.actief ? m.deactivate : m.activate}
                          </Button>
                        </div>
                      </TableCell>
                    </TableRow>
                  ))}
                </DataTable>
              )}
            </section>
          );
        })}
    </>
  );
}
