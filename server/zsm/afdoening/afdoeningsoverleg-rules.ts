import type { InvalidParam } from '../../platform/http/problem';
import type { AfdoeningsoverlegInvoer, AfdoeningsoverlegPunt, ZsmChecklistpunt } from './schemas';

/**
 * The checklist of one afdoeningsoverleg as a snapshot: the points recorded earlier keep their text as it was; active
 * points of the region added since join at the end. The input ticks off and explains points of that list; a point
 * not mentioned is not ticked off. Unknown or repeated points are named per item (pure, unit-tested).
 */
export function checklistSnapshot(
  eerder: readonly AfdoeningsoverlegPunt[],
  actief: readonly Pick<ZsmChecklistpunt, 'id' | 'tekst'>[],
  invoer: AfdoeningsoverlegInvoer['checklist'],
): { checklist: AfdoeningsoverlegPunt[] } | { fouten: InvalidParam[] } {
  const punten = [...eerder.map((p) => ({ puntId: p.puntId, tekst: p.tekst }))];
  const bekend = new Set(punten.map((p) => p.puntId));
  for (const p of actief) if (!bekend.has(p.id)) punten.push({ puntId: p.id, tekst: p.tekst });
  const toegestaan = new Set(punten.map((p) => p.puntId));

  const fouten: InvalidParam[] = [];
  const perPunt = new Map<string, { afgevinkt: boolean; toelichting: string }>();
  invoer.forEach((item, i) => {
    if (!toegestaan.has(item.puntId)) fouten.push({ name: `checklist[${i}].puntId`, code: 'onbekend-punt', reason: 'geen aandachtspunt van dit afdoeningsoverleg' });
    else if (perPunt.has(item.puntId)) fouten.push({ name: `checklist[${i}].puntId`, code: 'dubbel-punt', reason: 'dit aandachtspunt staat al eerder in de lijst' });
    else perPunt.set(item.puntId, { afgevinkt: item.afgevinkt, toelichting: item.toelichting });
  });
  if (fouten.length > 0) return { fouten };
  return {
    checklist: punten.map((p) => ({ ...p, afgevinkt: perPunt.get(p.puntId)?.afgevinkt ?? false, toelichting: perPunt.get(p.puntId)?.toelichting ?? '' })),
  };
}
