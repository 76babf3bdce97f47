import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { Grondslag, GrondslagWijzigen } from '@schemas/sharing';
import { ApiError } from '../api/client';
import { StatusNotice } from '../shell/fields';
import { useAreaMessages, useI18n } from '../i18n';
import { ActiefField, StoredVersion } from '../shell/register-edit';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { checkGrondslagTekst, focusFirst, GrondslagFields, type GrondslagTekst } from './GrondslagFields';
import { nl, en } from './messages';
import { sharingApi } from './sharing.api';
import './sharing.css';

/** There is no GET of one grondslag: the register is small, so the page reads the list and picks one. */
async function readGrondslag(id: string): Promise<Grondslag | null> {
  return (await sharingApi.listGrondslagen()).find((g) => g.id === id) ?? null;
}

/**
 * Change the name, statutory basis, description or status of one legal basis (If-Match on the version read).
 * On a version conflict the form keeps what the user typed and shows the stored values beside it.
 */
export function EditGrondslagPage({ id }: { id: string }) {
  const m = useAreaMessages({ nl, en });
  const { t } = useI18n();
  // The version the form is based on: the last one read or saved.
  const [grondslag, setGrondslag] = useState<Grondslag | null | undefined>(undefined);
  const [tekst, setTekst] = useState<GrondslagTekst>({ naam: '', wettelijkeBasis: '', omschrijving: '' });
  const [actief, setActief] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null);
  const [conflict, setConflict] = useState<Grondslag | null>(null);
  const [busy, setBusy] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);

  const fill = useCallback((g: Grondslag) => {
    setTekst({ naam: g.naam, wettelijkeBasis: g.wettelijkeBasis, omschrijving: g.omschrijving });
    setActief(g.actief);
  }, []);

  useEffect(() => {
    readGrondslag(id)
      .then((g) => {
        setGrondslag(g);
        if (g) fill(g);
      })
      .catch(setLoadError);
  }, [id, fill]);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  if (loadError) {
    return (
      <>
        <PageTitle>{m.title}</PageTitle>
        <ProblemAlert error={loadError} />
        <Paragraph>
          <RouterLink href="/grondslagen">{m.backToList}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (grondslag === undefined) return <Loading />;
  if (grondslag === null) {
    return (
      <>
        <PageTitle>{m.title}</PageTitle>
        <Alert type="error">
          <Paragraph>{m.notFound}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink href="/grondslagen">{m.backToList}</RouterLink>
        </Paragraph>
      </>
    );
  }
  const basis = grondslag;

  async function save(event: FormEvent) {
    event.preventDefault();
    const errors = checkGrondslagTekst(tekst, m);
    setClientErrors(errors);
    setNotice(null);
    if (Object.keys(errors).length > 0) {
      setError(null);
      focusFirst(errors);
      return;
    }
    // Only what differs from the version the form is based on.
    const changes: GrondslagWijzigen = {};
    if (tekst.naam.trim() !== basis.naam) changes.naam = tekst.naam.trim();
    if (tekst.wettelijkeBasis.trim() !== basis.wettelijkeBasis) changes.wettelijkeBasis = tekst.wettelijkeBasis.trim();
    if (tekst.omschrijving.trim() !== basis.omschrijving) changes.omschrijving = tekst.omschrijving.trim();
    if (actief !== basis.actief) changes.actief = actief;
    if (Object.keys(changes).length === 0) {
      setConflict(null);
      setNotice('unchanged');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await sharingApi.changeGrondslag(basis, changes);
      setGrondslag(updated);
      fill(updated);
      setConflict(null);
      setNotice('saved');
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        // Reload the stored version; what the user typed stays, so saving again applies their change.
        try {
          const current = await readGrondslag(basis.id);
          if (current) {
            // Fields the user did not touch follow the stored version; the ones they changed keep their text.
            setTekst((typed) => ({
              naam: typed.naam === basis.naam ? current.naam : typed.naam,
              wettelijkeBasis: typed.wettelijkeBasis === basis.wettelijkeBasis ? current.wettelijkeBasis : typed.wettelijkeBasis,
              omschrijving: typed.omschrijving === basis.omschrijving ? current.omschrijving : typed.omschrijving,
            }));
            setActief((typed) => (typed === basis.actief ? current.actief : typed));
            setGrondslag(current);
            setConflict(current);
          } else {
            setGrondslag(null);
          }
        } catch (reloadError) {
          setError(reloadError);
        }
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle>{m.editTitle(basis.code)}</PageTitle>
      <Paragraph>
        <RouterLink href="/grondslagen">{m.backToList}</RouterLink>
      </Paragraph>
      <Paragraph>{m.editIntro}</Paragraph>
      <StatusNotice text={notice === 'saved' ? m.saved : notice === 'unchanged' ? m.nothingChanged : null} />
      {conflict && (
        <StoredVersion
          panelRef={conflictRef}
          warning={m.conflict}
          heading={m.current}
          rows={[
            [m.naam, conflict.naam],
            [m.wettelijkeBasis, conflict.wettelijkeBasis],
            [m.omschrijving, conflict.omschrijving || '–'],
            [m.status, conflict.actief ? m.actief : m.inactief],
            [m.versie, conflict.versie],
          ]}
        />
      )}
      <ProblemAlert error={error} />
      <form onSubmit={save} noValidate className="sl-form">
        <GrondslagFields value={tekst} onChange={setTekst} clientErrors={clientErrors} error={error} />
        <ActiefField checked={actief} onChange={setActief} label={m.actiefLabel} hint={m.deactivateExplained} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? t.common.saving : t.common.save}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
