/**
 * The route map of seed 002 as one pure rule: from the facts of a casus it proposes the coordination moment(s)
 * and says why. A person confirms; only confirmed moments open on the casus.
 */
export const coordinatiemomentSoorten = ['samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling'] as const;
export type CoordinatiemomentSoort = (typeof coordinatiemomentSoorten)[number];

/** The facts the route map looks at; gathered from the meldingen, bevragingen and persons of a casus. */
export interface RouteFeiten {
  /** (Suspected) acute unsafety in any melding. */
  acuteOnveiligheid: boolean;
  /** A suspect was heard or arrested. */
  verdachteAangehouden: boolean;
  /** Suspicion of criminal child abuse (injury to a child). */
  vermoedenStrafbareKindermishandeling: boolean;
  /** Threat or risk of danger ("buikpijn"): weapons, escalation, a positive bevraging, a repeat, complex violence. */
  risicoOpGevaar: boolean;
  /** Which facts make up that risk, for the explanation. */
  risicoSignalen: string[];
  /** Moments already open on the casus: not proposed again. */
  lopend: CoordinatiemomentSoort[];
}

export interface RouteAdvies {
  moment: CoordinatiemomentSoort;
  redenen: string[];
}

export function adviseRoute(feiten: RouteFeiten): RouteAdvies[] {
  const advies: RouteAdvies[] = [];
  if (feiten.acuteOnveiligheid) {
    advies.push({ moment: 'samen-op-in-acuut', redenen: ['Er is (vermoeden van) acute onveiligheid: politie en Veilig Thuis stemmen direct af.'] });
  }
  if (feiten.verdachteAangehouden) {
    advies.push({ moment: 'vt-zsm', redenen: ['Er is een verdachte gehoord of aangehouden: de officier beslist binnen uren, met de veiligheidstaxatie van Veilig Thuis.'] });
  }
  if (feiten.vermoedenStrafbareKindermishandeling) {
    advies.push({
      moment: 'strafbare-kindermishandeling',
      redenen: ['Er is een vermoeden van strafbare kindermishandeling: Veilig Thuis, politie en OM stemmen hun stappen af in een gezamenlijk onderzoeksplan.'],
    });
  }
  // The Actieoverleg is for risk of danger where no suspect was arrested (seed 002); with an arrest, ZSM decides first.
  if (feiten.risicoOpGevaar && !feiten.verdachteAangehouden) {
    advies.push({
      moment: 'actieoverleg',
      redenen: [
        'Er is dreiging of risico op gevaar zonder aanhouding.',
        ...feiten.risicoSignalen.map((signaal) => `Signaal: ${signaal}.`),
      ],
    });
  }
  return advies.filter((a) => !feiten.lopend.includes(a.moment));
}
