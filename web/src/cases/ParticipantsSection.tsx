import { useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import type { Deelnemer } from '@schemas/sharing';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { fieldError, ProblemAlert } from '../shell/forms';
import { Loading } from '../shell/page';
import { useRouter } from '../shell/router';
import { casesApi } from './cases.api';
import { useApiData } from '../api/useApiData';
import { ActionDisclosure, ActionRow, SubmitRow, useActionDisclosure } from './ActionDisclosure';
import { SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { DataTable } from '../shell/DataTable';
import { ReasonConfirmForm } from './ReasonConfirmForm';
import { en, nl } from './messages';

function ParticipantTable({ deelnemers, caption, former }: { deelnemers: Deelnemer[]; caption: string; former: boolean }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  return (
    <DataTable
      caption={caption}
      columns={[
        m.participants.organisatie,
        m.participants.doel,
        m.participants.grondslag,
        m.participants.contactpersoon,
        m.participants.sinds,
        former && m.participants.tot,
      ]}
    >
      {deelnemers.map((d) => (
        <TableRow key={d.id}>
          <TableHeaderCell scope="row">
            {d.organisatie.naam}
            {d.organisatie.id === sessie.organisatie?.id && <span className="sl-muted"> {m.participants.eigen}</span>}
          </TableHeaderCell>
          <TableCell>{d.doel}</TableCell>
          <TableCell>
            {d.grondslag.naam} <span className="sl-muted">({d.grondslag.code})</span>
          </TableCell>
          <TableCell>{d.contactpersoon?.naam ?? m.participants.geen}</TableCell>
          <TableCell>
            <time dateTime={d.van}>{formatDateTime(d.van)}</time>
          </TableCell>
          {former && <TableCell>{d.tot ? <time dateTime={d.tot}>{formatDateTime(d.tot)}</time> : m.participants.geen}</TableCell>}
        </TableRow>
      ))}
    </DataTable>
  );
}

/** Who takes part, why and on which legal basis; add an organisation of the region; end the own participation. */
export function ParticipantsSection({ casus, tick, onChanged }: { casus: Casus; tick: number; onChanged: () => void }) {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const { data, error } = useApiData(() => casesApi.participants(casus.id), [casus.id, tick]);
  const deelnemers = data?.deelnemers ?? null;

  const current = (deelnemers ?? casus.deelnemers).filter((d) => d.tot === null);
  const former = (deelnemers ?? []).filter((d) => d.tot !== null);
  const own = current.find((d) => d.organisatie.id === sessie.organisatie?.id);

  return (
    <>
      <ProblemAlert error={error} />
      {deelnemers === null && !error && <Loading />}
      <ParticipantTable deelnemers={current} caption={m.participants.caption} former={false} />
      {former.length > 0 && (
        <>
          <Heading3>{m.participants.formerTitle}</Heading3>
          <ParticipantTable deelnemers={former} caption={m.participants.formerTitle} former />
        </>
      )}
      {(casus.status === 'open' || own) && (
        <ActionRow>
          {casus.status === 'open' && (
            <ActionDisclosure id="organisatie-toevoegen" label={m.participants.addTitle} intro={m.participants.addIntro}>
              <AddParticipant casus={casus} current={current} onAdded={onChanged} />
            </ActionDisclosure>
          )}
          {own && (
            <ActionDisclosure id="deelname-beeindigen" label={m.participants.leaveTitle} intro={m.participants.leaveIntro}>
              <LeaveCasus casus={casus} deelnemer={own} />
            </ActionDisclosure>
          )}
        </ActionRow>
      )}
    </>
  );
}

function AddParticipant({ casus, current, onAdded }: { casus: Casus; current: Deelnemer[]; onAdded: () => void }) {
  const m = useAreaMessages({ nl, en });
  const { t } = useI18n();
  const { data: register, error: loadError } = useApiData(
    () => Promise.all([casesApi.organisations(casus.regio.id), casesApi.grondslagen()]),
    [casus.regio.id],
  );
  const organisaties = register ? register[0].organisaties.filter((x) => x.actief) : null;
  const grondslagen = register ? register[1].grondslagen.filter((x) => x.actief) : [];
  const [organisatieId, setOrganisatieId] = useState('');
  const [doel, setDoel] = useState('');
  const [grondslagId, setGrondslagId] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { done } = useActionDisclosure();

  const taking = new Set(current.map((d) => d.organisatie.id));
  const candidates = (organisaties ?? []).filter((o) => !taking.has(o.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!organisatieId) errors.organisatieId = m.participants.organisatieRequired;
    if (doel.trim().length < 10) errors.doel = m.participants.doelTooShort;
    if (!grondslagId) errors.grondslagId = m.participants.grondslagRequired;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      const first = Object.keys(errors)[0]!;
      document.getElementById({ organisatieId: 'deelnemer-organisatie', doel: 'deelnemer-doel', grondslagId: 'deelnemer-grondslag' }[first]!)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const deelnemer = await casesApi.addParticipant(casus.id, { organisatieId, doel: doel.trim(), grondslagId });
      done(m.participants.added(deelnemer.organisatie.naam));
      setOrganisatieId('');
      setDoel('');
      setGrondslagId('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ProblemAlert error={loadError} />
      {organisaties && candidates.length === 0 ? (
        <Paragraph>{m.participants.noneToAdd}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="sl-form">
          <ProblemAlert error={error} />
          <SelectField
            id="deelnemer-organisatie"
            label={m.participants.organisatieSelect}
            description={m.participants.organisatieHint}
            placeholder={m.participants.kiesOrganisatie}
            options={candidates.map((o) => ({ value: o.id, label: `${o.naam} (${t.soorten[o.soort]})` }))}
            value={organisatieId}
            onChange={setOrganisatieId}
            required
            error={fieldError('organisatieId', clientErrors, error)}
          />
          <TextAreaField
            id="deelnemer-doel"
            label={m.participants.doelLabel}
            description={m.participants.doelHint}
            value={doel}
            onChange={setDoel}
            maxLength={1000}
            rows={3}
            required
            error={fieldError('doel', clientErrors, error)}
          />
          <SelectField
            id="deelnemer-grondslag"
            label={m.participants.grondslagLabel}
            description={m.participants.grondslagHint}
            placeholder={m.participants.kiesGrondslag}
            options={grondslagen.map((g) => ({ value: g.id, label: `${g.naam} (${g.wettelijkeBasis})` }))}
            value={grondslagId}
            onChange={setGrondslagId}
            required
            error={fieldError('grondslagId', clientErrors, error)}
          />
          <SubmitRow busy={busy}>{m.participants.add}</SubmitRow>
        </form>
      )}
    </>
  );
}

/**
 * The own organisation ends its participation (inside the "Deelname beëindigen" disclosure): a reason, then a
 * confirmation step, then back to the list, since the casus is no longer visible to the organisation.
 */
function LeaveCasus({ casus, deelnemer }: { casus: Casus; deelnemer: Deelnemer }) {
  const m = useAreaMessages({ nl, en });
  const { navigate } = useRouter();
  return (
    <ReasonConfirmForm
      id="vertrek-reden"
      minLength={3}
      texts={{
        reden: m.participants.leaveReden,
        redenHint: m.participants.leaveRedenHint,
        redenTooShort: m.participants.leaveRedenRequired,
        warning: m.participants.leaveWarning,
        next: m.participants.leaveNext,
        confirm: m.participants.leaveConfirm,
        cancel: m.participants.leaveCancel,
      }}
      onConfirm={async (reden) => {
        await casesApi.leave(casus.id, deelnemer.id, reden);
        navigate(`/casussen?vertrokken=${encodeURIComponent(casus.nummer)}`);
      }}
    />
  );
}
