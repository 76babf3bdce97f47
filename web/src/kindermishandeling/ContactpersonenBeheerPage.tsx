import { useState } from 'react';
import { Button, ButtonGroup, Checkbox, FormField, FormLabel, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Contactpersoon, ContactpersoonInvoer, ContactpersoonWijziging } from '@schemas/kindermishandeling';
import { useApiData } from '../api/useApiData';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { useActiveSession } from '../identity/session';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { SelectField, StatusNotice } from '../shell/fields';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { sskApi } from './kindermishandeling.api';
import { FormProblem, useSskMessages, useVerzenden } from './shared';

interface Velden {
  niveau: 'bureaudienst' | 'contactpersoon';
  volgorde: string;
  naam: string;
  functie: string;
  telefoon: string;
  email: string;
  altijdBereikbaar: boolean;
  bereikbaarheid: string;
}

const vanContactpersoon = (c: Contactpersoon): Velden => ({
  niveau: c.niveau,
  volgorde: String(c.volgorde),
  naam: c.naam,
  functie: c.functie,
  telefoon: c.telefoon,
  email: c.email ?? '',
  altijdBereikbaar: c.altijdBereikbaar,
  bereikbaarheid: c.bereikbaarheid,
});
const leeg: Velden = { niveau: 'contactpersoon', volgorde: '1', naam: '', functie: '', telefoon: '', email: '', altijdBereikbaar: false, bereikbaarheid: '' };

function naarInvoer(v: Velden): ContactpersoonInvoer {
  return {
    niveau: v.niveau,
    volgorde: Number(v.volgorde),
    naam: v.naam.trim(),
    functie: v.functie.trim(),
    telefoon: v.telefoon.trim(),
    email: v.email.trim() || null,
    altijdBereikbaar: v.altijdBereikbaar,
    bereikbaarheid: v.bereikbaarheid.trim(),
  };
}

function CpVelden({ prefix, v, zet, fouten, error }: { prefix: string; v: Velden; zet: (x: Partial<Velden>) => void; fouten: Record<string, string>; error: unknown }) {
  const m = useSskMessages();
  return (
    <>
      <SelectField
        id={`${prefix}-niveau`}
        label={m.niveauLabel}
        value={v.niveau}
        onChange={(x) => zet({ niveau: x as Velden['niveau'] })}
        options={(['bureaudienst', 'contactpersoon'] as const).map((n) => ({ value: n, label: m.niveau[n] }))}
        error={fieldError('niveau', fouten, error)}
      />
      <TextField id={`${prefix}-volgorde`} label={m.volgorde} description={m.volgordeHint} inputMode="numeric" value={v.volgorde} onChange={(x) => zet({ volgorde: x })} className="sl-field--short" error={fieldError('volgorde', fouten, error)} required />
      <TextField id={`${prefix}-naam`} label={m.naam} value={v.naam} onChange={(x) => zet({ naam: x })} required maxLength={200} autoComplete="off" error={fieldError('naam', fouten, error)} />
      <TextField id={`${prefix}-functie`} label={m.functie} value={v.functie} onChange={(x) => zet({ functie: x })} maxLength={200} autoComplete="off" error={fieldError('functie', fouten, error)} />
      <TextField id={`${prefix}-telefoon`} label={m.telefoon} value={v.telefoon} onChange={(x) => zet({ telefoon: x })} required maxLength={50} autoComplete="off" error={fieldError('telefoon', fouten, error)} />
      <TextField id={`${prefix}-email`} type="email" label={m.email} value={v.email} onChange={(x) => zet({ email: x })} autoComplete="off" error={fieldError('email', fouten, error)} />
      <FormField type="checkbox">
        <div className="sl-choice">
          <Checkbox id={`${prefix}-altijd`} checked={v.altijdBereikbaar} onChange={(e) => zet({ altijdBereikbaar: e.target.checked })} />
          <FormLabel htmlFor={`${prefix}-altijd`} type="checkbox" checked={v.altijdBereikbaar}>
            {m.altijdLabel}
          </FormLabel>
        </div>
      </FormField>
      <TextField id={`${prefix}-bereikbaarheid`} label={m.bereikbaarheid} description={m.bereikbaarheidHint} value={v.bereikbaarheid} onChange={(x) => zet({ bereikbaarheid: x })} maxLength={500} error={fieldError('bereikbaarheid', fouten, error)} />
    </>
  );
}

function controleer(m: ReturnType<typeof useSskMessages>, v: Velden) {
  const f: Record<string, string> = {};
  if (!/^\d{1,2}$/.test(v.volgorde) || Number(v.volgorde) < 1) f.volgorde = m.volgordeHint;
  if (!v.naam.trim()) f.naam = m.verplicht;
  if (!v.telefoon.trim()) f.telefoon = m.verplicht;
  return f;
}

function ToevoegenForm({ onKlaar }: { onKlaar: () => void }) {
  const m = useSskMessages();
  const disclosure = useActionDisclosure();
  const [v, setV] = useState<Velden>(leeg);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const { error, bezig, verzend } = useVerzenden();
  const verstuur = async () => {
    const f = controleer(m, v);
    setFouten(f);
    if (Object.keys(f).length > 0) return;
    await verzend(async () => {
      await sskApi.contactpersoonToevoegen(naarInvoer(v));
      setV(leeg);
      disclosure.done(m.toegevoegd);
      onKlaar();
    });
  };
  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())}>
      <FormProblem error={error} />
      <CpVelden prefix="nieuw" v={v} zet={(x) => setV((o) => ({ ...o, ...x }))} fouten={fouten} error={error} />
      <SubmitRow busy={bezig}>{m.toevoegenKnop}</SubmitRow>
    </form>
  );
}

