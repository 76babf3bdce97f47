import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { Casus, CasusWijzigen } from '@schemas/cases';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { useActiveSession } from '../identity/session';
import { fieldError, ProblemAlert } from '../shell/forms';
import { CancelButton, SubmitRow, useActionDisclosure } from './ActionDisclosure';
import { casesApi } from './cases.api';
import { SelectField, StatusNotice } from '../shell/fields';
import { en, nl } from './messages';

type Notice = { kind: 'ok' | 'warning'; text: string } | null;

/**
 * Saves a change with If-Match. On success the disclosure around the form closes with a status message.
 * On 409 (someone else changed the casus) the page reloads the casus and the form stays open with what the
 * user chose and a message: nothing typed is lost.
 */
function useCasusPatch(casus: Casus, etag: string, onSaved: () => void, onConflict: () => void) {
  const m = useAreaMessages({ nl, en });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const { done: close } = useActionDisclosure();
  async function save(changes: CasusWijzigen, done: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await casesApi.update(casus.id, etag, changes);
      close(done);
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        setNotice({ kind: 'warning', text: m.regie.conflict });
        onConflict();
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, notice, save };
}

function Notice({ notice }: { notice: Notice }) {
  return <StatusNotice text={notice?.text} kind={notice?.kind} />;
}

/** Who holds the regie on safety: a participating organisation, and optionally a person of it. */
export function RegieForm({ casus, etag, onSaved, onConflict }: { casus: Casus; etag: string; onSaved: () => void; onConflict: () => void }) {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const [organisatieId, setOrganisatieId] = useState(casus.regie.organisatie?.id ?? '');
  const [gebruikerId, setGebruikerId] = useState(casus.regie.gebruiker?.id ?? '');
  const { busy, error, notice, save } = useCasusPatch(casus, etag, onSaved, onConflict);

  const ownOrg = sessie.organisatie?.id;
  const userOptions: Array<{ value: string; label: string }> = [];
  const current = casus.regie.gebruiker;
  if (current && organisatieId === casus.regie.organisatie?.id && current.id !== sessie.gebruiker.id) {
    userOptions.push({ value: current.id, label: m.regie.gebruikerCurrent(current.naam) });
  }
  if (organisatieId && organisatieId === ownOrg) {
    userOptions.push({ value: sessie.gebruiker.id, label: m.regie.gebruikerSelf(sessie.gebruiker.naam) });
  }
  const effectiveUser = userOptions.some((o) => o.value === gebruikerId) ? gebruikerId : '';

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(
      { regieOrganisatieId: organisatieId || null, regieGebruikerId: (organisatieId && effectiveUser) || null },
      m.regie.saved,
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Notice notice={notice} />
      <ProblemAlert error={error} />
      <div className="sl-form">
        <SelectField
          id="regie-organisatie"
          label={m.regie.organisatie}
          description={m.regie.organisatieHint}
          placeholder={m.regie.geen}
          options={casus.deelnemers.filter((d) => d.tot === null).map((d) => ({ value: d.organisatie.id, label: d.organisatie.naam }))}
          value={organisatieId}
          onChange={setOrganisatieId}
          error={fieldError('regieOrganisatieId', {}, error)}
        />
        <SelectField
          id="regie-gebruiker"
          label={m.regie.gebruiker}
          description={m.regie.gebruikerHint}
          placeholder={m.regie.gebruikerNone}
          options={userOptions}
          value={effectiveUser}
          onChange={setGebruikerId}
          error={fieldError('regieGebruikerId', {}, error)}
        />
        <SubmitRow busy={busy}>{m.regie.save}</SubmitRow>
      </div>
    </form>
  );
}

/** Close or reopen the casus: the disclosure around it says what that means, this is the confirmation. */
export function StatusForm({ casus, etag, onSaved, onConflict }: { casus: Casus; etag: string; onSaved: () => void; onConflict: () => void }) {
  const m = useAreaMessages({ nl, en });
  const { busy, error, notice, save } = useCasusPatch(casus, etag, onSaved, onConflict);
  const next = casus.status === 'open' ? 'gesloten' : 'open';
  return (
    <div>
      <Notice notice={notice} />
      <ProblemAlert error={error} />
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          hint={next === 'gesloten' ? 'danger' : undefined}
          busy={busy}
          disabled={busy}
          onClick={() => void save({ status: next }, m.regie.statusSaved(m.status[next]))}
        >
          {next === 'gesloten' ? m.regie.closeConfirm : m.regie.reopenConfirm}
        </Button>
        <CancelButton />
      </ButtonGroup>
    </div>
  );
}
