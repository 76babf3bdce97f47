import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import type { Verbeteractie } from '../schemas';
import type { Evaluatie, MijnEvaluaties } from './schemas';
import { leesEigenEvaluaties } from './evaluaties.storage';
import { vereisGeldigJaar } from './evaluatie-jaar';

/** The caller's own evaluations of a year in the region of the caller's organisation: only ever shown to the caller. */
export async function readMijnEvaluaties(db: Database, ctx: AccessContext, jaar: number): Promise<MijnEvaluaties> {
  requirePermission(ctx, 'evaluaties.invullen');
  vereisGeldigJaar(jaar);
  return db.transaction(async (tx) => {
    const evaluaties = await leesEigenEvaluaties(tx, { gebruikerId: ctx.gebruiker.id, regioId: ctx.organisatie.regioId, jaar });
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'evaluatie',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'kwaliteitsmonitoring',
      details: { jaar, aantal: evaluaties.length },
    });
    return { jaar, evaluaties };
  });
}

/** The caller's own evaluation of one improvement action (404 when not filled in yet). */
export async function readMijnEvaluatie(db: Database, ctx: AccessContext, verbeteractie: Verbeteractie, jaar: number): Promise<Evaluatie> {
  requirePermission(ctx, 'evaluaties.invullen');
  vereisGeldigJaar(jaar);
  return db.transaction(async (tx) => {
    const [evaluatie] = await leesEigenEvaluaties(tx, { gebruikerId: ctx.gebruiker.id, regioId: ctx.organisatie.regioId, jaar }, verbeteractie);
    if (!evaluatie) throw problems.notFound('U heeft deze verbeteractie voor dit jaar nog niet geëvalueerd.');
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'evaluatie',
      objectId: evaluatie.id,
      uitkomst: 'gelukt',
      doel: 'kwaliteitsmonitoring',
      details: { verbeteractie, jaar },
    });
    return evaluatie;
  });
}
