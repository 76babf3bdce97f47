import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { zsmVoorwaarden, type Veiligheidsbeoordeling, type VeiligheidsbeoordelingInvoer, type ZsmVoorwaarde } from '@schemas/zsm/beoordeling';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { RadioGroup } from '../actieoverleg/RadioGroup';
import { focusSoon, useAction } from '../actieoverleg/vergaderingen/actions';
import { CheckboxGroup, StatusNotice, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert } from '../shell/forms';
import { Loading } from '../shell/page';
import { useTijd } from './Klok';
import { zsmApi, type Versioned } from './zsm.api';
import { en, nl } from './messages';

interface Invoer {
  acuutOnveilig: 'ja' | 'nee' | null;
  voorwaardenNodig: 'ja' | 'nee' | null;
  geadviseerd: ZsmVoorwaarde[];
  context: string;
  overdracht: string;
}

const jaNee = (b: boolean): 'ja' | 'nee' => (b ? 'ja' : 'nee');

function invoerVan(b: Veiligheidsbeoordeling | null): Invoer {
  return b
    ? {
        acuutOnveilig: jaNee(b.acuutOnveilig),
        voorwaardenNodig: jaNee(b.veiligheidsvoorwaardenNodig),
        geadviseerd: [...b.geadviseerdeVoorwaarden],
        context: b.context,
        overdracht: b.overdracht,
      }
    : { acuutOnveilig: null, voorwaardenNodig: null, geadviseerd: [], context: '', overdracht: '' };
}

