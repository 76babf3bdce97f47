import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { updateTraject } from '../trajecten/trajecten.storage';
import { requireNietAfgesloten, requireSskPartner, requireTraject } from '../trajecten/traject-access';
import { insertBevestiging, listStappen, toPlanStap } from './stappen.storage';
import { controleerVolgorde, nietVerantwoord, volgordeRegelTeksten } from './volgorde-rules';
import { onderzoeksplanVan } from './read-onderzoeksplan';
import type { Bevestigen, Onderzoeksplan } from '../schemas';

/**
 * Confirms the joint research plan. Every violation of the sequencing rules must be covered by an override with a
 * reason; otherwise 400 on `overrides` with each rule's reason, and nothing is saved. The overrides that cover a
 * violation are stored with the confirmation.
 */
export async function bevestigOnderzoeksplan(db: Database, ctx: AccessContext, trajectId: string, invoer: Bevestigen): Promise<Onderzoeksplan> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const traject = await requireTraject(tx, ctx, trajectId, { forUpdate: true });
    requireSskPartner(ctx);
    requireNietAfgesloten(traject);
    if (traject.status === 'bevestigd') throw problems.conflict('Het onderzoeksplan is al bevestigd.', 'al-bevestigd');
    const stappen = (await listStappen(tx, trajectId)).filter((s) => s.status !== 'vervallen');
    if (stappen.length === 0) throw problems.conflict('Het onderzoeksplan heeft nog geen stappen.', 'geen-stappen');
    const schendingen = controleerVolgorde(stappen.map(toPlanStap), traject.geopend_op);
    const open = nietVerantwoord(schendingen, invoer.overrides);
    if (open.length > 0) {
      throw problems.badRequest(
        'Het onderzoeksplan schendt een volgorderegel. Pas het plan aan, of geef per schending een reden om ervan af te wijken.',
        open.map((s) => ({ name: 'overrides', code: s.regel, reason: volgordeRegelTeksten[s.regel] })),
      );
    }
    // Only the overrides that cover a violation now are kept (one for a rule the plan no longer breaks says nothing).
    const overrides = invoer.overrides.filter((o) => nietVerantwoord(schendingen, [o]).length < schendingen.length);
    await insertBevestiging(tx, { trajectId, organisatieId: ctx.organisatie.id, gebruikerId: ctx.gebruiker.id, stappen: stappen.length, overrides });
    await updateTraject(tx, trajectId, { status: 'bevestigd', onderzoeksplan_bevestigd_op: now, onderzoeksplan_bevestigd_door_gebruiker_id: ctx.gebruiker.id });
    const regels = [...new Set(overrides.map((o) => o.regel))];
    if (traject.casus_id) {
      await recordEvent(tx, traject.casus_id, actorOf(ctx), {
        soort: 'ssk-onderzoeksplan-bevestigd',
        gegevens: { trajectId, stappen: stappen.length, overrides: overrides.length, regels },
      });
    }
    const plan = await onderzoeksplanVan(tx, trajectId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'bevestigen',
      objectType: 'ssk-traject',
      objectId: trajectId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: traject.casus_id, stappen: stappen.length, overrides: overrides.length, regels },
    });
    return plan;
  });
}
