import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { can } from '../identity/access-policy';
import { requireCasusAccess } from '../cases/casus-access';
import { leesCasusTijdlijn } from '../indicatoren/metingen/metingen.storage';
import { auditNetwerk, gegevenVelden, netwerkRegio } from './netwerk-toegang';
import {
  bestaandeIds,
  casusIdVanNummer,
  leercasussenVanRegio,
  leercasusVanBronBestaat,
  organisatieSoorten,
  vindLeercasus,
  voegLeercasusIn,
  zetLeercasus,
} from './netwerk.storage';
import { leercasusProfiel } from './leercasus-profiel';
import type { Leercasus, LeercasusAanbrengen, LeercasusWijzigen } from './schemas';

async function controleerThema(tx: Queryable, regioId: string, themaId: string | null | undefined): Promise<void> {
  if (themaId && !(await bestaandeIds(tx, 'rnzs_themas', regioId, [themaId])).has(themaId)) {
    throw problems.invalidField('themaId', 'geen thema van dit netwerk', 'onbekend-thema');
  }
}

export async function leesLeercasussen(db: Database, ctx: AccessContext): Promise<Leercasus[]> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const lijst = await leercasussenVanRegio(tx, regioId);
    await auditNetwerk(tx, ctx, 'zoeken', 'rnzs-leercasus', null, { leercasussen: lijst.length });
    return lijst;
  });
}

export async function leesLeercasus(db: Database, ctx: AccessContext, id: string): Promise<Leercasus> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const leercasus = await vindLeercasus(tx, regioId, id);
    if (!leercasus) throw problems.notFound();
    await auditNetwerk(tx, ctx, 'lezen', 'rnzs-leercasus', id);
    return leercasus;
  });
}

/**
 * A member brings a closed casus in as learning material. Only a member who may see the casus (case work rights and
 * the organisation takes part; otherwise 404, so the casus's existence never leaks); the network keeps only the
 * anonymised profile, a title and its lessons. The source casus is stored to refuse doubles and never shown.
 */
export async function brengLeercasusIn(db: Database, ctx: AccessContext, input: LeercasusAanbrengen): Promise<Leercasus> {
  const regioId = netwerkRegio(ctx);
  if (!can(ctx, 'casussen.werken')) throw problems.notFound();
  return db.transaction(async (tx) => {
    const casusId = await casusIdVanNummer(tx, regioId, input.casusnummer);
    if (!casusId) throw problems.notFound();
    const toegang = await requireCasusAccess(tx, ctx, casusId);
    if (toegang.status !== 'gesloten') {
      throw problems.conflict('Deze casus is nog open. Alleen een gesloten casus kan als leercasus worden ingebracht.', 'casus-open');
    }
    if (await leercasusVanBronBestaat(tx, regioId, casusId)) {
      throw problems.conflict('Deze casus is al als leercasus ingebracht.', 'leercasus-bestaat');
    }
    await controleerThema(tx, regioId, input.themaId);
    const tijdlijn = await leesCasusTijdlijn(tx, casusId);
    if (!tijdlijn) throw problems.notFound();
    const organisatieIds = [...new Set(tijdlijn.gebeurtenissen.flatMap((g) => (g.organisatieId ? [g.organisatieId] : [])))];
    for (const g of tijdlijn.gebeurtenissen) if (g.soort === 'deelnemer-toegevoegd') organisatieIds.push(g.gegevens.organisatieId);
    const soorten = await organisatieSoorten(tx, organisatieIds);
    const profiel = leercasusProfiel(tijdlijn, (orgId) => soorten.get(orgId));
    const id = await voegLeercasusIn(tx, {
      regioId,
      bronCasusId: casusId,
      titel: input.titel,
      profiel,
      lessen: input.lessen ?? '',
      themaId: input.themaId ?? null,
      door: ctx.gebruiker.id,
    });
    // Reading the casus's timeline for the profile is a read of the casus (in its audit trail), for the network's purpose.
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'tijdlijn',
      objectId: casusId,
      uitkomst: 'gelukt',
      doel: 'netwerk',
      details: { leercasusId: id, gebeurtenissen: tijdlijn.gebeurtenissen.length },
    });
    await auditNetwerk(tx, ctx, 'aanmaken', 'rnzs-leercasus', id, { momenten: profiel.momenten.length });
    return (await vindLeercasus(tx, regioId, id))!;
  });
}

export async function wijzigLeercasus(db: Database, ctx: AccessContext, id: string, versie: number, changes: LeercasusWijzigen): Promise<Leercasus> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const huidig = await vindLeercasus(tx, regioId, id, { forUpdate: true });
    if (!huidig) throw problems.notFound();
    if (huidig.versie !== versie) throw problems.versionConflict(huidig.versie);
    await controleerThema(tx, regioId, changes.themaId);
    await zetLeercasus(tx, id, {
      titel: changes.titel ?? huidig.titel,
      lessen: changes.lessen ?? huidig.lessen,
      themaId: changes.themaId !== undefined ? changes.themaId : huidig.themaId,
    });
    await auditNetwerk(tx, ctx, 'wijzigen', 'rnzs-leercasus', id, { velden: gegevenVelden(changes) });
    return (await vindLeercasus(tx, regioId, id))!;
  });
}
