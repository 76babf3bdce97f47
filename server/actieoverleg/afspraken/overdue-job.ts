import type { Queryable } from '../../platform/db/database';
import { recordEvent } from '../../timeline/timeline.storage';
import { markNewlyOverdue } from './afspraken.storage';

const SYSTEEM = { gebruikerId: null, organisatieId: null };

/**
 * The recurring job 'afspraken-verlopen': every open agreement past its deadline (Dutch local date) is reported on
 * its casus's timeline once, so overdue agreements can be counted. Returns how many were newly overdue.
 */
export async function reportOverdueAgreements(tx: Queryable, now: Date): Promise<number> {
  const verlopen = await markNewlyOverdue(tx, now);
  for (const a of verlopen) {
    await recordEvent(tx, a.casusId, SYSTEEM, {
      soort: 'afspraak-verlopen',
      gegevens: { afspraakId: a.id, eigenaarOrganisatieId: a.eigenaarOrganisatieId, deadline: a.deadline },
    });
  }
  return verlopen.length;
}
