import type { Database, Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import type { OrganisatieSoort } from '../../organisations/schemas';
import { requirePermission } from '../../identity/access-policy';
import { requireCasusAccess, type CasusToegang } from '../../cases/casus-access';
import { findThv, readThv, type ThvRow } from './thv.storage';
import { thvHandelingToegestaan, type ThvHandeling } from './thv-status-rules';
import type { Thv } from './schemas';

/**
 * The hulpofficier of the police considers, imposes, extends and ends a THV on the mayor's behalf: police
 * organisations only. Veilig Thuis may also record a violation.
 */
export function requireThvRegistratie(ctx: AccessContext, soorten: readonly OrganisatieSoort[] = ['politie']): void {
  if (!soorten.includes(ctx.organisatie.soort)) {
    throw problems.forbidden(
      soorten.includes('veilig-thuis')
        ? 'Een overtreding van het huisverbod wordt vastgelegd door de politie of Veilig Thuis.'
        : 'Een tijdelijk huisverbod wordt vastgelegd door de politie (de hulpofficier, namens de burgemeester).',
    );
  }
}

/** The THV with the casus check of its casus: unknown or on a casus the caller's organisation is not in → 404. */
export async function requireThv(tx: Queryable, ctx: AccessContext, id: string, options: { forUpdate?: boolean } = {}): Promise<{ thv: ThvRow; toegang: CasusToegang }> {
  // Roles without case work get their 403 first, whether or not the THV exists.
  requirePermission(ctx, 'casussen.werken');
  const thv = await findThv(tx, id, options);
  if (!thv) throw problems.notFound();
  const toegang = await requireCasusAccess(tx, ctx, thv.casus_id);
  return { thv, toegang };
}

/**
 * One change to a THV, the same steps every time: lock it, the casus check (404), the organisation (403), the version
 * (409), the state (409 with the Dutch reason), the change itself, the audit entry as the last step, the THV as it is now.
 */
export async function wijzigThv(
  db: Database,
  ctx: AccessContext,
  id: string,
  versie: number,
  handeling: ThvHandeling,
  werk: (tx: Queryable, thv: ThvRow, now: Date) => Promise<Record<string, string | number | boolean | null>>,
  soorten: readonly OrganisatieSoort[] = ['politie'],
): Promise<Thv> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const { thv } = await requireThv(tx, ctx, id, { forUpdate: true });
    requireThvRegistratie(ctx, soorten);
    if (thv.versie !== versie) throw problems.versionConflict(thv.versie);
    const reden = thvHandelingToegestaan(thv.status, handeling);
    if (reden) throw problems.conflict(reden, 'thv-status');
    const details = await werk(tx, thv, now);
    const resultaat = await readThv(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'thv',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: thv.casus_id, handeling, status: resultaat.status, ...details },
    });
    return resultaat;
  });
}
