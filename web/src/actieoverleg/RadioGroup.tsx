import type { ReactNode } from 'react';
import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { Option } from '../shell/fields';

/** Radio buttons in a fieldset: the legend names the choice; hint and error are tied to the group. */
export function RadioGroup({
  id,
  legend,
  description,
  error,
  options,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string) => void;
}) {
  const describedBy = [error ? `${id}-error` : '', description ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} role="radiogroup">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {options.map((o) => {
        const optionId = `${id}-${o.value}`;
        const checked = value === o.value;
        return (
          <div key={o.value} className="sl-choice">
            <RadioButton id={optionId} name={id} value={o.value} checked={checked} invalid={Boolean(error)} onChange={() => onChange(o.value)} />
            <FormLabel htmlFor={optionId} type="radio" checked={checked}>
              {o.label}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}
