import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import type { VtContact, VtContactInvoer } from './schemas';
import { isZsmPartner, requireZsmZaak } from './zsm-access';
import { bumpZaak, findVtContact, insertVtContact, updateZaakFields, findZaakRij } from './zsm-zaken.storage';
import { joinZsmCasus, wijsVtToe } from './vt-toewijzing';
import { minutenNaAanhouding } from './zaak-rules';
import { vtContactView } from './read-zsm-zaak';

/**
 * An attempt to reach Veilig Thuis for a case, reached or not, recorded by a ZSM partner or by Veilig Thuis itself:
 * the time to contact and the gaps are counted from it. A partner needs the case's VT organisation to be chosen;
 * Veilig Thuis recording its own contact on an unassigned case takes the case (it joins the casus and gets the task).
 */
export async function recordVtContact(db: Database, ctx: AccessContext, zaakId: string, input: VtContactInvoer, now: Date = new Date()): Promise<VtContact> {
  return db.transaction(async (tx) => {
    const zaak = await requireZsmZaak(tx, ctx, zaakId, { forUpdate: true });
    if (zaak.status === 'beslist') throw problems.conflict('Op deze zaak is al beslist; contact met Veilig Thuis voor ZSM wordt niet meer vastgelegd.', 'zaak-beslist');
    const actor = actorOf(ctx);
    let vtOrganisatieId = zaak.vtOrganisatieId;
    if (ctx.organisatie.soort === 'veilig-thuis') {
      if (vtOrganisatieId === null) {
        vtOrganisatieId = ctx.organisatie.id;
        const rij = (await findZaakRij(tx, zaakId))!;
        await updateZaakFields(tx, zaakId, { vtOrganisatieId, afdoeningsoverlegOp: rij.afdoeningsoverleg_op ? new Date(rij.afdoeningsoverleg_op) : null });
        await wijsVtToe(tx, actor, zaak, vtOrganisatieId, now);
      } else {
        await joinZsmCasus(tx, actor, zaak.casusId, [vtOrganisatieId]);
        await bumpZaak(tx, zaakId);
      }
    } else if (isZsmPartner(ctx.organisatie.soort)) {
      if (vtOrganisatieId === null) {
        throw problems.conflict('Kies eerst de Veilig Thuis-organisatie voor deze zaak (PATCH vtOrganisatieId).', 'geen-vt-organisatie');
      }
      await bumpZaak(tx, zaakId);
    } else {
      throw problems.forbidden();
    }
    const id = await insertVtContact(tx, {
      zaakId,
      vtOrganisatieId,
      wijze: input.wijze,
      bereikt: input.bereikt,
      toelichting: input.toelichting,
      gebruikerId: ctx.gebruiker.id,
      organisatieId: ctx.organisatie.id,
      op: now,
    });
    await recordEvent(
      tx,
      zaak.casusId,
      actor,
      { soort: 'zsm-vt-contact', gegevens: { zaakId, wijze: input.wijze, bereikt: input.bereikt, minutenNaAanhouding: minutenNaAanhouding(zaak.aangehoudenOp, now) } },
      { op: now },
    );
    const contact = vtContactView((await findVtContact(tx, id))!, zaak.aangehoudenOp);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'zsm-vt-contact',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { zaakId, casusId: zaak.casusId, wijze: input.wijze, bereikt: input.bereikt },
    });
    return contact;
  });
}
