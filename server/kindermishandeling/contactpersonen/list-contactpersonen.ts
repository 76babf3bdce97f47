import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { can } from '../../identity/access-policy';
import { listContactpersonenVanRegio } from './contactpersonen.storage';
import type { Contactpersoon } from '../schemas';

/**
 * The contact persons for child abuse of every organisation in the caller's region, in escalation order: case workers
 * look up whom to call, the functional administrator checks the list of the organisation.
 */
export async function listContactpersonen(db: Database, ctx: AccessContext, organisatieId?: string): Promise<Contactpersoon[]> {
  if (!can(ctx, 'casussen.werken') && !can(ctx, 'kindermishandeling.contactpersonen.beheren')) throw problems.forbidden();
  return db.transaction(async (tx) => {
    const items = await listContactpersonenVanRegio(tx, ctx.organisatie.regioId, organisatieId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'km-contactpersoon',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { aantal: items.length, organisatieId: organisatieId ?? null },
    });
    return items;
  });
}
