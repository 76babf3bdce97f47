import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import type { CasusLijst, CasusLijstQuery } from './schemas';
import { listCasussenOf } from './casussen.storage';

/** The casussen the caller's organisation takes part in now; the list shows names, so it is audited as a search. */
export async function listCasussen(db: Database, ctx: AccessContext, query: CasusLijstQuery): Promise<CasusLijst> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const lijst = await listCasussenOf(tx, ctx.organisatie.id, query);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'casus',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { aantal: lijst.casussen.length, casusIds: lijst.casussen.map((c) => c.id), status: query.status ?? null, pagina: query.pagina },
    });
    return lijst;
  });
}
