import { appendAudit } from '../audit/audit-log';
import type { AuditEvent } from '../audit/audit-events';
import { auditActor, type AccessContext } from '../identity/access-context';
import { can, requirePermission } from '../identity/access-policy';
import type { Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';

/**
 * One network per region: the caller's organisation's region. Objects of another region are simply not found by the
 * region-scoped queries (404). The network's work needs 'netwerk.werken'; the member list is also open to
 * 'netwerk.beheren' (the administrator who keeps it).
 */
export function netwerkRegio(ctx: AccessContext): string {
  requirePermission(ctx, 'netwerk.werken');
  return ctx.organisatie.regioId;
}

export function netwerkLedenRegio(ctx: AccessContext): string {
  if (!can(ctx, 'netwerk.werken') && !can(ctx, 'netwerk.beheren')) throw problems.forbidden();
  return ctx.organisatie.regioId;
}

type NetwerkObject = 'rnzs-lid' | 'rnzs-thema' | 'rnzs-werkplan' | 'rnzs-bijeenkomst' | 'rnzs-leercasus' | 'rnzs-twijfelcasus';

/** The audit entry of a read or write on the network: ids, counts and field names only, never the texts. */
export function auditNetwerk(
  tx: Queryable,
  ctx: AccessContext,
  actie: 'aanmaken' | 'wijzigen' | 'deactiveren' | 'besluiten' | 'lezen' | 'zoeken',
  objectType: NetwerkObject,
  objectId: string | null,
  details: AuditEvent['details'] = {},
): Promise<void> {
  return appendAudit(tx, auditActor(ctx), { actie, objectType, objectId, uitkomst: 'gelukt', doel: 'netwerk', details });
}

/** The field names of a partial change that were actually given. */
export const gegevenVelden = (changes: object): string[] => Object.entries(changes).filter(([, v]) => v !== undefined).map(([k]) => k);

/** The current year in Europe/Amsterdam. */
export function ditJaar(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now));
}
