import type { Database } from '../../platform/db/database';
import { problems, type InvalidParam } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import type { OrganisatieSoort } from '../../organisations/schemas';
import { checklistIdsOfRegion, listActiveChecklist, replaceChecklist } from './checklist.storage';
import type { ZsmChecklist, ZsmChecklistInvoer } from './schemas';

/** Organisations whose administrator keeps the region's checklist: the ZSM partners that run the afdoeningsoverleg. */
export const CHECKLIST_BEHEER_SOORTEN = ['openbaar-ministerie', 'politie'] as const satisfies readonly OrganisatieSoort[];

/** The checklist of the caller's region (no personal data: anyone signed in for an organisation of the region). */
export async function readChecklist(db: Database, ctx: AccessContext): Promise<ZsmChecklist> {
  return { punten: await listActiveChecklist(db, ctx.organisatie.regioId) };
}

/**
 * A functional administrator of an OM or police organisation replaces the region's checklist as a whole (last writer
 * wins: a rare administrative change). Points keep their id when listed with it; unknown ids are 400 naming the item.
 */
export async function updateChecklist(db: Database, ctx: AccessContext, invoer: ZsmChecklistInvoer): Promise<ZsmChecklist> {
  requirePermission(ctx, 'zsm-checklist.beheren');
  if (!(CHECKLIST_BEHEER_SOORTEN as readonly OrganisatieSoort[]).includes(ctx.organisatie.soort)) {
    throw problems.forbidden('De lijst met aandachtspunten wordt beheerd door een functioneel beheerder van het OM of de politie van de regio.');
  }
  return db.transaction(async (tx) => {
    const regioId = ctx.organisatie.regioId;
    const bekend = await checklistIdsOfRegion(tx, regioId);
    const gezien = new Set<string>();
    const fouten: InvalidParam[] = [];
    invoer.punten.forEach((p, i) => {
      if (!p.id) return;
      if (!bekend.has(p.id)) fouten.push({ name: `punten[${i}].id`, code: 'onbekend-punt', reason: 'dit aandachtspunt bestaat niet in uw regio' });
      else if (gezien.has(p.id)) fouten.push({ name: `punten[${i}].id`, code: 'dubbel-punt', reason: 'dit aandachtspunt staat al eerder in de lijst' });
      gezien.add(p.id);
    });
    if (fouten.length > 0) throw problems.badRequest('De lijst noemt aandachtspunten die niet bestaan of dubbel voorkomen.', fouten);
    const { toegevoegd, vervallen } = await replaceChecklist(tx, regioId, invoer.punten);
    const punten = await listActiveChecklist(tx, regioId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'zsm-checklist',
      objectId: regioId,
      uitkomst: 'gelukt',
      doel: 'organisatiebeheer',
      details: { punten: punten.length, toegevoegd, vervallen },
    });
    return { punten };
  });
}
