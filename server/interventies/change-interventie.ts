import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import type { Interventie, InterventieWijziging } from './schemas';
import { findInterventie, updateInterventie } from './interventies.storage';

/**
 * The functional administrator changes an intervention or switches it off (actief=false; there is no delete, measures
 * keep referring to the code). If-Match guards against lost updates (409 with the current versie). A voorwaardeSoort
 * on an intervention that is (or becomes) outside strafrecht is a 400 naming voorwaardeSoort.
 */
export async function changeInterventie(
  db: Database,
  ctx: AccessContext,
  code: string,
  expectedVersie: number,
  changes: InterventieWijziging,
): Promise<Interventie> {
  requirePermission(ctx, 'interventies.beheren');
  return db.transaction(async (tx) => {
    const current = await findInterventie(tx, code, { forUpdate: true });
    if (!current) throw problems.notFound();
    if (current.versie !== expectedVersie) throw problems.versionConflict(current.versie);
    const { code: _code, versie: _versie, ...huidig } = current;
    const next = { ...huidig, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as typeof huidig;
    if (next.voorwaardeSoort !== null && next.rechtsdomein !== 'strafrecht') {
      throw problems.invalidField('voorwaardeSoort', 'alleen bij een interventie uit het strafrecht');
    }
    const velden = (Object.keys(huidig) as (keyof typeof huidig)[]).filter((k) => JSON.stringify(huidig[k]) !== JSON.stringify(next[k]));
    const interventie = await updateInterventie(tx, code, next);
    await appendAudit(tx, auditActor(ctx), {
      actie: changes.actief === false && current.actief ? 'deactiveren' : 'wijzigen',
      objectType: 'interventie',
      objectId: code,
      uitkomst: 'gelukt',
      doel: 'catalogusbeheer',
      details: { velden },
    });
    return interventie;
  });
}
