import type { Queryable } from '../platform/db/database';
import type { Organisatie } from '../organisations/schemas';

/**
 * Test fixture: a casus made with plain SQL (persons, participants with a grondslag), so the bevraging and task
 * tests do not depend on the casus endpoints.
 */
export async function makeCasusRows(
  db: Queryable,
  input: { regie: Organisatie; deelnemers?: Organisatie[]; personen: { voornamen: string; achternaam: string; geboortedatum: string }[] },
): Promise<{ casusId: string; nummer: string; persoonIds: string[] }> {
  const grondslag = await db.query<{ id: string }>(
    `insert into grondslagen (code, naam, wettelijke_basis) values ('test-wmo-4.1.1', 'Test', 'Wmo 2015 art. 4.1.1')
     on conflict (code) do update set code = excluded.code returning id`,
  );
  const grondslagId = grondslag.rows[0]!.id;
  const casus = await db.query<{ id: string; nummer: string }>(
    `insert into casussen (nummer, regio_id, regie_organisatie_id, aangemaakt_door_organisatie_id)
     values ('C-TEST-' || lpad(nextval('casus_nummer_seq')::text, 6, '0'), $1, $2, $2) returning id, nummer`,
    [input.regie.regio.id, input.regie.id],
  );
  const casusId = casus.rows[0]!.id;
  for (const org of [input.regie, ...(input.deelnemers ?? [])]) {
    await db.query(`insert into casus_deelnemers (casus_id, organisatie_id, doel, grondslag_id) values ($1, $2, 'Veiligheid van het gezin', $3)`, [
      casusId,
      org.id,
      grondslagId,
    ]);
  }
  const persoonIds: string[] = [];
  for (const p of input.personen) {
    const { rows } = await db.query<{ id: string }>(
      `insert into personen (voornamen, achternaam, geboortedatum, zoeknaam, aangemaakt_door_organisatie_id)
       values ($1, $2, $3, lower($1 || ' ' || $2), $4) returning id`,
      [p.voornamen, p.achternaam, p.geboortedatum, input.regie.id],
    );
    persoonIds.push(rows[0]!.id);
    await db.query(`insert into casus_personen (casus_id, persoon_id, rol) values ($1, $2, 'betrokkene')`, [casusId, rows[0]!.id]);
  }
  return { casusId, nummer: casus.rows[0]!.nummer, persoonIds };
}
