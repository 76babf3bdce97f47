import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../access-context';
import { requirePermission } from '../access-policy';
import type { Gebruiker } from '../schemas';
import { findMember, listMembers } from '../users.storage';

/** The users of the administrator's own organisation; users elsewhere do not exist for this caller. */
export async function listUsers(db: Database, ctx: AccessContext, zoek?: string): Promise<Gebruiker[]> {
  requirePermission(ctx, 'gebruikers.beheren');
  return db.transaction(async (tx) => {
    const gebruikers = await listMembers(tx, ctx.organisatie.id, zoek);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'gebruiker',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'gebruikersbeheer',
      details: { aantal: gebruikers.length, metZoekterm: zoek !== undefined },
    });
    return gebruikers;
  });
}

export async function readUser(db: Database, ctx: AccessContext, id: string): Promise<Gebruiker> {
  requirePermission(ctx, 'gebruikers.beheren');
  return db.transaction(async (tx) => {
    const gebruiker = await findMember(tx, ctx.organisatie.id, id);
    if (!gebruiker) throw problems.notFound();
    await appendAudit(tx, auditActor(ctx), { actie: 'lezen', objectType: 'gebruiker', objectId: id, uitkomst: 'gelukt', doel: 'gebruikersbeheer' });
    return gebruiker;
  });
}
