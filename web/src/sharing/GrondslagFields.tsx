import { TextAreaField } from '../shell/fields';
import { useAreaMessages } from '../i18n';
import { fieldError, TextField } from '../shell/forms';
import { nl, en } from './messages';

export interface GrondslagTekst {
  naam: string;
  wettelijkeBasis: string;
  omschrijving: string;
}

/** What the client checks before sending (the server checks the same and names the field if it disagrees). */
export function checkGrondslagTekst(v: GrondslagTekst, m: typeof nl): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.naam.trim().length < 3) errors.naam = m.naamInvalid;
  if (v.wettelijkeBasis.trim().length < 3) errors.wettelijkeBasis = m.wettelijkeBasisInvalid;
  return errors;
}

/** Name, statutory basis and description: the fields the create and the edit form share. */
export function GrondslagFields({
  value,
  onChange,
  clientErrors,
  error,
}: {
  value: GrondslagTekst;
  onChange: (next: GrondslagTekst) => void;
  clientErrors: Record<string, string>;
  error: unknown;
}) {
  const m = useAreaMessages({ nl, en });
  return (
    <>
      <TextField
        id="naam"
        label={m.naam}
        description={m.naamHint}
        value={value.naam}
        onChange={(naam) => onChange({ ...value, naam })}
        maxLength={200}
        required
        error={fieldError('naam', clientErrors, error)}
      />
      <TextField
        id="wettelijkeBasis"
        label={m.wettelijkeBasis}
        description={m.wettelijkeBasisHint}
        value={value.wettelijkeBasis}
        onChange={(wettelijkeBasis) => onChange({ ...value, wettelijkeBasis })}
        maxLength={300}
        required
        error={fieldError('wettelijkeBasis', clientErrors, error)}
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
    </>
  );
}

/** Moves focus to the first field with a client-side error. */
export function focusFirst(errors: Record<string, string>): void {
  const first = Object.keys(errors)[0];
  if (first) document.getElementById(first)?.focus();
}
