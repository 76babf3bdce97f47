import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { blokkenVan } from '../bereikbaarheid/bereikbaarheid.storage';
import { wieNuBereikbaar } from '../bereikbaarheid/bereikbaarheid-rules';
import type { ZsmBord, ZsmBordQuery } from './schemas';
import { isZsmPartner, kijkerOf, zsmZichtbaarVoor } from './zsm-access';
import { listZaakRijen, organisationsOfRegion } from './zsm-zaken.storage';
import { zaakView } from './zaak-view';

/**
 * The board (verdachtenmonitor HG): the region's cases the caller may see (the one visibility rule), soonest deadline
 * first, each with its countdown and where VT, 3RO, RvdK and the OM stand; plus whom of Veilig Thuis to reach now.
 * Organisations that see no case get an empty board. An audited read (the count only).
 */
export async function readBord(db: Database, ctx: AccessContext, query: ZsmBordQuery, now: Date = new Date()): Promise<ZsmBord> {
  requirePermission(ctx, 'casussen.werken');
  const kijker = kijkerOf(ctx);
  return db.transaction(async (tx) => {
    const vtFilter = kijker.soort === 'veilig-thuis' ? kijker.organisatieId : null;
    const kanZien = vtFilter !== null || isZsmPartner(kijker.soort);
    const rijen = (kanZien ? await listZaakRijen(tx, ctx.organisatie.regioId, query.status, vtFilter) : []).filter((r) =>
      zsmZichtbaarVoor({ regioId: r.regio_id, huiselijkGeweld: r.huiselijk_geweld, vtOrganisatieId: r.vt_organisatie_id }, kijker),
    );
    const vts = kanZien ? await organisationsOfRegion(tx, ctx.organisatie.regioId, 'veilig-thuis') : [];
    const blokken = await blokkenVan(tx, vts.map((o) => o.id));
    const zaken = rijen.map((r) => zaakView(r, now, blokken));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'zsm-zaak',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { aantal: zaken.length, status: query.status },
    });
    return { zaken, vtNuBereikbaar: vts.map((o) => ({ organisatie: o, nu: wieNuBereikbaar(blokken.get(o.id) ?? [], now) })) };
  });
}
