import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import { auditNetwerk, netwerkRegio } from './netwerk-toegang';
import { bestaandeIds, isVoorzitter, leesWerkplan as leesWerkplanRij, slaWerkplanOp, stelWerkplanVast } from './netwerk.storage';
import type { Werkplan, WerkplanOpslaan } from './schemas';

/** The work plan of a year; versie 0 when there is none yet. */
export async function leesWerkplan(db: Database, ctx: AccessContext, jaar: number): Promise<Werkplan> {
  return leesWerkplanRij(db, netwerkRegio(ctx), jaar);
}

/** Saves the goals and actions per theme (If-Match "0" creates the plan). A saved plan is a draft until the chair sets it. */
export async function slaWerkplanOpVoorJaar(db: Database, ctx: AccessContext, jaar: number, versie: number, input: WerkplanOpslaan): Promise<Werkplan> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const huidig = await leesWerkplanRij(tx, regioId, jaar, { forUpdate: true });
    if (huidig.versie !== versie) throw problems.versionConflict(huidig.versie);
    const themaIds = input.themas.map((t) => t.themaId);
    const bestaand = await bestaandeIds(tx, 'rnzs_themas', regioId, themaIds);
    const gezien = new Set<string>();
    input.themas.forEach((t, i) => {
      if (!bestaand.has(t.themaId)) throw problems.invalidField(`themas.${i}.themaId`, 'geen thema van dit netwerk', 'onbekend-thema');
      if (gezien.has(t.themaId)) throw problems.invalidField(`themas.${i}.themaId`, 'dit thema staat al in het werkplan', 'dubbel');
      gezien.add(t.themaId);
    });
    await slaWerkplanOp(tx, regioId, jaar, input.themas, ctx.gebruiker.id);
    await auditNetwerk(tx, ctx, 'wijzigen', 'rnzs-werkplan', null, {
      jaar,
      themas: input.themas.length,
      acties: input.themas.reduce((n, t) => n + t.acties.length, 0),
    });
    return leesWerkplanRij(tx, regioId, jaar);
  });
}

/** The chair sets the year's plan (vastgesteld); other members are told why they cannot. */
export async function stelWerkplanVastVoorJaar(db: Database, ctx: AccessContext, jaar: number, versie: number): Promise<Werkplan> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    if (!(await isVoorzitter(tx, regioId, ctx.gebruiker.id))) {
      throw problems.forbidden('Alleen de voorzitter van het netwerk stelt het werkplan vast.');
    }
    const huidig = await leesWerkplanRij(tx, regioId, jaar, { forUpdate: true });
    if (huidig.versie === 0) throw problems.conflict(`Er is nog geen werkplan voor ${jaar} om vast te stellen.`, 'werkplan-ontbreekt');
    if (huidig.versie !== versie) throw problems.versionConflict(huidig.versie);
    await stelWerkplanVast(tx, regioId, jaar, ctx.gebruiker.id);
    await auditNetwerk(tx, ctx, 'besluiten', 'rnzs-werkplan', null, { jaar });
    return leesWerkplanRij(tx, regioId, jaar);
  });
}
