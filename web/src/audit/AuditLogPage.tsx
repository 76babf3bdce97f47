import { useEffect, useState } from 'react';
import {
  Button,
  ButtonGroup,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Rol } from '@schemas/identity';
import { useI18n } from '../i18n';
import { identityApi } from '../identity/identity.api';
import { organisationsApi } from '../organisations/organisations.api';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { DataTable } from '../shell/DataTable';
import { auditApi, type AuditItem } from './audit.api';

const shortId = (id: string) => id.slice(0, 8);

/** The audit log for the functional administrator: newest first, page by page. */
export function AuditLogPage() {
  const { t, formatDateTime } = useI18n();
  const [items, setItems] = useState<AuditItem[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [users, setUsers] = useState<Map<string, string>>(new Map());
  const [organisations, setOrganisations] = useState<Map<string, string>>(new Map());

  useEffect(() => {
    let cancelled = false;
    auditApi
      .page()
      .then((page) => {
        if (cancelled) return;
        setItems(page.items);
        setNext(page.volgende);
      })
      .catch((e: unknown) => !cancelled && setError(e));
    // Names make the log readable; without them the ids still show.
    identityApi
      .listUsers()
      .then((r) => !cancelled && setUsers(new Map(r.gebruikers.map((g) => [g.id, g.naam]))))
      .catch(() => undefined);
    organisationsApi
      .list()
      .then((r) => !cancelled && setOrganisations(new Map(r.organisaties.map((o) => [o.id, o.naam]))))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  async function more() {
    if (next === null) return;
    setBusy(true);
    setError(null);
    try {
      const page = await auditApi.page(next);
      setItems((current) => [...(current ?? []), ...page.items]);
      setNext(page.volgende);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const roleLabel = (r: string) => (r in t.roles ? t.roles[r as Rol] : r);

  return (
    <>
      <PageTitle>{t.audit.title}</PageTitle>
      <Paragraph>{t.audit.intro}</Paragraph>
      <ProblemAlert error={error} />
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <Paragraph>{t.audit.none}</Paragraph>}
      {items && items.length > 0 && (
        <DataTable
          caption={t.audit.tableCaption}
          className="sl-table--compact"
          columns={[
            t.audit.seq,
            t.audit.at,
            t.audit.gebruiker,
            t.audit.organisatie,
            t.audit.actie,
            t.audit.object,
            t.audit.doel,
            t.audit.uitkomst,
          ]}
        >
          {items.map((item) => (
            <TableRow key={item.seq}>
              <TableCell>{item.seq}</TableCell>
              <TableCell>{formatDateTime(item.at)}</TableCell>
              <TableCell>
                {item.gebruikerId ? (users.get(item.gebruikerId) ?? shortId(item.gebruikerId)) : t.audit.system}
                {item.rollen.length > 0 && <span className="sl-muted sl-block">{item.rollen.map(roleLabel).join(', ')}</span>}
              </TableCell>
              <TableCell>{item.organisatieId ? (organisations.get(item.organisatieId) ?? shortId(item.organisatieId)) : '–'}</TableCell>
              <TableCell>{item.actie}</TableCell>
              <TableCell>
                {item.objectType}
                {item.objectId && <span className="sl-muted sl-block">{users.get(item.objectId) ?? shortId(item.objectId)}</span>}
              </TableCell>
              <TableCell>{item.doel ?? '–'}</TableCell>
              <TableCell>{item.uitkomst}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {items && items.length > 0 && (
        <ButtonGroup>
          {next !== null ? (
            <Button appearance="secondary-action-button" onClick={more} busy={busy} disabled={busy}>
              {t.audit.more}
            </Button>
          ) : (
            <Paragraph>{t.audit.end}</Paragraph>
          )}
        </ButtonGroup>
      )}
    </>
  );
}
