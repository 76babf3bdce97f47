import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import { gevraagdeOrganisatieSoorten } from '@schemas/bevraging';
import { casesApi } from '../cases/cases.api';
import { useApiData } from '../api/useApiData';
import type { CasusBevragingenLijst, Geladen } from '../cases/useCasusWerk';
import { ActionDisclosure, ActionRow, CancelButton, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { CheckboxGroup, SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { Loading } from '../shell/page';
import { bevragingApi } from './bevraging.api';
import { BevragingCard } from './BevragingCard';
import { en, nl } from './messages';

/** The bevragingen section of the casus page: what was asked, the answers, and (for Veilig Thuis) a new one. */
export function CasusBevragingen({ casus, geladen, onChanged }: { casus: Casus; geladen: Geladen<CasusBevragingenLijst>; onChanged: () => void }) {
  const m = useAreaMessages({ nl, en });
  const sessie = useActiveSession();
  const { data, error } = geladen;
  const bevragingen = data?.bevragingen ?? null;
  const isVt = sessie.organisatie?.soort === 'veilig-thuis';
  const eigenOrganisatieId = sessie.organisatie?.id;
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // After a withdrawal the card (and its button) is replaced: focus goes to the status line that says what happened.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const withdrawn = (text: string) => {
    setNotice(text);
    onChanged();
  };

  return (
    <>
      <div ref={noticeRef} tabIndex={-1}>
        <StatusNotice text={notice} />
      </div>
      <ProblemAlert error={error} />
      {bevragingen === null && !error && <Loading />}
      {bevragingen && bevragingen.length === 0 && <Paragraph>{m.casus.none}</Paragraph>}
      {bevragingen && bevragingen.length > 0 && (
        <ul className="sl-cards">
          {bevragingen.map((b) => (
            <BevragingCard
              key={`${b.id}-${b.versie}`}
              bevraging={b}
              view="casus"
              level={3}
              {...(b.vragendeOrganisatie.id === eigenOrganisatieId ? { onWithdrawn: withdrawn } : {})}
            />
          ))}
        </ul>
      )}
      {isVt && casus.status === 'open' && (
        <ActionRow>
          <ActionDisclosure id="bevraging-stellen" label={m.casus.askTitle} intro={casus.personen.length === 0 ? m.casus.noPersons : m.casus.askIntro}>
            <AskForm casus={casus} onAsked={onChanged} />
          </ActionDisclosure>
        </ActionRow>
      )}
    </>
  );
}

function AskForm({ casus, onAsked }: { casus: Casus; onAsked: () => void }) {
  const m = useAreaMessages({ nl, en });
  const { t } = useI18n();
  const { data: directory, error: directoryError } = useApiData(() => casesApi.organisations(casus.regio.id), [casus.regio.id]);
  const organisaties = (directory?.organisaties ?? []).filter(
    (o) => o.actief && (gevraagdeOrganisatieSoorten as readonly string[]).includes(o.soort),
  );
  const [organisatieId, setOrganisatieId] = useState('');
  const [doel, setDoel] = useState('');
  const [vraag, setVraag] = useState('');
  const [adres, setAdres] = useState('');
  const [persoonIds, setPersoonIds] = useState<string[]>(() => casus.personen.map((p) => p.persoon.id));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { done } = useActionDisclosure();

  if (casus.personen.length === 0) return <CancelButton />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!organisatieId) errors.gevraagdeOrganisatieId = m.casus.organisatieRequired;
    if (doel.trim().length < 10) errors.doel = m.casus.doelTooShort;
    if (persoonIds.length === 0) errors.persoonIds = m.casus.personenRequired;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      const first = Object.keys(errors)[0]!;
      const focusId = { gevraagdeOrganisatieId: 'bevraging-organisatie', doel: 'bevraging-doel', persoonIds: `bevraging-persoon-${casus.personen[0]?.persoon.id}` }[first];
      if (focusId) document.getElementById(focusId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const bevraging = await bevragingApi.ask(casus.id, {
        gevraagdeOrganisatieId: organisatieId,
        doel: doel.trim(),
        persoonIds,
        ...(vraag.trim() ? { vraag: vraag.trim() } : {}),
        ...(adres.trim() ? { adres: adres.trim() } : {}),
      });
      done(m.casus.sent(bevraging.gevraagdeOrganisatie.naam));
      setOrganisatieId('');
      setDoel('');
      setVraag('');
      setAdres('');
      onAsked();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ProblemAlert error={directoryError} />
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form">
        <SelectField
          id="bevraging-organisatie"
          label={m.casus.organisatie}
          description={m.casus.organisatieHint}
          placeholder={m.casus.kiesOrganisatie}
          options={organisaties.map((o) => ({ value: o.id, label: `${o.naam} (${t.soorten[o.soort]})` }))}
          value={organisatieId}
          onChange={setOrganisatieId}
          required
          error={fieldError('gevraagdeOrganisatieId', clientErrors, error)}
        />
        <TextAreaField
          id="bevraging-doel"
          label={m.casus.doel}
          description={m.casus.doelHint}
          value={doel}
          onChange={setDoel}
          maxLength={1000}
          rows={3}
          required
          error={fieldError('doel', clientErrors, error)}
        />
        <TextAreaField
          id="bevraging-vraag"
          label={
            <>
              {m.casus.vraag} <span className="sl-muted">{t.common.optional}</span>
            </>
          }
          description={m.casus.vraagHint}
          value={vraag}
          onChange={setVraag}
          maxLength={5000}
          rows={3}
          error={fieldError('vraag', clientErrors, error)}
        />
        <CheckboxGroup
          id="bevraging-persoon"
          legend={m.casus.personen}
          description={m.casus.personenHint}
          options={casus.personen.map((p) => ({
            value: p.persoon.id,
            label: `${p.persoon.naam}${p.persoon.geboortedatum ? ` (${p.persoon.geboortedatum})` : ''}`,
          }))}
          value={persoonIds}
          onChange={setPersoonIds}
          error={fieldError('persoonIds', clientErrors, error)}
        />
        <TextField
          id="bevraging-adres"
          label={
            <>
              {m.casus.adres} <span className="sl-muted">{t.common.optional}</span>
            </>
          }
          description={m.casus.adresHint}
          value={adres}
          onChange={setAdres}
          maxLength={300}
          autoComplete="off"
          error={fieldError('adres', clientErrors, error)}
        />
        <SubmitRow busy={busy}>{m.casus.submit}</SubmitRow>
      </form>
    </>
  );
}
