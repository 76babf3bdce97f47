import { useState, type FormEvent } from 'react';
import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Twijfelcasus } from '@schemas/netwerk';
import { twijfelVerbeteracties } from '@schemas/netwerk';
import { ApiError } from '../api/client';
import { SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert } from '../shell/forms';
import { NetwerkWerkPage, PrivacyHint, TerugNaarNetwerk, useLoad, useNetwerkMessages } from './netwerk-shell';
import { netwerkApi } from './netwerk.api';

/** /netwerk/twijfelcasussen: doubt cases collected to find shared norms; filter by status, record the norm. */
export function TwijfelcasussenPage() {
  const m = useNetwerkMessages();
  const [status, setStatus] = useState<'' | Twijfelcasus['status']>('');
  const lijst = useLoad(() => netwerkApi.twijfelcasussen(status || undefined), [status]);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <NetwerkWerkPage title={m.twijfelcasussen} error={lijst.error}>
      <TerugNaarNetwerk />
      <Paragraph>{m.twijfelUitleg}</Paragraph>
      <StatusNotice text={notice} />
      <NieuweTwijfel onDone={() => { setNotice(m.vastgelegd); void lijst.reload(); }} />
      <Heading2>{m.twijfelcasussen}</Heading2>
      <SelectField
        id="filter-status"
        label={m.filterStatus}
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        options={[{ value: '', label: m.alle }, ...(['open', 'norm-gevonden'] as const).map((s) => ({ value: s, label: m.twijfelStatussen[s] }))]}
      />
      {lijst.value?.length === 0 && <Paragraph>{m.geenTwijfel}</Paragraph>}
      {lijst.value?.map((t) => <TwijfelKaart key={`${t.id}-${t.versie}`} twijfel={t} onSaved={() => { setNotice(m.normVastgelegd); void lijst.reload(); }} />)}
    </NetwerkWerkPage>
  );
}

const verbeteractieOpties = (m: ReturnType<typeof useNetwerkMessages>) => twijfelVerbeteracties.map((v) => ({ value: v, label: m.momenten[v] }));

function NieuweTwijfel({ onDone }: { onDone: () => void }) {
  const m = useNetwerkMessages();
  const [vraag, setVraag] = useState('');
  const [situatie, setSituatie] = useState('');
  const [verbeteractie, setVerbeteractie] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);

  async function leg(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = vraag.trim() ? {} : { vraag: m.vraagLeeg };
    setClientErrors(errors);
    if (errors.vraag) {
      document.getElementById('vraag')?.focus();
      return;
    }
    setError(null);
    try {
      await netwerkApi.twijfelcasusVastleggen({
        vraag: vraag.trim(),
        situatie: situatie.trim(),
        verbeteractie: (verbeteractie || null) as Twijfelcasus['verbeteractie'],
      });
      setVraag('');
      setSituatie('');
      setVerbeteractie('');
      onDone();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form onSubmit={leg} noValidate className="sl-netwerk-group">
      <Heading2>{m.nieuweTwijfel}</Heading2>
      <ProblemAlert error={error} />
      <TextAreaField id="vraag" label={m.vraag} description={m.vraagHint} value={vraag} onChange={setVraag} rows={2} required error={fieldError('vraag', clientErrors, error)} />
      <TextAreaField id="situatie" label={m.situatie} description={<PrivacyHint />} value={situatie} onChange={setSituatie} rows={4} error={fieldError('situatie', {}, error)} />
      <SelectField id="verbeteractie" label={m.verbeteractie} value={verbeteractie} onChange={setVerbeteractie} placeholder={m.geenVerbeteractie} options={verbeteractieOpties(m)} error={fieldError('verbeteractie', {}, error)} />
      <Button type="submit" appearance="primary-action-button">
        {m.nieuweTwijfel}
      </Button>
    </form>
  );
}

function TwijfelKaart({ twijfel, onSaved }: { twijfel: Twijfelcasus; onSaved: () => void }) {
  const m = useNetwerkMessages();
  const [norm, setNorm] = useState(twijfel.norm ?? '');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const veld = `norm-${twijfel.id}`;

  async function legNormVast(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = norm.trim() ? {} : { norm: m.normLeeg };
    setClientErrors(errors);
    if (errors.norm) {
      document.getElementById(veld)?.focus();
      return;
    }
    setError(null);
    try {
      await netwerkApi.twijfelcasusWijzigen(twijfel, { norm: norm.trim(), status: 'norm-gevonden' });
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) setNotice(m.conflict);
      setError(e);
    }
  }

  return (
    <article className="sl-netwerk-card" aria-labelledby={`twijfel-${twijfel.id}`}>
      <Heading3 id={`twijfel-${twijfel.id}`} className="sl-netwerk-pre">
        {twijfel.vraag}
      </Heading3>
      <DataList className="sl-datalist">
        <DataListItem>
          <DataListKey>{m.status}</DataListKey>
          <DataListValue>{m.twijfelStatussen[twijfel.status]}</DataListValue>
        </DataListItem>
        {twijfel.verbeteractie && (
          <DataListItem>
            <DataListKey>{m.verbeteractie}</DataListKey>
            <DataListValue>{m.momenten[twijfel.verbeteractie]}</DataListValue>
          </DataListItem>
        )}
        {twijfel.situatie && (
          <DataListItem>
            <DataListKey>{m.situatie}</DataListKey>
            <DataListValue className="sl-netwerk-pre">{twijfel.situatie}</DataListValue>
          </DataListItem>
        )}
        {twijfel.norm && (
          <DataListItem>
            <DataListKey>{m.norm}</DataListKey>
            <DataListValue className="sl-netwerk-pre">{twijfel.norm}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      {twijfel.status === 'open' && (
        <form onSubmit={legNormVast} noValidate>
          <StatusNotice text={notice} kind="warning" />
          {!(error instanceof ApiError && error.invalidParams.length > 0) && <ProblemAlert error={error} />}
          <TextAreaField id={veld} label={m.norm} description={<PrivacyHint />} value={norm} onChange={setNorm} rows={3} error={fieldError('norm', clientErrors, error)} />
          <Button type="submit" appearance="secondary-action-button">
            {m.normVastleggen}
          </Button>
        </form>
      )}
    </article>
  );
}
