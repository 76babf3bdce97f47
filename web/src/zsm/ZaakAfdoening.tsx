import { useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { vtDeelnames, type Afdoeningsoverleg, type AfdoeningsoverlegAntwoord, type AfdoeningsoverlegInvoer, type VtDeelname } from '@schemas/zsm/afdoening';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { RadioGroup } from '../actieoverleg/RadioGroup';
import { focusSoon, useAction } from '../actieoverleg/vergaderingen/actions';
import { StatusNotice, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { Loading } from '../shell/page';
import { useTijd } from './Klok';
import { isoNaarLokaal, lokaalNaarIso } from './tijd';
import { en, nl } from './messages';
import { zsmApi } from './zsm.api';

interface Punt {
  puntId: string;
  tekst: string;
  afgevinkt: boolean;
  toelichting: string;
}

/** The points of this meeting: those recorded earlier (with their text as it was), then the region's active points added since. */
export function puntenVan(antwoord: AfdoeningsoverlegAntwoord): Punt[] {
  const eerder = antwoord.afdoeningsoverleg?.checklist ?? [];
  const punten: Punt[] = eerder.map((p) => ({ ...p }));
  const bekend = new Set(punten.map((p) => p.puntId));
  for (const p of antwoord.checklist) if (!bekend.has(p.id)) punten.push({ puntId: p.id, tekst: p.tekst, afgevinkt: false, toelichting: '' });
  return punten;
}

interface Invoer {
  geplandOp: string;
  vtDeelname: VtDeelname | null;
  punten: Punt[];
  gehouden: boolean;
}

/** Police and OM plan and record the meeting: when, how Veilig Thuis takes part, the points ticked and explained, held. */
function AfdoeningForm({
  zaakId,
  antwoord,
  etag,
  geplandOpZaak,
  onSaved,
}: {
  zaakId: string;
  antwoord: AfdoeningsoverlegAntwoord;
  etag: string | null;
  geplandOpZaak: string | null;
  onSaved: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const a = m.afdoening;
  const bestaand = antwoord.afdoeningsoverleg;
  const [invoer, setInvoer] = useState<Invoer>(() => ({
    geplandOp: isoNaarLokaal(bestaand ? bestaand.geplandOp : geplandOpZaak),
    vtDeelname: bestaand?.vtDeelname ?? null,
    punten: puntenVan(antwoord),
    gehouden: bestaand?.gehouden ?? false,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(null);
  const { busy, error, run } = useAction();
  const set = (change: Partial<Invoer>) => setInvoer((i) => ({ ...i, ...change }));
  const setPunt = (puntId: string, change: Partial<Punt>) =>
    setInvoer((i) => ({ ...i, punten: i.punten.map((p) => (p.puntId === puntId ? { ...p, ...change } : p)) }));
  // Points the region added after this form opened (read again after a save or a conflict) join at the end.
  const punten = [...invoer.punten, ...puntenVan(antwoord).filter((p) => !invoer.punten.some((q) => q.puntId === p.puntId))];
  const alGehouden = bestaand?.gehouden ?? false;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const e: Record<string, string> = {};
    const geplandOp = invoer.geplandOp.trim() ? lokaalNaarIso(invoer.geplandOp) : null;
    if (invoer.geplandOp.trim() && !geplandOp) e.geplandOp = a.ongeldigeTijd;
    if (!invoer.vtDeelname) e.vtDeelname = a.vtDeelnameNodig;
    setErrors(e);
    if (Object.keys(e).length > 0) {
      focusSoon(e.geplandOp ? 'ao-geplandOp' : `ao-vt-${vtDeelnames[0]}`);
      return;
    }
    const body: AfdoeningsoverlegInvoer = {
      geplandOp,
      vtDeelname: invoer.vtDeelname!,
      checklist: punten.map((p) => ({ puntId: p.puntId, afgevinkt: p.afgevinkt, toelichting: p.toelichting.trim() })),
      gehouden: invoer.gehouden || alGehouden,
    };
    let conflict = false;
    const ok = await run(async () => {
      try {
        await zsmApi.overleggen(zaakId, etag, body);
      } catch (err) {
        if (!(err instanceof ApiError && (err.isVersionConflict || err.status === 428))) throw err;
        conflict = true;
      }
    });
    if (!ok) return;
    setInvoer((i) => ({ ...i, punten }));
    setNotice(conflict ? { text: m.algemeen.conflict, kind: 'warning' } : { text: a.opgeslagen, kind: 'ok' });
    onSaved();
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-zsm-form" aria-labelledby="ao-form-titel">
      <Heading3 id="ao-form-titel">{a.formTitle}</Heading3>
      <Paragraph>{a.formIntro}</Paragraph>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      <TextField
        id="ao-geplandOp"
        type="datetime-local"
        label={a.geplandOpLabel}
        description={a.geplandOpHint}
        value={invoer.geplandOp}
        onChange={(geplandOp) => set({ geplandOp })}
        error={fieldError('geplandOp', errors, error)}
      />
      <RadioGroup
        id="ao-vt"
        legend={a.vtDeelnameVraag}
        value={invoer.vtDeelname}
        options={vtDeelnames.map((d) => ({ value: d, label: m.vtDeelname[d] }))}
        error={fieldError('vtDeelname', errors, error)}
        onChange={(d) => set({ vtDeelname: d as VtDeelname })}
      />
      <Fieldset aria-describedby="ao-punten-hint">
        <FieldsetLegend>{a.checklist}</FieldsetLegend>
        <FormFieldDescription id="ao-punten-hint">{a.checklistHint}</FormFieldDescription>
        {punten.length === 0 && <Paragraph>{a.geenPunten}</Paragraph>}
        <ul className="sl-zsm-punten" data-testid="ao-checklist">
          {punten.map((p, i) => {
            const id = `ao-punt-${i}`;
            const fout = error instanceof ApiError ? error.invalidParams.find((x) => x.name.startsWith(`checklist[${i}]`))?.reason : undefined;
            return (
              <li key={p.puntId} className="sl-zsm-punt">
                <div className="sl-choice">
                  <Checkbox id={id} checked={p.afgevinkt} invalid={Boolean(fout)} onChange={(e) => setPunt(p.puntId, { afgevinkt: e.target.checked })} />
                  <FormLabel htmlFor={id} type="checkbox" checked={p.afgevinkt}>
                    {p.tekst}
                  </FormLabel>
                </div>
                <TextAreaField
                  id={`${id}-toelichting`}
                  label={
                    <>
                      {a.toelichtingKort}
                      <span className="sl-visually-hidden">: {p.tekst}</span>
                    </>
                  }
                  value={p.toelichting}
                  onChange={(toelichting) => setPunt(p.puntId, { toelichting })}
                  maxLength={2000}
                  rows={2}
                  error={fout}
                />
              </li>
            );
          })}
        </ul>
      </Fieldset>
      <div className="sl-choice">
        <Checkbox
          id="ao-gehouden"
          checked={invoer.gehouden || alGehouden}
          disabled={alGehouden}
          aria-describedby={alGehouden ? 'ao-gehouden-hint' : undefined}
          onChange={(e) => set({ gehouden: e.target.checked })}
        />
        <span className="sl-choice__text">
          <FormLabel htmlFor="ao-gehouden" type="checkbox" checked={invoer.gehouden || alGehouden} disabled={alGehouden}>
            {a.gehoudenLabel}
          </FormLabel>
          {alGehouden && (
            <FormFieldDescription id="ao-gehouden-hint" className="sl-muted">
              {a.gehoudenVast}
            </FormFieldDescription>
          )}
        </span>
      </div>
      {fieldError('gehouden', {}, error) && <p className="utrecht-form-field-error-message">{fieldError('gehouden', {}, error)}</p>}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {a.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function AfdoeningFeiten({ overleg, metPunten }: { overleg: Afdoeningsoverleg | null; metPunten: boolean }) {
  const m = useAreaMessages({ nl, en });
  const a = m.afdoening;
  const tijd = useTijd();
  if (!overleg) return <Paragraph>{a.nogNiets}</Paragraph>;
  return (
    <>
      <dl className="sl-deflist" data-testid="afdoeningsoverleg">
        <div>
          <dt>{a.geplandOp}</dt>
          <dd>{overleg.geplandOp ? <time dateTime={overleg.geplandOp}>{tijd(overleg.geplandOp)}</time> : a.nietGepland}</dd>
        </div>
        <div>
          <dt>{a.vtDeelname}</dt>
          <dd>{overleg.vtDeelname ? m.vtDeelname[overleg.vtDeelname] : '–'}</dd>
        </div>
        <div>
          <dt>{a.gehouden}</dt>
          <dd>{overleg.gehoudenOp ? a.gehoudenOp(tijd(overleg.gehoudenOp)) : a.nietGehouden}</dd>
        </div>
      </dl>
      {metPunten && overleg.checklist.length > 0 && (
        <>
          <Heading3>{a.checklist}</Heading3>
          <ul className="sl-zsm-punten">
            {overleg.checklist.map((p) => (
              <li key={p.puntId}>
                <span aria-hidden="true" className="sl-zsm-icon">
                  {p.afgevinkt ? '✓' : '–'}
                </span>{' '}
                <strong>{p.afgevinkt ? a.afgevinkt : a.nietAfgevinkt}:</strong> {p.tekst}
                {p.toelichting && <span className="sl-block sl-zsm-text">{p.toelichting}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The afdoeningsoverleg of a case: what is recorded, and for police and OM the form. */
export function ZaakAfdoening({
  zaakId,
  data,
  error,
  geplandOpZaak,
  magInvoeren,
  onChanged,
}: {
  zaakId: string;
  data: { antwoord: AfdoeningsoverlegAntwoord; etag: string | null } | null;
  error: unknown;
  geplandOpZaak: string | null;
  magInvoeren: boolean;
  onChanged: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  return (
    <section aria-labelledby="afdoening" className="sl-zsm-sectie">
      <Heading2 id="afdoening" tabIndex={-1}>
        {m.afdoening.title}
      </Heading2>
      <ProblemAlert error={error} />
      {data === null && !error && <Loading />}
      {data && <AfdoeningFeiten overleg={data.antwoord.afdoeningsoverleg} metPunten={!magInvoeren} />}
      {data && magInvoeren && <AfdoeningForm zaakId={zaakId} antwoord={data.antwoord} etag={data.etag} geplandOpZaak={geplandOpZaak} onSaved={onChanged} />}
    </section>
  );
}
