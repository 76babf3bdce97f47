import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { ZsmZaakInvoer } from '@schemas/zsm/zaken';
import { ApiError } from '../api/client';
import { useApiData } from '../api/useApiData';
import { useAreaMessages, useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { RadioGroup } from '../actieoverleg/RadioGroup';
import { focusSoon } from '../actieoverleg/vergaderingen/actions';
import { NewPersonForm } from '../persons/NewPersonForm';
import { PersonSearch, type PersoonRef, type ZoekInvoer } from '../persons/PersonSearch';
import { formatDate } from '../persons/format';
import { SelectField, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { PageTitle } from '../shell/page';
import { RouterLink, useRouter } from '../shell/router';
import { lokaalNaarIso, nuLokaal } from './tijd';
import { zsmApi } from './zsm.api';
import { en, nl } from './messages';
import './zsm.css';

type Rol = 'verdachte' | 'slachtoffer' | 'kind';
const ROLLEN: readonly Rol[] = ['verdachte', 'slachtoffer', 'kind'];

interface Betrokkene {
  persoon: PersoonRef;
  rol: Rol;
}

interface Feiten {
  aangehoudenOp: string;
  feit: string;
  vh: 'ja' | 'nee' | null;
  huiselijkGeweld: boolean;
  exPartner: boolean;
  omschrijving: string;
  vtOrganisatieId: string;
}

function RolSelect({ id, label, value, onChange }: { id: string; label: ReactNode; value: Rol; onChange: (rol: Rol) => void }) {
  const m = useAreaMessages({ nl, en }).intake;
  return (
    <div className="utrecht-form-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as Rol)}>
        {ROLLEN.map((r) => (
          <SelectOption key={r} value={r}>
            {m.rollen[r]}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}

/** "Toevoegen als …" under each search hit: a role and the button. */
function VoegToe({ persoon, gekozen, onAdd }: { persoon: PersoonRef; gekozen: readonly Betrokkene[]; onAdd: (p: PersoonRef, rol: Rol) => void }) {
  const m = useAreaMessages({ nl, en }).intake;
  const id = useId();
  const al = gekozen.find((g) => g.persoon.id === persoon.id);
  const [rol, setRol] = useState<Rol>(gekozen.some((g) => g.rol === 'verdachte') ? 'slachtoffer' : 'verdachte');
  return (
    <div className="sl-zsm-toevoegen">
      <RolSelect
        id={`rol${id}`}
        label={
          <>
            {m.rol}
            <span className="sl-visually-hidden"> {m.rolVoor(persoon.naam)}</span>
          </>
        }
        value={rol}
        onChange={setRol}
      />
      <Button appearance="secondary-action-button" onClick={() => onAdd(persoon, rol)}>
        {m.toevoegenAls(m.rollen[rol])}
        <span className="sl-visually-hidden">: {persoon.naam}</span>
      </Button>
      {al && <span>{m.alToegevoegd(m.rollen[al.rol])}</span>}
    </div>
  );
}

/** The first problem the server named for the persons (verdachte, slachtoffers, kinderen or one of their items). */
function personenFout(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.invalidParams.find((p) => /^(body\.)?(verdachte|slachtoffers|kinderen)\b/.test(p.name))?.reason;
}

/**
 * /zsm/nieuw — a police worker brings an arrested domestic-violence suspect to ZSM: the persons first (search before
 * create), then the arrest, the offence, whether pre-trial detention is possible (the clock) and, when known, the
 * family's Veilig Thuis organisation.
 */
export function NieuweZsmZaakPage() {
  const all = useAreaMessages({ nl, en });
  const m = all.intake;
  const { lang } = useI18n();
  const sessie = useActiveSession();
  const { navigate } = useRouter();
  const [gekozen, setGekozen] = useState<Betrokkene[]>([]);
  const [melding, setMelding] = useState('');
  const [nieuwePersoon, setNieuwePersoon] = useState<{ zoek: ZoekInvoer; key: number } | null>(null);
  const [nieuwRol, setNieuwRol] = useState<Rol>('verdachte');
  const keyRef = useRef(0);
  const [feiten, setFeiten] = useState<Feiten>(() => ({
    aangehoudenOp: nuLokaal(),
    feit: '',
    vh: null,
    huiselijkGeweld: true,
    exPartner: false,
    omschrijving: '',
    vtOrganisatieId: '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const vts = useApiData(() => zsmApi.bereikbaarheid(), []);

  if (sessie.organisatie?.soort !== 'politie') {
    return (
      <>
        <PageTitle>{m.title}</PageTitle>
        <Alert type="info">
          <Paragraph>{m.alleenPolitie}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink href="/zsm">{all.algemeen.terugNaarBord}</RouterLink>
        </Paragraph>
      </>
    );
  }

  const set = (change: Partial<Feiten>) => setFeiten((f) => ({ ...f, ...change }));

  function add(persoon: PersoonRef, rol: Rol) {
    // One role per person: adding someone again changes the role. A second suspect is refused when saving.
    setGekozen((list) => [...list.filter((g) => g.persoon.id !== persoon.id), { persoon, rol }]);
    setMelding(m.toegevoegd(persoon.naam, m.rollen[rol]));
    setErrors((e) => ({ ...e, personen: '' }));
    setNieuwRol(rol === 'verdachte' ? 'slachtoffer' : rol);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const e: Record<string, string> = {};
    const verdachten = gekozen.filter((g) => g.rol === 'verdachte');
    if (verdachten.length === 0) e.personen = m.verdachteNodig;
    else if (verdachten.length > 1) e.personen = m.eenVerdachte;
    else if (!gekozen.some((g) => g.rol === 'slachtoffer')) e.personen = m.slachtofferNodig;
    const aangehoudenOp = lokaalNaarIso(feiten.aangehoudenOp);
    if (!aangehoudenOp) e.aangehoudenOp = m.aangehoudenOpNodig;
    if (!feiten.feit.trim()) e.feit = m.feitNodig;
    if (!feiten.vh) e.vh = m.vhNodig;
    setErrors(e);
    setError(null);
    const eerste = Object.keys(e)[0];
    if (eerste) {
      focusSoon(eerste === 'personen' ? 'gekozen-titel' : eerste === 'vh' ? 'zsm-vh-ja' : `zsm-${eerste}`);
      return;
    }
    const invoer: ZsmZaakInvoer = {
      aangehoudenOp: aangehoudenOp!,
      feit: feiten.feit.trim(),
      voorlopigeHechtenisMogelijk: feiten.vh === 'ja',
      huiselijkGeweld: feiten.huiselijkGeweld,
      exPartner: feiten.exPartner,
      omschrijving: feiten.omschrijving.trim(),
      ...(feiten.vtOrganisatieId ? { vtOrganisatieId: feiten.vtOrganisatieId } : {}),
      verdachte: { persoonId: verdachten[0]!.persoon.id },
      slachtoffers: gekozen.filter((g) => g.rol === 'slachtoffer').map((g) => ({ persoonId: g.persoon.id })),
      kinderen: gekozen.filter((g) => g.rol === 'kind').map((g) => ({ persoonId: g.persoon.id })),
    };
    setBusy(true);
    try {
      const zaak = await zsmApi.invoeren(invoer);
      navigate(`/zsm/zaken/${zaak.id}?ingevoerd=1`);
    } catch (err) {
      setError(err);
      setBusy(false);
      if (err instanceof ApiError) {
        if (personenFout(err)) focusSoon('gekozen-titel');
        else if (err.reasonFor('aangehoudenOp')) focusSoon('zsm-aangehoudenOp');
      }
    }
  }

  const persoonFout = errors.personen || personenFout(error);
  const vtOpties = (vts.data ?? []).map((v) => ({ value: v.organisatie.id, label: v.organisatie.naam }));

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph>{m.intro}</Paragraph>
      <Paragraph>
        <RouterLink href="/zsm">{all.algemeen.terugNaarBord}</RouterLink>
      </Paragraph>

      <section aria-labelledby="stap1-titel">
        <Heading2 id="stap1-titel">1. {m.stap1}</Heading2>
        <Paragraph>{m.stap1Intro}</Paragraph>
        <PersonSearch
          idPrefix="zoek"
          actions={(p) => <VoegToe persoon={p} gekozen={gekozen} onAdd={add} />}
          onNewPerson={(zoek) => {
            keyRef.current += 1;
            setNieuwePersoon({ zoek, key: keyRef.current });
            focusSoon('nieuw-titel');
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
              focusSoon('gekozen-titel');
            }}
            onUseExisting={(p) => {
              add(p, nieuwRol);
              setNieuwePersoon(null);
              focusSoon('gekozen-titel');
            }}
            onCancel={() => setNieuwePersoon(null)}
          >
            <RolSelect id="nieuw-rol" label={m.rol} value={nieuwRol} onChange={setNieuwRol} />
          </NewPersonForm>
        )}

        <section aria-labelledby="gekozen-titel">
          <Heading3 id="gekozen-titel" tabIndex={-1}>
            {m.gekozen}
          </Heading3>
          <p className="utrecht-paragraph" role="status">
            {melding}
          </p>
          {persoonFout && (
            <FormFieldErrorMessage id="personen-fout" className="utrecht-form-field__error-message">
              {persoonFout}
            </FormFieldErrorMessage>
          )}
          {gekozen.length === 0 ? (
            <Paragraph>{m.geenGekozen}</Paragraph>
          ) : (
            <ul className="sl-zsm-personen" aria-describedby={persoonFout ? 'personen-fout' : undefined} data-testid="zsm-betrokkenen">
              {gekozen.map((g) => (
                <li key={g.persoon.id}>
                  <span className="sl-zsm-personen__naam">
                    <strong>{g.persoon.naam}</strong>
                    {g.persoon.geboortedatum && <span className="sl-muted"> ({formatDate(g.persoon.geboortedatum, lang)})</span>}
                  </span>
                  <RolSelect
                    id={`gekozen-rol-${g.persoon.id}`}
                    label={m.rolVan(g.persoon.naam)}
                    value={g.rol}
                    onChange={(rol) => setGekozen((list) => list.map((x) => (x.persoon.id === g.persoon.id ? { ...x, rol } : x)))}
                  />
                  <Button
                    appearance="subtle-button"
                    onClick={() => {
                      setGekozen((list) => list.filter((x) => x.persoon.id !== g.persoon.id));
                      focusSoon('gekozen-titel');
                    }}
                  >
                    {m.verwijderen}
                    <span className="sl-visually-hidden">: {g.persoon.naam}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </section>

      <section aria-labelledby="stap2-titel">
        <Heading2 id="stap2-titel">2. {m.stap2}</Heading2>
        <ProblemAlert error={error} />
        <form onSubmit={submit} noValidate className="sl-form sl-zsm-form">
          <TextField
            id="zsm-aangehoudenOp"
            type="datetime-local"
            label={m.aangehoudenOp}
            description={m.aangehoudenOpHint}
            value={feiten.aangehoudenOp}
            onChange={(aangehoudenOp) => set({ aangehoudenOp })}
            required
            error={fieldError('aangehoudenOp', errors, error)}
          />
          <TextField
            id="zsm-feit"
            label={m.feit}
            description={m.feitHint}
            value={feiten.feit}
            onChange={(feit) => set({ feit })}
            maxLength={500}
            required
            error={fieldError('feit', errors, error)}
          />
          <RadioGroup
            id="zsm-vh"
            legend={m.vh}
            description={m.vhHint}
            value={feiten.vh}
            options={[
              { value: 'ja', label: m.vhJa },
              { value: 'nee', label: m.vhNee },
            ]}
            error={fieldError('voorlopigeHechtenisMogelijk', errors.vh ? { voorlopigeHechtenisMogelijk: errors.vh } : {}, error)}
            onChange={(v) => set({ vh: v as 'ja' | 'nee' })}
          />
          <Fieldset>
            <FieldsetLegend>{m.kenmerken}</FieldsetLegend>
            <div className="sl-choice">
              <Checkbox id="zsm-huiselijkGeweld" checked={feiten.huiselijkGeweld} onChange={(e) => set({ huiselijkGeweld: e.target.checked })} />
              <FormLabel htmlFor="zsm-huiselijkGeweld" type="checkbox" checked={feiten.huiselijkGeweld}>
                {m.huiselijkGeweld}
              </FormLabel>
            </div>
            <div className="sl-choice">
              <Checkbox id="zsm-exPartner" checked={feiten.exPartner} onChange={(e) => set({ exPartner: e.target.checked })} />
              <FormLabel htmlFor="zsm-exPartner" type="checkbox" checked={feiten.exPartner}>
                {m.exPartner}
              </FormLabel>
            </div>
          </Fieldset>
          <TextAreaField
            id="zsm-omschrijving"
            label={m.omschrijving}
            description={m.omschrijvingHint}
            value={feiten.omschrijving}
            onChange={(omschrijving) => set({ omschrijving })}
            maxLength={10000}
            rows={4}
            error={fieldError('omschrijving', errors, error)}
          />
          <ProblemAlert error={vts.error} />
          <SelectField
            id="zsm-vtOrganisatieId"
            label={m.vt}
            description={m.vtHint}
            value={feiten.vtOrganisatieId}
            onChange={(vtOrganisatieId) => set({ vtOrganisatieId })}
            options={vtOpties}
            placeholder={m.vtOnbekend}
            error={fieldError('vtOrganisatieId', errors, error)}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {m.opslaan}
            </Button>
          </ButtonGroup>
        </form>
      </section>
    </>
  );
}
