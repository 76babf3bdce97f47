import type { Queryable } from '../../platform/db/database';
import type { TijdlijnActor } from '../../timeline/timeline.storage';
import { recordEvent } from '../../timeline/timeline.storage';
import { createTask } from '../../tasks/tasks.storage';
import { insertActivering } from '../../actieoverleg/scenarios/scenarios.storage';
import { SCENARIO_TAAK_SOORT, scenarioTaakDeadline } from '../../actieoverleg/scenarios/activate-scenarios';
import { scenarioLabels, type ScenarioSoort } from '../../actieoverleg/scenarios/schemas';

/**
 * An acute contact touched the persons (or the casus) of a casus with an active scenario agreed before now: record
 * the activation (no melding: aanleiding 'acuut-contact'), put it on that casus's timeline and alert the owner with a
 * task due today — the sibling of activateScenariosForMelding. Returns how many scenarios were activated.
 */
export async function activateScenariosForPersons(
  tx: Queryable,
  persoonIds: readonly string[],
  casusId: string | null,
  actor: TijdlijnActor,
  contactId: string,
  now: Date = new Date(),
): Promise<number> {
  const { rows } = await tx.query<{ id: string; casus_id: string; soort: ScenarioSoort; eigenaar_organisatie_id: string; eigenaar_gebruiker_id: string | null }>(
    `with geraakt as (
       select casus_id from casus_personen where persoon_id = any ($1::uuid[])
       union select $2::uuid where $2::uuid is not null
     )
     select s.id, s.casus_id, s.soort, s.eigenaar_organisatie_id, s.eigenaar_gebruiker_id
       from geraakt g join scenarios s on s.casus_id = g.casus_id and s.actief
      where s.created_at <= $3
      order by s.created_at, s.id`,
    [persoonIds, casusId, now],
  );
  let activated = 0;
  for (const s of rows) {
    const activeringId = await insertActivering(tx, { scenarioId: s.id, aanleiding: 'acuut-contact', meldingId: null, doorOrganisatieId: actor.organisatieId });
    if (!activeringId) continue;
    activated++;
    await recordEvent(tx, s.casus_id, actor, {
      soort: 'scenario-geactiveerd',
      gegevens: { scenarioId: s.id, scenarioSoort: s.soort, aanleiding: 'acuut-contact', meldingId: null, eigenaarOrganisatieId: s.eigenaar_organisatie_id },
    });
    await createTask(tx, actor, {
      soort: SCENARIO_TAAK_SOORT,
      sleutel: `scenario-geactiveerd:${activeringId}:acuut:${contactId}`,
      titel: `Scenario in werking (${scenarioLabels.soort[s.soort]}): handel volgens de afspraak`,
      casusId: s.casus_id,
      organisatieId: s.eigenaar_organisatie_id,
      gebruikerId: s.eigenaar_gebruiker_id,
      deadline: scenarioTaakDeadline(now),
    });
  }
  return activated;
}
