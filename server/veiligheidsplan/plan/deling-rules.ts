import type { PlanInhoud } from '../schemas';

/**
 * Need-to-know inside one safety plan: an element with a `deling` list is seen only by those organisations and the
 * regie holder's organisation. Whoever cannot see an element cannot change or remove it either: on saving, the hidden
 * elements of the current version are put back where they were. Pure functions over the plan document.
 */

export interface Kijker {
  organisatieId: string;
  regieOrganisatieId: string | null;
}

type MetDeling = { id: string; deling: readonly string[] | null };

export function zichtbaar(element: MetDeling, kijker: Kijker): boolean {
  return element.deling === null || kijker.organisatieId === kijker.regieOrganisatieId || element.deling.includes(kijker.organisatieId);
}

/** The ids of every element the viewer may not see (situations, risk factors, interventions). */
export function verborgenIds(inhoud: PlanInhoud, kijker: Kijker): Set<string> {
  const alle: MetDeling[] = [...inhoud.directeVeiligheid.onveiligeSituaties, ...inhoud.stabieleVeiligheid.risicofactoren, ...inhoud.interventies];
  return new Set(alle.filter((e) => !zichtbaar(e, kijker)).map((e) => e.id));
}

/** The plan as the viewer may see it: hidden elements left out, with the resolutions that name them. */
export function filterVoor(inhoud: PlanInhoud, kijker: Kijker): PlanInhoud {
  const verborgen = verborgenIds(inhoud, kijker);
  const zie = <T extends { id: string }>(lijst: readonly T[]) => lijst.filter((e) => !verborgen.has(e.id));
  return {
    ...inhoud,
    directeVeiligheid: { ...inhoud.directeVeiligheid, onveiligeSituaties: zie(inhoud.directeVeiligheid.onveiligeSituaties) },
    stabieleVeiligheid: { risicofactoren: zie(inhoud.stabieleVeiligheid.risicofactoren) },
    interventies: zie(inhoud.interventies),
    afstemmingen: inhoud.afstemmingen.filter((a) => !a.partijIds.some((id) => verborgen.has(id))),
  };
}

export type SamenvoegFout = { veld: string; reden: string };

/** Put the current version's hidden elements back into the list the viewer saved, each at its old position. */
function zetTerug<T extends { id: string }>(huidig: readonly T[], invoer: readonly T[], verborgen: Set<string>, pad: string): T[] | SamenvoegFout {
  const index = invoer.findIndex((e) => verborgen.has(e.id));
  if (index >= 0) return { veld: `${pad}[${index}].id`, reden: 'dit onderdeel is niet met uw organisatie gedeeld' };
  const result = [...invoer];
  huidig.forEach((e, positie) => {
    if (verborgen.has(e.id)) result.splice(Math.min(positie, result.length), 0, e);
  });
  return result;
}

const isFout = (x: unknown): x is SamenvoegFout => typeof x === 'object' && x !== null && 'veld' in x && 'reden' in x && !Array.isArray(x);

/**
 * The document to store when the viewer saves `invoer` over `huidig`: the viewer's own changes plus everything hidden
 * from them, unchanged. An element id the viewer could not have seen is refused (naming the field).
 */
export function voegVerborgenToe(huidig: PlanInhoud, invoer: PlanInhoud, kijker: Kijker): { inhoud: PlanInhoud } | { fout: SamenvoegFout } {
  const verborgen = verborgenIds(huidig, kijker);
  if (verborgen.size === 0) return { inhoud: invoer };
  const situaties = zetTerug(huidig.directeVeiligheid.onveiligeSituaties, invoer.directeVeiligheid.onveiligeSituaties, verborgen, 'inhoud.directeVeiligheid.onveiligeSituaties');
  if (isFout(situaties)) return { fout: situaties };
  const risicofactoren = zetTerug(huidig.stabieleVeiligheid.risicofactoren, invoer.stabieleVeiligheid.risicofactoren, verborgen, 'inhoud.stabieleVeiligheid.risicofactoren');
  if (isFout(risicofactoren)) return { fout: risicofactoren };
  const interventies = zetTerug(huidig.interventies, invoer.interventies, verborgen, 'inhoud.interventies');
  if (isFout(interventies)) return { fout: interventies };
  const verborgenAfstemmingen = huidig.afstemmingen.filter((a) => a.partijIds.some((id) => verborgen.has(id)));
  const fout = invoer.afstemmingen.findIndex((a) => a.partijIds.some((id) => verborgen.has(id)));
  if (fout >= 0) return { fout: { veld: `inhoud.afstemmingen[${fout}].partijIds`, reden: 'dit onderdeel is niet met uw organisatie gedeeld' } };
  return {
    inhoud: {
      ...invoer,
      directeVeiligheid: { ...invoer.directeVeiligheid, onveiligeSituaties: situaties },
      stabieleVeiligheid: { risicofactoren },
      interventies,
      afstemmingen: [...invoer.afstemmingen, ...verborgenAfstemmingen],
    },
  };
}
