import type { Queryable } from '../../platform/db/database';
import { createTask } from '../../tasks/tasks.storage';
import { joinCasus, type JoinActor } from '../../sharing/join-casus';
import { beoordelingDeadline } from './zaak-rules';
import { veiligheidsbeoordelingTaakSleutel, ZSM_BEOORDELING_TAAK_SOORT } from './zsm-taken';

/** The legal basis and purpose on which the ZSM partners and Veilig Thuis take part in the casus of a ZSM case. */
export const ZSM_GRONDSLAG = 'ZSM';
export const ZSM_DOEL = 'Afstemming op ZSM over de aangehouden verdachte';

/** Lets organisations take part in the casus of a ZSM case on the ZSM basis (police, OM, VT, reclassering, RvdK). */
export function joinZsmCasus(tx: Queryable, actor: JoinActor, casusId: string, organisatieIds: readonly string[]): Promise<number> {
  return joinCasus(tx, actor, casusId, organisatieIds, { grondslagCode: ZSM_GRONDSLAG, doel: ZSM_DOEL });
}

/**
 * A Veilig Thuis organisation is assigned to a ZSM case: it takes part in the casus and finds the safety assessment
 * in its inbox, due an hour before the clock runs out (never before now). One task per case (the key): when another
 * VT is assigned, the open task moves to its inbox.
 */
export async function wijsVtToe(
  tx: Queryable,
  actor: JoinActor,
  zaak: { zaakId: string; casusId: string; beslissenUiterlijk: Date },
  vtOrganisatieId: string,
  now: Date,
): Promise<void> {
  await joinZsmCasus(tx, actor, zaak.casusId, [vtOrganisatieId]);
  const sleutel = veiligheidsbeoordelingTaakSleutel(zaak.zaakId);
  const deadline = beoordelingDeadline(zaak.beslissenUiterlijk, now);
  const taak = await createTask(tx, actor, {
    soort: ZSM_BEOORDELING_TAAK_SOORT,
    sleutel,
    titel: 'Veiligheidsbeoordeling voor ZSM',
    casusId: zaak.casusId,
    organisatieId: vtOrganisatieId,
    deadline,
  });
  if (!taak.created) {
    await tx.query(
      `update taken set organisatie_id = $2, gebruiker_id = null, deadline = $3, versie = versie + 1
        where id = $1 and status = 'open' and organisatie_id <> $2`,
      [taak.id, vtOrganisatieId, deadline],
    );
  }
}
