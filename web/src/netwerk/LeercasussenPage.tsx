import { useState, type FormEvent } from 'react';
import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Leercasus, Thema } from '@schemas/netwerk';
import { ApiError } from '../api/client';
import { SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { NetwerkWerkPage, PrivacyHint, TerugNaarNetwerk, useLoad, useNetwerkMessages } from './netwerk-shell';
import { netwerkApi } from './netwerk.api';

/** /netwerk/leercasussen: closed casussen brought in as anonymised learning material, with the network's lessons. */
export function LeercasussenPage() {
  const m = useNetwerkMessages();
  const lijst = useLoad(() => netwerkApi.leercasussen(), []);
  const themas = useLoad(() => netwerkApi.themas(), []);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <NetwerkWerkPage title={m.leercasussen} error={lijst.error} loading={!lijst.value}>
      <TerugNaarNetwerk />
      <Paragraph>{m.leercasussenUitleg}</Paragraph>
      <StatusNotice text={notice} />
      <Inbrengen themas={themas.value ?? []} onDone={() => { setNotice(m.ingebracht); void lijst.reload(); }} />
      <Heading2>{m.leercasussen}</Heading2>
      {lijst.value?.length === 0 && <Paragraph>{m.geenLeercasussen}</Paragraph>}
      {lijst.value?.map((l) => <LeercasusKaart key={l.id} leercasus={l} themas={themas.value ?? []} />)}
    </NetwerkWerkPage>
  );
}

function Inbrengen({ themas, onDone }: { themas: readonly Thema[]; onDone: () => void }) {
  const m = useNetwerkMessages();
  const [casusnummer, setCasusnummer] = useState('');
  const [titel, setTitel] = useState('');
  const [themaId, setThemaId] = useState('');
  const [lessen, setLessen] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);

  async function breng(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!casusnummer.trim()) errors.casusnummer = m.casusnummerLeeg;
    if (!titel.trim()) errors.titel = m.titelLeeg;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      document.getElementById(Object.keys(errors)[0] === 'casusnummer' ? 'casusnummer' : 'titel')?.focus();
      return;
    }
    setError(null);
    try {
      await netwerkApi.leercasusInbrengen({ casusnummer: casusnummer.trim(), titel: titel.trim(), lessen, themaId: themaId || null });
      setCasusnummer('');
      setTitel('');
      setLessen('');
      setThemaId('');
      onDone();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form onSubmit={breng} noValidate className="sl-netwerk-group">
      <Heading2>{m.inbrengen}</Heading2>
      <ProblemAlert error={error} />
      <TextField id="casusnummer" label={m.casusnummer} description={m.casusnummerHint} value={casusnummer} onChange={setCasusnummer} required autoComplete="off" spellCheck={false} error={fieldError('casusnummer', clientErrors, error)} />
      <TextField id="titel" label={m.titel} description={m.titelHint} value={titel} onChange={setTitel} required maxLength={200} error={fieldError('titel', clientErrors, error)} />
      <SelectField id="leer-thema" label={m.thema} value={themaId} onChange={setThemaId} placeholder={m.geenKoppeling} options={themas.filter((t) => t.actief).map((t) => ({ value: t.id, label: t.naam }))} error={fieldError('themaId', {}, error)} />
      <TextAreaField id="lessen" label={m.lessen} description={<PrivacyHint />} value={lessen} onChange={setLessen} rows={4} error={fieldError('lessen', {}, error)} />
      <Button type="submit" appearance="primary-action-button">
        {m.inbrengen}
      </Button>
    </form>
  );
}

function LeercasusKaart({ leercasus, themas }: { leercasus: Leercasus; themas: readonly Thema[] }) {
  const m = useNetwerkMessages();
  const [basis, setBasis] = useState(leercasus);
  const [lessen, setLessen] = useState(leercasus.lessen);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const p = basis.profiel;
  const thema = themas.find((t) => t.id === basis.themaId);

  async function opslaan(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    try {
      setBasis(await netwerkApi.leercasusWijzigen(basis, { lessen }));
      setNotice(m.opgeslagen);
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        setBasis(await netwerkApi.leercasussen().then((all) => all.find((x) => x.id === basis.id) ?? basis));
        setNotice(m.conflict);
      } else setError(e);
    }
  }

  const rijen: [string, string][] = [
    [m.jaar, String(p.jaar)],
    [m.doorlooptijd, p.doorlooptijdDagen === null ? m.onbekend : m.dagen(p.doorlooptijdDagen)],
    [m.momentenVerloop, p.momenten.length === 0 ? m.geenMomenten : p.momenten.map((x) => m.momentOpDag(m.momenten[x.moment], x.dagNaStart)).join(' → ')],
    [m.organisaties, p.organisatieSoorten.join(', ') || m.onbekend],
    [m.meldingen, String(p.meldingen)],
    [m.herhaling, p.herhaling ? m.ja(p.herhalingen) : m.nee],
    [m.afspraken, m.afsprakenTekst(p.afspraken)],
    [m.scenarios, m.scenariosTekst(p.scenarios)],
    [m.taken, m.takenTekst(p.taken)],
  ];
  if (thema) rijen.unshift([m.thema, thema.naam]);

  return (
    <article className="sl-netwerk-card" aria-labelledby={`leer-${basis.id}`}>
      <Heading3 id={`leer-${basis.id}`}>{basis.titel}</Heading3>
      <Paragraph>
        <strong>{m.profiel}</strong>
      </Paragraph>
      <DataList className="sl-datalist">
        {rijen.map(([k, v]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <form onSubmit={opslaan} noValidate>
        <StatusNotice text={notice} kind={notice === m.conflict ? 'warning' : 'ok'} />
        <ProblemAlert error={error} />
        <TextAreaField id={`lessen-${basis.id}`} label={m.lessen} description={<PrivacyHint />} value={lessen} onChange={setLessen} rows={4} error={fieldError('lessen', {}, error)} />
        <Button type="submit" appearance="secondary-action-button">
          {m.lessenOpslaan(basis.titel)}
        </Button>
      </form>
    </article>
  );
}
