import type { Database, Queryable } from '../../platform/db/database';
import { ApiProblem, problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { recordEvent } from '../../timeline/timeline.storage';
import { createTask } from '../../tasks/tasks.storage';
import { organisationsOfRegion } from '../zaken/zsm-zaken.storage';
import { addWorkingDays } from '../../tasks/deadlines';
import type { JoinActor } from '../../sharing/join-casus';
import { joinAlsZsmPartner } from '../beoordeling/zsm-deelname';
import { requireZsmZaak, type ZsmToegang } from '../zaken/zsm-access';
import { findBeoordeling } from '../beoordeling/beoordeling.storage';
import { beoordeelBeslissing, binnenTermijn, type BeslissingFout } from './beslissing-rules';
import { markeerZonderVtContact } from '../zaken/zonder-vt-contact';
import {
  BESLISSING_LEZEN_TAAK_SOORT,
  beslissingLezenTaakSleutel,
  feedbackPartnersOfCasus,
  findBeslissing,
  insertBeslissing,
  markZaakBeslist,
} from './afdoening.storage';
import type { Beslissing, BeslissingInvoer } from './schemas';

function alsProbleem(fout: BeslissingFout): ApiProblem {
  const invalidParams = [{ name: fout.veld, code: fout.code, reason: fout.reden }];
  if (fout.status === 409) {
    return new ApiProblem(409, 'Informatie van Veilig Thuis ontbreekt', `${fout.veld}: ${fout.reden}`, { code: fout.code, invalidParams });
  }
  return problems.invalidField(fout.veld, fout.reden, fout.code);
}

/**
 * Veilig Thuis always hears the decision of a domestic-violence case: the case's VT organisation, or — when none was
 * assigned — every VT organisation of the region (each of them sees an unassigned case anyway).
 */
async function veiligThuisVoorTerugkoppeling(tx: Queryable, zaak: ZsmToegang): Promise<string[]> {
  if (zaak.vtOrganisatieId) return [zaak.vtOrganisatieId];
  if (!zaak.huiselijkGeweld) return [];
  return (await organisationsOfRegion(tx, zaak.regioId, 'veilig-thuis')).map((o) => o.id);
}

/**
 * The decision reaches Veilig Thuis, reclassering and the Raad at once: a task 'zsm-beslissing-lezen' (due the next
 * working day) for the case's Veilig Thuis organisation and every reclassering/RvdK organisation taking part in the
 * casus, and one 'zsm-terugkoppeling' event naming them. Returns who was told.
 */
async function koppelTerug(tx: Queryable, actor: JoinActor, zaak: ZsmToegang, now: Date): Promise<string[]> {
  const ontvangers = [...new Set([...(await veiligThuisVoorTerugkoppeling(tx, zaak)), ...(await feedbackPartnersOfCasus(tx, zaak.casusId))])];
  if (zaak.vtOrganisatieId) await joinAlsZsmPartner(tx, actor, zaak.casusId, zaak.vtOrganisatieId, 'veilig-thuis');
  for (const organisatieId of ontvangers) {
    await createTask(tx, actor, {
      soort: BESLISSING_LEZEN_TAAK_SOORT,
      sleutel: beslissingLezenTaakSleutel(zaak.zaakId, organisatieId),
      titel: 'Beslissing OM op ZSM lezen',
      casusId: zaak.casusId,
      organisatieId,
      deadline: addWorkingDays(now, 1),
    });
  }
  if (ontvangers.length > 0) {
    await recordEvent(tx, zaak.casusId, actor, { soort: 'zsm-terugkoppeling', gegevens: { zaakId: zaak.zaakId, organisatieIds: ontvangers } });
  }
  return ontvangers;
}

/**
 * The officier van justitie decides on a running ZSM case. Gated on the Veilig Thuis safety assessment (or a recorded
 * reason why the decision cannot wait: otherwise 409 vt-informatie-ontbreekt), a release without conditions after
 * acute unsafety must be confirmed with a reason and is flagged, the time lies between the arrest and now. The case
 * is decided (with whether Veilig Thuis was never reached), the decision is on the timeline with whether it was in
 * time, and in the same transaction it goes back to Veilig Thuis, reclassering and the Raad.
 */
export async function recordBeslissing(db: Database, ctx: AccessContext, zaakId: string, invoer: BeslissingInvoer): Promise<Beslissing> {
  requirePermission(ctx, 'casussen.werken');
  if (!ctx.rollen.includes('officier-van-justitie') || ctx.organisatie.soort !== 'openbaar-ministerie') {
    throw problems.forbidden('Alleen de officier van justitie (OM) neemt de afdoeningsbeslissing.');
  }
  return db.transaction(async (tx) => {
    const now = new Date();
    const zaak = await requireZsmZaak(tx, ctx, zaakId, { forUpdate: true });
    if (zaak.status !== 'lopend') throw problems.conflict('Over deze zaak is al beslist.', 'zaak-al-beslist');
    const beoordeling = await findBeoordeling(tx, zaakId);
    const beslistOp = invoer.beslistOp ? new Date(invoer.beslistOp) : now;
    const oordeel = beoordeelBeslissing({
      soort: invoer.soort,
      voorwaarden: invoer.voorwaarden,
      toelichting: invoer.toelichting,
      zonderVtInformatieReden: invoer.zonderVtInformatieReden,
      onveiligeVrijlatingReden: invoer.onveiligeVrijlatingReden,
      beslistOp,
      aangehoudenOp: zaak.aangehoudenOp,
      nu: now,
      beoordeling: beoordeling ? { acuutOnveilig: beoordeling.acuutOnveilig } : null,
      huiselijkGeweld: zaak.huiselijkGeweld,
    });
    if ('fout' in oordeel) throw alsProbleem(oordeel.fout);
    const { uitkomst } = oordeel;

    const id = await insertBeslissing(tx, {
      zaakId,
      soort: invoer.soort,
      voorwaarden: invoer.voorwaarden,
      toelichting: invoer.toelichting,
      ...uitkomst,
      gebruikerId: ctx.gebruiker.id,
      organisatieId: ctx.organisatie.id,
      beslistOp,
    });
    await markZaakBeslist(tx, zaakId);
    // The gap is counted for domestic-violence cases only: Veilig Thuis has no part in the others.
    const zonderContact = zaak.huiselijkGeweld ? await markeerZonderVtContact(tx, zaakId) : false;
    const actor: JoinActor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    const opTijd = binnenTermijn(beslistOp, zaak.beslissenUiterlijk);
    await recordEvent(
      tx,
      zaak.casusId,
      actor,
      {
        soort: 'zsm-beslissing',
        gegevens: {
          zaakId,
          beslissing: invoer.soort,
          voorwaarden: [...invoer.voorwaarden],
          vtInformatieAanwezig: uitkomst.vtInformatieAanwezig,
          onveiligeVrijlating: uitkomst.onveiligeVrijlating,
          binnenTermijn: opTijd,
        },
      },
      { op: beslistOp },
    );
    const ontvangers = await koppelTerug(tx, actor, zaak, now);
    const beslissing = (await findBeslissing(tx, zaakId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'besluiten',
      objectType: 'zsm-beslissing',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: {
        zaakId,
        casusId: zaak.casusId,
        soort: invoer.soort,
        voorwaarden: [...invoer.voorwaarden],
        vtInformatieAanwezig: uitkomst.vtInformatieAanwezig,
        onveiligeVrijlating: uitkomst.onveiligeVrijlating,
        zonderVtContact: zonderContact,
        binnenTermijn: opTijd,
        teruggekoppeldAan: ontvangers,
      },
    });
    return beslissing;
  });
}
