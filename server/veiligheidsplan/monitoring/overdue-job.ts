import type { Queryable } from '../../platform/db/database';
import { createTask } from '../../tasks/tasks.storage';
import { amsterdamDate } from '../../actieoverleg/afspraken/afspraak-rules';
import { voorwaarden } from '../plan/plan-elementen';
import { parseInhoud } from '../plan/plan.storage';
import { verlopenCheckins } from './checkins.storage';

export const CONTROLE_VERLOPEN_TAAK_SOORT = 'veiligheidsplan-controle-verlopen';
const SYSTEEM = { gebruikerId: null, organisatieId: null };
const DAY = 86_400_000;

/**
 * The hourly job 'veiligheidsplan-controles-verlopen': a planned check-in whose date (Dutch local date) has passed
 * without an outcome puts a task in the regie holder's inbox, once per check-in. Returns how many were reported.
 */
export async function reportOverdueCheckins(tx: Queryable, now: Date): Promise<number> {
  let gemeld = 0;
  for (const c of await verlopenCheckins(tx, amsterdamDate(now), CONTROLE_VERLOPEN_TAAK_SOORT)) {
    if (!voorwaarden(parseInhoud(c.inhoud)).some((v) => v.voorwaarde.id === c.voorwaardeId)) continue;
    const taak = await createTask(tx, SYSTEEM, {
      soort: CONTROLE_VERLOPEN_TAAK_SOORT,
      sleutel: `${CONTROLE_VERLOPEN_TAAK_SOORT}:${c.id}`,
      titel: 'Controle van een veiligheidsvoorwaarde is niet uitgevoerd: zorg dat hij gebeurt',
      casusId: c.casusId,
      onderwerp: { soort: 'veiligheidsplan', id: c.casusId },
      organisatieId: c.regieOrganisatieId,
      gebruikerId: c.regieGebruikerId,
      deadline: new Date(now.getTime() + DAY),
    });
    if (taak.created) gemeld++;
  }
  return gemeld;
}
