import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import { auditNetwerk, gegevenVelden, netwerkRegio } from './netwerk-toegang';
import { themaNaamBestaat, themasVanRegio, vindLid, vindThema, voegThemaIn, zetThema, zorgVoorMomentThemas } from './netwerk.storage';
import type { Thema, ThemaAanmaken, ThemaWijzigen } from './schemas';

async function controleerTrekker(tx: Queryable, regioId: string, trekkerLidId: string | null | undefined): Promise<void> {
  if (!trekkerLidId) return;
  const lid = await vindLid(tx, regioId, trekkerLidId);
  if (!lid || !lid.actief) throw problems.invalidField('trekkerLidId', 'de trekker moet een lid van het netwerk zijn', 'geen-lid');
}

/** The network's themes: the four moments (added on first use) and its own themes. */
export async function leesThemas(db: Database, ctx: AccessContext): Promise<Thema[]> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    await zorgVoorMomentThemas(tx, regioId);
    return themasVanRegio(tx, regioId);
  });
}

export async function leesThema(db: Database, ctx: AccessContext, id: string): Promise<Thema> {
  const thema = await vindThema(db, netwerkRegio(ctx), id);
  if (!thema) throw problems.notFound();
  return thema;
}

export async function maakThema(db: Database, ctx: AccessContext, input: ThemaAanmaken): Promise<Thema> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    if (await themaNaamBestaat(tx, regioId, input.naam)) throw problems.invalidField('naam', 'er is al een thema met deze naam', 'bestaat-al');
    await controleerTrekker(tx, regioId, input.trekkerLidId);
    const id = await voegThemaIn(tx, regioId, input.naam, input.trekkerLidId ?? null);
    await auditNetwerk(tx, ctx, 'aanmaken', 'rnzs-thema', id, { trekkerLidId: input.trekkerLidId ?? null });
    return (await vindThema(tx, regioId, id))!;
  });
}

/** Renames a theme, changes its lead, or switches it off (themes are never deleted: work plans and meetings refer to them). */
export async function wijzigThema(db: Database, ctx: AccessContext, id: string, versie: number, changes: ThemaWijzigen): Promise<Thema> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const thema = await vindThema(tx, regioId, id, { forUpdate: true });
    if (!thema) throw problems.notFound();
    if (thema.versie !== versie) throw problems.versionConflict(thema.versie);
    if (changes.naam !== undefined && thema.moment !== null && changes.naam !== thema.naam) {
      throw problems.invalidField('naam', 'de thema’s van de vier momenten houden hun naam', 'vaste-naam');
    }
    if (changes.naam !== undefined && (await themaNaamBestaat(tx, regioId, changes.naam, id))) {
      throw problems.invalidField('naam', 'er is al een thema met deze naam', 'bestaat-al');
    }
    await controleerTrekker(tx, regioId, changes.trekkerLidId);
    await zetThema(tx, id, {
      naam: changes.naam ?? thema.naam,
      trekkerLidId: changes.trekkerLidId !== undefined ? changes.trekkerLidId : (thema.trekker?.lidId ?? null),
      actief: changes.actief ?? thema.actief,
    });
    await auditNetwerk(tx, ctx, changes.actief === false ? 'deactiveren' : 'wijzigen', 'rnzs-thema', id, { velden: gegevenVelden(changes) });
    return (await vindThema(tx, regioId, id))!;
  });
}
