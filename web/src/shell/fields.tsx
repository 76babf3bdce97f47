import type { ReactNode } from 'react';
import {
  Alert,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';

/**
 * Form fields beside forms.tsx's TextField: a select, a text area
 * and a group of check boxes, each with a visible label, an optional hint and the error right beside it.
 */

interface FieldFrame {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
}

function describedBy(id: string, description: ReactNode, error: string | undefined): string | undefined {
  return [error ? `${id}-error` : '', description ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

function Frame({ id, label, description, error, children }: FieldFrame & { children: ReactNode }) {
  return (
    <FormField invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-hint`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  required,
  ...frame
}: FieldFrame & { value: string; onChange: (value: string) => void; options: readonly Option[]; placeholder?: string; required?: boolean }) {
  return (
    <Frame {...frame}>
      <Select
        id={frame.id}
        name={frame.id}
        value={value}
        invalid={Boolean(frame.error)}
        aria-invalid={frame.error ? true : undefined}
        aria-describedby={describedBy(frame.id, frame.description, frame.error)}
        required={required}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </Frame>
  );
}

export function TextAreaField({
  value,
  onChange,
  required,
  maxLength,
  rows = 4,
  ...frame
}: FieldFrame & { value: string; onChange: (value: string) => void; required?: boolean; maxLength?: number; rows?: number }) {
  return (
    <Frame {...frame}>
      <Textarea
        id={frame.id}
        name={frame.id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        required={required}
        invalid={Boolean(frame.error)}
        aria-invalid={frame.error ? true : undefined}
        aria-describedby={describedBy(frame.id, frame.description, frame.error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Frame>
  );
}

/** Check boxes in a fieldset; the legend names the group, the hint and error are tied to it. */
export function CheckboxGroup({
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
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy(id, description, error)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {options.map((o) => {
        const optionId = `${id}-${o.value}`;
        const checked = value.includes(o.value);
        return (
          <div key={o.value} className="sl-choice">
            <Checkbox
              id={optionId}
              name={id}
              value={o.value}
              checked={checked}
              invalid={Boolean(error)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? options.filter((x) => x.value === o.value || value.includes(x.value)).map((x) => x.value)
                    : value.filter((v) => v !== o.value),
                )
              }
            />
            <FormLabel htmlFor={optionId} type="checkbox" checked={checked}>
              {o.label}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}

/** A live region that announces what just happened (saved, sent, conflict); empty until then. */
export function StatusNotice({ text, kind = 'ok' }: { text: string | null | undefined; kind?: 'ok' | 'warning' }) {
  return (
    <div role="status">
      {text && (
        <Alert type={kind}>
          <Paragraph>{text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
