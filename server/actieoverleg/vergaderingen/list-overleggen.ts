import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { listOverleggenFor } from './vergaderingen.storage';
import { overlegKijker } from './vergadering-access';
import type { OverlegLijstItem } from './schemas';
import { amsterdamToUtc } from './occurrences';

const DAY = 86_400_000;

/** A date (JJJJ-MM-DD) is the start of that day in Amsterdam. */
function moment(value: string | undefined, fallback: Date): Date {
  if (!value) return fallback;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return date ? amsterdamToUtc(Number(date[1]), Number(date[2]), Number(date[3]), 0, 0) : new Date(value);
}

/** The meetings the caller sees in a period (default: from a week ago to eight weeks ahead), with the caller's role. */
export async function listOverleggen(db: Database, ctx: AccessContext, query: { vanaf?: string; tot?: string }): Promise<OverlegLijstItem[]> {
  const kijker = overlegKijker(ctx);
  const now = Date.now();
  const vanaf = moment(query.vanaf, new Date(now - 7 * DAY));
  const tot = moment(query.tot, new Date(now + 56 * DAY));
  if (tot.getTime() <= vanaf.getTime()) throw problems.invalidField('tot', 'tot moet na vanaf liggen');
  return db.transaction(async (tx) => {
    const lijst = await listOverleggenFor(tx, kijker, vanaf, tot);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'zoeken',
      objectType: 'actieoverleg',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { aantal: lijst.length },
    });
    return lijst;
  });
}
