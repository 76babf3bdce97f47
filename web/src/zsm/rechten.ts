import type { Sessie } from '@schemas/identity';
import type { ZsmZaak } from '@schemas/zsm/zaken';

/**
 * What the acting organisation may do on a ZSM case, as the server decides it (the server checks again; this only
 * decides which forms the screen offers). Forms are offered while the case runs.
 */
export interface ZaakRechten {
  /** Veilig Thuis: the case's own, or any VT of the region while none is chosen. */
  vt: boolean;
  /** Police and OM: choose the VT organisation, plan and record the afdoeningsoverleg. */
  politieOfOm: boolean;
  /** The officier van justitie decides. */
  officier: boolean;
  /** A reclassering organisation (3RO advice, the HG consultation) or the Raad (involvement). */
  adviespartner: 'reclassering' | 'raad-voor-de-kinderbescherming' | null;
  /** Recording a VT contact attempt: Veilig Thuis itself, or a ZSM partner once the case has a VT organisation. */
  vtContact: boolean;
}

export function zaakRechten(sessie: Sessie, zaak: Pick<ZsmZaak, 'status' | 'vtOrganisatie'>): ZaakRechten {
  const org = sessie.organisatie;
  const lopend = zaak.status === 'lopend';
  const soort = org?.soort;
  const vt = lopend && soort === 'veilig-thuis' && (zaak.vtOrganisatie === null || zaak.vtOrganisatie.id === org?.id);
  const politieOfOm = lopend && (soort === 'politie' || soort === 'openbaar-ministerie');
  return {
    vt,
    politieOfOm,
    officier: lopend && soort === 'openbaar-ministerie' && sessie.rollen.includes('officier-van-justitie'),
    adviespartner: lopend && (soort === 'reclassering' || soort === 'raad-voor-de-kinderbescherming') ? soort : null,
    vtContact: lopend && (vt || (soort !== 'veilig-thuis' && zaak.vtOrganisatie !== null)),
  };
}
