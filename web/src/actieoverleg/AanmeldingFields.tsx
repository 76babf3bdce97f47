import type { ReactNode } from 'react';
import { Button, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, Heading2, Heading3 } from '@utrecht/component-library-react';
import {
  factorGroepen,
  factorGroepVan,
  inhoudelijkeFactoren,
  vraagPartners,
  type AanmeldingFormulier,
  type FactorGroep,
  type InhoudelijkeFactor,
  type VraagGerichtOp,
  type VraagPartner,
} from '@schemas/actieoverleg';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { TextField } from '../shell/forms';
import { CheckboxGroup, SelectField, TextAreaField, type Option } from '../shell/fields';
import { RadioGroup } from './RadioGroup';
import { en, nl } from './messages';

export interface CasusPersoonRef {
  id: string;
  naam: string;
  rol: string;
}

/** The server's reason for a field: exact (ots.kinderen.0.gezinsvoogd) first, then by its last part. */
export function reasonFor(error: unknown, name: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const exact = error.invalidParams.find((p) => p.name === name || p.name === `body.${name}`);
  if (exact) return exact.reason;
  return name.includes('.') ? undefined : error.reasonFor(name);
}

/** Where focus goes for a field the server named (the first control of a group). */
export function controlIdFor(veld: string): string {
  if (veld === 'vraagRelevantVoor') return 'aanmelding-vraagRelevantVoor-veilig-thuis';
  if (veld === 'vraagGerichtOp') return 'aanmelding-vraagGerichtOp-acties';
  if (veld === 'inhoudelijkeFactoren') return `aanmelding-factoren-samenloop-${inhoudelijkeFactoren[0]}`;
  if (veld === 'betrokkenenGeinformeerd') return 'aanmelding-geinformeerd-ja';
  return `aanmelding-${veld.split('.')[0]}`;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="sl-ao-part">
      <Heading3>{title}</Heading3>
      {children}
    </div>
  );
}

/** Per child (OTS, Raad): which child, its own fields, remove; and "add another child" below. */
function ChildRows<T extends { persoonId: string }>({
  id,
  errorBase,
  items,
  kindOpties,
  error,
  nieuw,
  onChange,
  fields,
}: {
  id: string;
  errorBase: string;
  items: readonly T[];
  kindOpties: readonly Option[];
  error: unknown;
  nieuw: (persoonId: string) => T;
  onChange: (items: T[]) => void;
  fields: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}) {
  const f = useAreaMessages({ nl, en }).formulier;
  const update = (i: number) => (patch: Partial<T>) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const vrij = kindOpties.find((o) => !items.some((k) => k.persoonId === o.value))?.value ?? kindOpties[0]?.value;
  return (
    <>
      {kindOpties.length === 0 && <p className="utrecht-paragraph">{f.geenPersonen}</p>}
      {items.map((k, i) => (
        <Part key={i} title={f.kindNummer(i + 1)}>
          <SelectField
            id={`${id}-kind-${i}`}
            label={f.kind}
            options={kindOpties}
            value={k.persoonId}
            error={reasonFor(error, `${errorBase}.${i}.persoonId`)}
            onChange={(v) => update(i)({ persoonId: v } as Partial<T>)}
          />
          {fields(k, i, update(i))}
          <Button appearance="subtle-button" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {f.kindVerwijderen(i + 1)}
          </Button>
        </Part>
      ))}
      {vrij && (
        <div>
          <Button appearance="secondary-action-button" onClick={() => onChange([...items, nieuw(vrij)])}>
            {f.kindToevoegen}
          </Button>
        </div>
      )}
    </>
  );
}

/**
 * The fields of the referral form in the order of seed 003 "Uit de praktijk 3.1" (parts 4 to 10; parts 1 to 3 —
 * referring party, client data, region — are shown by the page, not typed).
 */
