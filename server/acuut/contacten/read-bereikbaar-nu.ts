import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { can } from '../../identity/access-policy';
import { problems } from '../../platform/http/problem';
import type { BereikbaarNu } from '../schemas';
import { dienstenTussen, organisatiesVanRegio } from './diensten.storage';
import { wieNuBereikbaar } from './diensten-rules';

const DAG = 86_400_000;

/**
 * For every Veilig Thuis and crisis-interventie-team organisation of the caller's region: who is on now (name, phone,
 * shift, until when, on site possible) or else the next shift within a week. Work contact data, no case data.
 */
export async function readBereikbaarNu(db: Database, ctx: AccessContext, now: Date = new Date()): Promise<BereikbaarNu> {
  if (!can(ctx, 'casussen.werken') && !can(ctx, 'zsm.bereikbaarheid.beheren')) throw problems.forbidden();
  return db.transaction(async (tx) => {
    const organisaties = await organisatiesVanRegio(tx, ctx.organisatie.regioId, ['veilig-thuis', 'crisis-interventie-team']);
    const diensten = await dienstenTussen(tx, organisaties.map((o) => o.id), now, new Date(now.getTime() + 7 * DAG));
    return {
      organisaties: organisaties.map((organisatie) => ({
        organisatie,
        ...wieNuBereikbaar(diensten.filter((d) => d.organisatieId === organisatie.id), now),
      })),
    };
  });
}
