import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { requireCasusAccess } from '../cases/casus-access';
import { findBevraging, listForCasus, listIncoming, listOutgoing } from './bevragingen.storage';
import type { Bevraging } from './schemas';

/**
 * One bevraging: for the asked organisation (purpose 'bevraging': it reads persons outside any casus it takes
 * part in) and for the organisations in the casus ('casusbehandeling'). Anyone else gets 404.
 */
export async function readBevraging(db: Database, ctx: AccessContext, id: string): Promise<Bevraging> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const bevraging = await findBevraging(tx, id, ctx.organisatie.id);
    if (!bevraging) throw problems.notFound();
    const alsGevraagde = bevraging.gevraagdeOrganisatie.id === ctx.organisatie.id;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'bevraging',
      objectId: id,
      uitkomst: 'gelukt',
      doel: alsGevraagde ? 'bevraging' : 'casusbehandeling',
      details: { casusId: bevraging.casusId, aantalPersonen: bevraging.personen.length },
    });
    return bevraging;
  });
}

/** inkomend: asked of the caller's organisation; uitgaand: asked by it, in casussen it still takes part in. */
export async function listBevragingen(db: Database, ctx: AccessContext, richting: 'inkomend' | 'uitgaand'): Promise<Bevraging[]> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const bevragingen = richting === 'inkomend' ? await listIncoming(tx, ctx.organisatie.id) : await listOutgoing(tx, ctx.organisatie.id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'bevraging',
      objectId: null,
      uitkomst: 'gelukt',
      doel: richting === 'inkomend' ? 'bevraging' : 'casusbehandeling',
      details: { richting, aantal: bevragingen.length },
    });
    return bevragingen;
  });
}

export async function listCasusBevragingen(db: Database, ctx: AccessContext, casusId: string): Promise<Bevraging[]> {
  return db.transaction(async (tx) => {
    await requireCasusAccess(tx, ctx, casusId);
    const bevragingen = await listForCasus(tx, casusId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'bevraging',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, aantal: bevragingen.length },
    });
    return bevragingen;
  });
}
