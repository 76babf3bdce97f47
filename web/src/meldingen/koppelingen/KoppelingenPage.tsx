import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Code,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Koppeling, NieuweKoppeling } from '@schemas/meldingen';
import { StatusNotice } from '../../shell/fields';
import { useAreaMessages, useI18n } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { fieldError, ProblemAlert, TextField } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { DataTable } from '../../shell/DataTable';
import { koppelingenApi } from './koppelingen.api';
import { nl, en } from './messages';
import './koppelingen.css';

/** The request a partner system sends, with its own client id; the secret itself is not repeated here. */
function usageExample(clientId: string, secretWord: string): string {
  return [
    'POST /api/v1/intake/meldingen',
    `Authorization: Basic base64(${clientId}:<${secretWord}>)`,
    'Content-Type: application/json',
  ].join('\n');
}

/**
 * The functional administrator's machine credentials for partner systems: list, create (the secret is shown
 * once) and revoke (after a confirmation step: the partner system stops working at once).
 */
export function KoppelingenPage() {
  const m = useAreaMessages({ nl, en });
  const { t, formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const [koppelingen, setKoppelingen] = useState<Koppeling[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  const [naam, setNaam] = useState('');
  const [naamError, setNaamError] = useState<string | undefined>(undefined);
  const [createError, setCreateError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [nieuw, setNieuw] = useState<NieuweKoppeling | null>(null);

  const [teIntrekken, setTeIntrekken] = useState<Koppeling | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const [revoking, setRevoking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const nieuwRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    setKoppelingen(await koppelingenApi.list());
  }, []);

  useEffect(() => {
    load().catch(setLoadError);
  }, [load]);

  useEffect(() => {
    if (nieuw) nieuwRef.current?.focus();
  }, [nieuw]);

  useEffect(() => {
    if (teIntrekken) confirmRef.current?.focus();
  }, [teIntrekken]);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!naam.trim()) {
      setNaamError(m.naamRequired);
      setCreateError(null);
      document.getElementById('koppeling-naam')?.focus();
      return;
    }
    setNaamError(undefined);
    setCreating(true);
    setCreateError(null);
    setNotice(null);
    setTeIntrekken(null);
    try {
      const created = await koppelingenApi.create({ naam: naam.trim() });
      setNieuw(created);
      setNaam('');
      // The list holds the koppeling without its secret.
      const { secret: _secret, ...zonderGeheim } = created;
      setKoppelingen((list) => [zonderGeheim, ...(list ?? []).filter((k) => k.id !== created.id)]);
    } catch (e) {
      setCreateError(e);
    } finally {
      setCreating(false);
    }
  }

  function askRevoke(koppeling: Koppeling) {
    setRevokeError(null);
    setNotice(null);
    setTeIntrekken(koppeling);
  }

  async function revoke() {
    if (!teIntrekken) return;
    const koppeling = teIntrekken;
    setRevoking(true);
    setRevokeError(null);
    try {
      const updated = await koppelingenApi.revoke(koppeling.id);
      setKoppelingen((list) => list?.map((k) => (k.id === updated.id ? updated : k)) ?? null);
      if (nieuw?.id === updated.id) setNieuw(null);
      setTeIntrekken(null);
      setNotice(m.revoked(updated.naam));
      document.getElementById('paginatitel')?.focus();
    } catch (e) {
      setRevokeError(e);
    } finally {
      setRevoking(false);
    }
  }

  function cancelRevoke() {
    const id = teIntrekken?.id;
    setTeIntrekken(null);
    setRevokeError(null);
    if (id) document.getElementById(`intrekken-${id}`)?.focus();
  }

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph>{m.intro(sessie.organisatie?.naam ?? '')}</Paragraph>

      {nieuw && (
        <section className="sl-koppeling-nieuw" aria-labelledby="koppeling-nieuw-titel" data-testid="nieuwe-koppeling">
          <Heading2 id="koppeling-nieuw-titel" ref={nieuwRef} tabIndex={-1}>
            {m.createdTitle(nieuw.naam)}
          </Heading2>
          <Alert type="warning">
            <Paragraph>
              <strong>{m.copyNow}</strong>
            </Paragraph>
            <Paragraph>{m.copyNowDetail}</Paragraph>
          </Alert>
          <DataList className="sl-datalist">
            <DataListItem>
              <DataListKey>{m.clientId}</DataListKey>
              <DataListValue>
                <Code className="sl-secret" data-testid="koppeling-client-id">
                  {nieuw.clientId}
                </Code>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{m.secret}</DataListKey>
              <DataListValue>
                <Code className="sl-secret" data-testid="koppeling-secret">
                  {nieuw.secret}
                </Code>
              </DataListValue>
            </DataListItem>
          </DataList>
          <Heading3>{m.usageTitle}</Heading3>
          <Paragraph>{m.usage}</Paragraph>
          <pre className="sl-koppeling-usage">
            <code>{usageExample(nieuw.clientId, m.secret.toLowerCase())}</code>
          </pre>
          <Paragraph>
            <Link href="/api/v1/openapi.json">{m.usageMore}</Link> (OpenAPI, tag Intake).
          </Paragraph>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={() => setNieuw(null)}>
              {m.secretStored}
            </Button>
          </ButtonGroup>
        </section>
      )}

      <StatusNotice text={notice} />

      {teIntrekken && (
        <section className="sl-koppeling-confirm" aria-labelledby="koppeling-intrekken-titel">
          <Heading2 id="koppeling-intrekken-titel" ref={confirmRef} tabIndex={-1}>
            {m.confirmTitle(teIntrekken.naam)}
          </Heading2>
          <Alert type="warning">
            <Paragraph>{m.confirmText}</Paragraph>
          </Alert>
          <ProblemAlert error={revokeError} />
          <ButtonGroup>
            <Button appearance="primary-action-button" hint="danger" busy={revoking} disabled={revoking} onClick={() => void revoke()}>
              {m.confirmYes}
            </Button>
            <Button appearance="secondary-action-button" onClick={cancelRevoke}>
              {t.common.cancel}
            </Button>
          </ButtonGroup>
        </section>
      )}

      <ProblemAlert error={loadError} />
      {koppelingen === null && !loadError && <Loading />}
      {koppelingen && koppelingen.length === 0 && <Paragraph>{m.none}</Paragraph>}
      {koppelingen && koppelingen.length > 0 && (
        <DataTable caption={m.tableCaption} columns={[m.naam, m.clientId, m.status, m.aangemaaktOp, m.laatstGebruiktOp, m.acties]}>
          {koppelingen.map((k) => (
            <TableRow key={k.id}>
              <TableHeaderCell scope="row">{k.naam}</TableHeaderCell>
              <TableCell>
                <code className="sl-koppeling-client-id">{k.clientId}</code>
              </TableCell>
              <TableCell>{k.actief ? m.actief : m.ingetrokken}</TableCell>
              <TableCell>{formatDateTime(k.aangemaaktOp)}</TableCell>
              <TableCell>{k.laatstGebruiktOp ? formatDateTime(k.laatstGebruiktOp) : m.nooitGebruikt}</TableCell>
              <TableCell>
                {k.actief && (
                  <Button
                    id={`intrekken-${k.id}`}
                    appearance="secondary-action-button"
                    hint="danger"
                    aria-label={m.revokeLabel(k.naam)}
                    disabled={revoking}
                    onClick={() => askRevoke(k)}
                  >
                    {m.revoke}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}

      <Heading2>{m.createTitle}</Heading2>
      <ProblemAlert error={createError} />
      <form onSubmit={create} noValidate className="sl-form">
        <TextField
          id="koppeling-naam"
          label={m.naam}
          description={m.naamHint}
          value={naam}
          onChange={setNaam}
          maxLength={200}
          autoComplete="off"
          required
          error={naamError ?? fieldError('naam', {}, createError)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={creating} disabled={creating}>
            {m.create}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
