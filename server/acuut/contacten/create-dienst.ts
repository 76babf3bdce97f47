import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { problems } from '../../platform/http/problem';
import type { Dienst, DienstInvoer } from '../schemas';
import { insertDienst } from './diensten.storage';

/**
 * The functional administrator of an organisation adds a shift to its own roster (another organisation: 404).
 * Overlapping shifts of the same kind are allowed (two on call); the shift must end after it starts (400 'tot').
 */
export async function createDienst(db: Database, ctx: AccessContext, input: DienstInvoer): Promise<Dienst> {
  requirePermission(ctx, 'zsm.bereikbaarheid.beheren');
  if (input.organisatieId !== ctx.organisatie.id) throw problems.notFound();
  if (ctx.organisatie.soort !== 'veilig-thuis' && ctx.organisatie.soort !== 'crisis-interventie-team') {
    throw problems.invalidField('organisatieId', 'alleen Veilig Thuis en het crisis-interventie-team houden een rooster bij');
  }
  if (new Date(input.tot).getTime() <= new Date(input.van).getTime()) throw problems.invalidField('tot', 'het einde van de dienst moet later zijn dan het begin');
  return db.transaction(async (tx) => {
    const dienst = await insertDienst(tx, input);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'acuut-dienst',
      objectId: dienst.id,
      uitkomst: 'gelukt',
      doel: 'organisatiebeheer',
      details: { dienst: dienst.dienst },
    });
    return dienst;
  });
}
