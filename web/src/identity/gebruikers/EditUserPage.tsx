import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import type { Gebruiker, GebruikerWijzigen, Rol } from '@schemas/identity';
import { z } from 'zod';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { fieldError, ProblemAlert } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { identityApi } from '../identity.api';
import { RolesFieldset } from './RolesFieldset';
import { NameAndEmailFields } from './NameAndEmailFields';

const eMailSchema = z.email();

function sameRoles(a: readonly Rol[], b: readonly Rol[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/** One user: change name, e-mail, roles, (de)activate, and have the second factor set up again. */
export function EditUserPage({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const [gebruiker, setGebruiker] = useState<Gebruiker | null>(null);
  const [etag, setEtag] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [naam, setNaam] = useState('');
  const [eMail, setEMail] = useState('');
  const [rollen, setRollen] = useState<Rol[]>([]);
  const [actief, setActief] = useState(true);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<'created' | 'saved' | 'conflict' | 'reset' | null>(() =>
    new URLSearchParams(window.location.search).has('aangemaakt') ? 'created' : null,
  );
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetError, setResetError] = useState<unknown>(null);

  const show = useCallback((g: Gebruiker, tag: string) => {
    setGebruiker(g);
    setEtag(tag);
    setNaam(g.naam);
    setEMail(g.eMail ?? '');
    setRollen(g.rollen);
    setActief(g.actief);
  }, []);

  const load = useCallback(async () => {
    const { gebruiker: g, etag: tag } = await identityApi.readUser(id);
    show(g, tag);
  }, [id, show]);

  useEffect(() => {
    load().catch(setLoadError);
  }, [load]);

  if (loadError) {
    const notFound = loadError instanceof ApiError && (loadError.status === 404 || loadError.status === 400);
    return (
      <>
        <PageTitle>{t.users.title}</PageTitle>
        {notFound ? (
          <Alert type="error">
            <Paragraph>{t.users.notFound}</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={loadError} />
        )}
        <Paragraph>
          <RouterLink href="/gebruikers">{t.users.backToList}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!gebruiker) return <Loading />;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!gebruiker) return;
    const errors: Record<string, string> = {};
    if (!naam.trim()) errors.naam = t.users.naamRequired;
    if (eMail.trim() && !eMailSchema.safeParse(eMail.trim()).success) errors.eMail = t.users.eMailInvalid;
    if (rollen.length === 0) errors.rollen = t.users.rollenRequired;
    setClientErrors(errors);
    setNotice(null);
    if (Object.keys(errors).length > 0) {
      setError(null);
      const first = Object.keys(errors)[0]!;
      document.getElementById(first === 'rollen' ? 'rol-medewerker' : first)?.focus();
      return;
    }
    const changes: GebruikerWijzigen = {};
    if (naam.trim() !== gebruiker.naam) changes.naam = naam.trim();
    if ((eMail.trim() || null) !== gebruiker.eMail) changes.eMail = eMail.trim() || null;
    if (!sameRoles(rollen, gebruiker.rollen)) changes.rollen = rollen;
    if (actief !== gebruiker.actief) changes.actief = actief;
    if (Object.keys(changes).length === 0) {
      setNotice('saved');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await identityApi.updateUser(gebruiker.id, etag, changes);
      show(result.gebruiker, result.etag);
      setNotice('saved');
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        await load().catch(setLoadError);
        setNotice('conflict');
      } else {
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  }

  async function resetSecondFactor() {
    if (!gebruiker) return;
    if (!confirmReset) {
      setConfirmReset(true);
      return;
    }
    setResetError(null);
    try {
      const updated = await identityApi.resetSecondFactor(gebruiker.id);
      show(updated, `"${updated.versie}"`);
      setNotice('reset');
    } catch (e) {
      setResetError(e);
    } finally {
      setConfirmReset(false);
    }
  }

  return (
    <>
      <PageTitle>{t.users.editTitle(gebruiker.naam)}</PageTitle>
      <Paragraph>
        <RouterLink href="/gebruikers">{t.users.backToList}</RouterLink>
      </Paragraph>
      {notice && (
        <Alert type={notice === 'conflict' ? 'warning' : 'ok'} role="status">
          <Paragraph>
            {notice === 'created'
              ? t.users.created(gebruiker.naam)
              : notice === 'saved'
                ? t.users.saved
                : notice === 'conflict'
                  ? t.users.conflict
                  : t.users.resetDone}
          </Paragraph>
        </Alert>
      )}
      <DataList className="sl-datalist">
        <DataListItem>
          <DataListKey>{t.users.gebruikersnaam}</DataListKey>
          <DataListValue>{gebruiker.gebruikersnaam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t.users.tweedeFactor}</DataListKey>
          <DataListValue>{gebruiker.tweedeFactorIngericht ? t.users.ingericht : t.users.nietIngericht}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t.users.aangemaaktOp}</DataListKey>
          <DataListValue>{formatDateTime(gebruiker.aangemaaktOp)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t.users.versie}</DataListKey>
          <DataListValue>{gebruiker.versie}</DataListValue>
        </DataListItem>
      </DataList>

      <ProblemAlert error={error} />
      <form onSubmit={save} noValidate className="sl-form">
        <NameAndEmailFields naam={naam} onNaam={setNaam} eMail={eMail} onEMail={setEMail} clientErrors={clientErrors} error={error} />
        <RolesFieldset value={rollen} onChange={setRollen} error={fieldError('rollen', clientErrors, error)} />
        <div className="sl-field">
          <div className="sl-choice">
            <Checkbox id="actief" checked={actief} onChange={(e) => setActief(e.target.checked)} aria-describedby="actief-hint" />
            <FormLabel htmlFor="actief" type="checkbox" checked={actief}>
              {t.users.actiefLabel}
            </FormLabel>
          </div>
          <FormFieldDescription id="actief-hint">
            {fieldError('actief', clientErrors, error) ?? t.users.actiefHint}
          </FormFieldDescription>
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? t.common.saving : t.common.save}
          </Button>
        </ButtonGroup>
      </form>

      {!gebruiker.demo && (
        <>
          <Heading2>{t.users.resetTitle}</Heading2>
          <Paragraph>{t.users.resetIntro}</Paragraph>
          <ProblemAlert error={resetError} />
          {confirmReset && (
            <Alert type="warning" role="status">
              <Paragraph>{t.users.resetConfirm}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button appearance="secondary-action-button" hint="danger" onClick={resetSecondFactor}>
              {t.users.reset}
            </Button>
          </ButtonGroup>
        </>
      )}
    </>
  );
}
