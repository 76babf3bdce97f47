import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import type { ZsmZaakDetail, ZsmZaakWijzigen } from './schemas';
import { requireZsmZaak } from './zsm-access';
import { findZaakRij, isVtOfRegion, updateZaakFields } from './zsm-zaken.storage';
import { wijsVtToe } from './vt-toewijzing';
import { readZsmZaakIn } from './read-zsm-zaak';

/**
 * Police or OM choose the case's Veilig Thuis organisation (a VT of the region: it takes part in the casus and gets the
 * assessment task) and plan the afdoeningsoverleg. If-Match on the case's version; a decided case no longer changes.
 */
export async function updateZsmZaak(db: Database, ctx: AccessContext, zaakId: string, versie: number, input: ZsmZaakWijzigen, now: Date = new Date()): Promise<ZsmZaakDetail> {
  return db.transaction(async (tx) => {
    const zaak = await requireZsmZaak(tx, ctx, zaakId, { forUpdate: true });
    if (zaak.kijkerSoort !== 'politie' && zaak.kijkerSoort !== 'openbaar-ministerie') {
      throw problems.forbidden('Alleen politie en OM kiezen de Veilig Thuis-organisatie en plannen het afdoeningsoverleg.');
    }
    if (zaak.versie !== versie) throw problems.versionConflict(zaak.versie);
    if (zaak.status === 'beslist') throw problems.conflict('Op deze zaak is al beslist.', 'zaak-beslist');
    const rij = (await findZaakRij(tx, zaakId))!;
    const vtOrganisatieId = input.vtOrganisatieId ?? zaak.vtOrganisatieId;
    if (input.vtOrganisatieId !== undefined && !(await isVtOfRegion(tx, input.vtOrganisatieId, zaak.regioId))) {
      throw problems.invalidField('vtOrganisatieId', 'kies een Veilig Thuis-organisatie van de regio van de zaak', 'geen-vt-van-de-regio');
    }
    const afdoeningsoverlegOp =
      input.afdoeningsoverlegOp === undefined ? (rij.afdoeningsoverleg_op ? new Date(rij.afdoeningsoverleg_op) : null) : input.afdoeningsoverlegOp === null ? null : new Date(input.afdoeningsoverlegOp);
    if (afdoeningsoverlegOp && input.afdoeningsoverlegOp && afdoeningsoverlegOp.getTime() < zaak.aangehoudenOp.getTime()) {
      throw problems.invalidField('afdoeningsoverlegOp', 'het afdoeningsoverleg kan niet vóór de aanhouding liggen', 'voor-aanhouding');
    }
    await updateZaakFields(tx, zaakId, { vtOrganisatieId, afdoeningsoverlegOp });
    const nieuweVt = vtOrganisatieId !== null && vtOrganisatieId !== zaak.vtOrganisatieId;
    if (nieuweVt) await wijsVtToe(tx, actorOf(ctx), zaak, vtOrganisatieId, now);
    const detail = await readZsmZaakIn(tx, ctx, { ...zaak, vtOrganisatieId, versie: zaak.versie + 1 }, now);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'zsm-zaak',
      objectId: zaakId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { velden: Object.keys(input).filter((k) => input[k as keyof ZsmZaakWijzigen] !== undefined), vtOrganisatieId: nieuweVt ? vtOrganisatieId : null },
    });
    return detail;
  });
}
