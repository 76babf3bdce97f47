import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  ButtonGroup,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Grondslag } from '@schemas/sharing';
import { ApiError } from '../api/client';
import { StatusNotice } from '../shell/fields';
import { useAreaMessages } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterButtonLink } from '../shell/router';
import { DataTable } from '../shell/DataTable';
import { nl, en } from './messages';
import { sharingApi } from './sharing.api';
import './sharing.css';

/** The functional administrator's register of legal bases: all of them, active and inactive. */
export function GrondslagenPage() {
  const m = useAreaMessages({ nl, en });
  const [grondslagen, setGrondslagen] = useState<Grondslag[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(() => {
    const code = new URLSearchParams(window.location.search).get('toegevoegd');
    return code ? { text: m.created(code), kind: 'ok' } : null;
  });
  const [busyId, setBusyId] = useState<string | null>(null);

  const load = useCallback(async () => {
    setGrondslagen(await sharingApi.listGrondslagen());
  }, []);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  async function toggle(grondslag: Grondslag) {
    setBusyId(grondslag.id);
    setError(null);
    setNotice(null);
    try {
      const updated = await sharingApi.changeGrondslag(grondslag, { actief: !grondslag.actief });
      setGrondslagen((list) => list?.map((g) => (g.id === updated.id ? updated : g)) ?? null);
      setNotice({ text: updated.actief ? m.activated(updated.code) : m.deactivated(updated.code), kind: 'ok' });
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        await load().catch(setError);
        setNotice({ text: m.listConflict(grondslag.code), kind: 'warning' });
      } else {
        setError(e);
      }
    } finally {
      setBusyId(null);
    }
  }

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph>{m.intro}</Paragraph>
      <Paragraph>{m.deactivateExplained}</Paragraph>
      <ButtonGroup>
        <RouterButtonLink href="/grondslagen/nieuw" appearance="primary-action-button">
          {m.add}
        </RouterButtonLink>
      </ButtonGroup>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      {grondslagen === null && !error && <Loading />}
      {grondslagen && grondslagen.length === 0 && <Paragraph>{m.none}</Paragraph>}
      {grondslagen && grondslagen.length > 0 && (
        <DataTable caption={m.tableCaption} columns={[m.code, m.naam, m.wettelijkeBasis, m.status, m.acties]}>
          {grondslagen.map((g) => (
            <TableRow key={g.id} className={g.actief ? undefined : 'sl-grondslag--inactief'}>
              <TableHeaderCell scope="row">
                <code>{g.code}</code>
              </TableHeaderCell>
              <TableCell>{g.naam}</TableCell>
              <TableCell>{g.wettelijkeBasis}</TableCell>
              <TableCell>{g.actief ? m.actief : m.inactief}</TableCell>
              <TableCell>
                <div className="sl-row-actions">
                  <RouterButtonLink
                    href={`/grondslagen/${g.id}`}
                    appearance="secondary-action-button"
                    aria-label={m.editLabel(g.code)}
                  >
                    {m.edit}
                  </RouterButtonLink>
                  <Button
                    appearance="secondary-action-button"
                    aria-label={g.actief ? m.deactivateLabel(g.code) : m.activateLabel(g.code)}
                    busy={busyId === g.id}
                    disabled={busyId !== null}
                    onClick={() => void toggle(g)}
                  >
                    {g.actief ? m.deactivate : m.activate}
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  );
}
