import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { recordEvent } from '../../timeline/timeline.storage';
import { findTraject } from '../trajecten/trajecten.storage';
import { sskTaakSleutel } from '../trajecten/traject-access';
import { findVerzoek, registreerUitkomst, toVerzoeken } from './medisch.storage';
import { findStap, updateStap } from '../onderzoeksplan/stappen.storage';
import { requireVerzoek } from './verzoek-access';
import type { MedischeUitkomst, MedischVerzoek } from '../schemas';

/** The medical expert records the outcome of its examination (If-Match): when, what, and whether the injury fits the account given. */
export async function registreerMedischeUitkomst(db: Database, ctx: AccessContext, id: string, versie: number, invoer: MedischeUitkomst): Promise<MedischVerzoek> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const { verzoek, alsExpert } = await requireVerzoek(tx, ctx, id, { forUpdate: true });
    if (!alsExpert) throw problems.forbidden('De uitkomst legt de medisch expert vast aan wie het verzoek is gericht.');
    if (verzoek.versie !== versie) throw problems.versionConflict(verzoek.versie);
    if (verzoek.status !== 'aangevraagd') throw problems.conflict('De uitkomst van dit verzoek is al vastgelegd.', 'al-uitgevoerd');
    const onderzochtOp = new Date(invoer.onderzochtOp);
    if (onderzochtOp.getTime() > now.getTime() + 60_000) throw problems.invalidField('onderzochtOp', 'het onderzoek kan niet in de toekomst liggen', 'in-de-toekomst');
    if (onderzochtOp < verzoek.aangevraagd_op && verzoek.aangevraagd_op.getTime() - onderzochtOp.getTime() > 7 * 24 * 3_600_000) {
      throw problems.invalidField('onderzochtOp', 'het onderzoek ligt meer dan een week vóór het verzoek', 'te-vroeg');
    }
    await registreerUitkomst(tx, id, { onderzochtOp, uitkomst: invoer.uitkomst, letselPastBijVerklaring: invoer.letselPastBijVerklaring });
    const actor = actorOf(ctx);
    await completeTaskByKey(tx, actor, sskTaakSleutel.medisch(id), now);
    const traject = (await findTraject(tx, verzoek.traject_id))!;
    // The examination is the plan's injury step: it is done (the expert cannot open the plan to say so).
    const stap = verzoek.stap_id ? await findStap(tx, traject.id, verzoek.stap_id, { forUpdate: true }) : null;
    if (stap && stap.status === 'gepland') {
      await updateStap(tx, stap.id, {
        soort: stap.soort,
        omschrijving: stap.omschrijving,
        eigenaarOrganisatieId: stap.eigenaar_organisatie_id,
        geplandOp: stap.gepland_op,
        status: 'uitgevoerd',
        uitgevoerdOp: onderzochtOp,
      });
      await completeTaskByKey(tx, actor, sskTaakSleutel.stap(stap.id, stap.versie), now);
      if (traject.casus_id) {
        await recordEvent(tx, traject.casus_id, actor, {
          soort: 'ssk-stap-uitgevoerd',
          gegevens: { trajectId: traject.id, stapId: stap.id, stapSoort: stap.soort, eigenaarOrganisatieId: stap.eigenaar_organisatie_id },
        });
      }
    }
    const urenNaVerzoek = Math.max(0, Math.round((onderzochtOp.getTime() - verzoek.aangevraagd_op.getTime()) / 3_600_000));
    if (traject.casus_id) {
      await recordEvent(tx, traject.casus_id, actor, {
        soort: 'ssk-medisch-uitkomst',
        gegevens: { trajectId: traject.id, verzoekId: id, letselPastBijVerklaring: invoer.letselPastBijVerklaring, urenNaVerzoek },
      });
    }
    const [item] = await toVerzoeken(tx, [(await findVerzoek(tx, id))!]);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'ssk-medisch-verzoek',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { handeling: 'uitkomst', urenNaVerzoek, stapUitgevoerd: stap?.status === 'gepland' },
    });
    return item!;
  });
}
