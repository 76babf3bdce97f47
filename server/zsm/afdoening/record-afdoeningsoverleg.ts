import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import type { OrganisatieSoort } from '../../organisations/schemas';
import { recordEvent } from '../../timeline/timeline.storage';
import { actorOf } from '../../cases/melding-link';
import { requireZsmZaak } from '../zaken/zsm-access';
import { listActiveChecklist } from './checklist.storage';
import { checklistSnapshot } from './afdoeningsoverleg-rules';
import { afdoeningsoverlegOpVanZaak, findAfdoeningsoverleg, saveAfdoeningsoverleg, setAfdoeningsoverlegOp } from './afdoening.storage';
import type { Afdoeningsoverleg, AfdoeningsoverlegInvoer } from './schemas';

/** The police (the KPC plans it) and the OM record the afdoeningsoverleg. */
export const AFDOENINGSOVERLEG_SOORTEN = ['politie', 'openbaar-ministerie'] as const satisfies readonly OrganisatieSoort[];

/**
 * The police or the OM plan and record the afdoeningsoverleg of a ZSM case: when, how Veilig Thuis takes part, the
 * region's checklist ticked off and explained (a snapshot of the texts), and whether it was held. Creating needs no
 * If-Match, changing does. Held once stays held; holding it is a timeline event with the count of ticked points.
 */
export async function recordAfdoeningsoverleg(
  db: Database,
  ctx: AccessContext,
  zaakId: string,
  expectedVersie: number | null,
  invoer: AfdoeningsoverlegInvoer,
): Promise<{ afdoeningsoverleg: Afdoeningsoverleg; aangemaakt: boolean }> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const zaak = await requireZsmZaak(tx, ctx, zaakId, { forUpdate: true });
    if (!(AFDOENINGSOVERLEG_SOORTEN as readonly OrganisatieSoort[]).includes(ctx.organisatie.soort)) {
      throw problems.forbidden('Het afdoeningsoverleg wordt vastgelegd door de politie of het OM.');
    }
    const bestaand = await findAfdoeningsoverleg(tx, zaakId, { forUpdate: true });
    if (bestaand) {
      if (expectedVersie === null) throw problems.preconditionRequired();
      if (bestaand.versie !== expectedVersie) throw problems.versionConflict(bestaand.versie);
      if (bestaand.gehouden && !invoer.gehouden) {
        throw problems.conflict('Het afdoeningsoverleg is al gehouden; dat blijft zo.', 'afdoeningsoverleg-gehouden');
      }
    }
    const snapshot = checklistSnapshot(bestaand?.checklist ?? [], await listActiveChecklist(tx, zaak.regioId), invoer.checklist);
    if ('fouten' in snapshot) throw problems.badRequest('De checklist noemt aandachtspunten die niet bij dit overleg horen of dubbel voorkomen.', snapshot.fouten);

    // Without geplandOp the time stays: the one recorded earlier, or the one planned on the case itself.
    const geplandOp =
      invoer.geplandOp === undefined
        ? (bestaand ? bestaand.geplandOp : await afdoeningsoverlegOpVanZaak(tx, zaakId))
        : invoer.geplandOp === null
          ? null
          : new Date(invoer.geplandOp).toISOString();
    const nuGehouden = invoer.gehouden && !bestaand?.gehouden;
    const gehoudenOp = bestaand?.gehoudenOp ?? (invoer.gehouden ? now.toISOString() : null);
    await saveAfdoeningsoverleg(tx, { zaakId, geplandOp, vtDeelname: invoer.vtDeelname, checklist: snapshot.checklist, gehoudenOp }, now);
    await setAfdoeningsoverlegOp(tx, zaakId, geplandOp ?? gehoudenOp);
    const afgevinkt = snapshot.checklist.filter((p) => p.afgevinkt).length;
    if (nuGehouden) {
      await recordEvent(tx, zaak.casusId, actorOf(ctx), {
        soort: 'zsm-afdoeningsoverleg',
        gegevens: { zaakId, vtDeelname: invoer.vtDeelname, afgevinkt, punten: snapshot.checklist.length },
      });
    }
    const afdoeningsoverleg = (await findAfdoeningsoverleg(tx, zaakId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: bestaand ? 'wijzigen' : 'aanmaken',
      objectType: 'zsm-afdoeningsoverleg',
      objectId: zaakId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { zaakId, casusId: zaak.casusId, gehouden: afdoeningsoverleg.gehouden, afgevinkt, punten: snapshot.checklist.length },
    });
    return { afdoeningsoverleg, aangemaakt: !bestaand };
  });
}
