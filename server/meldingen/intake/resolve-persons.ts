import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { isValidBsn, normaliseBsn } from '../../persons/bsn';
import { sealBsn } from '../../persons/bsn-secret';
import { normaliseName } from '../../persons/name-normalisation';
import type { IntakePersoon, MeldingRol } from '../schemas';

/** Checks the BSNs of an intake before anything is written: 400 naming `personen[i].bsn`. */
export function normaliseIntakeBsns(personen: readonly IntakePersoon[]): (string | null)[] {
  return personen.map((p, i) => {
    if (p.bsn === undefined) return null;
    const bsn = normaliseBsn(p.bsn);
    if (!bsn || !isValidBsn(bsn)) throw problems.invalidField(`personen[${i}].bsn`, 'geen geldig burgerservicenummer (negen cijfers, elfproef)', 'ongeldig-bsn');
    return bsn;
  });
}

/**
 * Partner systems send persons by data. Each is found by BSN (keyed hash), else by exact normalised name and date
 * of birth among persons without a BSN, else created for the client's organisation (BSN sealed, never in clear).
 */
export async function resolveIntakePersons(
  tx: Queryable,
  secretKey: Buffer,
  organisatieId: string,
  personen: readonly IntakePersoon[],
  bsns: readonly (string | null)[],
): Promise<{ persoonId: string; rol: MeldingRol }[]> {
  const result: { persoonId: string; rol: MeldingRol }[] = [];
  for (const [i, p] of personen.entries()) {
    const bsn = bsns[i] ?? null;
    // The persons domain's sealing and keyed hash, so a person entered by hand and one delivered by a partner system meet.
    const sealed = bsn ? sealBsn(secretKey, bsn) : null;
    const hash = sealed?.hash ?? null;
    const zoeknaam = normaliseName(p.voornamen, p.tussenvoegsel, p.achternaam);
    const { rows } = await tx.query<{ id: string; by_bsn: boolean }>(
      `(select id, true as by_bsn from personen where $1::text is not null and bsn_hash = $1)
       union all
       (select id, false from personen where $3::date is not null and zoeknaam = $2 and geboortedatum = $3 and bsn_hash is null order by created_at limit 2)`,
      [hash, zoeknaam, p.geboortedatum ?? null],
    );
    const byBsn = rows.find((r) => r.by_bsn);
    const byName = rows.filter((r) => !r.by_bsn);
    let persoonId = byBsn?.id ?? (byName.length === 1 ? byName[0]!.id : null);
    if (persoonId && !byBsn && sealed) {
      await tx.query('update personen set bsn_sealed = $2, bsn_hash = $3, versie = versie + 1, updated_at = now() where id = $1 and bsn_hash is null', [
        persoonId,
        sealed.sealed,
        sealed.hash,
      ]);
    }
    if (!persoonId) {
      const inserted = await tx.query<{ id: string }>(
        `insert into personen (voornamen, tussenvoegsel, achternaam, geboortedatum, bsn_sealed, bsn_hash, zoeknaam, aangemaakt_door_organisatie_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (bsn_hash) where bsn_hash is not null do nothing
         returning id`,
        [p.voornamen ?? null, p.tussenvoegsel ?? null, p.achternaam, p.geboortedatum ?? null, sealed?.sealed ?? null, hash, zoeknaam, organisatieId],
      );
      persoonId = inserted.rows[0]?.id ?? (await tx.query<{ id: string }>('select id from personen where bsn_hash = $1', [hash])).rows[0]!.id;
    }
    result.push({ persoonId, rol: p.rol });
  }
  return result;
}
