import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import { auditNetwerk, ditJaar, gegevenVelden, netwerkRegio } from './netwerk-toegang';
import { bestaandeIds, bijeenkomstenVanJaar, vindBijeenkomst, voegBijeenkomstIn, zetBijeenkomst } from './netwerk.storage';
import {
  MINIMUM_BIJEENKOMSTEN,
  type Bijeenkomst,
  type BijeenkomstAanmaken,
  type BijeenkomstLijst,
  type BijeenkomstWijzigen,
  type NetwerkAgendapunt,
} from './schemas';

/** Every theme, learning case and doubt case an agenda refers to must be the network's own (400 naming the item). */
async function controleerAgenda(tx: Queryable, regioId: string, agenda: readonly NetwerkAgendapunt[]): Promise<void> {
  const verwijzingen = [
    ['themaId', 'rnzs_themas'],
    ['leercasusId', 'rnzs_leercasussen'],
    ['twijfelcasusId', 'rnzs_twijfelcasussen'],
  ] as const;
  for (const [veld, tabel] of verwijzingen) {
    const ids = agenda.map((p) => p[veld]).filter((v): v is string => !!v);
    const bestaand = await bestaandeIds(tx, tabel, regioId, ids);
    agenda.forEach((p, i) => {
      const waarde = p[veld];
      if (waarde && !bestaand.has(waarde)) throw problems.invalidField(`agenda.${i}.${veld}`, 'bestaat niet in dit netwerk', 'onbekend');
    });
  }
}

/** The year's meetings, with a warning when fewer than six (not cancelled) are planned. */
export async function leesBijeenkomsten(db: Database, ctx: AccessContext, jaar = ditJaar()): Promise<BijeenkomstLijst> {
  const regioId = netwerkRegio(ctx);
  const bijeenkomsten = await db.transaction(async (tx) => {
    const lijst = await bijeenkomstenVanJaar(tx, regioId, jaar);
    await auditNetwerk(tx, ctx, 'zoeken', 'rnzs-bijeenkomst', null, { jaar, bijeenkomsten: lijst.length });
    return lijst;
  });
  const aantalGepland = bijeenkomsten.filter((b) => b.status !== 'geannuleerd').length;
  return { jaar, bijeenkomsten, aantalGepland, minimum: MINIMUM_BIJEENKOMSTEN, teWeinig: aantalGepland < MINIMUM_BIJEENKOMSTEN };
}

export async function leesBijeenkomst(db: Database, ctx: AccessContext, id: string): Promise<Bijeenkomst> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const bijeenkomst = await vindBijeenkomst(tx, regioId, id);
    if (!bijeenkomst) throw problems.notFound();
    await auditNetwerk(tx, ctx, 'lezen', 'rnzs-bijeenkomst', id);
    return bijeenkomst;
  });
}

export async function planBijeenkomst(db: Database, ctx: AccessContext, input: BijeenkomstAanmaken): Promise<Bijeenkomst> {
  const regioId = netwerkRegio(ctx);
  const agenda = input.agenda ?? [];
  return db.transaction(async (tx) => {
    await controleerAgenda(tx, regioId, agenda);
    const id = await voegBijeenkomstIn(tx, regioId, input.begintOp, agenda);
    await auditNetwerk(tx, ctx, 'aanmaken', 'rnzs-bijeenkomst', id, { agendapunten: agenda.length });
    return (await vindBijeenkomst(tx, regioId, id))!;
  });
}

/** Moves a meeting, changes its agenda, writes the notes or sets its status. */
export async function wijzigBijeenkomst(db: Database, ctx: AccessContext, id: string, versie: number, changes: BijeenkomstWijzigen): Promise<Bijeenkomst> {
  const regioId = netwerkRegio(ctx);
  return db.transaction(async (tx) => {
    const huidig = await vindBijeenkomst(tx, regioId, id, { forUpdate: true });
    if (!huidig) throw problems.notFound();
    if (huidig.versie !== versie) throw problems.versionConflict(huidig.versie);
    const agenda = changes.agenda ?? huidig.agenda;
    if (changes.agenda) await controleerAgenda(tx, regioId, changes.agenda);
    await zetBijeenkomst(tx, id, {
      begintOp: changes.begintOp ?? huidig.begintOp,
      agenda,
      notulen: changes.notulen ?? huidig.notulen,
      status: changes.status ?? huidig.status,
    });
    await auditNetwerk(tx, ctx, 'wijzigen', 'rnzs-bijeenkomst', id, { velden: gegevenVelden(changes), agendapunten: agenda.length });
    return (await vindBijeenkomst(tx, regioId, id))!;
  });
}
