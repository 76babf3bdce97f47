import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { interventieCodeSchema } from '@schemas/interventies';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { PageTitle } from '../shell/page';
import { RouterLink, useRouter } from '../shell/router';
import { checkVelden, focusFirst, InterventieFields, legeVelden, type InterventieVelden } from './InterventieFields';
import { nl, en } from './messages';
import { interventiesApi } from './interventies.api';

/** The functional administrator adds an intervention to the catalogue. */
export function CreateInterventiePage() {
  const m = useAreaMessages({ nl, en });
  const { navigate } = useRouter();
  const [code, setCode] = useState('');
  const [velden, setVelden] = useState<InterventieVelden>(legeVelden);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!interventieCodeSchema.safeParse(code.trim()).success) errors.code = m.codeInvalid;
    Object.assign(errors, checkVelden(velden, m));
    setClientErrors(errors);
    if (Object.keys(errors).length > 0 || velden.rechtsdomein === '') {
      setError(null);
      focusFirst(errors);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await interventiesApi.create({
        code: code.trim(),
        naam: velden.naam.trim(),
        omschrijving: velden.omschrijving.trim(),
        fase: velden.fase,
        rechtsdomein: velden.rechtsdomein,
        voorwaardeSoort: velden.voorwaardeSoort === '' ? null : velden.voorwaardeSoort,
      });
      navigate(`/interventies?toegevoegd=${encodeURIComponent(created.code)}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  // A code already in the catalogue comes back as 409 code-bestaat: show it at the field.
  const codeTaken = error instanceof ApiError && error.code === 'code-bestaat' ? error.detail : undefined;

  return (
    <>
      <PageTitle>{m.createTitle}</PageTitle>
      <Paragraph>
        <RouterLink href="/interventies">{m.backToList}</RouterLink>
      </Paragraph>
      <Paragraph>{m.createIntro}</Paragraph>
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form">
        <TextField
          id="code"
          label={m.code}
          description={m.codeHint}
          value={code}
          onChange={(v) => setCode(v.toLowerCase())}
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          required
          error={codeTaken ?? fieldError('code', clientErrors, error)}
        />
        <InterventieFields value={velden} onChange={setVelden} clientErrors={clientErrors} error={error} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {m.create}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
