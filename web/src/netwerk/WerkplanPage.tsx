import { useEffect, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { Thema, Werkplan } from '@schemas/netwerk';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';
import { SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { ProblemAlert, TextField } from '../shell/forms';
import { RouterLink } from '../shell/router';
import { NetwerkWerkPage, TerugNaarNetwerk, useLoad, useNetwerkMessages } from './netwerk-shell';
import { netwerkApi } from './netwerk.api';

type PlanThema = Werkplan['themas'][number];
type Actie = PlanThema['acties'][number];
interface ActieInvoer {
  omschrijving: string;
  gereedOp: string;
  status: Actie['status'];
}
interface ThemaInvoer {
  themaId: string;
  doel: string;
  acties: ActieInvoer[];
}

/** One entry per active theme (and per theme already in the plan), in the theme list's order. */
function naarInvoer(plan: Werkplan, themas: readonly Thema[]): ThemaInvoer[] {
  return themas
    .filter((t) => t.actief || plan.themas.some((p) => p.themaId === t.id))
    .map((t) => {
      const p = plan.themas.find((x) => x.themaId === t.id);
      return { themaId: t.id, doel: p?.doel ?? '', acties: (p?.acties ?? []).map((a) => ({ omschrijving: a.omschrijving, gereedOp: a.gereedOp ?? '', status: a.status })) };
    });
}

/** /netwerk/werkplan/:jaar: goals and actions per theme; saved with If-Match; the chair sets it. */
export function WerkplanPage({ jaar }: { jaar: number }) {
  const m = useNetwerkMessages();
  const { formatDateTime } = useI18n();
  const themas = useLoad(() => netwerkApi.themas(), []);
  const plan = useLoad(() => netwerkApi.werkplan(jaar), [jaar]);
  const [invoer, setInvoer] = useState<ThemaInvoer[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (plan.value && themas.value) setInvoer(naarInvoer(plan.value, themas.value));
    // Only when a plan is read for the first time or the year changes; later saves keep what is typed.
  }, [plan.value?.jaar, themas.value]); // eslint-disable-line

  const naamVan = (id: string) => themas.value?.find((t) => t.id === id)?.naam ?? '';
  const zet = (i: number, f: (t: ThemaInvoer) => ThemaInvoer) => setInvoer((all) => all.map((t, j) => (j === i ? f(t) : t)));
  const zetActie = (i: number, a: number, f: (x: ActieInvoer) => ActieInvoer) => zet(i, (t) => ({ ...t, acties: t.acties.map((x, k) => (k === a ? f(x) : x)) }));

  async function opslaan(event: FormEvent) {
    event.preventDefault();
    if (!plan.value) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    const themasInPlan = invoer
      .filter((t) => t.doel.trim() || t.acties.length > 0)
      .map((t) => ({ themaId: t.themaId, doel: t.doel.trim(), acties: t.acties.map((a) => ({ omschrijving: a.omschrijving.trim(), gereedOp: a.gereedOp || null, status: a.status })) }));
    try {
      plan.setValue(await netwerkApi.werkplanOpslaan(jaar, plan.value.versie, { themas: themasInPlan }));
      setNotice(m.opgeslagen);
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.isVersionConflict) {
        // Keep what was typed; take the stored version so a second save overwrites knowingly.
        const nieuw = await netwerkApi.werkplan(jaar);
        plan.setValue(nieuw);
        setNotice(m.conflict);
      }
    } finally {
      setBusy(false);
    }
  }

  async function vaststellen() {
    if (!plan.value) return;
    setError(null);
    setNotice(null);
    try {
      plan.setValue(await netwerkApi.werkplanVaststellen(jaar, plan.value.versie));
      setNotice(m.vastgesteld);
    } catch (e) {
      setError(e);
    }
  }

  // Server field names are themas.<i>.acties.<a>.<veld>; index into the submitted list, which skips empty themes.
  const ingediend = invoer.filter((t) => t.doel.trim() || t.acties.length > 0);
  const fout = (t: ThemaInvoer, pad: string) => {
    const i = ingediend.indexOf(t);
    return i < 0 || !(error instanceof ApiError) ? undefined : error.invalidParams.find((p) => p.name === `themas.${i}.${pad}`)?.reason;
  };

  return (
    <NetwerkWerkPage title={m.werkplan(jaar)} error={plan.error ?? themas.error} loading={!plan.value || !themas.value}>
      <TerugNaarNetwerk />
      <Paragraph>
        <RouterLink href={`/netwerk/werkplan/${jaar - 1}`}>{m.vorigJaar}</RouterLink> · <RouterLink href={`/netwerk/werkplan/${jaar + 1}`}>{m.volgendJaar}</RouterLink>
      </Paragraph>
      <Paragraph>{plan.value?.vastgesteldOp ? m.werkplanVastgesteld(formatDateTime(plan.value.vastgesteldOp)) : m.werkplanConcept}</Paragraph>
      <Paragraph>{m.werkplanUitleg}</Paragraph>
      <StatusNotice text={notice} kind={notice === m.conflict ? 'warning' : 'ok'} />
      <ProblemAlert error={error} />
      <form onSubmit={opslaan} noValidate>
        {invoer.map((t, i) => (
          <Fieldset key={t.themaId} className="sl-netwerk-group">
            <FieldsetLegend>{naamVan(t.themaId)}</FieldsetLegend>
            <TextAreaField id={`doel-${i}`} label={m.doel} value={t.doel} onChange={(v) => zet(i, (x) => ({ ...x, doel: v }))} rows={2} error={fout(t, 'doel')} />
            {t.acties.map((a, k) => (
              <div key={k} className="sl-netwerk-card">
                <Paragraph>
                  <strong>{m.actie(k + 1)}</strong>
                </Paragraph>
                <TextField id={`actie-${i}-${k}`} label={m.omschrijving} value={a.omschrijving} onChange={(v) => zetActie(i, k, (x) => ({ ...x, omschrijving: v }))} error={fout(t, `acties.${k}.omschrijving`)} />
                <div className="sl-netwerk-row">
                  <TextField id={`gereed-${i}-${k}`} type="date" label={m.gereedOp} value={a.gereedOp} onChange={(v) => zetActie(i, k, (x) => ({ ...x, gereedOp: v }))} error={fout(t, `acties.${k}.gereedOp`)} />
                  <SelectField
                    id={`status-${i}-${k}`}
                    label={m.actieStatus}
                    value={a.status}
                    onChange={(v) => zetActie(i, k, (x) => ({ ...x, status: v as Actie['status'] }))}
                    options={(['open', 'gereed', 'vervallen'] as const).map((s) => ({ value: s, label: m.actieStatussen[s] }))}
                  />
                </div>
                <Button appearance="subtle-button" onClick={() => zet(i, (x) => ({ ...x, acties: x.acties.filter((_, j) => j !== k) }))}>
                  {m.actieVerwijderen(k + 1)}
                </Button>
              </div>
            ))}
            <Button appearance="secondary-action-button" onClick={() => zet(i, (x) => ({ ...x, acties: [...x.acties, { omschrijving: '', gereedOp: '', status: 'open' }] }))}>
              {m.actieToevoegen(naamVan(t.themaId))}
            </Button>
          </Fieldset>
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {m.werkplanOpslaan}
          </Button>
          <Button appearance="secondary-action-button" disabled={busy || plan.value?.versie === 0} onClick={() => void vaststellen()}>
            {m.vaststellen}
          </Button>
        </ButtonGroup>
      </form>
    </NetwerkWerkPage>
  );
}

