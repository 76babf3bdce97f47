import type { OrganisatieSoort } from '../organisations/schemas';
import type { Bron } from './schemas';

/**
 * The police report to Veilig Thuis (zorgmelding) within 24 hours of the incident (BRIEF §3). A melding the police
 * took in through 112/meldkamer or an aangifte starts that clock; a zorgmelding arriving at Veilig Thuis stops it.
 */
export const ZORGMELDING_TAAK_SOORT = 'zorgmelding-vt';
export const zorgmeldingTaakSleutel = (meldingId: string) => `zorgmelding:${meldingId}`;

export function isPoliceMelding(bron: Bron, organisatieSoort: OrganisatieSoort): boolean {
  return organisatieSoort === 'politie' && (bron === '112-meldkamer' || bron === 'aangifte');
}

export function isZorgmeldingAtVeiligThuis(bron: Bron, organisatieSoort: OrganisatieSoort): boolean {
  return organisatieSoort === 'veilig-thuis' && bron === 'zorgmelding-politie';
}
