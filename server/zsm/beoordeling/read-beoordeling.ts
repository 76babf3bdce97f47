import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireZsmZaak } from '../zaken/zsm-access';
import { findBeoordeling, listAdviezen } from './beoordeling.storage';
import type { Veiligheidsbeoordeling, ZsmAdvies } from './schemas';

/** The Veilig Thuis safety assessment of a ZSM case (null while there is none), for whoever sees the case. */
export async function readVeiligheidsbeoordeling(db: Database, ctx: AccessContext, zaakId: string): Promise<Veiligheidsbeoordeling | null> {
  return db.transaction(async (tx) => {
    const zaak = await requireZsmZaak(tx, ctx, zaakId);
    const gevonden = await findBeoordeling(tx, zaakId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'zsm-veiligheidsbeoordeling',
      objectId: gevonden?.id ?? null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { zaakId, casusId: zaak.casusId, aanwezig: gevonden !== null },
    });
    if (!gevonden) return null;
    const { id: _id, ...beoordeling } = gevonden;
    return beoordeling;
  });
}

/** The 3RO advice and RvdK involvement on a ZSM case, oldest first, for whoever sees the case. */
export async function readAdviezen(db: Database, ctx: AccessContext, zaakId: string): Promise<ZsmAdvies[]> {
  return db.transaction(async (tx) => {
    const zaak = await requireZsmZaak(tx, ctx, zaakId);
    const adviezen = await listAdviezen(tx, zaakId);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'zsm-advies',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { zaakId, casusId: zaak.casusId, aantal: adviezen.length },
    });
    return adviezen;
  });
}
