import type { PlanAfspraak, PlanInhoud, Veiligheidsvoorwaarde } from '../schemas';

/**
 * Walks the plan document: every element with its id and field path, every agreement and every safety condition.
 * Pure functions, shared by validation, monitoring and confirming.
 */

export interface Element {
  id: string;
  pad: string;
}

export interface AfspraakMetPad {
  afspraak: PlanAfspraak;
  pad: string;
}

export interface VoorwaardeMetSituatie {
  voorwaarde: Veiligheidsvoorwaarde;
  situatieId: string;
  pad: string;
}

export function voorwaarden(inhoud: PlanInhoud): VoorwaardeMetSituatie[] {
  return inhoud.directeVeiligheid.onveiligeSituaties.flatMap((s, i) =>
    s.voorwaarden.map((voorwaarde, j) => ({ voorwaarde, situatieId: s.id, pad: `inhoud.directeVeiligheid.onveiligeSituaties[${i}].voorwaarden[${j}]` })),
  );
}

export function afspraken(inhoud: PlanInhoud): AfspraakMetPad[] {
  return [
    ...voorwaarden(inhoud).flatMap((v) => v.voorwaarde.afspraken.map((afspraak, k) => ({ afspraak, pad: `${v.pad}.afspraken[${k}]` }))),
    ...inhoud.stabieleVeiligheid.risicofactoren.flatMap((r, i) =>
      r.doelen.flatMap((d, j) => d.afspraken.map((afspraak, k) => ({ afspraak, pad: `inhoud.stabieleVeiligheid.risicofactoren[${i}].doelen[${j}].afspraken[${k}]` }))),
    ),
    ...inhoud.duurzameVeiligheid.afspraken.map((afspraak, k) => ({ afspraak, pad: `inhoud.duurzameVeiligheid.afspraken[${k}]` })),
  ];
}

/** Every element with a stable id, in document order. */
export function elementen(inhoud: PlanInhoud): Element[] {
  const result: Element[] = [];
  inhoud.directeVeiligheid.onveiligeSituaties.forEach((s, i) => result.push({ id: s.id, pad: `inhoud.directeVeiligheid.onveiligeSituaties[${i}].id` }));
  for (const v of voorwaarden(inhoud)) result.push({ id: v.voorwaarde.id, pad: `${v.pad}.id` });
  inhoud.stabieleVeiligheid.risicofactoren.forEach((r, i) => {
    result.push({ id: r.id, pad: `inhoud.stabieleVeiligheid.risicofactoren[${i}].id` });
    r.doelen.forEach((d, j) => result.push({ id: d.id, pad: `inhoud.stabieleVeiligheid.risicofactoren[${i}].doelen[${j}].id` }));
  });
  for (const a of afspraken(inhoud)) result.push({ id: a.afspraak.id, pad: `${a.pad}.id` });
  inhoud.interventies.forEach((iv, i) => result.push({ id: iv.id, pad: `inhoud.interventies[${i}].id` }));
  return result;
}

/** The path of the second (and every later) use of an id. */
export function dubbeleIds(inhoud: PlanInhoud): Element[] {
  const gezien = new Set<string>();
  return elementen(inhoud).filter((e) => {
    if (gezien.has(e.id)) return true;
    gezien.add(e.id);
    return false;
  });
}

/** Elements of the document with a `deling` list, with their paths. */
export function gedeeldeElementen(inhoud: PlanInhoud): { deling: readonly string[] | null; pad: string }[] {
  return [
    ...inhoud.directeVeiligheid.onveiligeSituaties.map((s, i) => ({ deling: s.deling, pad: `inhoud.directeVeiligheid.onveiligeSituaties[${i}].deling` })),
    ...inhoud.stabieleVeiligheid.risicofactoren.map((r, i) => ({ deling: r.deling, pad: `inhoud.stabieleVeiligheid.risicofactoren[${i}].deling` })),
    ...inhoud.interventies.map((iv, i) => ({ deling: iv.deling, pad: `inhoud.interventies[${i}].deling` })),
  ];
}
