import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { vereisGeldigJaar } from '../evaluaties/evaluatie-jaar';
import { EERSTE_INSPANNINGSJAAR, type InspanningenLijst } from './schemas';
import { leesInspanningen } from './inspanningen.storage';

/** The effort registered in the caller's region in a year (every organisation's; only the own can be changed). */
export async function listInspanningen(db: Database, ctx: AccessContext, jaar: number): Promise<InspanningenLijst> {
  requirePermission(ctx, 'inspanningen.registreren');
  vereisGeldigJaar(jaar, EERSTE_INSPANNINGSJAAR);
  return db.transaction(async (tx) => {
    const inspanningen = await leesInspanningen(tx, ctx.organisatie.regioId, jaar, ctx.organisatie.id);
    // The list names who registered each: a read of (professional) personal data.
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'inspanning',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'kwaliteitsmonitoring',
      details: { jaar, aantal: inspanningen.length },
    });
    return { jaar, inspanningen };
  });
}
