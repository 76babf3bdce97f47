import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Agendapunt, Bijdrage } from '@schemas/actieoverleg/vergaderingen';
import { ApiError } from '../../api/client';
import { useAreaMessages, useI18n } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { CheckboxGroup, StatusNotice, TextAreaField } from '../../shell/fields';
import { fieldError, ProblemAlert } from '../../shell/forms';
import { RadioGroup } from '../RadioGroup';
import type { OrganisatieAanTafel } from './format';
import { vergaderingenApi } from './vergaderingen.api';
import { en, nl } from './messages';

type Notice = { text: string; kind: 'ok' | 'warning' } | null;

/**
 * "Onze bijdrage": what the own organisation brings to one item (seed 004, "Delen en duiden van informatie"), with the
 * prompt for its kind of organisation and who may see it (everyone at the item, or only chosen organisations).
 * Updating sends If-Match with the contribution's version; on a conflict the page reloads and the text typed stays.
 */
export function BijdrageForm({ punt, aanTafel, onSaved }: { punt: Agendapunt; aanTafel: OrganisatieAanTafel[]; onSaved: () => void }) {
  const m = useAreaMessages({ nl, en });
  const b = m.bijdrage;
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const bestaand: Bijdrage | null = punt.bijdragen.find((x) => x.eigen) ?? null;
  const [inhoud, setInhoud] = useState(bestaand?.inhoud ?? '');
  const [alleenSelectie, setAlleenSelectie] = useState(bestaand?.zichtbaarVoor != null);
  const [zichtbaarVoor, setZichtbaarVoor] = useState<string[]>(bestaand?.zichtbaarVoor ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const id = `bijdrage-${punt.id}`;
  const soort = sessie.organisatie?.soort;
  const vraag = soort ? m.bijdrageVragen[soort] : undefined;
  const anderen = aanTafel.filter((o) => o.id !== sessie.organisatie?.id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!inhoud.trim()) e.inhoud = b.inhoudNodig;
    if (alleenSelectie && zichtbaarVoor.length === 0) e.zichtbaarVoor = b.organisatiesNodig;
    setErrors(e);
    setNotice(null);
    if (Object.keys(e).length > 0) {
      document.getElementById(e.inhoud ? `${id}-inhoud` : `${id}-organisaties-${anderen[0]?.id ?? ''}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await vergaderingenApi.bijdrage(punt.id, { inhoud: inhoud.trim(), zichtbaarVoor: alleenSelectie ? zichtbaarVoor : null }, bestaand);
      setNotice({ text: b.opgeslagen, kind: 'ok' });
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.isVersionConflict) {
        setNotice({ text: b.conflict, kind: 'warning' });
        onSaved();
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-ao-form sl-ao-bijdrage" aria-labelledby={`${id}-kop`}>
      <Heading4 id={`${id}-kop`}>{b.title}</Heading4>
      <Paragraph>{b.intro}</Paragraph>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      <TextAreaField
        id={`${id}-inhoud`}
        label={b.inhoud}
        description={
          vraag ? (
            <>
              {vraag.titel}:
              <UnorderedList>
                {vraag.punten.map((p) => (
                  <UnorderedListItem key={p}>{p}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : (
            b.algemeen
          )
        }
        value={inhoud}
        rows={5}
        maxLength={10000}
        error={fieldError('inhoud', errors, error)}
        onChange={setInhoud}
      />
      <RadioGroup
        id={`${id}-zichtbaarheid`}
        legend={b.zichtbaarheid}
        options={[
          { value: 'iedereen', label: b.iedereen },
          { value: 'selectie', label: b.selectie },
        ]}
        value={alleenSelectie ? 'selectie' : 'iedereen'}
        onChange={(v) => setAlleenSelectie(v === 'selectie')}
      />
      {alleenSelectie && (
        <CheckboxGroup
          id={`${id}-organisaties`}
          legend={b.organisaties}
          description={b.organisatiesHint}
          options={anderen.map((o) => ({ value: o.id, label: o.naam }))}
          value={zichtbaarVoor}
          error={fieldError('zichtbaarVoor', errors, error)}
          onChange={setZichtbaarVoor}
        />
      )}
      {bestaand && <Paragraph className="sl-muted">{b.laatst(formatDateTime(bestaand.bijgewerktOp))}</Paragraph>}
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {bestaand ? b.bijwerken : b.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}
