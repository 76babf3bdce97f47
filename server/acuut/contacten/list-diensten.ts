import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { can } from '../../identity/access-policy';
import { problems } from '../../platform/http/problem';
import type { DienstenLijst } from '../schemas';
import { dienstenTussen, organisatiesVanRegio } from './diensten.storage';

/** The roster of one organisation of the caller's region between two moments (other regions 404). */
export async function listDiensten(db: Database, ctx: AccessContext, organisatieId: string, vanaf: Date, tot: Date): Promise<DienstenLijst> {
  if (!can(ctx, 'casussen.werken') && !can(ctx, 'zsm.bereikbaarheid.beheren')) throw problems.forbidden();
  if (tot.getTime() <= vanaf.getTime()) throw problems.invalidField('tot', 'tot moet later zijn dan vanaf');
  if (tot.getTime() - vanaf.getTime() > 62 * 86_400_000) throw problems.invalidField('tot', 'vraag hoogstens 62 dagen tegelijk op');
  return db.transaction(async (tx) => {
    const organisaties = await organisatiesVanRegio(tx, ctx.organisatie.regioId, ['veilig-thuis', 'crisis-interventie-team']);
    if (!organisaties.some((o) => o.id === organisatieId)) throw problems.notFound();
    return { diensten: await dienstenTussen(tx, [organisatieId], vanaf, tot) };
  });
}
