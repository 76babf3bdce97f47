import type { Queryable } from '../../platform/db/database';
import type { OrganisatieSoort } from '../../organisations/schemas';
import type { LidSoort, Reeks, ReeksInvoer, ReeksLid, ReeksWijzigen } from './schemas';

/** The series of the Actieoverleg per region and its members. */

interface ReeksRow {
  id: string;
  regio_id: string;
  regio_naam: string;
  weekdag: number;
  begintijd: string;
  duur_minuten: number;
  locatie: string;
  versie: number;
}

interface LidRow {
  id: string;
  reeks_id: string;
  organisatie_id: string;
  organisatie_naam: string;
  organisatie_soort: OrganisatieSoort;
  soort: LidSoort;
  vertegenwoordiger_id: string | null;
  vertegenwoordiger_naam: string | null;
  mandaat: string;
  van: Date;
  tot: Date | null;
}

const SELECT_REEKS = `select r.id, r.regio_id, g.naam as regio_naam, r.weekdag, to_char(r.begintijd, 'HH24:MI') as begintijd,
                             r.duur_minuten, r.locatie, r.versie
                        from actieoverleg_reeksen r join regios g on g.id = r.regio_id`;

const SELECT_LID = `select l.id, l.reeks_id, l.organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort, l.soort,
                           l.vertegenwoordiger_gebruiker_id as vertegenwoordiger_id, u.naam as vertegenwoordiger_naam, l.mandaat, l.van, l.tot
                      from actieoverleg_leden l
                      join organisaties o on o.id = l.organisatie_id
                      left join gebruikers u on u.id = l.vertegenwoordiger_gebruiker_id`;

const toLid = (r: LidRow): ReeksLid => ({
  id: r.id,
  organisatie: { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.organisatie_soort },
  soort: r.soort,
  vertegenwoordiger: r.vertegenwoordiger_id ? { id: r.vertegenwoordiger_id, naam: r.vertegenwoordiger_naam ?? '' } : null,
  mandaat: r.mandaat,
  van: new Date(r.van).toISOString(),
  tot: r.tot ? new Date(r.tot).toISOString() : null,
});

/** The active members of series, fixed members first. */
export async function activeMembers(tx: Queryable, reeksIds: readonly string[]): Promise<Map<string, ReeksLid[]>> {
  const { rows } = await tx.query<LidRow>(
    `${SELECT_LID} where l.reeks_id = any ($1::uuid[]) and l.tot is null order by l.soort = 'vast' desc, o.naam, l.id`,
    [[...reeksIds]],
  );
  const result = new Map<string, ReeksLid[]>(reeksIds.map((id) => [id, []]));
  for (const r of rows) result.get(r.reeks_id)?.push(toLid(r));
  return result;
}

async function withMembers(tx: Queryable, rows: ReeksRow[]): Promise<Reeks[]> {
  const leden = await activeMembers(tx, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    regio: { id: r.regio_id, naam: r.regio_naam },
    weekdag: r.weekdag,
    begintijd: r.begintijd,
    duurMinuten: r.duur_minuten,
    locatie: r.locatie,
    leden: leden.get(r.id) ?? [],
    versie: r.versie,
  }));
}

export async function findReeks(tx: Queryable, id: string): Promise<Reeks | null> {
  const { rows } = await tx.query<ReeksRow>(`${SELECT_REEKS} where r.id = $1`, [id]);
  return rows[0] ? (await withMembers(tx, rows))[0]! : null;
}

/** The series the organisation sees: its region's when it chairs there, and those it is an active member of. */
export async function listReeksenFor(tx: Queryable, organisatieId: string, regioId: string, voorzitter: boolean): Promise<Reeks[]> {
  const { rows } = await tx.query<ReeksRow>(
    `${SELECT_REEKS}
      where ($3::boolean and r.regio_id = $2)
         or exists (select 1 from actieoverleg_leden l where l.reeks_id = r.id and l.organisatie_id = $1 and l.tot is null)
      order by g.naam, r.id`,
    [organisatieId, regioId, voorzitter],
  );
  return withMembers(tx, rows);
}

