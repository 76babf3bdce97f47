import { useState } from 'react';
import { Button, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Taak } from '@schemas/tasks';
import { ApiError } from '../api/client';
import { StatusNotice } from '../shell/fields';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { ProblemAlert } from '../shell/forms';
import { RouterLink } from '../shell/router';
import { DataTable } from '../shell/DataTable';
import { en as afsprakenEn, nl as afsprakenNl } from '../actieoverleg/afspraken/messages';
import { en as notulenEn, nl as notulenNl } from '../actieoverleg/notulen/messages';
import { en as zsmEn, nl as zsmNl } from '../zsm/messages';
import { tasksApi } from './tasks.api';
import { onderwerpPad } from './onderwerp';
import { en, nl } from './messages';
import '../cases/cases.css';

/** Task kinds completed on their own screen (a link there instead of "Afronden"). */
const LINKED = new Set(['afspraak', 'notulen-lezen', 'zsm-veiligheidsbeoordeling', 'zsm-beslissing-lezen', 'zsm-advies']);

/** ZSM tasks lead to the ZSM case of their casus (the assessment and the Raad's involvement on a running case, the decision on a decided one). */
const ZSM_STATUS: Record<string, 'lopend' | 'beslist'> = { 'zsm-veiligheidsbeoordeling': 'lopend', 'zsm-advies': 'lopend', 'zsm-beslissing-lezen': 'beslist' };

/** Open and late first, then by deadline; finished tasks last. */
export function inboxOrder(taken: readonly Taak[]): Taak[] {
  const rank = (t: Taak) => (t.status !== 'open' ? 2 : t.teLaat ? 0 : 1);
  return [...taken].sort((a, b) => rank(a) - rank(b) || a.deadline.localeCompare(b.deadline));
}

/** The status of a task in words: "Te laat" is never shown by colour alone. */
export function TaskStatus({ taak }: { taak: Taak }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  if (taak.status === 'open') return taak.teLaat ? <strong className="sl-late sl-nowrap">{m.teLaat}</strong> : <>{m.opTijd}</>;
  if (taak.status === 'vervallen') return <>{m.vervallen}</>;
  return (
    <>
      {taak.afgerondOp ? m.afgerondOp(formatDateTime(taak.afgerondOp)) : m.afgerond}
      {taak.teLaat && (
        <>
          {' '}
          <strong className="sl-late sl-nowrap">{m.teLaat}</strong>
        </>
      )}
    </>
  );
}

/**
 * A table of tasks: what, (casus), deadline, organisation, status, and "Afronden" for the open tasks of the
 * acting organisation. Completing sends If-Match with the task's version; a conflict reloads the list.
 */
export function TaskTable({
  taken,
  caption,
  showCasus,
  onChanged,
}: {
  taken: readonly Taak[];
  caption: string;
  showCasus: boolean;
  onChanged: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const afspraakTaak = useAreaMessages({ nl: afsprakenNl, en: afsprakenEn }).taak;
  const notulenTaak = useAreaMessages({ nl: notulenNl, en: notulenEn }).taak;
  const zsmTaak = useAreaMessages({ nl: zsmNl, en: zsmEn }).taak;
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warning'; text: string } | null>(null);

  async function complete(taak: Taak) {
    setBusy(taak.id);
    setError(null);
    setNotice(null);
    try {
      await tasksApi.complete(taak);
      setNotice({ kind: 'ok', text: m.completed(taak.titel) });
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        setNotice({ kind: 'warning', text: m.conflict });
        onChanged();
      } else {
        setError(e);
      }
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      <DataTable caption={caption} columns={[m.taak, showCasus && m.casus, m.deadline, m.organisatie, m.toegewezen, m.status, m.actie]}>
        {inboxOrder(taken).map((taak) => {
          const own = taak.organisatie.id === sessie.organisatie?.id;
          return (
            <TableRow key={taak.id}>
              <TableHeaderCell scope="row">{taak.titel}</TableHeaderCell>
              {showCasus && (
                <TableCell>
                  {taak.casus ? <RouterLink href={`/casussen/${taak.casus.id}`}>{taak.casus.nummer}</RouterLink> : m.geenCasus}
                </TableCell>
              )}
              <TableCell>
                <time dateTime={taak.deadline}>{formatDateTime(taak.deadline)}</time>
              </TableCell>
              <TableCell>{taak.organisatie.naam}</TableCell>
              <TableCell>{taak.gebruiker?.naam ?? <span className="sl-muted">{m.iedereen}</span>}</TableCell>
              <TableCell>
                <TaskStatus taak={taak} />
              </TableCell>
              <TableCell>
                {taak.onderwerp && (
                  <RouterLink href={onderwerpPad(taak.onderwerp)}>
                    {m.openen}
                    <span className="sl-visually-hidden">{m.completeName(taak.titel)}</span>
                  </RouterLink>
                )}{' '}
                {/* Agreements are closed, and minutes read, on their own screens: that completes these tasks. */}
                {own && taak.status === 'open' && taak.soort === 'afspraak' && (
                  <RouterLink href="/actieoverleg/afspraken">
                    {afspraakTaak.afsluiten}
                    <span className="sl-visually-hidden">{afspraakTaak.afsluitenNaam(taak.titel)}</span>
                  </RouterLink>
                )}
                {own && taak.status === 'open' && taak.soort === 'notulen-lezen' && (
                  <RouterLink href="/actieoverleg/notulen">
                    {notulenTaak}
                    <span className="sl-visually-hidden">{m.completeName(taak.titel)}</span>
                  </RouterLink>
                )}
                {own && taak.status === 'open' && ZSM_STATUS[taak.soort] && taak.casus && (
                  <RouterLink href={`/zsm/casussen/${taak.casus.id}?status=${ZSM_STATUS[taak.soort]}`}>
                    {taak.soort === 'zsm-beslissing-lezen' ? zsmTaak.lezen : taak.soort === 'zsm-advies' ? zsmTaak.raad : zsmTaak.beoordelen}
                    <span className="sl-visually-hidden">{m.completeName(taak.titel)}</span>
                  </RouterLink>
                )}
                {own && taak.status === 'open' && !LINKED.has(taak.soort) && (
                  <Button
                    appearance="secondary-action-button"
                    busy={busy === taak.id}
                    disabled={busy !== null}
                    onClick={() => void complete(taak)}
                  >
                    {m.complete}
                    <span className="sl-visually-hidden">{m.completeName(taak.titel)}</span>
                  </Button>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </DataTable>
    </>
  );
}
