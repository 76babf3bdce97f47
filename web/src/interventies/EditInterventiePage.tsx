import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { Interventie, InterventieWijziging } from '@schemas/interventies';
import { ApiError } from '../api/client';
import { StatusNotice } from '../shell/fields';
import { useAreaMessages, useI18n } from '../i18n';
import { ActiefField, StoredVersion } from '../shell/register-edit';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { checkVelden, focusFirst, InterventieFields, legeVelden, type InterventieVelden } from './InterventieFields';
import { nl, en } from './messages';
import { interventiesApi } from './interventies.api';

const naarVelden = (i: Interventie): InterventieVelden => ({
  naam: i.naam,
  omschrijving: i.omschrijving,
  fase: [...i.fase],
  rechtsdomein: i.rechtsdomein,
  voorwaardeSoort: i.voorwaardeSoort ?? '',
});

const gelijk = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function lees(code: string): Promise<Interventie | null> {
  try {
    return await interventiesApi.read(code);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/**
 * Change one intervention or switch it off (If-Match on the version read). On a version conflict the form keeps what
 * the user changed, takes the stored values for the fields they did not touch and shows the stored version beside it.
 */
export function EditInterventiePage({ code }: { code: string }) {
  const m = useAreaMessages({ nl, en });
  const { t } = useI18n();
  // The version the form is based on: the last one read or saved.
  const [interventie, setInterventie] = useState<Interventie | null | undefined>(undefined);
  const [velden, setVelden] = useState<InterventieVelden>(legeVelden);
  const [actief, setActief] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null);
  const [conflict, setConflict] = useState<Interventie | null>(null);
  const [busy, setBusy] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);

  const fill = useCallback((i: Interventie) => {
    setVelden(naarVelden(i));
    setActief(i.actief);
  }, []);

  useEffect(() => {
    lees(code)
      .then((i) => {
        setInterventie(i);
        if (i) fill(i);
      })
      .catch(setLoadError);
  }, [code, fill]);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const terug = (
    <Paragraph>
      <RouterLink href="/interventies">{m.backToList}</RouterLink>
    </Paragraph>
  );
  if (loadError) {
    return (
      <>
        <PageTitle>{m.title}</PageTitle>
        <ProblemAlert error={loadError} />
        {terug}
      </>
    );
  }
  if (interventie === undefined) return <Loading />;
  if (interventie === null) {
    return (
      <>
        <PageTitle>{m.title}</PageTitle>
        <Alert type="error">
          <Paragraph>{m.notFound}</Paragraph>
        </Alert>
        {terug}
      </>
    );
  }
  const basis = interventie;
  const basisVelden = naarVelden(basis);

  async function save(event: FormEvent) {
    event.preventDefault();
    const errors = checkVelden(velden, m);
    setClientErrors(errors);
    setNotice(null);
    if (Object.keys(errors).length > 0 || velden.rechtsdomein === '') {
      setError(null);
      focusFirst(errors);
      return;
    }
    // Only what differs from the version the form is based on.
    const changes: InterventieWijziging = {};
    if (velden.naam.trim() !== basis.naam) changes.naam = velden.naam.trim();
    if (velden.omschrijving.trim() !== basis.omschrijving) changes.omschrijving = velden.omschrijving.trim();
    if (!gelijk([...velden.fase].sort(), [...basis.fase].sort())) changes.fase = velden.fase;
    if (velden.rechtsdomein !== basis.rechtsdomein) changes.rechtsdomein = velden.rechtsdomein;
    const voorwaarde = velden.voorwaardeSoort === '' ? null : velden.voorwaardeSoort;
    if (voorwaarde !== basis.voorwaardeSoort) changes.voorwaardeSoort = voorwaarde;
    if (actief !== basis.actief) changes.actief = actief;
    if (Object.keys(changes).length === 0) {
      setConflict(null);
      setNotice('unchanged');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await interventiesApi.change(basis, changes);
      setInterventie(updated);
      fill(updated);
      setConflict(null);
      setNotice('saved');
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        try {
          const current = await lees(basis.code);
          if (current) {
            const stored = naarVelden(current);
            // Fields the user did not touch follow the stored version; the ones they changed keep their input.
            setVelden((typed) => ({
              naam: typed.naam === basisVelden.naam ? stored.naam : typed.naam,
              omschrijving: typed.omschrijving === basisVelden.omschrijving ? stored.omschrijving : typed.omschrijving,
              fase: gelijk(typed.fase, basisVelden.fase) ? stored.fase : typed.fase,
              rechtsdomein: typed.rechtsdomein === basisVelden.rechtsdomein ? stored.rechtsdomein : typed.rechtsdomein,
              voorwaardeSoort: typed.voorwaardeSoort === basisVelden.voorwaardeSoort ? stored.voorwaardeSoort : typed.voorwaardeSoort,
            }));
            setActief((typed) => (typed === basis.actief ? current.actief : typed));
            setInterventie(current);
            setConflict(current);
          } else {
            setInterventie(null);
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
      <PageTitle>{m.editTitle(basis.naam)}</PageTitle>
      {terug}
      <Paragraph>
        {m.code}: <code>{basis.code}</code>
      </Paragraph>
      <StatusNotice text={notice === 'saved' ? m.saved : notice === 'unchanged' ? m.nothingChanged : null} />
      {conflict && (
        <StoredVersion
          panelRef={conflictRef}
          warning={m.conflict}
          heading={m.current}
          rows={[
            [m.naam, conflict.naam],
            [m.omschrijving, conflict.omschrijving || '–'],
            [m.fasen, conflict.fase.map((f) => m.fase[f]).join(', ')],
            [m.rechtsdomein, m.domein[conflict.rechtsdomein]],
            [m.voorwaardeSoort, conflict.voorwaardeSoort ? m.voorwaarde[conflict.voorwaardeSoort] : '–'],
            [m.status, conflict.actief ? m.actief : m.inactief],
            [m.versie, conflict.versie],
          ]}
        />
      )}
      <ProblemAlert error={error} />
      <form onSubmit={save} noValidate className="sl-form">
        <InterventieFields value={velden} onChange={setVelden} clientErrors={clientErrors} error={error} />
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
