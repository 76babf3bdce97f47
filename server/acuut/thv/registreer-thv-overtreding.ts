import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { wijzigThv } from './thv-access';
import { insertOvertreding, meldingInCasus, updateThv } from './thv.storage';
import type { Thv, ThvOvertredingInvoer } from './schemas';

/**
 * The police or Veilig Thuis record a violation of a running ban, optionally with the melding about it (of the same
 * casus). The description stays with the violation; the timeline only says that there was one.
 */
export async function registreerThvOvertreding(db: Database, ctx: AccessContext, id: string, versie: number, invoer: ThvOvertredingInvoer): Promise<Thv> {
  return wijzigThv(
    db, ctx, id, versie, 'overtreding',
    async (tx, thv, now) => {
      const op = new Date(invoer.op);
      if (op.getTime() > now.getTime() + 60_000) throw problems.invalidField('op', 'een overtreding kan niet in de toekomst liggen', 'in-de-toekomst');
      if (op.getTime() < thv.opgelegd_op!.getTime()) throw problems.invalidField('op', 'de overtreding ligt vóór het opleggen van het huisverbod', 'voor-opleggen');
      if (invoer.meldingId && !(await meldingInCasus(tx, thv.casus_id, invoer.meldingId))) {
        throw problems.invalidField('meldingId', 'deze melding hoort niet bij de casus', 'onbekende-melding');
      }
      const overtredingId = await insertOvertreding(tx, { thvId: id, op, omschrijving: invoer.omschrijving, meldingId: invoer.meldingId ?? null, organisatieId: ctx.organisatie.id });
      // A violation does not change the ban itself, but it is a change to the resource: its version goes up.
      await updateThv(tx, id, {});
      await recordEvent(tx, thv.casus_id, actorOf(ctx), { soort: 'thv-overtreding', gegevens: { thvId: id, overtredingId } }, { op });
      return { overtredingId, meldingId: invoer.meldingId ?? null };
    },
    ['politie', 'veilig-thuis'],
  );
}
