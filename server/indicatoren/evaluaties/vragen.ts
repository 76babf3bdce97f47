import type { Verbeteractie } from '../schemas';

/**
 * The questions of the partners' periodic evaluations: a grade (1-10) per improvement action and statements
 * (1 = helemaal oneens ... 5 = helemaal eens). They feed the indicators that can only be judged qualitatively.
 * Ids are stable: answers and indicator definitions refer to them. Shared with the web app.
 */
export type Schaal = { soort: 'cijfer'; min: 1; max: 10 } | { soort: 'stelling'; min: 1; max: 5 };

export interface EvaluatieVraag {
  id: string;
  verbeteractie: Verbeteractie;
  tekst: string;
  schaal: Schaal;
}

export const CIJFER: Schaal = { soort: 'cijfer', min: 1, max: 10 };
export const STELLING: Schaal = { soort: 'stelling', min: 1, max: 5 };

export const evaluatieVragen: readonly EvaluatieVraag[] = [
  { id: 'actieoverleg.rapportcijfer', verbeteractie: 'actieoverleg', tekst: 'Welk rapportcijfer geeft u het Actieoverleg dit jaar?', schaal: CIJFER },
  { id: 'actieoverleg.vertrouwen', verbeteractie: 'actieoverleg', tekst: 'Ik vertrouw de partners aan tafel bij het Actieoverleg.', schaal: STELLING },
  { id: 'actieoverleg.completer-beeld', verbeteractie: 'actieoverleg', tekst: 'Door het Actieoverleg krijg ik een completer beeld van de situatie.', schaal: STELLING },
  { id: 'actieoverleg.vakmanschap', verbeteractie: 'actieoverleg', tekst: 'Het Actieoverleg draagt bij aan mijn vakmanschap.', schaal: STELLING },
];

export function vindVraag(id: string): EvaluatieVraag | undefined {
  return evaluatieVragen.find((v) => v.id === id);
}
