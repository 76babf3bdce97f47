import { useState } from 'react';
import { Fieldset, FieldsetLegend, FormFieldErrorMessage, FormLabel, Paragraph, RadioButton, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { DataTable } from '../shell/DataTable';
import type { Checkin, CheckinResultaat, CheckinUitkomst, Veiligheidsplan } from '@schemas/veiligheidsplan';
import { checkinUitkomsten } from '@schemas/veiligheidsplan';
import { ApiError } from '../api/client';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { useAreaMessages, useI18n } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { StatusNotice, TextAreaField } from '../shell/fields';
import { veiligheidsplanApi } from './veiligheidsplan.api';
import { en, nl } from './messages';

/** Now as a datetime-local value in the browser's time zone. */
function nuLokaal(): string {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * The check-ins on the safety conditions: planned date and outcome in words per condition; an open one is recorded
 * here (If-Match). A breach says what the platform did: the condition's scenario set off, the regie holder tasked.
 */
export function Monitoring({ plan, checkins, onChanged }: { plan: Veiligheidsplan; checkins: Checkin[]; onChanged: () => void }) {
  const m = useAreaMessages({ nl, en });
  const { formatDate, formatDateTime } = useI18n();
  const [melding, setMelding] = useState<{ tekst: string; soort: 'ok' | 'warning' } | null>(null);

  const uitkomstTekst = (c: Checkin) => {
    if (c.uitkomst && c.uitgevoerdOp) return m.uitkomstMet(m.uitkomsten[c.uitkomst], formatDateTime(c.uitgevoerdOp), c.doorOrganisatie?.naam ?? null);
    return c.teLaat ? m.teLaat : m.gepland;
  };

  const open = checkins.filter((c) => c.uitgevoerdOp === null);
  return (
    <>
      <StatusNotice text={melding?.tekst} kind={melding?.soort} />
      {checkins.length === 0 ? (
        <Paragraph>{m.monitoringLeeg}</Paragraph>
      ) : (
        <DataTable caption={m.checkinsCaption} columns={[m.kolomVoorwaarde, m.kolomGepland, m.kolomUitkomst]}>
              {checkins.map((c) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row">{c.voorwaarde}</TableHeaderCell>
                  <TableCell>
                    <time dateTime={c.geplandOp}>{formatDate(c.geplandOp)}</time>
                  </TableCell>
                  <TableCell>{c.teLaat ? <strong>{uitkomstTekst(c)}</strong> : uitkomstTekst(c)}</TableCell>
                </TableRow>
              ))}
        </DataTable>
      )}
      {open.map((c) => (
        <ActionDisclosure key={c.id} id={`controle-${c.id}`} label={m.controleVastleggen(c.voorwaarde, formatDate(c.geplandOp))}>
          <CheckinForm
            checkin={c}
            onSaved={(resultaat) => {
              if (resultaat.schending) {
                setMelding({ tekst: m.schending(resultaat.schending.scenarioGeactiveerd, plan.regie.organisatie?.naam ?? null), soort: 'warning' });
              } else {
                setMelding({ tekst: m.controleOpgeslagen, soort: 'ok' });
              }
              onChanged();
            }}
            onConflict={onChanged}
          />
        </ActionDisclosure>
      ))}
    </>
  );
}

function CheckinForm({ checkin, onSaved, onConflict }: { checkin: Checkin; onSaved: (c: CheckinResultaat) => void; onConflict: () => void }) {
  const m = useAreaMessages({ nl, en });
  const disclosure = useActionDisclosure();
  const [uitgevoerdOp, setUitgevoerdOp] = useState(nuLokaal);
  const [uitkomst, setUitkomst] = useState<CheckinUitkomst | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [volgende, setVolgende] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [bezig, setBezig] = useState(false);
  const p = `checkin-${checkin.id}`;

  const verstuur = async () => {
    const f: Record<string, string> = {};
    if (!uitgevoerdOp) f.uitgevoerdOp = m.vulTijdstip;
    if (!uitkomst) f.uitkomst = m.kiesUitkomst;
    setFouten(f);
    if (Object.keys(f).length > 0 || !uitkomst) return;
    setBezig(true);
    setError(null);
    try {
      const resultaat = await veiligheidsplanApi.recordCheckin(checkin, {
        uitgevoerdOp: new Date(uitgevoerdOp).toISOString(),
        uitkomst,
        toelichting,
        ...(uitkomst === 'geschonden' && volgende ? { volgendeControleOp: volgende } : {}),
      });
      disclosure.done(m.controleOpgeslagen);
      onSaved(resultaat);
    } catch (e) {
      setError(e instanceof ApiError && e.isVersionConflict ? new Error(m.controleConflict) : e);
      if (e instanceof ApiError && e.isVersionConflict) onConflict();
    } finally {
      setBezig(false);
    }
  };

  const uitkomstFout = fieldError('uitkomst', fouten, error);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void verstuur();
      }}
    >
      <ProblemAlert error={error} />
      <TextField
        id={`${p}-uitgevoerdOp`}
        type="datetime-local"
        label={m.uitgevoerdOp}
        value={uitgevoerdOp}
        onChange={setUitgevoerdOp}
        required
        className="sl-field--short"
        error={fieldError('uitgevoerdOp', fouten, error)}
      />
      <Fieldset invalid={Boolean(uitkomstFout)} aria-describedby={uitkomstFout ? `${p}-uitkomst-error` : undefined}>
        <FieldsetLegend>{m.uitkomst}</FieldsetLegend>
        {uitkomstFout && <FormFieldErrorMessage id={`${p}-uitkomst-error`}>{uitkomstFout}</FormFieldErrorMessage>}
        {checkinUitkomsten.map((u) => (
          <div key={u} className="sl-choice">
            <RadioButton id={`${p}-${u}`} name={`${p}-uitkomst`} value={u} checked={uitkomst === u} onChange={() => setUitkomst(u)} />
            <FormLabel htmlFor={`${p}-${u}`} type="radio" checked={uitkomst === u}>
              {m.uitkomsten[u]}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      <TextAreaField id={`${p}-toelichting`} label={m.toelichting} value={toelichting} onChange={setToelichting} rows={2} error={fieldError('toelichting', {}, error)} />
      {uitkomst === 'geschonden' && (
        <TextField
          id={`${p}-volgendeControleOp`}
          type="date"
          label={m.volgendeControleOp}
          value={volgende}
          onChange={setVolgende}
          className="sl-field--short"
          error={fieldError('volgendeControleOp', {}, error)}
        />
      )}
      <SubmitRow busy={bezig}>{m.controleOpslaan}</SubmitRow>
    </form>
  );
}
