import type { CoordinatiemomentSoort, RouteFeiten } from '../route-map/route-map';
import { risicoSignalen as bevragingSignalen } from '../bevraging/bevraging-rules';

/**
 * The facts the route map looks at, gathered from the plain data of a casus. A pure function: the storage
 * layer reads the rows, this decides what they mean.
 */
export interface MeldingFeiten {
  acuteOnveiligheid: boolean;
  verdachteAangehouden: boolean;
  vermoedenStrafbareKindermishandeling: boolean;
  wapens: boolean;
  /** The earlier melding this one repeats (same pair or household within 12 months), if any. */
  herhalingVanId: string | null;
  geweldsvormen: readonly string[];
}

export interface BevragingFeiten {
  status: 'open' | 'beantwoord' | 'ingetrokken';
  vlaggen: readonly string[];
}

/** Complex forms of violence that are a content criterion for the Actieoverleg (seed 003 §3). */
export const complexeGeweldsvormen: Record<string, string> = {
  'ex-partnerstalking': 'ex-partnerstalking',
  'eergerelateerd-geweld': 'eergerelateerd geweld',
  'vrouwelijke-genitale-verminking': 'vrouwelijke genitale verminking',
  ouderenmishandeling: 'ouderenmishandeling',
};

export function gatherRouteFacts(input: {
  meldingen: readonly MeldingFeiten[];
  bevragingen: readonly BevragingFeiten[];
  lopend: readonly CoordinatiemomentSoort[];
}): RouteFeiten {
  const meldingen = input.meldingen;
  const signalen: string[] = [];
  const add = (signaal: string) => {
    if (!signalen.includes(signaal)) signalen.push(signaal);
  };
  if (meldingen.some((m) => m.wapens)) add('wapens genoemd in een melding');
  if (meldingen.some((m) => m.herhalingVanId)) add('herhaald incident binnen 12 maanden na een eerdere melding');
  for (const m of meldingen) {
    for (const vorm of m.geweldsvormen) {
      const label = complexeGeweldsvormen[vorm];
      if (label) add(`complexe vorm van geweld: ${label}`);
    }
  }
  for (const b of input.bevragingen) {
    // The bevraging's own rule says which flags are positive and how they read (the same text as its answer's advice).
    if (b.status === 'beantwoord') bevragingSignalen(b.vlaggen).forEach(add);
  }
  return {
    acuteOnveiligheid: meldingen.some((m) => m.acuteOnveiligheid),
    verdachteAangehouden: meldingen.some((m) => m.verdachteAangehouden),
    vermoedenStrafbareKindermishandeling: meldingen.some((m) => m.vermoedenStrafbareKindermishandeling),
    risicoOpGevaar: signalen.length > 0,
    risicoSignalen: signalen,
    lopend: [...input.lopend],
  };
}