/** The assessment as recorded: acute unsafety first and marked, then conditions, context and the hand-over. */
export function BeoordelingFeiten({ b }: { b: Veiligheidsbeoordeling }) {
  const m = useAreaMessages({ nl, en });
  const o = m.beoordeling;
  const tijd = useTijd();
  return (
    <dl className="sl-deflist" data-testid="veiligheidsbeoordeling">
      <div>
        <dt>{o.acuutOnveilig}</dt>
        <dd>
          {b.acuutOnveilig ? (
            <strong className="sl-zsm-onveilig">
              <span aria-hidden="true">⚠ </span>
              {o.acuutJa}
            </strong>
          ) : (
            o.acuutNee
          )}
        </dd>
      </div>
      <div>
        <dt>{o.voorwaardenNodig}</dt>
        <dd>{b.veiligheidsvoorwaardenNodig ? m.algemeen.ja : m.algemeen.nee}</dd>
      </div>
      <div>
        <dt>{o.geadviseerd}</dt>
        <dd>{b.geadviseerdeVoorwaarden.length > 0 ? b.geadviseerdeVoorwaarden.map((v) => m.voorwaarde[v]).join(', ') : o.geenGeadviseerd}</dd>
      </div>
      <div>
        <dt>{o.context}</dt>
        <dd className="sl-zsm-text">{b.context || o.leeg}</dd>
      </div>
      <div>
        <dt>{o.overdracht}</dt>
        <dd className="sl-zsm-text">{b.overdracht || o.leeg}</dd>
      </div>
      <div>
        <dt>{o.door}</dt>
        <dd>{m.algemeen.door(b.door?.naam, b.vtOrganisatie.naam)}</dd>
      </div>
      <div>
        <dt>{o.vastgesteldOp}</dt>
        <dd>
          <time dateTime={b.vastgesteldOp}>{tijd(b.vastgesteldOp)}</time>
          {b.bijgewerktOp !== b.vastgesteldOp && (
            <span className="sl-block sl-muted">
              {o.bijgewerktOp}: <time dateTime={b.bijgewerktOp}>{tijd(b.bijgewerktOp)}</time>
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** Veilig Thuis records or updates its assessment (If-Match on update); a colleague's change in between keeps the input. */
function BeoordelingForm({
  zaakId,
  huidig,
  onSaved,
  onConflict,
}: {
  zaakId: string;
  huidig: Versioned<Veiligheidsbeoordeling> | null;
  onSaved: () => void;
  onConflict: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const o = m.beoordeling;
  const [invoer, setInvoer] = useState<Invoer>(() => invoerVan(huidig?.data ?? null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(null);
  const { busy, error, run } = useAction();
  const set = (change: Partial<Invoer>) => setInvoer((i) => ({ ...i, ...change }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const e: Record<string, string> = {};
    if (!invoer.acuutOnveilig) e.acuutOnveilig = o.acuutNodig;
    if (!invoer.voorwaardenNodig) e.veiligheidsvoorwaardenNodig = o.voorwaardenNodigFout;
    setErrors(e);
    if (Object.keys(e).length > 0) {
      focusSoon(e.acuutOnveilig ? 'vtb-acuut-ja' : 'vtb-voorwaarden-ja');
      return;
    }
    const nodig = invoer.voorwaardenNodig === 'ja';
    const body: VeiligheidsbeoordelingInvoer = {
      acuutOnveilig: invoer.acuutOnveilig === 'ja',
      veiligheidsvoorwaardenNodig: nodig,
      geadviseerdeVoorwaarden: nodig ? invoer.geadviseerd : [],
      context: invoer.context.trim(),
      overdracht: invoer.overdracht.trim(),
    };
    const nieuw = huidig === null;
    let conflict = false;
    const ok = await run(async () => {
      try {
        await zsmApi.beoordelen(zaakId, huidig?.etag ?? null, body);
      } catch (err) {
        // 428: a colleague recorded the first assessment meanwhile (this one was sent as new).
        if (!(err instanceof ApiError && (err.isVersionConflict || err.status === 428))) throw err;
        conflict = true;
      }
    });
    if (!ok) return;
    if (conflict) {
      setNotice({ text: m.algemeen.conflict, kind: 'warning' });
      onConflict();
    } else {
      setNotice({ text: nieuw ? o.vastgelegd : o.bijgewerkt, kind: 'ok' });
      onSaved();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-zsm-form" aria-labelledby="vtb-form-titel">
      <Heading3 id="vtb-form-titel">{huidig ? o.formTitleWijzigen : o.formTitleNieuw}</Heading3>
      <Paragraph>{o.formIntro}</Paragraph>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      <RadioGroup
        id="vtb-acuut"
        legend={o.acuutVraag}
        value={invoer.acuutOnveilig}
        options={[
          { value: 'ja', label: o.acuutJa },
          { value: 'nee', label: o.acuutNee },
        ]}
        error={fieldError('acuutOnveilig', errors, error)}
        onChange={(v) => set({ acuutOnveilig: v as 'ja' | 'nee' })}
      />
      <RadioGroup
        id="vtb-voorwaarden"
        legend={o.voorwaardenVraag}
        value={invoer.voorwaardenNodig}
        options={[
          { value: 'ja', label: m.algemeen.ja },
          { value: 'nee', label: m.algemeen.nee },
        ]}
        error={fieldError('veiligheidsvoorwaardenNodig', errors, error)}
        onChange={(v) => set({ voorwaardenNodig: v as 'ja' | 'nee' })}
      />
      {invoer.voorwaardenNodig === 'ja' && (
        <CheckboxGroup
          id="vtb-geadviseerd"
          legend={o.geadviseerdLegend}
          options={zsmVoorwaarden.map((v) => ({ value: v, label: m.voorwaarde[v] }))}
          value={invoer.geadviseerd}
          error={fieldError('geadviseerdeVoorwaarden', errors, error)}
          onChange={(v) => set({ geadviseerd: v as ZsmVoorwaarde[] })}
        />
      )}
      <TextAreaField
        id="vtb-context"
        label={o.context}
        description={o.contextHint}
        value={invoer.context}
        onChange={(context) => set({ context })}
        maxLength={4000}
        rows={4}
        error={fieldError('context', errors, error)}
      />
      <TextAreaField
        id="vtb-overdracht"
        label={o.overdracht}
        description={o.overdrachtHint}
        value={invoer.overdracht}
        onChange={(overdracht) => set({ overdracht })}
        maxLength={4000}
        rows={4}
        error={fieldError('overdracht', errors, error)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {huidig ? o.opslaanWijzigen : o.opslaanNieuw}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The Veilig Thuis safety assessment: for everyone who sees the case; Veilig Thuis records and updates it. */
export function ZaakBeoordeling({
  zaakId,
  beoordeling,
  geladen,
  error,
  magInvoeren,
  isOm,
  onChanged,
}: {
  zaakId: string;
  beoordeling: Versioned<Veiligheidsbeoordeling> | null;
  geladen: boolean;
  error: unknown;
  magInvoeren: boolean;
  isOm: boolean;
  onChanged: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const o = m.beoordeling;
  return (
    <section aria-labelledby="beoordeling" className="sl-zsm-sectie">
      <Heading2 id="beoordeling" tabIndex={-1}>
        {o.title}
      </Heading2>
      <ProblemAlert error={error} />
      {!geladen && !error && <Loading />}
      {geladen && beoordeling && <BeoordelingFeiten b={beoordeling.data} />}
      {geladen && !beoordeling && (
        <>
          <Paragraph>
            <strong>{o.geen}</strong>
          </Paragraph>
          {isOm && <Paragraph>{o.geenOm}</Paragraph>}
        </>
      )}
      {geladen && magInvoeren && <BeoordelingForm zaakId={zaakId} huidig={beoordeling} onSaved={onChanged} onConflict={onChanged} />}
    </section>
  );
}
