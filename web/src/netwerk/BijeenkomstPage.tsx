import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { Bijeenkomst, Leercasus, Thema, Twijfelcasus } from '@schemas/netwerk';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';
import { naarAmsterdamInput, vanAmsterdamInput } from './amsterdam-tijd';
import { SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { ProblemAlert, TextField } from '../shell/forms';
import { StoredVersion } from '../shell/register-edit';
import { useRouter } from '../shell/router';
import { NetwerkWerkPage, PrivacyHint, TerugNaarNetwerk, useLoad, useNetwerkMessages } from './netwerk-shell';
import { netwerkApi } from './netwerk.api';

interface PuntInvoer {
  onderwerp: string;
  themaId: string;
  leercasusId: string;
  twijfelcasusId: string;
}
interface Invoer {
  begintOp: string;
  status: Bijeenkomst['status'];
  agenda: PuntInvoer[];
  notulen: string;
}

const naarInvoer = (b: Bijeenkomst): Invoer => ({
  begintOp: naarAmsterdamInput(b.begintOp),
  status: b.status,
  notulen: b.notulen,
  agenda: b.agenda.map((p) => ({ onderwerp: p.onderwerp, themaId: p.themaId ?? '', leercasusId: p.leercasusId ?? '', twijfelcasusId: p.twijfelcasusId ?? '' })),
});
const leegPunt = (): PuntInvoer => ({ onderwerp: '', themaId: '', leercasusId: '', twijfelcasusId: '' });

/**
 * /netwerk/bijeenkomsten/nieuw and /netwerk/bijeenkomsten/:id: plan a meeting, its agenda (subject, optionally a
 * theme, learning case or doubt case), its notes and status. On a version conflict the form keeps what was typed and
 * shows what is stored now; saving again overwrites knowingly.
 */
export function BijeenkomstPage({ id }: { id?: string }) {
  const m = useNetwerkMessages();
  const { formatDateTime } = useI18n();
  const { navigate } = useRouter();
  const bestaand = useLoad(() => (id ? netwerkApi.bijeenkomst(id) : Promise.resolve(null)), [id]);
  const themas = useLoad(() => netwerkApi.themas(), []);
  const leercasussen = useLoad(() => netwerkApi.leercasussen(), []);
  const twijfel = useLoad(() => netwerkApi.twijfelcasussen(), []);
  const [basis, setBasis] = useState<Bijeenkomst | null>(null);
  const [invoer, setInvoer] = useState<Invoer>({ begintOp: '', status: 'gepland', agenda: [leegPunt()], notulen: '' });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Bijeenkomst | null>(null);
  const [busy, setBusy] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (bestaand.value) {
      setBasis(bestaand.value);
      setInvoer(naarInvoer(bestaand.value));
    }
  }, [bestaand.value]);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const zetPunt = (i: number, f: (p: PuntInvoer) => PuntInvoer) => setInvoer((x) => ({ ...x, agenda: x.agenda.map((p, j) => (j === i ? f(p) : p)) }));
  const fout = (veld: string) => clientErrors[veld] ?? (error instanceof ApiError ? error.invalidParams.find((p) => p.name === veld)?.reason : undefined);

  async function opslaan(event: FormEvent) {
    event.preventDefault();
    const begintOp = vanAmsterdamInput(invoer.begintOp);
    const errors: Record<string, string> = {};
    if (!begintOp) errors.begintOp = m.begintOpLeeg;
    invoer.agenda.forEach((p, i) => {
      if (!p.onderwerp.trim()) errors[`agenda.${i}.onderwerp`] = m.onderwerpLeeg;
    });
    setClientErrors(errors);
    setNotice(null);
    if (Object.keys(errors).length > 0) {
      const eerste = Object.keys(errors)[0]!;
      document.getElementById(eerste === 'begintOp' ? 'begintOp' : `onderwerp-${eerste.split('.')[1]}`)?.focus();
      return;
    }
    const agenda = invoer.agenda.map((p) => ({
      onderwerp: p.onderwerp.trim(),
      themaId: p.themaId || null,
      leercasusId: p.leercasusId || null,
      twijfelcasusId: p.twijfelcasusId || null,
    }));
    setBusy(true);
    setError(null);
    try {
      if (!basis) {
        const nieuw = await netwerkApi.bijeenkomstPlannen({ begintOp: begintOp!, agenda });
        navigate(`/netwerk/bijeenkomsten/${nieuw.id}`, { replace: true });
        return;
      }
      const opgeslagen = await netwerkApi.bijeenkomstWijzigen(basis, { begintOp: begintOp!, agenda, notulen: invoer.notulen, status: invoer.status });
      setBasis(opgeslagen);
      setConflict(null);
      setNotice(m.opgeslagen);
    } catch (e) {
      if (basis && e instanceof ApiError && e.isVersionConflict) {
        // Keep the input; base the next save on what is stored now, and show it.
        const nu = await netwerkApi.bijeenkomst(basis.id);
        setBasis(nu);
        setConflict(nu);
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }

  const opties = <T extends { id: string }>(lijst: readonly T[] | undefined, label: (x: T) => string) => (lijst ?? []).map((x) => ({ value: x.id, label: label(x) }));
  const themaOpties = opties<Thema>(themas.value?.filter((t) => t.actief), (t) => t.naam);
  const leerOpties = opties<Leercasus>(leercasussen.value, (l) => l.titel);
  const twijfelOpties = opties<Twijfelcasus>(twijfel.value, (t) => t.vraag.slice(0, 80));
  const titel = basis ? m.bijeenkomstVan(formatDateTime(basis.begintOp)) : m.bijeenkomstPlannen;

  return (
    <NetwerkWerkPage title={titel} error={bestaand.error} loading={Boolean(id) && !basis && !bestaand.error}>
      <TerugNaarNetwerk />
      <StatusNotice text={notice} />
      {conflict && (
        <StoredVersion
          panelRef={conflictRef}
          warning={m.conflict}
          heading={m.opgeslagenVersie}
          rows={[
            [m.begintOp, formatDateTime(conflict.begintOp)],
            [m.status, m.bijeenkomstStatussen[conflict.status]],
            [m.agenda, conflict.agenda.map((p) => p.onderwerp).join('; ')],
            [m.notulen, <span className="sl-netwerk-pre">{conflict.notulen}</span>],
          ]}
        />
      )}
      <ProblemAlert error={error} />
      <form onSubmit={opslaan} noValidate>
        <div className="sl-netwerk-row">
          <TextField id="begintOp" type="datetime-local" label={m.begintOp} description={m.begintOpHint} value={invoer.begintOp} onChange={(v) => setInvoer((x) => ({ ...x, begintOp: v }))} required error={fout('begintOp')} />
          {basis && (
            <SelectField
              id="status"
              label={m.status}
              value={invoer.status}
              onChange={(v) => setInvoer((x) => ({ ...x, status: v as Bijeenkomst['status'] }))}
              options={(['gepland', 'gehouden', 'geannuleerd'] as const).map((s) => ({ value: s, label: m.bijeenkomstStatussen[s] }))}
            />
          )}
        </div>
        {invoer.agenda.map((p, i) => (
          <Fieldset key={i} className="sl-netwerk-group">
            <FieldsetLegend>{m.agendapunt(i + 1)}</FieldsetLegend>
            <TextField id={`onderwerp-${i}`} label={m.onderwerp} value={p.onderwerp} onChange={(v) => zetPunt(i, (x) => ({ ...x, onderwerp: v }))} required maxLength={300} error={fout(`agenda.${i}.onderwerp`)} />
            <SelectField id={`thema-${i}`} label={m.thema} value={p.themaId} onChange={(v) => zetPunt(i, (x) => ({ ...x, themaId: v }))} placeholder={m.geenKoppeling} options={themaOpties} error={fout(`agenda.${i}.themaId`)} />
            <SelectField id={`leercasus-${i}`} label={m.leercasus} value={p.leercasusId} onChange={(v) => zetPunt(i, (x) => ({ ...x, leercasusId: v }))} placeholder={m.geenKoppeling} options={leerOpties} error={fout(`agenda.${i}.leercasusId`)} />
            <SelectField id={`twijfel-${i}`} label={m.twijfelcasus} value={p.twijfelcasusId} onChange={(v) => zetPunt(i, (x) => ({ ...x, twijfelcasusId: v }))} placeholder={m.geenKoppeling} options={twijfelOpties} error={fout(`agenda.${i}.twijfelcasusId`)} />
            <Button appearance="subtle-button" onClick={() => setInvoer((x) => ({ ...x, agenda: x.agenda.filter((_, j) => j !== i) }))}>
              {m.agendapuntVerwijderen(i + 1)}
            </Button>
          </Fieldset>
        ))}
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={() => setInvoer((x) => ({ ...x, agenda: [...x.agenda, leegPunt()] }))}>
            {m.agendapuntToevoegen}
          </Button>
        </Paragraph>
        {basis && (
          <TextAreaField id="notulen" label={m.notulen} description={<PrivacyHint />} value={invoer.notulen} onChange={(v) => setInvoer((x) => ({ ...x, notulen: v }))} rows={8} error={fout('notulen')} />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {basis ? m.opslaan : m.bijeenkomstPlannen}
          </Button>
        </ButtonGroup>
      </form>
    </NetwerkWerkPage>
  );
}
