import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { updateTraject } from './trajecten.storage';
import { wijzigTraject } from './traject-access';
import { rondTriageAf } from './triage-taken';
import type { Traject, Triage } from '../schemas';

/**
 * The OM or the police bureaudienst triages the track: is direct action needed (and why). A track in triage moves on to
 * its research plan; the triage tasks of the other organisations lapse. A later triage overwrites the earlier one.
 */
export async function triageTraject(db: Database, ctx: AccessContext, id: string, versie: number, invoer: Triage): Promise<Traject> {
  return wijzigTraject(db, ctx, id, versie, 'triage', async (tx, traject, now) => {
    if (ctx.organisatie.soort !== 'openbaar-ministerie' && ctx.organisatie.soort !== 'politie') {
      throw problems.forbidden('De triage doet het OM of de bureaudienst van de politie.');
    }
    await updateTraject(tx, id, {
      triage_organisatie_id: ctx.organisatie.id,
      triage_op: now,
      direct_actie_nodig: invoer.directActieNodig,
      triage_toelichting: invoer.toelichting,
      ...(traject.status === 'triage' ? { status: 'onderzoeksplan' } : {}),
    });
    const { rows } = await tx.query<{ organisatie_id: string }>('select organisatie_id from ssk_traject_organisaties where traject_id = $1', [id]);
    await rondTriageAf(tx, actorOf(ctx), id, rows.map((r) => r.organisatie_id), ctx.organisatie.id, now);
    if (traject.casus_id) {
      await recordEvent(tx, traject.casus_id, actorOf(ctx), {
        soort: 'ssk-triage',
        gegevens: { trajectId: id, organisatieId: ctx.organisatie.id, directActieNodig: invoer.directActieNodig },
      });
    }
    return { directActieNodig: invoer.directActieNodig };
  });
}
