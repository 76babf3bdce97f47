import { useId, useRef, useState } from 'react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { MeldingRol } from '@schemas/meldingen';
import { useAreaMessages } from '../i18n';
import { NewPersonForm } from '../persons/NewPersonForm';
import { PersonSearch, type PersoonRef, type ZoekInvoer } from '../persons/PersonSearch';
import { PageTitle } from '../shell/page';
import { useRouter } from '../shell/router';
import { MeldingForm } from './MeldingForm';
import { ChosenPersons, RoleSelect, type GekozenPersoon } from './MeldingPersons';
import { en, nl } from './messages';
import './meldingen.css';

/**
 * "Melding registreren": search the persons involved first (and record only who is really new), then the melding.
 * Both steps stay mounted, so everything typed is still there when the user goes back and forth.
 */
export function NieuweMeldingPage() {
  const m = useAreaMessages({ nl, en });
  const { navigate } = useRouter();
  const [stap, setStap] = useState<1 | 2>(1);
  const [gekozen, setGekozen] = useState<GekozenPersoon[]>([]);
  const [melding, setMelding] = useState('');
  const [nieuwePersoon, setNieuwePersoon] = useState<{ zoek: ZoekInvoer; key: number } | null>(null);
  const [nieuwRol, setNieuwRol] = useState<MeldingRol>('slachtoffer');
  const [stap1Fout, setStap1Fout] = useState('');
  const keyRef = useRef(0);

  function add(persoon: PersoonRef, rol: MeldingRol) {
    setGekozen((list) => (list.some((g) => g.persoon.id === persoon.id && g.rol === rol) ? list : [...list, { persoon, rol }]));
    setMelding(m.nieuw.toegevoegd(persoon.naam, m.rollen[rol]));
    setStap1Fout('');
  }

  function gaNaar(n: 1 | 2) {
    setStap(n);
    window.setTimeout(() => document.getElementById(`stap${n}-titel`)?.focus(), 0);
  }

  function verder() {
    if (gekozen.length === 0) {
      setStap1Fout(m.nieuw.minstensEen);
      document.getElementById('stap1-verder')?.focus();
      return;
    }
    gaNaar(2);
  }

  return (
    <>
      <PageTitle>{m.nieuw.title}</PageTitle>
      <Paragraph>{m.nieuw.intro}</Paragraph>
      <nav aria-label={m.nieuw.stappen}>
        <ol className="sl-melding-steps">
          {[m.nieuw.stap1, m.nieuw.stap2].map((naam, i) => (
            <li key={naam} className={stap === i + 1 ? 'sl-melding-steps__step sl-melding-steps__step--current' : 'sl-melding-steps__step'} aria-current={stap === i + 1 ? 'step' : undefined}>
              {m.nieuw.stap(i + 1, 2)}: {naam}
              {stap === i + 1 && <span className="sl-visually-hidden"> {m.nieuw.huidig}</span>}
            </li>
          ))}
        </ol>
      </nav>

      <section hidden={stap !== 1} aria-labelledby="stap1-titel">
        <Heading2 id="stap1-titel" tabIndex={-1} className="sl-melding-step-title">
          {m.nieuw.stap(1, 2)}: {m.nieuw.stap1}
        </Heading2>
        <PersonSearch
          idPrefix="zoek"
          actions={(p) => <AddAs persoon={p} gekozen={gekozen} onAdd={add} />}
          onNewPerson={(zoek) => {
            keyRef.current += 1;
            setNieuwePersoon({ zoek, key: keyRef.current });
            window.setTimeout(() => document.getElementById('nieuw-titel')?.focus(), 0);
          }}
        />
        {nieuwePersoon && (
          <NewPersonForm
            key={nieuwePersoon.key}
            idPrefix="nieuw"
            headingId="nieuw-titel"
            zoek={nieuwePersoon.zoek}
            onCreated={(p) => {
              add(p, nieuwRol);
              setNieuwePersoon(null);
              window.setTimeout(() => document.getElementById('gekozen-titel')?.focus(), 0);
            }}
            onUseExisting={(p) => {
              add(p, nieuwRol);
              setNieuwePersoon(null);
              window.setTimeout(() => document.getElementById('gekozen-titel')?.focus(), 0);
            }}
            onCancel={() => setNieuwePersoon(null)}
          >
            <RoleSelect id="nieuw-rol" label={m.nieuw.rol} value={nieuwRol} onChange={setNieuwRol} />
          </NewPersonForm>
        )}

        <section aria-labelledby="gekozen-titel" className="sl-melding-chosen">
          <Heading3 id="gekozen-titel" tabIndex={-1}>
            {m.nieuw.gekozen}
          </Heading3>
          <p className="utrecht-paragraph sl-melding-live" role="status">
            {melding}
          </p>
          <ChosenPersons gekozen={gekozen} onChange={setGekozen} idPrefix="stap1" />
          {stap1Fout && (
            <p className="utrecht-form-field-error-message" id="stap1-fout">
              {stap1Fout}
            </p>
          )}
          <ButtonGroup>
            <Button
              id="stap1-verder"
              appearance="primary-action-button"
              aria-describedby={stap1Fout ? 'stap1-fout' : undefined}
              onClick={verder}
            >
              {m.nieuw.naarMelding}
            </Button>
          </ButtonGroup>
        </section>
      </section>

      <section hidden={stap !== 2} aria-labelledby="stap2-titel">
        <Heading2 id="stap2-titel" tabIndex={-1} className="sl-melding-step-title">
          {m.nieuw.stap(2, 2)}: {m.nieuw.stap2}
        </Heading2>
        <MeldingForm
          gekozen={gekozen}
          onGekozen={setGekozen}
          onBack={() => gaNaar(1)}
          onSaved={(saved) => navigate(`/meldingen/${saved.id}?geregistreerd=1`)}
        />
      </section>
    </>
  );
}

/** "Toevoegen als …": a role select and the button, under each search hit and household member. */
function AddAs({ persoon, gekozen, onAdd }: { persoon: PersoonRef; gekozen: GekozenPersoon[]; onAdd: (p: PersoonRef, rol: MeldingRol) => void }) {
  const m = useAreaMessages({ nl, en });
  const id = useId();
  const [rol, setRol] = useState<MeldingRol>('slachtoffer');
  const rollen = gekozen.filter((g) => g.persoon.id === persoon.id).map((g) => m.rollen[g.rol]);
  return (
    <div className="sl-melding-add">
      <RoleSelect
        id={`rol${id}`}
        label={
          <>
            {m.nieuw.rol}
            <span className="sl-visually-hidden"> {m.nieuw.voor(persoon.naam)}</span>
          </>
        }
        value={rol} onChange={setRol} className="sl-melding-add__role" />
      <Button appearance="secondary-action-button" onClick={() => onAdd(persoon, rol)}>
        {m.nieuw.toevoegenAls(m.rollen[rol])}
        <span className="sl-visually-hidden">: {persoon.naam}</span>
      </Button>
      {rollen.length > 0 && <span className="sl-melding-add__done">{m.nieuw.alToegevoegd(rollen.join(', '))}</span>}
    </div>
  );
}
