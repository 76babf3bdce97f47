import type { Queryable } from '../../platform/db/database';
import { joinCasus, type JoinActor } from '../../sharing/join-casus';

/**
 * The partners that give input to the decision take part in the casus on grondslag ZSM, each for its own purpose
 * (doelbinding): Veilig Thuis for its safety assessment, reclassering for its advice, the Raad for its involvement.
 */
export const ZSM_DEELNAME_DOEL = {
  'veilig-thuis': 'Veiligheidsbeoordeling van Veilig Thuis voor de afdoeningsbeslissing op ZSM en terugkoppeling van die beslissing',
  reclassering: 'Advies van de reclassering (3RO) voor de afdoeningsbeslissing op ZSM en terugkoppeling van die beslissing',
  'raad-voor-de-kinderbescherming': 'Betrokkenheid van de Raad voor de Kinderbescherming bij de afdoeningsbeslissing op ZSM en terugkoppeling van die beslissing',
} as const;

export function joinAlsZsmPartner(tx: Queryable, actor: JoinActor, casusId: string, organisatieId: string, soort: keyof typeof ZSM_DEELNAME_DOEL): Promise<number> {
  return joinCasus(tx, actor, casusId, [organisatieId], { grondslagCode: 'ZSM', doel: ZSM_DEELNAME_DOEL[soort] });
}
