import type { Queryable } from '../../platform/db/database';

/**
 * At decision time: a case decided without Veilig Thuis having been reached (no 'bereikt' contact attempt) and
 * without its safety assessment is marked zonder_vt_contact, so the gap is counted (weekends especially).
 * Call inside the deciding transaction; returns the flag as stored.
 */
export async function markeerZonderVtContact(tx: Queryable, zaakId: string): Promise<boolean> {
  const { rows } = await tx.query<{ zonder_vt_contact: boolean }>(
    `update zsm_zaken z
        set zonder_vt_contact = not exists (select 1 from zsm_vt_contacten c where c.zaak_id = z.id and c.bereikt)
                            and not exists (select 1 from zsm_veiligheidsbeoordelingen b where b.zaak_id = z.id),
            updated_at = now()
      where z.id = $1
      returning zonder_vt_contact`,
    [zaakId],
  );
  return rows[0]?.zonder_vt_contact ?? false;
}
