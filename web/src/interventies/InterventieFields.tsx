import { fasen, rechtsdomeinen, voorwaardeSoorten, type Fase, type Rechtsdomein, type VoorwaardeSoort } from '@schemas/interventies';
import { CheckboxGroup, SelectField, TextAreaField } from '../shell/fields';
import { useAreaMessages } from '../i18n';
import { fieldError, TextField } from '../shell/forms';
import { nl, en } from './messages';

export interface InterventieVelden {
  naam: string;
  omschrijving: string;
  fase: Fase[];
  rechtsdomein: Rechtsdomein | '';
  voorwaardeSoort: VoorwaardeSoort | '';
}

export const legeVelden: InterventieVelden = { naam: '', omschrijving: '', fase: [], rechtsdomein: '', voorwaardeSoort: '' };

/** What the client checks before sending (the server checks the same and names the field if it disagrees). */
export function checkVelden(v: InterventieVelden, m: typeof nl): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.naam.trim() === '') errors.naam = m.naamInvalid;
  if (v.fase.length === 0) errors.fase = m.fasenInvalid;
  if (v.rechtsdomein === '') errors.rechtsdomein = m.rechtsdomeinInvalid;
  if (v.voorwaardeSoort !== '' && v.rechtsdomein !== 'strafrecht') errors.voorwaardeSoort = m.voorwaardeAlleenStraf;
  return errors;
}

/** Moves focus to the first field with a client-side error (the phases: their first check box). */
export function focusFirst(errors: Record<string, string>): void {
  const first = Object.keys(errors)[0];
  if (first) document.getElementById(first === 'fase' ? 'fase-acuut' : first)?.focus();
}

/** Name, description, phases, legal domain and kind of condition: the fields the create and the edit form share. */
export function InterventieFields({
  value,
  onChange,
  clientErrors,
  error,
}: {
  value: InterventieVelden;
  onChange: (next: InterventieVelden) => void;
  clientErrors: Record<string, string>;
  error: unknown;
}) {
  const m = useAreaMessages({ nl, en });
  return (
    <>
      <TextField
        id="naam"
        label={m.naam}
        value={value.naam}
        onChange={(naam) => onChange({ ...value, naam })}
        maxLength={200}
        required
        error={fieldError('naam', clientErrors, error)}
      />
      <TextAreaField
        id="omschrijving"
        label={m.omschrijving}
        description={m.omschrijvingHint}
        value={value.omschrijving}
        onChange={(omschrijving) => onChange({ ...value, omschrijving })}
        maxLength={2000}
        error={fieldError('omschrijving', clientErrors, error)}
      />
      <CheckboxGroup
        id="fase"
        legend={m.fasen}
        description={m.fasenHint}
        options={fasen.map((f) => ({ value: f, label: m.fase[f] }))}
        value={value.fase}
        onChange={(fase) => onChange({ ...value, fase: fase as Fase[] })}
        error={fieldError('fase', clientErrors, error)}
      />
      <SelectField
        id="rechtsdomein"
        label={m.rechtsdomein}
        value={value.rechtsdomein}
        placeholder=""
        options={rechtsdomeinen.map((d) => ({ value: d, label: m.domein[d] }))}
        onChange={(d) => onChange({ ...value, rechtsdomein: d as Rechtsdomein | '', voorwaardeSoort: d === 'strafrecht' ? value.voorwaardeSoort : '' })}
        required
        error={fieldError('rechtsdomein', clientErrors, error)}
      />
      {value.rechtsdomein === 'strafrecht' && (
        <SelectField
          id="voorwaardeSoort"
          label={m.voorwaardeSoort}
          description={m.voorwaardeSoortHint}
          value={value.voorwaardeSoort}
          placeholder={m.voorwaardeGeen}
          options={voorwaardeSoorten.map((s) => ({ value: s, label: m.voorwaarde[s] }))}
          onChange={(s) => onChange({ ...value, voorwaardeSoort: s as VoorwaardeSoort | '' })}
          error={fieldError('voorwaardeSoort', clientErrors, error)}
        />
      )}
    </>
  );
}
