import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { createTask } from '../../tasks/tasks.storage';
import { recordEvent } from '../../timeline/timeline.storage';
import { organisatie } from '../trajecten/trajecten.storage';
import { requireNietAfgesloten, requireSskPartner, requireTraject, sskTaakSleutel } from '../trajecten/traject-access';
import { findStap } from '../onderzoeksplan/stappen.storage';
import { findVerzoek, insertVerzoek, toVerzoeken } from './medisch.storage';
import type { MedischVerzoek, MedischVerzoekInvoer } from '../schemas';

/** Injury fades: the expert is asked to examine within 24 hours. */
export const LETSELONDERZOEK_UREN = 24;

/**
 * Asks a medical expert for a forensic injury assessment: FMEK or LECK (a 'medisch-expert' organisation of the region),
 * or the vertrouwensarts of a Veilig Thuis organisation of the region. The child is a person of the casus (none on an
 * anonymous consultation). The expert organisation gets a task that does not name the casus.
 */
export async function createVerzoek(db: Database, ctx: AccessContext, trajectId: string, invoer: MedischVerzoekInvoer): Promise<MedischVerzoek> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const traject = await requireTraject(tx, ctx, trajectId, { forUpdate: true });
    requireSskPartner(ctx);
    requireNietAfgesloten(traject);
    const expert = await organisatie(tx, invoer.expertOrganisatieId);
    const soort = invoer.expert === 'vertrouwensarts' ? 'veilig-thuis' : 'medisch-expert';
    if (!expert || expert.regio_id !== traject.regio_id || expert.soort !== soort) {
      throw problems.invalidField(
        'expertOrganisatieId',
        invoer.expert === 'vertrouwensarts' ? 'kies een Veilig Thuis-organisatie van de regio (de vertrouwensarts)' : 'kies een medisch-expertorganisatie (FMEK of LECK) van de regio',
        'geen-expert',
      );
    }
    if (invoer.persoonId) {
      if (!traject.casus_id) throw problems.invalidField('persoonId', 'een anonieme consultatie legt geen personen vast', 'anoniem');
      const { rows } = await tx.query('select 1 from casus_personen where casus_id = $1 and persoon_id = $2', [traject.casus_id, invoer.persoonId]);
      if (rows.length === 0) throw problems.invalidField('persoonId', 'kies een persoon van de casus', 'geen-persoon-van-casus');
    }
    if (invoer.stapId) {
      const stap = await findStap(tx, trajectId, invoer.stapId);
      if (!stap || stap.soort !== 'medisch-letselonderzoek') {
        throw problems.invalidField('stapId', 'kies een stap medisch letselonderzoek van dit onderzoeksplan', 'geen-letselstap');
      }
    }
    const id = await insertVerzoek(tx, {
      trajectId,
      stapId: invoer.stapId,
      expert: invoer.expert,
      expertOrganisatieId: expert.id,
      persoonId: invoer.persoonId,
      vraag: invoer.vraag,
      organisatieId: ctx.organisatie.id,
      gebruikerId: ctx.gebruiker.id,
    });
    const actor = actorOf(ctx);
    await createTask(tx, actor, {
      soort: 'ssk-medisch-verzoek',
      sleutel: sskTaakSleutel.medisch(id),
      titel: 'Verzoek forensisch medisch letselonderzoek',
      casusId: null,
      organisatieId: expert.id,
      deadline: new Date(now.getTime() + LETSELONDERZOEK_UREN * 3_600_000),
      onderwerp: { soort: 'medisch-verzoek', id },
    });
    if (traject.casus_id) {
      await recordEvent(tx, traject.casus_id, actor, {
        soort: 'ssk-medisch-verzoek',
        gegevens: { trajectId, verzoekId: id, expert: invoer.expert, expertOrganisatieId: expert.id },
      });
    }
    const [verzoek] = await toVerzoeken(tx, [(await findVerzoek(tx, id))!]);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'ssk-medisch-verzoek',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { trajectId, casusId: traject.casus_id, expert: invoer.expert, expertOrganisatieId: expert.id, persoonId: invoer.persoonId },
    });
    return verzoek!;
  });
}
