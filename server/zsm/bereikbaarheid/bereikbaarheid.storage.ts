import type { Queryable } from '../../platform/db/database';
import type { BereikbaarheidBlok } from './schemas';

/** The weekly blocks of the given VT organisations, in week order, keyed by organisation. */
export async function blokkenVan(tx: Queryable, vtOrganisatieIds: readonly string[]): Promise<Map<string, BereikbaarheidBlok[]>> {
  const result = new Map<string, BereikbaarheidBlok[]>(vtOrganisatieIds.map((id) => [id, []]));
  if (vtOrganisatieIds.length === 0) return result;
  const { rows } = await tx.query<{ vt_organisatie_id: string; weekdag: number; van: string; tot: string; wijze: BereikbaarheidBlok['wijze']; telefoon: string; toelichting: string }>(
    `select vt_organisatie_id, weekdag, to_char(van, 'HH24:MI') as van,
            case when tot = '24:00:00'::time then '24:00' else to_char(tot, 'HH24:MI') end as tot, wijze, telefoon, toelichting
       from zsm_vt_bereikbaarheid where vt_organisatie_id = any ($1::uuid[])
      order by vt_organisatie_id, weekdag, van, tot`,
    [[...new Set(vtOrganisatieIds)]],
  );
  for (const r of rows) {
    result.get(r.vt_organisatie_id)?.push({ weekdag: r.weekdag, van: r.van, tot: r.tot, wijze: r.wijze, telefoon: r.telefoon, toelichting: r.toelichting });
  }
  return result;
}

/** Replaces the whole week of one VT organisation. */
export async function vervangWeek(tx: Queryable, vtOrganisatieId: string, blokken: readonly BereikbaarheidBlok[]): Promise<void> {
  await tx.query('delete from zsm_vt_bereikbaarheid where vt_organisatie_id = $1', [vtOrganisatieId]);
  if (blokken.length === 0) return;
  await tx.query(
    `insert into zsm_vt_bereikbaarheid (vt_organisatie_id, weekdag, van, tot, wijze, telefoon, toelichting)
     select $1, w, v::time, t::time, z, f, o from unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) as x (w, v, t, z, f, o)`,
    [
      vtOrganisatieId,
      blokken.map((b) => b.weekdag),
      blokken.map((b) => b.van),
      blokken.map((b) => b.tot),
      blokken.map((b) => b.wijze),
      blokken.map((b) => b.telefoon),
      blokken.map((b) => b.toelichting),
    ],
  );
}

/** Locks the VT organisation's row so two replacements of its week run one after the other. */
export async function lockVtOrganisatie(tx: Queryable, organisatieId: string): Promise<{ id: string; naam: string; regio_id: string } | null> {
  const { rows } = await tx.query<{ id: string; naam: string; regio_id: string }>(
    `select id, naam, regio_id from organisaties where id = $1 and soort = 'veilig-thuis' and actief for update`,
    [organisatieId],
  );
  return rows[0] ?? null;
}
