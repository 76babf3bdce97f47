import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { grondslagInvoerSchema } from '@schemas/sharing';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { PageTitle } from '../shell/page';
import { RouterLink, useRouter } from '../shell/router';
import { checkGrondslagTekst, focusFirst, GrondslagFields, type GrondslagTekst } from './GrondslagFields';
import { nl, en } from './messages';
import { sharingApi } from './sharing.api';

const codeSchema = grondslagInvoerSchema.shape.code;

/** The functional administrator adds a legal basis to the register. */
export function CreateGrondslagPage() {
  const m = useAreaMessages({ nl, en });
  const { navigate } = useRouter();
  const [code, setCode] = useState('');
  const [tekst, setTekst] = useState<GrondslagTekst>({ naam: '', wettelijkeBasis: '', omschrijving: '' });
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!codeSchema.safeParse(code).success) errors.code = m.codeInvalid;
    Object.assign(errors, checkGrondslagTekst(tekst, m));
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      focusFirst(errors);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await sharingApi.createGrondslag({
        code: code.trim(),
        naam: tekst.naam.trim(),
        wettelijkeBasis: tekst.wettelijkeBasis.trim(),
        omschrijving: tekst.omschrijving.trim(),
      });
      navigate(`/grondslagen?toegevoegd=${encodeURIComponent(created.code)}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  // A code already in the register comes back as 409 code-bestaat: show it at the field.
  const codeTaken = error instanceof ApiError && error.code === 'code-bestaat' ? error.detail : undefined;

  return (
    <>
      <PageTitle>{m.createTitle}</PageTitle>
      <Paragraph>
        <RouterLink href="/grondslagen">{m.backToList}</RouterLink>
      </Paragraph>
      <Paragraph>{m.createIntro}</Paragraph>
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form">
        <TextField
          id="code"
          label={m.code}
          description={m.codeHint}
          value={code}
          onChange={(v) => setCode(v.toUpperCase())}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          required
          className="sl-field--short"
          error={codeTaken ?? fieldError('code', clientErrors, error)}
        />
        <GrondslagFields value={tekst} onChange={setTekst} clientErrors={clientErrors} error={error} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {m.create}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
