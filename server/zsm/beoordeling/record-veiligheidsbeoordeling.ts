import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { recordEvent } from '../../timeline/timeline.storage';
import { completeTaskByKey } from '../../tasks/tasks.storage';
import { requireZsmZaak } from '../zaken/zsm-access';
import { joinAlsZsmPartner } from './zsm-deelname';
import { veiligheidsbeoordelingTaakSleutel } from '../zaken/zsm-taken';
import { beoordelingInvoerFout, magVeiligheidBeoordelen, minutenNaAanhouding } from './beoordeling-rules';
import { assignVtOrganisatie, findBeoordeling, insertBeoordeling, updateBeoordeling } from './beoordeling.storage';
import type { Veiligheidsbeoordeling, VeiligheidsbeoordelingInvoer } from './schemas';

/**
 * Veilig Thuis records (or updates) its safety assessment of a ZSM case: the case's VT, or — while none is chosen —
 * any VT of the region, which then becomes the case's VT. Creating needs no If-Match; updating does. Veilig Thuis
 * takes part in the casus on grondslag ZSM, its assessment task is done, and the first assessment is a timeline event
 * with the minutes since the arrest (from then on Veilig Thuis counts as reached).
 */
export async function recordVeiligheidsbeoordeling(
  db: Database,
  ctx: AccessContext,
  zaakId: string,
  expectedVersie: number | null,
  invoer: VeiligheidsbeoordelingInvoer,
): Promise<{ beoordeling: Veiligheidsbeoordeling; aangemaakt: boolean }> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const zaak = await requireZsmZaak(tx, ctx, zaakId, { forUpdate: true });
    if (!magVeiligheidBeoordelen(ctx.organisatie.soort, ctx.organisatie.id, zaak.vtOrganisatieId)) {
      throw problems.forbidden('Alleen Veilig Thuis legt de veiligheidsbeoordeling vast.');
    }
    const fout = beoordelingInvoerFout(invoer);
    if (fout) throw problems.invalidField(fout.veld, fout.reden, fout.code);

    const bestaand = await findBeoordeling(tx, zaakId, { forUpdate: true });
    if (bestaand) {
      if (expectedVersie === null) throw problems.preconditionRequired();
      if (bestaand.versie !== expectedVersie) throw problems.versionConflict(bestaand.versie);
    }
    const actor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    if (zaak.vtOrganisatieId === null) await assignVtOrganisatie(tx, zaakId, ctx.organisatie.id);
    await joinAlsZsmPartner(tx, actor, zaak.casusId, ctx.organisatie.id, 'veilig-thuis');

    if (bestaand) {
      await updateBeoordeling(tx, zaakId, ctx.gebruiker.id, invoer, now);
    } else {
      await insertBeoordeling(tx, zaakId, ctx.organisatie.id, ctx.gebruiker.id, invoer, now);
      await recordEvent(tx, zaak.casusId, actor, {
        soort: 'zsm-veiligheidsbeoordeling',
        gegevens: {
          zaakId,
          acuutOnveilig: invoer.acuutOnveilig,
          voorwaardenNodig: invoer.veiligheidsvoorwaardenNodig,
          minutenNaAanhouding: minutenNaAanhouding(zaak.aangehoudenOp, now),
        },
      });
    }
    await completeTaskByKey(tx, actor, veiligheidsbeoordelingTaakSleutel(zaakId), now);
    const beoordeling = (await findBeoordeling(tx, zaakId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: bestaand ? 'wijzigen' : 'aanmaken',
      objectType: 'zsm-veiligheidsbeoordeling',
      objectId: beoordeling.id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: {
        zaakId,
        casusId: zaak.casusId,
        acuutOnveilig: invoer.acuutOnveilig,
        velden: ['acuutOnveilig', 'veiligheidsvoorwaardenNodig', 'geadviseerdeVoorwaarden', 'context', 'overdracht'],
      },
    });
    const { id: _id, ...rest } = beoordeling;
    return { beoordeling: rest, aangemaakt: !bestaand };
  });
}
