import type { Queryable } from '../../platform/db/database';
import { recordEvent, type TijdlijnActor } from '../../timeline/timeline.storage';
import { createTask } from '../../tasks/tasks.storage';
import { activeScenariosTouchedBy, activeScenariosTouchedByPersons, insertActivering, meldingBron, type GeraaktScenario } from './scenarios.storage';
import { scenarioLabels, type ScenarioAanleiding } from './schemas';

export const SCENARIO_TAAK_SOORT = 'scenario-geactiveerd';
const HOUR = 3_600_000;

/** The owner acts the same working day: four hours, like the alignment after a positive bevraging answer. */
export const scenarioTaakDeadline = (at: Date) => new Date(at.getTime() + 4 * HOUR);

/** A melding from ZSM is a ZSM intake; any other new melding is just that. */
export const aanleidingVoorBron = (bron: string): ScenarioAanleiding => (bron === 'zsm' ? 'zsm-intake' : 'melding');

/**
 * A melding touched the persons (or the casus) of a casus with an active scenario: record the activation once per
 * (scenario, melding), put it on that casus's timeline, and alert the scenario's owner with a task due today.
 * Runs inside the caller's transaction: the melding's registration (screen and intake API alike) and linking a melding
 * to a casus. `aanleiding` defaults from the melding's source; a new acute contact passes 'acuut-contact'.
 * Returns how many scenarios were newly activated.
 */
export async function activateScenariosForMelding(
  tx: Queryable,
  meldingId: string,
  actor: TijdlijnActor,
  aanleiding?: ScenarioAanleiding,
  now: Date = new Date(),
): Promise<number> {
  const scenarios = await activeScenariosTouchedBy(tx, meldingId);
  if (scenarios.length === 0) return 0;
  const soort = aanleiding ?? aanleidingVoorBron((await meldingBron(tx, meldingId)) ?? '');
  return activate(tx, scenarios, actor, soort, meldingId, now);
}

/**
 * Something other than a melding touched the persons (or the casus) of a casus with an active scenario — a new acute
 * contact: the same activation, without a melding. Returns how many scenarios were newly activated.
 */
export async function activateScenariosForPersons(
  tx: Queryable,
  persoonIds: readonly string[],
  casusId: string | null,
  actor: TijdlijnActor,
  aanleiding: ScenarioAanleiding,
  now: Date = new Date(),
): Promise<number> {
  return activate(tx, await activeScenariosTouchedByPersons(tx, persoonIds, casusId, now), actor, aanleiding, null, now);
}

/** Records each activation once, puts it on the scenario's casus timeline and alerts the owner with a task due today. */
async function activate(
  tx: Queryable,
  scenarios: readonly GeraaktScenario[],
  actor: TijdlijnActor,
  soort: ScenarioAanleiding,
  meldingId: string | null,
  now: Date,
): Promise<number> {
  let activated = 0;
  for (const s of scenarios) {
    const activeringId = await insertActivering(tx, { scenarioId: s.id, aanleiding: soort, meldingId, doorOrganisatieId: actor.organisatieId });
    if (!activeringId) continue;
    activated++;
    await meldActivering(tx, s, activeringId, actor, soort, meldingId, now);
  }
  return activated;
}

/** An activation on the scenario's casus timeline, and a task due today for its owner. */
async function meldActivering(
  tx: Queryable,
  s: GeraaktScenario,
  activeringId: string,
  actor: TijdlijnActor,
  soort: ScenarioAanleiding,
  meldingId: string | null,
  now: Date,
): Promise<void> {
  await recordEvent(tx, s.casusId, actor, {
    soort: 'scenario-geactiveerd',
    gegevens: { scenarioId: s.id, scenarioSoort: s.soort, aanleiding: soort, meldingId, eigenaarOrganisatieId: s.eigenaarOrganisatieId },
  });
  await createTask(tx, actor, {
    soort: SCENARIO_TAAK_SOORT,
    sleutel: `scenario-geactiveerd:${activeringId}`,
    titel: `Scenario in werking (${scenarioLabels.soort[s.soort]}): handel volgens de afspraak`,
    casusId: s.casusId,
    organisatieId: s.eigenaarOrganisatieId,
    gebruikerId: s.eigenaarGebruikerId,
    deadline: scenarioTaakDeadline(now),
  });
}

/**
 * A safety condition of the casus's safety plan was broken (a monitoring check-in with outcome 'geschonden'): the one
 * scenario agreed for that condition is activated — once per (scenario, check-in), only while it is active — with
 * the same timeline event and owner task as activate(). Returns whether it was newly activated.
 */
export async function activateScenarioForBreach(tx: Queryable, scenarioId: string, checkinId: string, actor: TijdlijnActor, now: Date = new Date()): Promise<boolean> {
  const { rows } = await tx.query<{ id: string; casus_id: string; soort: GeraaktScenario['soort']; eigenaar_organisatie_id: string; eigenaar_gebruiker_id: string | null }>(
    'select id, casus_id, soort, eigenaar_organisatie_id, eigenaar_gebruiker_id from scenarios where id = $1 and actief',
    [scenarioId],
  );
  const s = rows[0];
  if (!s) return false;
  const inserted = await tx.query<{ id: string }>(
    `insert into scenario_activeringen (scenario_id, aanleiding, checkin_id, door_organisatie_id)
     values ($1, 'veiligheidsplan-schending', $2, $3) on conflict (scenario_id, checkin_id) where checkin_id is not null do nothing returning id`,
    [s.id, checkinId, actor.organisatieId],
  );
  const activeringId = inserted.rows[0]?.id;
  if (!activeringId) return false;
  const scenario: GeraaktScenario = { id: s.id, casusId: s.casus_id, soort: s.soort, eigenaarOrganisatieId: s.eigenaar_organisatie_id, eigenaarGebruikerId: s.eigenaar_gebruiker_id };
  await meldActivering(tx, scenario, activeringId, actor, 'veiligheidsplan-schending', null, now);
  return true;
}
