import { amsterdamDate } from '../../actieoverleg/afspraken/afspraak-rules';
import type { AccessContext } from '../../identity/access-context';
import { filterVoor } from '../plan/deling-rules';
import { voorwaarden, type VoorwaardeMetSituatie } from '../plan/plan-elementen';
import { kijkerVan } from '../plan/plan-view';
import type { PlanRow } from '../plan/plan.storage';
import type { Checkin } from '../schemas';
import type { CheckinRow } from './checkins.storage';

/** The safety conditions of the current plan the caller's organisation may see, by id. */
export function zichtbareVoorwaarden(ctx: AccessContext, plan: PlanRow): Map<string, VoorwaardeMetSituatie> {
  return new Map(voorwaarden(filterVoor(plan.inhoud, kijkerVan(ctx, plan))).map((v) => [v.voorwaarde.id, v]));
}

export function toCheckin(c: CheckinRow, v: VoorwaardeMetSituatie, now: Date): Checkin {
  return {
    id: c.id,
    voorwaardeId: c.voorwaardeId,
    onveiligeSituatieId: v.situatieId,
    voorwaarde: v.voorwaarde.omschrijving,
    geplandOp: c.geplandOp,
    uitgevoerdOp: c.uitgevoerdOp ? c.uitgevoerdOp.toISOString() : null,
    uitkomst: c.uitkomst,
    toelichting: c.toelichting,
    doorOrganisatie: c.doorOrganisatieId ? { id: c.doorOrganisatieId, naam: c.doorOrganisatieNaam ?? '' } : null,
    teLaat: c.uitgevoerdOp === null && c.geplandOp < amsterdamDate(now),
    versie: c.versie,
  };
}
