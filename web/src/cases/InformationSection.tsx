import { useState, type FormEvent } from 'react';
import {
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Heading4,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import {
  categorieenPerOrganisatieSoort,
  vertrouwelijkheden,
  type InformatieCategorie,
  type InformatieItem,
  type Vertrouwelijkheid,
} from '@schemas/sharing';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { Loading } from '../shell/page';
import { casesApi } from './cases.api';
import { useApiData } from '../api/useApiData';
import { ActionDisclosure, ActionRow, SubmitRow, useActionDisclosure } from './ActionDisclosure';
import { CheckboxGroup, SelectField, TextAreaField } from '../shell/fields';
import { en, nl } from './messages';

/** Items grouped by the organisation that shared them, in the order the first item of each arrived. */
function bySource(items: readonly InformatieItem[]): Array<{ id: string; naam: string; items: InformatieItem[] }> {
  const groups = new Map<string, { id: string; naam: string; items: InformatieItem[] }>();
  for (const item of items) {
    const key = item.bronOrganisatie.id;
    if (!groups.has(key)) groups.set(key, { id: key, naam: item.bronOrganisatie.naam, items: [] });
    groups.get(key)!.items.push(item);
  }
  return [...groups.values()];
}

/** What each partner shares, need-to-know filtered by the server; and the form to share. */
export function InformationSection({ casus, tick, onChanged }: { casus: Casus; tick: number; onChanged: () => void }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const { data, error } = useApiData(() => casesApi.information(casus.id), [casus.id, tick]);
  const items = data?.items ?? null;

  return (
    <>
      <Paragraph>{m.information.intro}</Paragraph>
      <ProblemAlert error={error} />
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <Paragraph>{m.information.none}</Paragraph>}
      {items &&
        bySource(items).map((group) => (
          <section key={group.id} aria-labelledby={`informatie-${group.id}`}>
            <Heading3 id={`informatie-${group.id}`}>{m.information.from(group.naam)}</Heading3>
            <ul className="sl-cards">
              {group.items.map((item) => (
                <li key={item.id} className="sl-casus-card" data-testid="informatie-item">
                  <Heading4>{item.titel}</Heading4>
                  <ul className="sl-casus-card__meta">
                    <li>
                      {m.information.categorie}: {m.categorieen[item.categorie]}
                    </li>
                    <li>
                      {m.information.vertrouwelijkheid}:{' '}
                      {item.vertrouwelijkheid === 'normaal' ? (
                        m.vertrouwelijkheid[item.vertrouwelijkheid]
                      ) : (
                        <strong>{m.vertrouwelijkheid[item.vertrouwelijkheid]}</strong>
                      )}
                    </li>
                    <li>
                      {m.information.zichtbaarVoor}:{' '}
                      {item.zichtbaarVoor === null ? m.information.allen : item.zichtbaarVoor.map((o) => o.naam).join(', ')}
                    </li>
                  </ul>
                  <Paragraph className="sl-casus-card__text">{item.inhoud}</Paragraph>
                  <Paragraph className="sl-muted">
                    {item.gedeeldDoor
                      ? m.information.gedeeld(item.gedeeldDoor.naam, formatDateTime(item.gedeeldOp))
                      : m.information.gedeeldOp(formatDateTime(item.gedeeldOp))}
                  </Paragraph>
                </li>
              ))}
            </ul>
          </section>
        ))}
      {casus.status === 'open' && (
        <ActionRow>
          <ActionDisclosure id="informatie-delen" label={m.information.shareTitle} intro={m.information.shareIntro}>
            <ShareForm casus={casus} onShared={onChanged} />
          </ActionDisclosure>
        </ActionRow>
      )}
    </>
  );
}

