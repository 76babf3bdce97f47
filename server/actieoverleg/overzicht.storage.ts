import type { Queryable } from '../platform/db/database';
import type { Overzicht } from './schemas';

/** The region's next meeting that has not ended (planned or running), with its agenda in order. */
export async function nextMeetingOfRegion(tx: Queryable, regioId: string, now: Date): Promise<Overzicht['volgendOverleg']> {
  const { rows } = await tx.query<{ id: string; begint_op: Date; status: 'gepland' | 'gestart' }>(
    `select id, begint_op, status from actieoverleggen
      where regio_id = $1 and status in ('gepland', 'gestart') and eindigt_op > $2
      order by begint_op limit 1`,
    [regioId, now],
  );
  const overleg = rows[0];
  if (!overleg) return null;
  const items = await tx.query<{ id: string; volgorde: number; soort: 'aanmelding' | 'vervolg'; casus_id: string; nummer: string; herhaling: boolean }>(
    `select ap.id, ap.volgorde, ap.soort, c.id as casus_id, c.nummer, (a.herhaling_van_id is not null) as herhaling
       from agendapunten ap
       join casussen c on c.id = ap.casus_id
       left join aanmeldingen a on a.id = ap.aanmelding_id
      where ap.overleg_id = $1 and ap.status <> 'doorgeschoven'
      order by ap.volgorde, ap.id`,
    [overleg.id],
  );
  return {
    id: overleg.id,
    begintOp: overleg.begint_op.toISOString(),
    status: overleg.status,
    agendapunten: items.rows.map((r) => ({ id: r.id, volgorde: r.volgorde, soort: r.soort, casus: { id: r.casus_id, nummer: r.nummer }, herhaling: r.herhaling })),
  };
}

/** Tabled referrals of the region that are on no (non-moved) agenda item yet: the chair still has to plan them. */
export async function countTabledWithoutAgenda(tx: Queryable, regioId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `select count(*)::int as n from aanmeldingen a
      where a.regio_id = $1 and a.status = 'geagendeerd'
        and not exists (select 1 from agendapunten ap where ap.aanmelding_id = a.id and ap.status <> 'doorgeschoven')`,
    [regioId],
  );
  return rows[0]!.n;
}
