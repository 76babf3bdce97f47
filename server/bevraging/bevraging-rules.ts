/**
 * The rules of the bevraging (seed 001), as plain functions over plain data: who may ask, who may be asked,
 * which answers call for alignment with police and OM, and what such an answer adds to the route map (seed 002).
 */
import type { OrganisatieSoort } from '../organisations/schemas';
import type { RouteFeiten } from '../route-map/route-map';
import { gevraagdeOrganisatieSoorten, type Vlag } from './schemas';

/** Veilig Thuis asks: on an incoming melding it checks whether the family, address or persons are known. */
export function mayAsk(soort: OrganisatieSoort): boolean {
  return soort === 'veilig-thuis';
}

export const mayNotAskReason =
  'Alleen Veilig Thuis stelt een bevraging aan politie, Raad voor de Kinderbescherming of reclassering. Deel informatie in de casus zelf.';

/** The police first (seed 001); the Raad and reclassering when persons may be known to them (seed 004, Actieoverleg). */
export function mayBeAsked(soort: OrganisatieSoort): boolean {
  return (gevraagdeOrganisatieSoorten as readonly string[]).includes(soort);
}

/**
 * Flags that put the safety of children and adult victims at stake (seed 001: earlier (domestic) violence,
 * sex offences, (fire)arms) or that the Actieoverleg criteria name as crime and safety risks (seed 004: an
 * ongoing investigation, violence against professionals, criminal networks). 'drugs' and 'overig' alone are
 * information, not a reason for alignment.
 */
export const positieveVlaggen = [
  'eerder-huiselijk-geweld',
  'zedendelicten',
  'wapens',
  'vuurwapens',
  'lopend-onderzoek',
  'geweld-tegen-hulpverleners',
  'criminele-netwerken',
] as const satisfies readonly Vlag[];

/** How each flag reads as a risk signal in the route map's explanation. */
const signaalTekst: Record<Vlag, string> = {
  'eerder-huiselijk-geweld': 'eerder huiselijk geweld bekend',
  zedendelicten: 'zedendelicten bekend',
  wapens: 'wapenbezit bekend',
  vuurwapens: 'vuurwapenbezit bekend',
  'lopend-onderzoek': 'lopend strafrechtelijk onderzoek',
  'geweld-tegen-hulpverleners': 'geweld tegen hulpverleners bekend',
  drugs: 'drugs bekend',
  'criminele-netwerken': 'betrokkenheid bij criminele netwerken',
  overig: 'overige informatie bekend',
};

export function isPositive(vlaggen: readonly string[]): boolean {
  return vlaggen.some((v) => (positieveVlaggen as readonly string[]).includes(v));
}

/** The risk signals a set of flags feeds into the route map: only the positive ones, in the order of the vlag list. */
export function risicoSignalen(vlaggen: readonly string[]): string[] {
  return positieveVlaggen.filter((v) => vlaggen.includes(v)).map((v) => signaalTekst[v]);
}

/** No facts at all: the start for an answering organisation outside the casus, which sees only its own answer. */
export const geenRouteFeiten: RouteFeiten = {
  acuteOnveiligheid: false,
  verdachteAangehouden: false,
  vermoedenStrafbareKindermishandeling: false,
  risicoOpGevaar: false,
  risicoSignalen: [],
  lopend: [],
};

/**
 * The route-map facts of a casus with a bevraging's answer added: a positive answer is a risk of danger
 * ("dreiging of risico op gevaar", seed 002) with its flags as signals. Other facts stay as they are.
 */
export function feitenMetAntwoord(feiten: RouteFeiten, vlaggen: readonly string[]): RouteFeiten {
  const signalen = risicoSignalen(vlaggen).filter((s) => !feiten.risicoSignalen.includes(s));
  return {
    ...feiten,
    risicoOpGevaar: feiten.risicoOpGevaar || signalen.length > 0,
    risicoSignalen: [...feiten.risicoSignalen, ...signalen],
  };
}
