import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { gebruikersnaamSchema, type Rol } from '@schemas/identity';
import { z } from 'zod';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { fieldError, ProblemAlert, TextField } from '../../shell/forms';
import { PageTitle } from '../../shell/page';
import { RouterLink, useRouter } from '../../shell/router';
import { identityApi } from '../identity.api';
import { RolesFieldset } from './RolesFieldset';
import { NameAndEmailFields } from './NameAndEmailFields';

const eMailSchema = z.email();

/** The functional administrator creates a user in his own organisation, with a temporary password. */
export function CreateUserPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [gebruikersnaam, setGebruikersnaam] = useState('');
  const [naam, setNaam] = useState('');
  const [eMail, setEMail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [rollen, setRollen] = useState<Rol[]>(['medewerker']);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!gebruikersnaamSchema.safeParse(gebruikersnaam).success) errors.gebruikersnaam = t.users.gebruikersnaamInvalid;
    if (!naam.trim()) errors.naam = t.users.naamRequired;
    if (eMail.trim() && !eMailSchema.safeParse(eMail.trim()).success) errors.eMail = t.users.eMailInvalid;
    if (wachtwoord.length < 12) errors.wachtwoord = t.users.wachtwoordTooShort;
    if (rollen.length === 0) errors.rollen = t.users.rollenRequired;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      setError(null);
      const first = Object.keys(errors)[0]!;
      document.getElementById(first === 'rollen' ? `rol-${'medewerker'}` : first)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await identityApi.createUser({
        gebruikersnaam: gebruikersnaam.trim(),
        naam: naam.trim(),
        eMail: eMail.trim() || null,
        wachtwoord,
        rollen,
      });
      navigate(`/gebruikers/${created.id}?aangemaakt=1`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  // A taken user name comes back as 409 without invalidParams: show it at the field.
  const gebruikersnaamTaken = error instanceof ApiError && error.code === 'gebruikersnaam-bestaat' ? error.detail : undefined;

  return (
    <>
      <PageTitle>{t.users.createTitle}</PageTitle>
      <Paragraph>
        <RouterLink href="/gebruikers">{t.users.backToList}</RouterLink>
      </Paragraph>
      <Paragraph>{t.users.createIntro}</Paragraph>
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form">
        <TextField
          id="gebruikersnaam"
          label={t.users.gebruikersnaam}
          value={gebruikersnaam}
          onChange={setGebruikersnaam}
          autoComplete="off"
          spellCheck={false}
          required
          error={gebruikersnaamTaken ?? fieldError('gebruikersnaam', clientErrors, error)}
        />
        <NameAndEmailFields naam={naam} onNaam={setNaam} eMail={eMail} onEMail={setEMail} clientErrors={clientErrors} error={error} />
        <TextField
          id="wachtwoord"
          type="password"
          label={t.users.wachtwoord}
          description={t.users.wachtwoordHint}
          value={wachtwoord}
          onChange={setWachtwoord}
          autoComplete="new-password"
          required
          error={fieldError('wachtwoord', clientErrors, error)}
        />
        <RolesFieldset value={rollen} onChange={setRollen} error={fieldError('rollen', clientErrors, error)} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t.users.create}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