function WijzigenForm({ c, onKlaar, onHerladen }: { c: Contactpersoon; onKlaar: (melding: string) => void; onHerladen: () => void }) {
  const m = useSskMessages();
  const disclosure = useActionDisclosure();
  // What the form opened with (or last saved): only the fields the user changed are sent, so a colleague's change to
  // another field (seen after a version conflict and a reload) is not overwritten.
  const [begin, setBegin] = useState<Velden>(() => vanContactpersoon(c));
  const [v, setV] = useState<Velden>(begin);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const { error, setError, bezig, verzend } = useVerzenden();
  const verstuur = async () => {
    const f = controleer(m, v);
    setFouten(f);
    if (Object.keys(f).length > 0) return;
    const nieuw = naarInvoer(v);
    const oud = naarInvoer(begin);
    const wijziging: ContactpersoonWijziging = {};
    for (const k of Object.keys(nieuw) as (keyof ContactpersoonInvoer)[]) {
      if (nieuw[k] !== oud[k]) (wijziging as Record<string, unknown>)[k] = nieuw[k];
    }
    await verzend(async () => {
      // The version the list showed; after a reload the newest.
      await sskApi.contactpersoonWijzigen(c.id, c.versie, wijziging);
      setBegin(v);
      disclosure.done(m.opgeslagen);
      onKlaar(m.opgeslagen);
    });
  };
  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())}>
      <FormProblem
        error={error}
        onHerladen={() => {
          setError(null);
          onHerladen();
        }}
      />
      <CpVelden prefix={`cp-${c.id}`} v={v} zet={(x) => setV((o) => ({ ...o, ...x }))} fouten={fouten} error={error} />
      <SubmitRow busy={bezig}>{m.opslaanKnop}</SubmitRow>
    </form>
  );
}

function Uitzetten({ c, onKlaar }: { c: Contactpersoon; onKlaar: (melding: string) => void }) {
  const m = useSskMessages();
  const [bevestigen, setBevestigen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const zetUit = async () => {
    setError(null);
    try {
      await sskApi.contactpersoonUitzetten(c.id);
      onKlaar(m.uitgezet);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <FormProblem error={error} />
      {bevestigen ? (
        <ButtonGroup>
          <Button type="button" appearance="primary-action-button" className="sl-ssk-knop" onClick={() => void zetUit()}>
            {m.uitzettenBevestig(c.naam)}
          </Button>
          <Button type="button" appearance="subtle-button" className="sl-ssk-knop" onClick={() => setBevestigen(false)}>
            {m.annuleren}
          </Button>
        </ButtonGroup>
      ) : (
        <Button type="button" appearance="secondary-action-button" className="sl-ssk-knop" onClick={() => setBevestigen(true)}>
          {m.uitzetten(c.naam)}
        </Button>
      )}
    </>
  );
}

/** /kindermishandeling/contactpersonen — the functional administrator keeps the organisation's contact persons. */
export function ContactpersonenBeheerPage() {
  const m = useSskMessages();
  const sessie = useActiveSession();
  const organisatie = sessie.organisatie;
  const [tick, setTick] = useState(0);
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = useApiData(() => sskApi.contactpersonen(organisatie?.id), [organisatie?.id, tick]);
  const klaar = (tekst: string) => {
    setMelding(tekst);
    setTick((n) => n + 1);
  };
  return (
    <>
      <PageTitle title={m.beheerTitel}>
        <span className="sl-ssk-titel">{m.beheerTitel}</span>
      </PageTitle>
      <Paragraph className="sl-ssk-link">
        <RouterLink href="/kindermishandeling">{m.terug}</RouterLink>
      </Paragraph>
      <Paragraph appearance="lead">{m.beheerIntro(organisatie?.naam ?? '')}</Paragraph>
      <StatusNotice text={melding} />
      <ProblemAlert error={lijst.error} />
      {!lijst.data && !lijst.error && <Loading />}
      {lijst.data && (
        <section aria-labelledby="cp-lijst-kop">
          <Heading2 id="cp-lijst-kop">{m.beheerCaption}</Heading2>
          {lijst.data.length === 0 && <Paragraph>{m.cpGeen}</Paragraph>}
          <ol className="sl-ssk-lijst">
            {lijst.data.map((c) => (
              <li key={c.id} className="sl-ssk-item" data-testid="ssk-cp-beheer">
                <Heading3>{c.naam}</Heading3>
                <Paragraph>
                  {m.niveau[c.niveau]} {m.volgordeNummer(c.volgorde)} {c.functie && <span className="sl-muted">{c.functie}</span>}
                  <br />
                  <a className="utrecht-link sl-ssk-tel" href={`tel:${c.telefoon.replace(/[^+0-9]/g, '')}`}>
                    {m.bellen(c.naam, c.telefoon)}
                  </a>
                  <br />
                  {c.altijdBereikbaar ? <strong>{m.altijdBereikbaar}</strong> : c.bereikbaarheid}
                </Paragraph>
                <ActionDisclosure id={`cp-wijzigen-${c.id}`} label={m.wijzigen(c.naam)}>
                  <WijzigenForm c={c} onKlaar={klaar} onHerladen={() => setTick((n) => n + 1)} />
                </ActionDisclosure>
                <Uitzetten c={c} onKlaar={klaar} />
              </li>
            ))}
          </ol>
          <ActionDisclosure id="cp-toevoegen" label={m.toevoegen}>
            <ToevoegenForm onKlaar={() => klaar(m.toegevoegd)} />
          </ActionDisclosure>
        </section>
      )}
    </>
  );
}
