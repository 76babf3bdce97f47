import type { ChangeEvent, ReactNode } from 'react';
import {
  Alert,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';

interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'email' | 'date' | 'datetime-local';
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  maxLength?: number;
  pattern?: string;
  spellCheck?: boolean;
  autoFocus?: boolean;
  className?: string;
}

/** Label, optional hint, the text box, and the error of the client or the server right beside it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  description,
  error,
  required,
  autoComplete,
  inputMode,
  maxLength,
  pattern,
  spellCheck,
  autoFocus,
  className,
}: TextFieldProps) {
  const descriptionId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={Boolean(error)} className={className}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          name={id}
          type={type}
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          required={required}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          pattern={pattern}
          spellCheck={spellCheck}
          autoFocus={autoFocus}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      </div>
    </FormField>
  );
}

/** A problem from the server (or the network) as an NL Design System alert. */
export function ProblemAlert({ error, children }: { error: unknown; children?: ReactNode }) {
  const { t } = useI18n();
  if (!error) return null;
  let text: string;
  if (error instanceof ApiError) {
    if (error.status === 0) text = t.common.networkError;
    else if (error.status === 429) text = t.common.tooMany;
    else if (error.invalidParams.length > 0) text = t.common.fixErrors;
    else text = error.detail ?? error.title;
  } else {
    text = error instanceof Error ? error.message : String(error);
  }
  const retry = error instanceof ApiError && error.retryAfter !== undefined ? ` ${t.common.retryAfter(error.retryAfter)}` : '';
  return (
    <Alert type="error">
      <Paragraph>
        {text}
        {retry}
      </Paragraph>
      {children}
    </Alert>
  );
}

/** Picks the message of the field: the client's own check first, then the server's invalidParams. */
export function fieldError(field: string, clientErrors: Record<string, string>, serverError: unknown): string | undefined {
  if (clientErrors[field]) return clientErrors[field];
  if (serverError instanceof ApiError) return serverError.reasonFor(field);
  return undefined;
}

/** The six-digit code from an authenticator app, as the login and the enrolment screens ask for it. */
export function TotpCodeField(props: Pick<TextFieldProps, 'label' | 'description' | 'value' | 'onChange' | 'error'>) {
  return (
    <TextField
      id="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      required
      className="sl-field--short"
      {...props}
    />
  );
}
