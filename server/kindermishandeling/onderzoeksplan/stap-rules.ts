import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { OrganisatieSoort } from '../../organisations/schemas';
import type { TijdlijnActor } from '../../timeline/timeline.storage';
import { createTask, lapseTaskByKey } from '../../tasks/tasks.storage';
import { eigenaarPastBijStap } from '../schemas';
import { trajectPartners, updateTraject, type TrajectRow } from '../trajecten/trajecten.storage';
import { sskTaakSleutel } from '../trajecten/traject-access';
import { onderzoeksstapLabels, type OnderzoeksstapSoort } from '../schemas';

/**
 * The owner of a step is a partner of the track, or a medical expert organisation of the region, whose work this kind
 * of step is; anything else is 400 on eigenaarOrganisatieId.
 */
export async function requirePassendeEigenaar(tx: Queryable, traject: TrajectRow, soort: OnderzoeksstapSoort, eigenaarId: string): Promise<OrganisatieSoort> {
  const partners = await trajectPartners(tx, traject);
  const { rows } = await tx.query<{ id: string; soort: OrganisatieSoort }>(
    `select id, soort from organisaties where id = $1 and regio_id = $2 and soort = 'medisch-expert'`,
    [eigenaarId, traject.regio_id],
  );
  const eigenaar = partners.find((p) => p.id === eigenaarId) ?? rows[0];
  if (!eigenaar) throw problems.invalidField('eigenaarOrganisatieId', 'kies een partner van dit traject (of een medisch-expertorganisatie van de regio)', 'geen-partner');
  const eigenaarSoort = eigenaar.soort as OrganisatieSoort;
  if (!eigenaarPastBijStap(soort, eigenaarSoort)) {
    throw problems.invalidField('eigenaarOrganisatieId', `deze organisatie voert geen stap "${onderzoeksstapLabels[soort]}" uit`, 'past-niet-bij-stap');
  }
  return eigenaarSoort;
}

/**
 * The owner's task for its step, due at the planned time, opening the track; a medical expert's task names neither the
 * casus nor the track (it may see neither).
 */
export async function taakVoorStap(
  tx: Queryable,
  actor: TijdlijnActor,
  traject: TrajectRow,
  stap: { id: string; versie: number; soort: OnderzoeksstapSoort; eigenaarOrganisatieId: string; eigenaarSoort: string; geplandOp: Date },
): Promise<void> {
  const expert = stap.eigenaarSoort === 'medisch-expert';
  await createTask(tx, actor, {
    soort: 'ssk-onderzoeksstap',
    sleutel: sskTaakSleutel.stap(stap.id, stap.versie),
    titel: onderzoeksstapLabels[stap.soort],
    casusId: expert ? null : traject.casus_id,
    organisatieId: stap.eigenaarOrganisatieId,
    deadline: stap.geplandOp,
    onderwerp: expert ? null : { soort: 'ssk-traject', id: traject.id },
  });
}

export const vervalStapTaak = (tx: Queryable, stapId: string, versie: number) => lapseTaskByKey(tx, sskTaakSleutel.stap(stapId, versie));

/** A change to a confirmed plan puts it back: it must be confirmed again. */
export async function planTerugNaarConcept(tx: Queryable, traject: TrajectRow): Promise<boolean> {
  if (traject.status !== 'bevestigd') return false;
  await updateTraject(tx, traject.id, { status: 'onderzoeksplan', onderzoeksplan_bevestigd_op: null, onderzoeksplan_bevestigd_door_gebruiker_id: null });
  return true;
}
