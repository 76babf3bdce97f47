import type { InvalidParam } from '../../platform/http/problem';
import type { Verbeteractie } from '../schemas';
import { EERSTE_EVALUATIEJAAR, type EvaluatieAntwoord } from './schemas';
import type { EvaluatieVraag } from './vragen';

/**
 * The rules of an evaluation as pure functions over the question catalogue: which year may be evaluated, and
 * whether every answer belongs to the improvement action and lies on its question's scale. They return the
 * problems found (as invalidParams), the use case refuses with all of them at once.
 */

/** A year from EERSTE_EVALUATIEJAAR up to and including the current one; `huidigJaar` is the Amsterdam year now. */
export function controleerJaar(jaar: number, huidigJaar: number, eerste = EERSTE_EVALUATIEJAAR, veld = 'jaar'): InvalidParam[] {
  if (!Number.isInteger(jaar)) return [{ name: veld, code: 'ongeldig', reason: 'moet een jaartal zijn' }];
  if (jaar > huidigJaar) return [{ name: veld, code: 'in-de-toekomst', reason: `mag niet na ${huidigJaar} liggen` }];
  if (jaar < eerste) return [{ name: veld, code: 'te-vroeg', reason: `mag niet voor ${eerste} liggen` }];
  return [];
}

export function schaalTekst(vraag: EvaluatieVraag): string {
  return `moet een geheel getal van ${vraag.schaal.min} tot en met ${vraag.schaal.max} zijn, of leeg (weet niet)`;
}

/** Checks the answers to one improvement action's evaluation against the question catalogue. */
export function controleerAntwoorden(
  verbeteractie: Verbeteractie,
  antwoorden: readonly EvaluatieAntwoord[],
  vragen: readonly EvaluatieVraag[],
): InvalidParam[] {
  const fouten: InvalidParam[] = [];
  const gezien = new Set<string>();
  antwoorden.forEach((antwoord, i) => {
    const vraag = vragen.find((v) => v.id === antwoord.vraag && v.verbeteractie === verbeteractie);
    if (!vraag) {
      fouten.push({ name: `antwoorden[${i}].vraag`, code: 'onbekende-vraag', reason: `is geen vraag van de verbeteractie ${verbeteractie}` });
      return;
    }
    if (gezien.has(vraag.id)) {
      fouten.push({ name: `antwoorden[${i}].vraag`, code: 'dubbel', reason: 'deze vraag is al beantwoord' });
      return;
    }
    gezien.add(vraag.id);
    const w = antwoord.waarde;
    if (w !== null && (!Number.isInteger(w) || w < vraag.schaal.min || w > vraag.schaal.max)) {
      fouten.push({ name: `antwoorden[${i}].waarde`, code: 'buiten-schaal', reason: schaalTekst(vraag) });
    }
  });
  return fouten;
}

/** The questions of an improvement action, in catalogue order. */
export function vragenVan(verbeteractie: Verbeteractie, vragen: readonly EvaluatieVraag[]): EvaluatieVraag[] {
  return vragen.filter((v) => v.verbeteractie === verbeteractie);
}
