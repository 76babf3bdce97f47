import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import { auditNetwerk, gegevenVelden, netwerkRegio } from './netwerk-toegang';
import { twijfelcasussenVanRegio, vindTwijfelcasus, voegTwijfelcasusIn, zetTwijfelcasus } from './netwerk.storage';
import type { Twijfelcasus, TwijfelcasusAanmaken, TwijfelcasusWijzigen } from './schemas';

export async function leesTwijfelcasussen(db: Database, ctx: AccessContext, status?: Twijfelcasus['status']): Promise<Twijfelcasus[]> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const lijst = await twijfelcasussenVanRegio(tx, regioId, status);
    await auditNetwerk(tx, ctx, 'zoeken', 'rnzs-twijfelcasus', null, { twijfelcasussen: lijst.length, status: status ?? null });
    return lijst;
  });
}

export async function leesTwijfelcasus(db: Database, ctx: AccessContext, id: string): Promise<Twijfelcasus> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const twijfelcasus = await vindTwijfelcasus(tx, regioId, id);
    if (!twijfelcasus) throw problems.notFound();
    await auditNetwerk(tx, ctx, 'lezen', 'rnzs-twijfelcasus', id);
    return twijfelcasus;
  });
}

export async function legTwijfelcasusVast(db: Database, ctx: AccessContext, input: TwijfelcasusAanmaken): Promise<Twijfelcasus> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const id = await voegTwijfelcasusIn(tx, {
      regioId,
      vraag: input.vraag,
      situatie: input.situatie ?? '',
      verbeteractie: input.verbeteractie ?? null,
      door: ctx.gebruiker.id,
    });
    await auditNetwerk(tx, ctx, 'aanmaken', 'rnzs-twijfelcasus', id, { verbeteractie: input.verbeteractie ?? null });
    return (await vindTwijfelcasus(tx, regioId, id))!;
  });
}

/** Edits a doubt case; status norm-gevonden needs the norm the network found (400 naming 'norm' otherwise). */
export async function wijzigTwijfelcasus(db: Database, ctx: AccessContext, id: string, versie: number, changes: TwijfelcasusWijzigen): Promise<Twijfelcasus> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const huidig = await vindTwijfelcasus(tx, regioId, id, { forUpdate: true });
    if (!huidig) throw problems.notFound();
    if (huidig.versie !== versie) throw problems.versionConflict(huidig.versie);
    const norm = changes.norm !== undefined ? changes.norm?.trim() || null : huidig.norm;
    const status = changes.status ?? huidig.status;
    if (status === 'norm-gevonden' && !norm) throw problems.invalidField('norm', 'beschrijf de gevonden norm', 'verplicht');
    await zetTwijfelcasus(tx, id, {
      vraag: changes.vraag ?? huidig.vraag,
      situatie: changes.situatie ?? huidig.situatie,
      verbeteractie: changes.verbeteractie !== undefined ? changes.verbeteractie : huidig.verbeteractie,
      norm,
      status,
    });
    await auditNetwerk(tx, ctx, 'wijzigen', 'rnzs-twijfelcasus', id, { velden: gegevenVelden(changes), status });
    return (await vindTwijfelcasus(tx, regioId, id))!;
  });
}