export async function reeksIdOfRegion(tx: Queryable, regioId: string): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>('select id from actieoverleg_reeksen where regio_id = $1', [regioId]);
  return rows[0]?.id ?? null;
}

/** Creates the region's series; null when it already has one. */
export async function insertReeks(tx: Queryable, regioId: string, input: ReeksInvoer): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into actieoverleg_reeksen (regio_id, weekdag, begintijd, duur_minuten, locatie) values ($1, $2, $3::time, $4, $5)
     on conflict (regio_id) do nothing returning id`,
    [regioId, input.weekdag, input.begintijd, input.duurMinuten, input.locatie],
  );
  return rows[0]?.id ?? null;
}

export async function updateReeks(tx: Queryable, id: string, input: ReeksWijzigen): Promise<void> {
  await tx.query(
    `update actieoverleg_reeksen
        set weekdag = coalesce($2, weekdag), begintijd = coalesce($3::time, begintijd), duur_minuten = coalesce($4, duur_minuten),
            locatie = coalesce($5, locatie), versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, input.weekdag ?? null, input.begintijd ?? null, input.duurMinuten ?? null, input.locatie ?? null],
  );
}

export async function bumpReeks(tx: Queryable, id: string): Promise<void> {
  await tx.query('update actieoverleg_reeksen set versie = versie + 1, updated_at = now() where id = $1', [id]);
}

/** Adds a member; null when the organisation is already an active member. */
export async function insertLid(
  tx: Queryable,
  input: { reeksId: string; organisatieId: string; soort: LidSoort; vertegenwoordigerGebruikerId: string | null; mandaat: string },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into actieoverleg_leden (reeks_id, organisatie_id, soort, vertegenwoordiger_gebruiker_id, mandaat)
     values ($1, $2, $3, $4, $5)
     on conflict (reeks_id, organisatie_id) where tot is null do nothing returning id`,
    [input.reeksId, input.organisatieId, input.soort, input.vertegenwoordigerGebruikerId, input.mandaat],
  );
  return rows[0]?.id ?? null;
}

/** Ends an active membership; false when there is none with this id in the series. */
export async function endLid(tx: Queryable, reeksId: string, lidId: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>(
    'update actieoverleg_leden set tot = now() where id = $1 and reeks_id = $2 and tot is null returning id',
    [lidId, reeksId],
  );
  return rows.length > 0;
}

/** The active on-call member organisation ids of a series. */
export async function onCallMemberOrganisationIds(tx: Queryable, reeksId: string): Promise<string[]> {
  const { rows } = await tx.query<{ organisatie_id: string }>(
    `select organisatie_id from actieoverleg_leden where reeks_id = $1 and soort = 'op-afroep' and tot is null`,
    [reeksId],
  );
  return rows.map((r) => r.organisatie_id);
}

/** The series' pattern, for the calendar. */
export async function reeksPatroon(tx: Queryable, id: string): Promise<{ weekdag: number; begintijd: string; duurMinuten: number; locatie: string; regioNaam: string; versie: number } | null> {
  const { rows } = await tx.query<ReeksRow>(`${SELECT_REEKS} where r.id = $1`, [id]);
  const r = rows[0];
  return r ? { weekdag: r.weekdag, begintijd: r.begintijd, duurMinuten: r.duur_minuten, locatie: r.locatie, regioNaam: r.regio_naam, versie: r.versie } : null;
}

/** An active organisation's kind and region, or null when it does not exist or is not active. */
export async function findActiveOrganisation(tx: Queryable, id: string): Promise<{ soort: OrganisatieSoort; regioId: string } | null> {
  const { rows } = await tx.query<{ soort: OrganisatieSoort; regio_id: string }>('select soort, regio_id from organisaties where id = $1 and actief', [id]);
  return rows[0] ? { soort: rows[0].soort, regioId: rows[0].regio_id } : null;
}
