import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { recordEvent } from '../../timeline/timeline.storage';
import { requireNietAfgesloten, requireSskPartner, requireTraject, sskTaakSleutel } from '../trajecten/traject-access';
import { findStap, toStap, updateStap } from './stappen.storage';
import { planTerugNaarConcept, requirePassendeEigenaar, taakVoorStap, vervalStapTaak } from './stap-rules';
import type { Onderzoeksstap, StapWijziging } from '../schemas';

/**
 * Changes a step (If-Match): replan it, hand it to another owner, mark it done or cancelled. Any change to the plan
 * itself (kind, owner, time, cancelled, back to planned) puts a confirmed plan back: it must be confirmed again.
 * Marking a step done is carrying out the plan, not changing it.
 */
export async function wijzigStap(db: Database, ctx: AccessContext, trajectId: string, stapId: string, versie: number, w: StapWijziging): Promise<Onderzoeksstap> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const traject = await requireTraject(tx, ctx, trajectId, { forUpdate: true });
    const stap = await findStap(tx, trajectId, stapId, { forUpdate: true });
    if (!stap) throw problems.notFound();
    requireSskPartner(ctx);
    if (stap.versie !== versie) throw problems.versionConflict(stap.versie);
    requireNietAfgesloten(traject);
    if (w.uitgevoerdOp !== undefined && w.status !== 'uitgevoerd') {
      throw problems.invalidField('uitgevoerdOp', 'alleen bij status uitgevoerd', 'alleen-bij-uitgevoerd');
    }
    const soort = w.soort ?? stap.soort;
    const eigenaarId = w.eigenaarOrganisatieId ?? stap.eigenaar_organisatie_id;
    const geplandOp = w.geplandOp ? new Date(w.geplandOp) : stap.gepland_op;
    const status = w.status ?? stap.status;
    const uitgevoerdOp = status === 'uitgevoerd' ? (w.uitgevoerdOp ? new Date(w.uitgevoerdOp) : (stap.uitgevoerd_op ?? now)) : null;
    if (uitgevoerdOp && uitgevoerdOp.getTime() > now.getTime() + 60_000) {
      throw problems.invalidField('uitgevoerdOp', 'een stap kan niet in de toekomst zijn uitgevoerd', 'in-de-toekomst');
    }
    const eigenaarSoort = await requirePassendeEigenaar(tx, traject, soort, eigenaarId);

    const planGewijzigd =
      soort !== stap.soort ||
      eigenaarId !== stap.eigenaar_organisatie_id ||
      geplandOp.getTime() !== stap.gepland_op.getTime() ||
      (status !== stap.status && status !== 'uitgevoerd');
    await updateStap(tx, stapId, { soort, omschrijving: w.omschrijving ?? stap.omschrijving, eigenaarOrganisatieId: eigenaarId, geplandOp, status, uitgevoerdOp });

    const actor = actorOf(ctx);
    if (status === 'uitgevoerd' && stap.status !== 'uitgevoerd') {
      await completeTaskByKey(tx, actor, sskTaakSleutel.stap(stapId, stap.versie), uitgevoerdOp ?? now);
      if (traject.casus_id) {
        await recordEvent(tx, traject.casus_id, actor, {
          soort: 'ssk-stap-uitgevoerd',
          gegevens: { trajectId, stapId, stapSoort: soort, eigenaarOrganisatieId: eigenaarId },
        });
      }
    } else if (status === 'vervallen') {
      await vervalStapTaak(tx, stapId, stap.versie);
    } else if (status === 'gepland' && planGewijzigd) {
      // The task follows the step: the old one lapses, the owner's new one is due at the new time.
      await vervalStapTaak(tx, stapId, stap.versie);
      await taakVoorStap(tx, actor, traject, { id: stapId, versie: stap.versie + 1, soort, eigenaarOrganisatieId: eigenaarId, eigenaarSoort, geplandOp });
    }
    const terug = planGewijzigd ? await planTerugNaarConcept(tx, traject) : false;
    const resultaat = toStap((await findStap(tx, trajectId, stapId))!);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'ssk-onderzoeksstap',
      objectId: stapId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: {
        trajectId,
        velden: Object.keys(w).filter((k) => w[k as keyof StapWijziging] !== undefined),
        status,
        planOpnieuwBevestigen: terug,
      },
    });
    return resultaat;
  });
}