export function AanmeldingFields({
  value,
  onChange,
  personen,
  error,
}: {
  value: AanmeldingFormulier;
  onChange: (next: AanmeldingFormulier) => void;
  personen: readonly CasusPersoonRef[];
  error: unknown;
}) {
  const m = useAreaMessages({ nl, en });
  const f = m.formulier;
  const set = <K extends keyof AanmeldingFormulier>(key: K, v: AanmeldingFormulier[K]) => onChange({ ...value, [key]: v });
  const kinderen = personen.filter((p) => p.rol === 'kind');
  const kindOpties = (kinderen.length > 0 ? kinderen : personen).map((p) => ({ value: p.id, label: p.naam }));
  const eersteVrij = (bezet: readonly { persoonId: string }[]) =>
    kindOpties.find((o) => !bezet.some((k) => k.persoonId === o.value))?.value ?? kindOpties[0]?.value;
  const text = (key: 'omschrijving' | 'krachten' | 'politieJustitie' | 'eerderBekend' | 'watMaaktHetMoeilijk' | 'betrokkenHulpverlening' | 'vraag' | 'relevanteAntecedenten', label: string, hint?: string, rows = 4) => (
    <TextAreaField
      id={`aanmelding-${key}`}
      label={label}
      description={hint}
      value={value[key]}
      onChange={(v) => set(key, v)}
      rows={rows}
      error={reasonFor(error, key)}
    />
  );

  const factorenError = reasonFor(error, 'inhoudelijkeFactoren');
  const geinformeerd = value.betrokkenenGeinformeerd;

  return (
    <>
      <Heading2>{f.omschrijvingKop}</Heading2>
      {text('omschrijving', f.omschrijving, f.omschrijvingHint, 6)}
      {text('krachten', f.krachten)}
      {text('politieJustitie', f.politieJustitie)}
      {text('eerderBekend', f.eerderBekend, f.eerderBekendHint)}
      {text('watMaaktHetMoeilijk', f.watMaaktHetMoeilijk)}

      <Heading2>{f.hulpverleningKop}</Heading2>
      {text('betrokkenHulpverlening', f.betrokkenHulpverlening)}

      <Heading2>{f.otsKop}</Heading2>
      <RadioGroup
        id="aanmelding-ots"
        legend={f.ots}
        options={[
          { value: 'nee', label: f.nee },
          { value: 'ja', label: f.ja },
        ]}
        value={value.ots.ots ? 'ja' : 'nee'}
        error={reasonFor(error, 'ots')}
        onChange={(v) => {
          const ja = v === 'ja';
          const eerste = eersteVrij([]);
          set('ots', {
            ots: ja,
            kinderen: ja && value.ots.kinderen.length === 0 && eerste ? [{ persoonId: eerste, gezinsvoogd: '', eindeMaatregel: null }] : value.ots.kinderen,
          });
        }}
      />
      {value.ots.ots && (
        <ChildRows
          id="aanmelding-ots"
          errorBase="ots.kinderen"
          items={value.ots.kinderen}
          kindOpties={kindOpties}
          error={error}
          nieuw={(persoonId) => ({ persoonId, gezinsvoogd: '', eindeMaatregel: null })}
          onChange={(kinderen) => set('ots', { ...value.ots, kinderen })}
          fields={(k, i, update) => (
            <>
              <TextField
                id={`aanmelding-ots-gv-${i}`}
                label={f.gezinsvoogd}
                value={k.gezinsvoogd}
                error={reasonFor(error, `ots.kinderen.${i}.gezinsvoogd`)}
                onChange={(v) => update({ gezinsvoogd: v })}
              />
              <TextField
                id={`aanmelding-ots-einde-${i}`}
                type="date"
                label={f.eindeMaatregel}
                value={k.eindeMaatregel ?? ''}
                className="sl-field--short"
                error={reasonFor(error, `ots.kinderen.${i}.eindeMaatregel`)}
                onChange={(v) => update({ eindeMaatregel: v || null })}
              />
            </>
          )}
        />
      )}

      <Heading2>{f.raadKop}</Heading2>
      <RadioGroup
        id="aanmelding-raad"
        legend={f.raad}
        options={[
          { value: 'nee', label: f.nee },
          { value: 'ja', label: f.ja },
        ]}
        value={value.raadBetrokken.betrokken ? 'ja' : 'nee'}
        error={reasonFor(error, 'raadBetrokken')}
        onChange={(v) => {
          const ja = v === 'ja';
          const eerste = eersteVrij([]);
          set('raadBetrokken', {
            betrokken: ja,
            kinderen: ja && value.raadBetrokken.kinderen.length === 0 && eerste ? [{ persoonId: eerste, soortOnderzoek: '' }] : value.raadBetrokken.kinderen,
          });
        }}
      />
      {value.raadBetrokken.betrokken && (
        <ChildRows
          id="aanmelding-raad"
          errorBase="raadBetrokken.kinderen"
          items={value.raadBetrokken.kinderen}
          kindOpties={kindOpties}
          error={error}
          nieuw={(persoonId) => ({ persoonId, soortOnderzoek: '' })}
          onChange={(kinderen) => set('raadBetrokken', { ...value.raadBetrokken, kinderen })}
          fields={(k, i, update) => (
            <TextField
              id={`aanmelding-raad-onderzoek-${i}`}
              label={f.soortOnderzoek}
              value={k.soortOnderzoek}
              error={reasonFor(error, `raadBetrokken.kinderen.${i}.soortOnderzoek`)}
              onChange={(v) => update({ soortOnderzoek: v })}
            />
          )}
        />
      )}

      <Heading2>{f.vraagKop}</Heading2>
      {text('vraag', f.vraag, f.vraagHint, 5)}
      <CheckboxGroup
        id="aanmelding-vraagRelevantVoor"
        legend={f.relevantVoor}
        description={f.relevantVoorHint}
        options={vraagPartners.map((p) => ({ value: p, label: m.partners[p] }))}
        value={value.vraagRelevantVoor}
        error={reasonFor(error, 'vraagRelevantVoor')}
        onChange={(v) => set('vraagRelevantVoor', v as VraagPartner[])}
      />
      <RadioGroup
        id="aanmelding-vraagGerichtOp"
        legend={f.gerichtOp}
        description={f.gerichtOpHint}
        options={(['acties', 'evaluatie', 'alleen-zorgen'] as const).map((g) => ({ value: g, label: m.gerichtOp[g] }))}
        value={value.vraagGerichtOp}
        error={reasonFor(error, 'vraagGerichtOp')}
        onChange={(v) => set('vraagGerichtOp', v as VraagGerichtOp)}
      />
      <Fieldset invalid={Boolean(factorenError)} aria-describedby={['aanmelding-factoren-hint', factorenError ? 'aanmelding-factoren-error' : ''].filter(Boolean).join(' ')}>
        <FieldsetLegend>{f.factoren}</FieldsetLegend>
        <FormFieldDescription id="aanmelding-factoren-hint">{f.factorenHint}</FormFieldDescription>
        {factorenError && <FormFieldErrorMessage id="aanmelding-factoren-error">{factorenError}</FormFieldErrorMessage>}
        {factorGroepen.map((groep: FactorGroep) => (
          <CheckboxGroup
            key={groep}
            id={`aanmelding-factoren-${groep}`}
            legend={m.groepen[groep]}
            options={inhoudelijkeFactoren.filter((x) => factorGroepVan[x] === groep).map((x) => ({ value: x, label: m.factoren[x] }))}
            value={value.inhoudelijkeFactoren.filter((x) => factorGroepVan[x] === groep)}
            onChange={(v) =>
              set('inhoudelijkeFactoren', [
                ...value.inhoudelijkeFactoren.filter((x) => factorGroepVan[x] !== groep),
                ...(v as InhoudelijkeFactor[]),
              ])
            }
          />
        ))}
        <CheckboxGroup
          id="aanmelding-sbb"
          legend={f.sbbLegend}
          options={[{ value: 'ja', label: f.sbb }]}
          value={value.stelselBewakenBeveiligenOverwegen ? ['ja'] : []}
          onChange={(v) => set('stelselBewakenBeveiligenOverwegen', v.includes('ja'))}
        />
      </Fieldset>

      <Heading2>{f.geinformeerdKop}</Heading2>
      <RadioGroup
        id="aanmelding-geinformeerd"
        legend={f.geinformeerd}
        description={f.geinformeerdHint}
        options={[
          { value: 'ja', label: f.geinformeerdJa },
          { value: 'nee', label: f.geinformeerdNee },
        ]}
        value={geinformeerd === null ? null : geinformeerd.geinformeerd ? 'ja' : 'nee'}
        error={reasonFor(error, 'betrokkenenGeinformeerd')}
        onChange={(v) =>
          set('betrokkenenGeinformeerd', v === 'ja' ? { geinformeerd: true, reactie: '' } : { geinformeerd: false, wanneer: '' })
        }
      />
      {geinformeerd?.geinformeerd === true && (
        <TextAreaField
          id="aanmelding-reactie"
          label={f.reactie}
          value={geinformeerd.reactie}
          rows={3}
          error={reasonFor(error, 'betrokkenenGeinformeerd.reactie')}
          onChange={(v) => set('betrokkenenGeinformeerd', { geinformeerd: true, reactie: v })}
        />
      )}
      {geinformeerd?.geinformeerd === false && (
        <TextAreaField
          id="aanmelding-wanneer"
          label={f.wanneer}
          value={geinformeerd.wanneer}
          rows={2}
          error={reasonFor(error, 'betrokkenenGeinformeerd.wanneer')}
          onChange={(v) => set('betrokkenenGeinformeerd', { geinformeerd: false, wanneer: v })}
        />
      )}

      <Heading2>{f.antecedentenKop}</Heading2>
      {text('relevanteAntecedenten', f.antecedenten, f.antecedentenHint)}
    </>
  );
}
