import type { Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { activeCodes } from './interventies.storage';

/**
 * THE check for measures elsewhere (acute assessment, ZSM, safety plan): every code must be an active intervention of
 * the catalogue. One query; a 400 naming `${veld}[${index}]` for every unknown or inactive code.
 */
export async function requireBekendeInterventies(tx: Queryable, codes: readonly string[], veld: string): Promise<void> {
  if (codes.length === 0) return;
  const actief = await activeCodes(tx, codes);
  const onbekend = codes.flatMap((code, index) =>
    actief.has(code) ? [] : [{ name: `${veld}[${index}]`, code: 'onbekende-interventie', reason: 'geen (actieve) interventie uit de catalogus' }],
  );
  if (onbekend.length > 0) throw problems.badRequest(`${veld}: geen (actieve) interventie uit de catalogus`, onbekend);
}
