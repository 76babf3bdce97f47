import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import type { OrganisatieSoort } from '../../organisations/schemas';

/**
 * THE access check for ZSM cases. ZSM partners at the table (police, OM, reclassering, RvdK) of the case's region see
 * every case of the region: sharing the suspect monitor is what ZSM is for. Veilig Thuis of the region sees only the
 * domestic-violence cases assigned to it or not yet assigned. Everyone else sees nothing (404, absent from the board).
 */
export const ZSM_PARTNER_SOORTEN = ['politie', 'openbaar-ministerie', 'reclassering', 'raad-voor-de-kinderbescherming'] as const satisfies readonly OrganisatieSoort[];

export function isZsmPartner(soort: OrganisatieSoort): boolean {
  return (ZSM_PARTNER_SOORTEN as readonly OrganisatieSoort[]).includes(soort);
}

export interface ZsmZaakZicht {
  regioId: string;
  huiselijkGeweld: boolean;
  vtOrganisatieId: string | null;
}

export interface ZsmKijker {
  organisatieId: string;
  soort: OrganisatieSoort;
  regioId: string;
}

/** The pure visibility rule (unit-tested): may this organisation see this ZSM case? */
export function zsmZichtbaarVoor(zaak: ZsmZaakZicht, kijker: ZsmKijker): boolean {
  if (zaak.regioId !== kijker.regioId) return false;
  if (isZsmPartner(kijker.soort)) return true;
  if (kijker.soort === 'veilig-thuis') {
    return zaak.huiselijkGeweld && (zaak.vtOrganisatieId === null || zaak.vtOrganisatieId === kijker.organisatieId);
  }
  return false;
}

export interface ZsmToegang {
  zaakId: string;
  casusId: string;
  regioId: string;
  status: 'lopend' | 'beslist';
  huiselijkGeweld: boolean;
  vtOrganisatieId: string | null;
  aangehoudenOp: Date;
  beslissenUiterlijk: Date;
  kijkerSoort: OrganisatieSoort;
  versie: number;
}

export const kijkerOf = (ctx: AccessContext): ZsmKijker => ({ organisatieId: ctx.organisatie.id, soort: ctx.organisatie.soort, regioId: ctx.organisatie.regioId });

/**
 * The case when the caller may see it: 403 for roles without case work, 404 when not visible (its existence never
 * leaks). With forUpdate the zaak row is locked for the rest of the transaction.
 */
export async function requireZsmZaak(tx: Queryable, ctx: AccessContext, zaakId: string, opts: { forUpdate?: boolean } = {}): Promise<ZsmToegang> {
  requirePermission(ctx, 'casussen.werken');
  const { rows } = await tx.query<{
    id: string;
    casus_id: string;
    regio_id: string;
    status: 'lopend' | 'beslist';
    huiselijk_geweld: boolean;
    vt_organisatie_id: string | null;
    aangehouden_op: Date;
    beslissen_uiterlijk: Date;
    versie: number;
  }>(
    `select id, casus_id, regio_id, status, huiselijk_geweld, vt_organisatie_id, aangehouden_op, beslissen_uiterlijk, versie
       from zsm_zaken where id = $1 ${opts.forUpdate ? 'for update' : ''}`,
    [zaakId],
  );
  const r = rows[0];
  if (!r) throw problems.notFound();
  const zicht = { regioId: r.regio_id, huiselijkGeweld: r.huiselijk_geweld, vtOrganisatieId: r.vt_organisatie_id };
  if (!zsmZichtbaarVoor(zicht, kijkerOf(ctx))) throw problems.notFound();
  return {
    zaakId: r.id,
    casusId: r.casus_id,
    regioId: r.regio_id,
    status: r.status,
    huiselijkGeweld: r.huiselijk_geweld,
    vtOrganisatieId: r.vt_organisatie_id,
    aangehoudenOp: new Date(r.aangehouden_op),
    beslissenUiterlijk: new Date(r.beslissen_uiterlijk),
    kijkerSoort: ctx.organisatie.soort,
    versie: r.versie,
  };
}
