import type { OrganisatieSoort } from '../../organisations/schemas';
import { zsmAdviesOrganisatieSoort, type VeiligheidsbeoordelingInvoer, type ZsmAdviesSoort } from './schemas';

/**
 * The rules of the partners' input on ZSM, as plain functions (unit-tested): who may record what, and whether an
 * assessment is consistent.
 */

export interface InvoerFout {
  veld: string;
  code: string;
  reden: string;
}

/** Conditions are advised only when Veilig Thuis says conditions are needed. */
export function beoordelingInvoerFout(invoer: Pick<VeiligheidsbeoordelingInvoer, 'veiligheidsvoorwaardenNodig' | 'geadviseerdeVoorwaarden'>): InvoerFout | null {
  if (!invoer.veiligheidsvoorwaardenNodig && invoer.geadviseerdeVoorwaarden.length > 0) {
    return {
      veld: 'geadviseerdeVoorwaarden',
      code: 'voorwaarden-niet-nodig',
      reden: 'u adviseert voorwaarden maar geeft aan dat veiligheidsvoorwaarden niet nodig zijn',
    };
  }
  return null;
}

/** Only a Veilig Thuis organisation assesses safety (which one: the case's, or any of the region when none is chosen). */
export function magVeiligheidBeoordelen(organisatieSoort: OrganisatieSoort, eigenOrganisatieId: string, vtOrganisatieId: string | null): boolean {
  return organisatieSoort === 'veilig-thuis' && (vtOrganisatieId === null || vtOrganisatieId === eigenOrganisatieId);
}

export type AdviesToegang = 'toegestaan' | 'geen-adviespartner' | 'verkeerde-soort';

/**
 * 3RO advice and the HG consultation hour come from a reclassering organisation, RvdK involvement from the Raad:
 * any other organisation gives no input here (403); a partner giving the other partner's input is bad input (400).
 */
export function adviesToegang(organisatieSoort: OrganisatieSoort, soort: ZsmAdviesSoort): AdviesToegang {
  if (organisatieSoort !== 'reclassering' && organisatieSoort !== 'raad-voor-de-kinderbescherming') return 'geen-adviespartner';
  return zsmAdviesOrganisatieSoort[soort] === organisatieSoort ? 'toegestaan' : 'verkeerde-soort';
}

/** Minutes from the arrest to a step (for the indicators: time to VT contact, to the assessment). */
export function minutenNaAanhouding(aangehoudenOp: Date, op: Date): number {
  return Math.max(0, Math.round((op.getTime() - aangehoudenOp.getTime()) / 60_000));
}
