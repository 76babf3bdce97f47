import type { Queryable } from '../../platform/db/database';

/**
 * Test support: a meeting series, a meeting and agenda items made with plain SQL, so the tests of the discussion,
 * agreements and scenarios do not depend on the planning endpoints.
 */
export async function makeReeks(db: Queryable, regioId: string, vast: string[], opAfroep: string[] = []): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into actieoverleg_reeksen (regio_id) values ($1)
     on conflict (regio_id) do update set regio_id = excluded.regio_id returning id`,
    [regioId],
  );
  const reeksId = rows[0]!.id;
  for (const [soort, ids] of [['vast', vast], ['op-afroep', opAfroep]] as const) {
    for (const organisatieId of ids) {
      await db.query(
        `insert into actieoverleg_leden (reeks_id, organisatie_id, soort) values ($1, $2, $3)
         on conflict (reeks_id, organisatie_id) where tot is null do nothing`,
        [reeksId, organisatieId, soort],
      );
    }
  }
  return reeksId;
}

export async function makeOverleg(db: Queryable, reeksId: string, begintOp: Date, status: 'gepland' | 'gestart' | 'afgerond' = 'gestart'): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into actieoverleggen (reeks_id, regio_id, begint_op, eindigt_op, status, gestart_op)
     select id, regio_id, $2, $2::timestamptz + interval '3 hours', $3, case when $3 = 'gepland' then null else $2::timestamptz end
       from actieoverleg_reeksen where id = $1
     returning id`,
    [reeksId, begintOp, status],
  );
  return rows[0]!.id;
}

export async function setOverlegStatus(db: Queryable, overlegId: string, status: 'gepland' | 'gestart' | 'afgerond'): Promise<void> {
  await db.query('update actieoverleggen set status = $2 where id = $1', [overlegId, status]);
}

export async function makeAgendapunt(
  db: Queryable,
  input: { overlegId: string; casusId: string; aanmeldingId?: string | null; soort?: 'aanmelding' | 'vervolg'; uitgenodigd?: string[] },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into agendapunten (overleg_id, casus_id, aanmelding_id, soort, volgorde)
     values ($1, $2, $3, $4, (select count(*) + 1 from agendapunten where overleg_id = $1)) returning id`,
    [input.overlegId, input.casusId, input.aanmeldingId ?? null, input.soort ?? (input.aanmeldingId ? 'aanmelding' : 'vervolg')],
  );
  for (const organisatieId of input.uitgenodigd ?? []) {
    await db.query('insert into agendapunt_uitnodigingen (agendapunt_id, organisatie_id) values ($1, $2)', [rows[0]!.id, organisatieId]);
  }
  return rows[0]!.id;
}
