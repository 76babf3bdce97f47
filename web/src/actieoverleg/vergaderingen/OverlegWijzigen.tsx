import { useEffect, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { annuleringRedenSchema, type AnnuleringReden, type Overleg, type OverlegWijzigen } from '@schemas/actieoverleg/vergaderingen';
import { ApiError } from '../../api/client';
import { useAreaMessages } from '../../i18n';
import { StatusNotice, TextAreaField } from '../../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../../shell/forms';
import { RadioGroup } from '../RadioGroup';
import { focusSoon, useAction } from './actions';
import { amsterdamIso, amsterdamParts } from './format';
import { vergaderingenApi, type Versioned } from './vergaderingen.api';
import { en, nl } from './messages';

interface Invoer {
  datum: string;
  begintijd: string;
  duurMinuten: string;
  locatie: string;
}

const MINUTE = 60_000;

function invoerVan(overleg: Overleg): Invoer {
  const { datum, tijd } = amsterdamParts(overleg.begintOp);
  const duur = Math.round((new Date(overleg.eindigtOp).getTime() - new Date(overleg.begintOp).getTime()) / MINUTE);
  return { datum, begintijd: tijd, duurMinuten: String(duur), locatie: overleg.locatie };
}

const VELDEN = ['datum', 'begintijd', 'duurMinuten', 'locatie'] as const;

/**
 * What is typed (`draft`) against the version last read (`base`). A newer version takes the server's value for every
 * field the chair did not touch and keeps the typed value of the others.
 */
interface Concept {
  base: Invoer;
  draft: Invoer;
}

function adopt(prev: Concept, fresh: Invoer): Concept {
  const draft = { ...fresh };
  for (const veld of VELDEN) if (prev.draft[veld] !== prev.base[veld]) draft[veld] = prev.draft[veld];
  return { base: fresh, draft };
}

/** The chair moves a planned meeting or changes its duration or place (If-Match); on a conflict the input stays. */
function Verplaatsen({ current, onSaved, onConflict }: { current: Versioned<Overleg>; onSaved: (o: Versioned<Overleg>) => void; onConflict: () => Promise<void> }) {
  const m = useAreaMessages({ nl, en });
  const w = m.wijzigen;
  const [concept, setConcept] = useState<Concept>(() => ({ base: invoerVan(current.data), draft: invoerVan(current.data) }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(null);
  const { busy, error, run } = useAction();
  const invoer = concept.draft;
  const set = (change: Partial<Invoer>) => setConcept((c) => ({ ...c, draft: { ...c.draft, ...change } }));
  // A newer version of the meeting (saved here, or by someone else): adopt it without losing what is typed.
  useEffect(() => setConcept((c) => adopt(c, invoerVan(current.data))), [current.data.versie]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const e: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(invoer.datum)) e.begintOp = w.ongeldigeDatum;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(invoer.begintijd.trim())) e.begintijd = w.ongeldigeTijd;
    const duur = Number(invoer.duurMinuten);
    if (!Number.isInteger(duur) || duur < 30 || duur > 600) e.duurMinuten = w.ongeldigeDuur;
    setErrors(e);
    if (Object.keys(e).length > 0) {
      focusSoon(e.begintOp ? 'overleg-datum' : e.begintijd ? 'overleg-begintijd' : 'overleg-duur');
      return;
    }
    // Only what the chair changed, so that a colleague's change of another field is not overwritten.
    const nu = concept.base;
    const wijziging: OverlegWijzigen = {};
    if (invoer.datum !== nu.datum || invoer.begintijd.trim() !== nu.begintijd) wijziging.begintOp = amsterdamIso(invoer.datum, invoer.begintijd.trim());
    if (invoer.duurMinuten !== nu.duurMinuten) wijziging.duurMinuten = duur;
    if (invoer.locatie.trim() !== nu.locatie) wijziging.locatie = invoer.locatie.trim();
    if (Object.keys(wijziging).length === 0) {
      setNotice({ text: w.nietsGewijzigd, kind: 'ok' });
      return;
    }
    let conflict = false;
    const ok = await run(async () => {
      try {
        onSaved(await vergaderingenApi.wijzigen(current.data.id, current.etag, wijziging));
      } catch (err) {
        if (!(err instanceof ApiError && err.isVersionConflict)) throw err;
        conflict = true;
        await onConflict();
      }
    });
    if (ok) setNotice(conflict ? { text: w.conflict, kind: 'warning' } : { text: w.opgeslagen, kind: 'ok' });
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-ao-form" aria-labelledby="verplaatsen-kop">
      <Heading3 id="verplaatsen-kop">{w.verplaatsen}</Heading3>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={error} />
      <TextField
        id="overleg-datum"
        type="date"
        label={w.datum}
        value={invoer.datum}
        className="sl-field--short"
        error={fieldError('begintOp', errors, error)}
        onChange={(datum) => set({ datum })}
      />
      <TextField
        id="overleg-begintijd"
        label={w.begintijd}
        description={w.begintijdHint}
        value={invoer.begintijd}
        inputMode="numeric"
        maxLength={5}
        className="sl-field--short"
        error={fieldError('begintijd', errors, error)}
        onChange={(begintijd) => set({ begintijd })}
      />
      <TextField
        id="overleg-duur"
        label={w.duur}
        description={w.duurHint}
        value={invoer.duurMinuten}
        inputMode="numeric"
        maxLength={3}
        className="sl-field--short"
        error={fieldError('duurMinuten', errors, error)}
        onChange={(duurMinuten) => set({ duurMinuten })}
      />
      <TextField
        id="overleg-locatie"
        label={w.locatie}
        value={invoer.locatie}
        maxLength={300}
        error={fieldError('locatie', errors, error)}
        onChange={(locatie) => set({ locatie })}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {w.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The chair cancels a planned meeting: first the button, then the reason and a confirmation. */
function Annuleren({ overleg, onCancelled }: { overleg: Overleg; onCancelled: (o: Versioned<Overleg>) => void }) {
  const m = useAreaMessages({ nl, en });
  const w = m.wijzigen;
  const [bevestigen, setBevestigen] = useState(false);
  const [reden, setReden] = useState<AnnuleringReden | null>(null);
  const [toelichting, setToelichting] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, error, run } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(reden ? {} : { reden: w.redenNodig });
    if (!reden) {
      focusSoon(`annuleren-reden-${annuleringRedenSchema.options[0]}`);
      return;
    }
    await run(async () => onCancelled(await vergaderingenApi.annuleren(overleg.id, { reden, toelichting: toelichting.trim() })));
  }

  return (
    <section aria-labelledby="annuleren-kop" className="sl-ao-chair-actions">
      <Heading3 id="annuleren-kop">{w.annuleren}</Heading3>
      <Paragraph>{w.annulerenIntro}</Paragraph>
      {!bevestigen ? (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setBevestigen(true);
              focusSoon('annuleren-vraag');
            }}
          >
            {w.annulerenKnop}
          </Button>
        </ButtonGroup>
      ) : (
        <form onSubmit={submit} noValidate className="sl-form sl-ao-form" aria-labelledby="annuleren-kop">
          <Paragraph id="annuleren-vraag" tabIndex={-1} className="sl-ao-focus-target">
            <strong>{w.annulerenVraag}</strong>
          </Paragraph>
          <ProblemAlert error={error} />
          <RadioGroup
            id="annuleren-reden"
            legend={w.reden}
            options={annuleringRedenSchema.options.map((r) => ({ value: r, label: w.redenen[r] }))}
            value={reden}
            error={fieldError('reden', errors, error)}
            onChange={(v) => setReden(v as AnnuleringReden)}
          />
          <TextAreaField
            id="annuleren-toelichting"
            label={w.toelichting}
            description={w.toelichtingHint}
            value={toelichting}
            rows={2}
            maxLength={1000}
            error={fieldError('toelichting', errors, error)}
            onChange={setToelichting}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" hint="danger" busy={busy} disabled={busy}>
              {w.jaAnnuleren}
            </Button>
            <Button appearance="subtle-button" onClick={() => setBevestigen(false)}>
              {w.nietAnnuleren}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

/** For the chair while the meeting is planned: move it, change its duration or place, or cancel it. */
export function OverlegWijzigenSectie({
  current,
  onSaved,
  onConflict,
  onCancelled,
}: {
  current: Versioned<Overleg>;
  onSaved: (o: Versioned<Overleg>) => void;
  onConflict: () => Promise<void>;
  onCancelled: (o: Versioned<Overleg>) => void;
}) {
  const m = useAreaMessages({ nl, en });
  return (
    <section aria-labelledby="wijzigen-kop" className="sl-ao-section">
      <Heading2 id="wijzigen-kop">{m.wijzigen.title}</Heading2>
      <Paragraph>{m.wijzigen.intro}</Paragraph>
      <Verplaatsen current={current} onSaved={onSaved} onConflict={onConflict} />
      <Annuleren overleg={current.data} onCancelled={onCancelled} />
    </section>
  );
}
