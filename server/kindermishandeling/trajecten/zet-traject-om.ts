import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { actorOf } from '../../cases/melding-link';
import { openCasusIn } from '../../cases/open-casus';
import { joinCasus } from '../../sharing/join-casus';
import { recordEvent } from '../../timeline/timeline.storage';
import { openTrajectVanCasus, updateTraject } from './trajecten.storage';
import { requireSskPartner, wijzigTraject } from './traject-access';
import { SSK_DOEL } from './open-traject';
import type { Omzetten, Traject } from '../schemas';

async function sskGrondslagId(tx: Parameters<typeof openCasusIn>[0]): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(`select id from grondslagen where code = 'SSK'`);
  return rows[0]!.id;
}

/**
 * An anonymous consultation becomes a named casus: an existing casus the caller's organisation takes part in, or a new
 * one opened through the casus domain (with its persons). The consulted organisations join the casus on grondslag
 * 'SSK'; the consultation text stays on the track; the casus timeline records the original consultation time.
 */
export async function zetTrajectOm(db: Database, ctx: AccessContext, id: string, versie: number, invoer: Omzetten): Promise<Traject> {
  return wijzigTraject(db, ctx, id, versie, 'omzetten', async (tx, traject, now) => {
    requireSskPartner(ctx);
    if (traject.casus_id) throw problems.conflict('Dit traject hoort al bij een casus.', 'al-omgezet');
    const nieuw = invoer.personen !== undefined || invoer.doel !== undefined;
    if (invoer.casusId && nieuw) throw problems.invalidField('casusId', 'kies een bestaande casus óf personen en doel voor een nieuwe casus, niet beide', 'beide');
    let casusId: string;
    if (invoer.casusId) {
      const toegang = await requireCasusAccess(tx, ctx, invoer.casusId, { forUpdate: true }).catch(() => {
        throw problems.invalidField('casusId', 'kies een casus waaraan uw organisatie deelneemt', 'onbekende-casus');
      });
      if (toegang.status !== 'open') throw problems.invalidField('casusId', 'de casus is gesloten', 'casus-gesloten');
      if (await openTrajectVanCasus(tx, invoer.casusId)) {
        throw problems.invalidField('casusId', 'deze casus heeft al een lopend traject strafbare kindermishandeling', 'traject-bestaat');
      }
      casusId = invoer.casusId;
    } else if (nieuw) {
      if (!invoer.doel) throw problems.invalidField('doel', 'beschrijf waarom uw organisatie deelneemt aan de nieuwe casus', 'verplicht');
      const casus = await openCasusIn(tx, ctx, { personen: invoer.personen ?? [], doel: invoer.doel, grondslagId: await sskGrondslagId(tx) });
      casusId = casus.id;
    } else {
      throw problems.invalidField('casusId', 'kies een bestaande casus, of geef personen en doel voor een nieuwe casus', 'verplicht');
    }
    const { rows } = await tx.query<{ organisatie_id: string }>('select organisatie_id from ssk_traject_organisaties where traject_id = $1', [id]);
    const actor = actorOf(ctx);
    await joinCasus(tx, actor, casusId, rows.map((r) => r.organisatie_id), { grondslagCode: 'SSK', doel: SSK_DOEL });
    await updateTraject(tx, id, { casus_id: casusId, omgezet_op: now });
    // The track's tasks move onto the casus, except a medical expert's (it never sees the casus).
    await tx.query(
      `update taken t set casus_id = $2
        where t.casus_id is null
          and (t.sleutel like $1 or t.sleutel like any (select 'ssk-stap:' || s.id || ':%' from ssk_onderzoeksstappen s where s.traject_id = $3))
          and not exists (select 1 from organisaties o where o.id = t.organisatie_id and o.soort = 'medisch-expert')`,
      [`ssk-triage:${id}:%`, casusId, id],
    );
    await recordEvent(tx, casusId, actor, {
      soort: 'ssk-omgezet',
      gegevens: { trajectId: id, consultatieOp: traject.geopend_op.toISOString(), organisaties: rows.length },
    });
    return { nieuweCasus: !invoer.casusId };
  });
}
