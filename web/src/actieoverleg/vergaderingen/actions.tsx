import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client';
import { PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { SelectField, type Option } from '../../shell/fields';
import { fieldError, ProblemAlert } from '../../shell/forms';

/** A form's action: busy while it runs, its error kept for the alert and the fields; resolves true when it succeeded. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}

/** Focus (and scroll to) an element after React has drawn it. */
export const focusSoon = (id: string) =>
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  });

/**
 * One choice and a button that acts on it (invite a partner, move an item on, put a referral on the agenda): the
 * select with its label, hint and error — the client's "choose one" or the server's reason for `field` — and the
 * button named by what it does. After success the choice is cleared.
 */
export function KeuzeForm({
  id,
  label,
  description,
  placeholder,
  options,
  nodig,
  field,
  knop,
  onSubmit,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  placeholder: string;
  options: readonly Option[];
  /** The message when nothing is chosen. */
  nodig: string;
  /** The field the server names in invalidParams. */
  field: string;
  knop: string;
  onSubmit: (value: string) => Promise<unknown>;
}) {
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = options.some((o) => o.value === value);
    setMissing(!chosen);
    if (!chosen) {
      focusSoon(id);
      return;
    }
    if (await run(() => onSubmit(value))) setValue('');
  }
  return (
    <form onSubmit={submit} noValidate className="sl-ao-inline-form">
      <ProblemAlert error={error} />
      <SelectField
        id={id}
        label={label}
        description={description}
        placeholder={placeholder}
        options={options}
        value={value}
        error={fieldError(field, missing ? { [field]: nodig } : {}, error)}
        onChange={setValue}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {knop}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A page whose record could not be read: "not found or no access" for 400/403/404 (nothing more is told), else the problem. */
export function LoadFailed({ title, error, notFound, back }: { title: string; error: unknown; notFound: string; back: { href: string; label: string } }) {
  const hidden = error instanceof ApiError && [400, 403, 404].includes(error.status);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {hidden ? (
        <Alert type="error">
          <Paragraph>{notFound}</Paragraph>
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}
      <Paragraph>
        <RouterLink href={back.href}>{back.label}</RouterLink>
      </Paragraph>
    </>
  );
}
