import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import type { AccessContext } from '../identity/access-context';
import { can, requirePermission } from '../identity/access-policy';
import { auditNetwerk, gegevenVelden, netwerkLedenRegio } from './netwerk-toegang';
import {
  actieveLeden,
  beeindigVoorzitterschap,
  kandidaten,
  ontkoppelTrekker,
  regioMetOrganisaties,
  vergrendelLeden,
  vindLid,
  voegLidIn,
  zetLid,
} from './netwerk.storage';
import type { LidToevoegen, LidWijzigen, NetwerkKandidaten, NetwerkLeden, NetwerkLid } from './schemas';

/** The members per organisation of the region (every organisation, so gaps show) and the chair. */
export async function leesLeden(db: Database, ctx: AccessContext): Promise<NetwerkLeden> {
  const regioId = netwerkLedenRegio(ctx);
  const { regioNaam, organisaties, leden } = await db.transaction(async (tx) => {
    const regio = await regioMetOrganisaties(tx, regioId);
    const actief = await actieveLeden(tx, regioId);
    await auditNetwerk(tx, ctx, 'zoeken', 'rnzs-lid', null, { leden: actief.length });
    return { ...regio, leden: actief };
  });
  return {
    regioId,
    regioNaam,
    organisaties: organisaties.map((o) => ({ ...o, leden: leden.filter((l) => l.organisatieId === o.id) })),
    voorzitter: leden.find((l) => l.voorzitter) ?? null,
    magBeheren: can(ctx, 'netwerk.beheren'),
    magWerken: can(ctx, 'netwerk.werken'),
  };
}

/**
 * Who can be added: users of the administrator's own organisation with the role rnzs-lid there, not yet members.
 * Each organisation's administrator speaks for its own members (also when naming one of them chair).
 */
export async function leesKandidaten(db: Database, ctx: AccessContext): Promise<NetwerkKandidaten> {
  requirePermission(ctx, 'netwerk.beheren');
  return db.transaction(async (tx) => {
    const lijst = await kandidaten(tx, ctx.organisatie.regioId, { organisatieId: ctx.organisatie.id });
    await auditNetwerk(tx, ctx, 'zoeken', 'rnzs-lid', null, { kandidaten: lijst.length });
    return { kandidaten: lijst };
  });
}

export async function voegLidToe(db: Database, ctx: AccessContext, input: LidToevoegen): Promise<NetwerkLid> {
  requirePermission(ctx, 'netwerk.beheren');
  const regioId = ctx.organisatie.regioId;
  return db.transaction(async (tx) => {
    if (input.organisatieId !== ctx.organisatie.id) {
      throw problems.invalidField('organisatieId', 'u voegt alleen leden van uw eigen organisatie toe', 'andere-organisatie');
    }
    await vergrendelLeden(tx, regioId);
    const [kandidaat] = await kandidaten(tx, regioId, input);
    if (!kandidaat) {
      throw problems.invalidField('gebruikerId', 'geen gebruiker met de rol RNZS-lid bij deze organisatie van de regio, of al lid', 'geen-kandidaat');
    }
    const id = await voegLidIn(tx, regioId, input.gebruikerId, input.organisatieId);
    await auditNetwerk(tx, ctx, 'aanmaken', 'rnzs-lid', id, { gebruikerId: input.gebruikerId, organisatieId: input.organisatieId });
    return (await vindLid(tx, regioId, id))!;
  });
}

/**
 * Appoints the chair (the previous chair steps down in the same transaction) or removes a member; a member who leaves
 * no longer leads a theme.
 */
export async function wijzigLid(db: Database, ctx: AccessContext, id: string, versie: number, changes: LidWijzigen): Promise<NetwerkLid> {
  requirePermission(ctx, 'netwerk.beheren');
  const regioId = ctx.organisatie.regioId;
  return db.transaction(async (tx) => {
    await vergrendelLeden(tx, regioId);
    const lid = await vindLid(tx, regioId, id, { forUpdate: true });
    // Another organisation's member is that organisation's administrator's to change.
    if (!lid || lid.organisatieId !== ctx.organisatie.id) throw problems.notFound();
    if (lid.versie !== versie) throw problems.versionConflict(lid.versie);
    const actief = changes.actief ?? lid.actief;
    const voorzitter = actief && (changes.voorzitter ?? lid.voorzitter);
    if (changes.voorzitter === true && !actief) throw problems.invalidField('voorzitter', 'een lid dat uit het netwerk gaat kan geen voorzitter zijn');
    const vorige = voorzitter && !lid.voorzitter ? await beeindigVoorzitterschap(tx, regioId, id) : null;
    await zetLid(tx, id, { voorzitter, actief });
    const themasZonderTrekker = actief ? 0 : await ontkoppelTrekker(tx, regioId, id);
    await auditNetwerk(tx, ctx, actief ? 'wijzigen' : 'deactiveren', 'rnzs-lid', id, {
      velden: gegevenVelden(changes),
      vorigeVoorzitterLidId: vorige,
      themasZonderTrekker,
    });
    return (await vindLid(tx, regioId, id))!;
  });
}
