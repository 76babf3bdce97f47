import type { Queryable } from '../../platform/db/database';
import type { ZsmChecklistpunt } from './schemas';

/** The region's active attention points for the afdoeningsoverleg, in order. */
export async function listActiveChecklist(tx: Queryable, regioId: string): Promise<ZsmChecklistpunt[]> {
  const { rows } = await tx.query<{ id: string; tekst: string; volgorde: number }>(
    'select id, tekst, volgorde from zsm_checklistpunten where regio_id = $1 and actief order by volgorde, created_at, id',
    [regioId],
  );
  return rows;
}

/** Ids of all points (active or not) of the region. */
export async function checklistIdsOfRegion(tx: Queryable, regioId: string): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>('select id from zsm_checklistpunten where regio_id = $1', [regioId]);
  return new Set(rows.map((r) => r.id));
}

/**
 * Replaces the region's list: listed points keep their id (text and order updated, active again), new points are
 * added, active points not listed lapse (they stay for the afdoeningsoverleggen that used them). The caller has
 * checked that every given id belongs to the region. Serialised per region by a transaction-level advisory lock.
 */
export async function replaceChecklist(tx: Queryable, regioId: string, punten: { id?: string | undefined; tekst: string }[]): Promise<{ toegevoegd: number; vervallen: number }> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('zsm-checklist:' || $1))`, [regioId]);
  const gehouden = punten.flatMap((p) => (p.id ? [p.id] : []));
  const { rows: vervallen } = await tx.query<{ id: string }>(
    'update zsm_checklistpunten set actief = false where regio_id = $1 and actief and not (id = any ($2::uuid[])) returning id',
    [regioId, gehouden],
  );
  let toegevoegd = 0;
  for (const [volgorde, punt] of punten.entries()) {
    if (punt.id) {
      await tx.query('update zsm_checklistpunten set tekst = $3, volgorde = $4, actief = true where id = $1 and regio_id = $2', [punt.id, regioId, punt.tekst, volgorde + 1]);
    } else {
      await tx.query('insert into zsm_checklistpunten (regio_id, tekst, volgorde) values ($1, $2, $3)', [regioId, punt.tekst, volgorde + 1]);
      toegevoegd++;
    }
  }
  return { toegevoegd, vervallen: vervallen.length };
}