function ShareForm({ casus, onShared }: { casus: Casus; onShared: () => void }) {
  const m = useAreaMessages({ nl, en });
  const { t } = useI18n();
  const sessie = useActiveSession();
  const soort = sessie.organisatie?.soort ?? 'gemeente';
  const categorieen = categorieenPerOrganisatieSoort[soort];
  const others = casus.deelnemers.filter((d) => d.tot === null && d.organisatie.id !== sessie.organisatie?.id);
  const [categorie, setCategorie] = useState<InformatieCategorie>(categorieen[0] ?? 'overig');
  const [vertrouwelijkheid, setVertrouwelijkheid] = useState<Vertrouwelijkheid>('normaal');
  const [allen, setAllen] = useState(true);
  const [zichtbaarVoor, setZichtbaarVoor] = useState<string[]>([]);
  const [titel, setTitel] = useState('');
  const [inhoud, setInhoud] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { done } = useActionDisclosure();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!allen && zichtbaarVoor.length === 0) errors.zichtbaarVoor = m.information.kiesDeelnemersRequired;
    if (titel.trim().length < 3) errors.titel = m.information.titelTooShort;
    if (!inhoud.trim()) errors.inhoud = m.information.inhoudRequired;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      const first = Object.keys(errors)[0]!;
      const target = { zichtbaarVoor: `informatie-zichtbaar-${others[0]?.organisatie.id}`, titel: 'informatie-titel', inhoud: 'informatie-inhoud' }[first];
      if (target) document.getElementById(target)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await casesApi.shareInformation(casus.id, {
        categorie,
        vertrouwelijkheid,
        zichtbaarVoor: allen ? null : zichtbaarVoor,
        titel: titel.trim(),
        inhoud: inhoud.trim(),
      });
      done(m.information.shared);
      setTitel('');
      setInhoud('');
      onShared();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const zichtbaarError = fieldError('zichtbaarVoor', clientErrors, error);
  return (
    <>
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form">
        <SelectField
          id="informatie-categorie"
          label={m.information.categorie}
          description={m.information.categorieHint(t.soorten[soort])}
          options={categorieen.map((c) => ({ value: c, label: m.categorieen[c] }))}
          value={categorie}
          onChange={(v) => setCategorie(v as InformatieCategorie)}
          error={fieldError('categorie', clientErrors, error)}
        />
        <SelectField
          id="informatie-vertrouwelijkheid"
          label={m.information.vertrouwelijkheid}
          options={vertrouwelijkheden.map((v) => ({ value: v, label: m.vertrouwelijkheid[v] }))}
          value={vertrouwelijkheid}
          onChange={(v) => setVertrouwelijkheid(v as Vertrouwelijkheid)}
          error={fieldError('vertrouwelijkheid', clientErrors, error)}
        />
        <Fieldset>
          <FieldsetLegend>{m.information.zichtbaarLegend}</FieldsetLegend>
          <div className="sl-choice">
            <RadioButton id="informatie-allen" name="informatie-zichtbaar" checked={allen} onChange={() => setAllen(true)} />
            <FormLabel htmlFor="informatie-allen" type="radio" checked={allen}>
              {m.information.zichtbaarAllen}
            </FormLabel>
          </div>
          <div className="sl-choice">
            <RadioButton
              id="informatie-gekozen"
              name="informatie-zichtbaar"
              checked={!allen}
              disabled={others.length === 0}
              onChange={() => setAllen(false)}
            />
            <FormLabel htmlFor="informatie-gekozen" type="radio" checked={!allen}>
              {m.information.zichtbaarGekozen}
              {others.length === 0 && <span className="sl-muted"> – {m.information.noOthers}</span>}
            </FormLabel>
          </div>
        </Fieldset>
        {!allen && (
          <CheckboxGroup
            id="informatie-zichtbaar"
            legend={m.information.kiesDeelnemers}
            options={others.map((d) => ({ value: d.organisatie.id, label: d.organisatie.naam }))}
            value={zichtbaarVoor}
            onChange={setZichtbaarVoor}
            error={zichtbaarError}
          />
        )}
        {allen && zichtbaarError && <FormFieldErrorMessage>{zichtbaarError}</FormFieldErrorMessage>}
        <TextField
          id="informatie-titel"
          label={m.information.titel}
          value={titel}
          onChange={setTitel}
          maxLength={200}
          required
          error={fieldError('titel', clientErrors, error)}
        />
        <TextAreaField
          id="informatie-inhoud"
          label={m.information.inhoud}
          value={inhoud}
          onChange={setInhoud}
          maxLength={20000}
          rows={5}
          required
          error={fieldError('inhoud', clientErrors, error)}
        />
        <SubmitRow busy={busy}>{m.information.share}</SubmitRow>
      </form>
    </>
  );
}
