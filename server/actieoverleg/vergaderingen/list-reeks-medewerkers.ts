import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { findActiveOrganisation } from './reeksen.storage';
import { caseWorkersOf } from './vergaderingen.storage';
import { requireChair, requireReeksAccess } from './vergadering-access';
import type { Medewerker } from './schemas';

/**
 * For the chair adding a member to the series: the case workers of one active organisation of the region, to choose
 * the representative from (the organisation need not be at any meeting yet). Others who see the series: 403.
 */
export async function listReeksMedewerkers(db: Database, ctx: AccessContext, reeksId: string, organisatieId: string): Promise<Medewerker[]> {
  return db.transaction(async (tx) => {
    const toegang = await requireReeksAccess(tx, ctx, reeksId);
    requireChair({ rol: toegang.voorzitter ? 'voorzitter' : 'vast-lid' });
    const organisatie = await findActiveOrganisation(tx, organisatieId);
    if (!organisatie || organisatie.regioId !== toegang.regioId) {
      throw problems.invalidField('organisatieId', 'kies een actieve organisatie uit de regio van deze reeks', 'andere-regio');
    }
    const medewerkers = await caseWorkersOf(tx, [organisatieId]);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'actieoverleg-reeks',
      objectId: reeksId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { organisatieId, medewerkers: medewerkers.length },
    });
    return medewerkers;
  });
}
