import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { NetwerkLid, Thema } from '@schemas/netwerk';
import { ApiError } from '../api/client';
import { DataTable } from '../shell/DataTable';
import { SelectField, StatusNotice } from '../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { NetwerkWerkPage, TerugNaarNetwerk, useLoad, useNetwerkMessages } from './netwerk-shell';
import { netwerkApi } from './netwerk.api';

/** /netwerk/themas: the four moments and the network's own themes, each with a lead; add, change lead, switch off. */
export function ThemasPage() {
  const m = useNetwerkMessages();
  const themas = useLoad(() => netwerkApi.themas(), []);
  const leden = useLoad(() => netwerkApi.leden().then((l) => l.organisaties.flatMap((o) => o.leden)), []);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <NetwerkWerkPage title={m.themas} error={themas.error ?? leden.error} loading={!themas.value || !leden.value}>
      <TerugNaarNetwerk />
      <StatusNotice text={notice} />
      <Paragraph>{m.uitzettenUitleg}</Paragraph>
      <DataTable caption={m.themasCaption} columns={[m.thema, m.soort, m.trekker, m.status]}>
        {(themas.value ?? []).map((t) => (
          <ThemaRij key={t.id} thema={t} leden={leden.value ?? []} onSaved={(tekst) => { setNotice(tekst); void themas.reload(); }} />
        ))}
      </DataTable>
      <NieuwThema leden={leden.value ?? []} onAdded={(t) => { setNotice(m.themaToegevoegd(t.naam)); void themas.reload(); }} />
    </NetwerkWerkPage>
  );
}

const ledenOpties = (leden: readonly NetwerkLid[]) => leden.map((l) => ({ value: l.id, label: `${l.naam} (${l.organisatieNaam})` }));

function ThemaRij({ thema, leden, onSaved }: { thema: Thema; leden: readonly NetwerkLid[]; onSaved: (tekst: string) => void }) {
  const m = useNetwerkMessages();
  const [trekker, setTrekker] = useState(thema.trekker?.lidId ?? '');
  const [error, setError] = useState<unknown>(null);
  async function wijzig(changes: { trekkerLidId?: string | null; actief?: boolean }) {
    setError(null);
    try {
      await netwerkApi.themaWijzigen(thema, changes);
      onSaved(m.opgeslagen);
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.isVersionConflict) onSaved(m.conflict);
    }
  }
  return (
    <TableRow>
      <TableHeaderCell scope="row">{thema.naam}</TableHeaderCell>
      <TableCell>{thema.moment ? m.momentThema : m.eigenThema}</TableCell>
      <TableCell>
        <SelectField
          id={`trekker-${thema.id}`}
          label={m.trekkerVan(thema.naam)}
          value={trekker}
          onChange={setTrekker}
          placeholder={m.geenTrekker}
          options={ledenOpties(leden)}
          error={fieldError('trekkerLidId', {}, error)}
        />
        <Button appearance="secondary-action-button" onClick={() => void wijzig({ trekkerLidId: trekker || null })}>
          {m.trekkerOpslaan(thema.naam)}
        </Button>
      </TableCell>
      <TableCell>
        <Paragraph>{thema.actief ? m.actief : m.uitgezet}</Paragraph>
        <ButtonGroup>
          <Button appearance="subtle-button" onClick={() => void wijzig({ actief: !thema.actief })}>
            {thema.actief ? m.uitzetten(thema.naam) : m.aanzetten(thema.naam)}
          </Button>
        </ButtonGroup>
        {!(error instanceof ApiError && error.invalidParams.length > 0) && <ProblemAlert error={error} />}
      </TableCell>
    </TableRow>
  );
}

function NieuwThema({ leden, onAdded }: { leden: readonly NetwerkLid[]; onAdded: (t: Thema) => void }) {
  const m = useNetwerkMessages();
  const [naam, setNaam] = useState('');
  const [trekker, setTrekker] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);

  async function voegToe(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = naam.trim() ? {} : { naam: m.themaNaamLeeg };
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      document.getElementById('thema-naam')?.focus();
      return;
    }
    setError(null);
    try {
      const t = await netwerkApi.themaAanmaken({ naam: naam.trim(), trekkerLidId: trekker || null });
      setNaam('');
      setTrekker('');
      onAdded(t);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form onSubmit={voegToe} noValidate className="sl-netwerk-group">
      <Heading2>{m.nieuwThema}</Heading2>
      <ProblemAlert error={error} />
      <TextField id="thema-naam" label={m.themaNaam} description={m.themaNaamHint} value={naam} onChange={setNaam} required maxLength={120} error={fieldError('naam', clientErrors, error)} />
      <SelectField id="thema-trekker" label={m.trekker} value={trekker} onChange={setTrekker} placeholder={m.geenTrekker} options={ledenOpties(leden)} error={fieldError('trekkerLidId', {}, error)} />
      <Button type="submit" appearance="primary-action-button">
        {m.themaToevoegen}
      </Button>
    </form>
  );
}
