import type { Queryable } from '../../platform/db/database';
import { participatesSql } from '../../cases/casus-access';
import { amsterdamDate, compareAfspraken, isOverdue } from './afspraak-rules';
import type { AfgeslotenStatus, Afspraak, AfspraakSoort, AfspraakStatus, Beoordeling, BeoordelingReden } from './schemas';

/** Agreements and their reviews in plain SQL. Visibility is the caller's check (afspraak-access). */

interface AfspraakRow {
  id: string;
  casus_id: string;
  casus_nummer: string;
  agendapunt_id: string | null;
  overleg_id: string | null;
  overleg_begint_op: Date | null;
  soort: AfspraakSoort;
  wat: string;
  eigenaar_organisatie_id: string;
  eigenaar_organisatie_naam: string;
  eigenaar_gebruiker_id: string | null;
  eigenaar_gebruiker_naam: string | null;
  deadline: string;
  status: AfspraakStatus;
  toelichting: string;
  afgesloten_op: Date | null;
  afgesloten_door_naam: string | null;
  gemaakt_door_organisatie_id: string | null;
  gemaakt_door_organisatie_naam: string | null;
  created_at: Date;
  versie: number;
}

const SELECT_AFSPRAAK = `
  select a.id, a.casus_id, c.nummer as casus_nummer, a.agendapunt_id, ap.overleg_id, ov.begint_op as overleg_begint_op,
         a.soort, a.wat, a.eigenaar_organisatie_id, eo.naam as eigenaar_organisatie_naam,
         a.eigenaar_gebruiker_id, eg.naam as eigenaar_gebruiker_naam, to_char(a.deadline, 'YYYY-MM-DD') as deadline,
         a.status, a.toelichting, a.afgesloten_op, ag.naam as afgesloten_door_naam,
         a.gemaakt_door_organisatie_id, go.naam as gemaakt_door_organisatie_naam, a.created_at, a.versie
    from afspraken a
    join casussen c on c.id = a.casus_id
    join organisaties eo on eo.id = a.eigenaar_organisatie_id
    left join gebruikers eg on eg.id = a.eigenaar_gebruiker_id
    left join gebruikers ag on ag.id = a.afgesloten_door_gebruiker_id
    left join organisaties go on go.id = a.gemaakt_door_organisatie_id
    left join agendapunten ap on ap.id = a.agendapunt_id
    left join actieoverleggen ov on ov.id = ap.overleg_id`;

function toAfspraak(r: AfspraakRow, beoordelingen: Beoordeling[], now: Date): Afspraak {
  return {
    id: r.id,
    casus: { id: r.casus_id, nummer: r.casus_nummer },
    agendapuntId: r.agendapunt_id,
    overleg: r.overleg_id && r.overleg_begint_op ? { id: r.overleg_id, begintOp: new Date(r.overleg_begint_op).toISOString() } : null,
    soort: r.soort,
    wat: r.wat,
    eigenaarOrganisatie: { id: r.eigenaar_organisatie_id, naam: r.eigenaar_organisatie_naam },
    eigenaarGebruiker: r.eigenaar_gebruiker_id ? { id: r.eigenaar_gebruiker_id, naam: r.eigenaar_gebruiker_naam ?? '' } : null,
    deadline: r.deadline,
    status: r.status,
    toelichting: r.toelichting,
    verlopen: isOverdue({ status: r.status, deadline: r.deadline }, now),
    afgeslotenOp: r.afgesloten_op ? new Date(r.afgesloten_op).toISOString() : null,
    afgeslotenDoor: r.afgesloten_door_naam !== null ? { naam: r.afgesloten_door_naam } : null,
    gemaaktDoorOrganisatie: r.gemaakt_door_organisatie_id ? { id: r.gemaakt_door_organisatie_id, naam: r.gemaakt_door_organisatie_naam ?? '' } : null,
    beoordelingen,
    aangemaaktOp: new Date(r.created_at).toISOString(),
    versie: r.versie,
  };
}

async function beoordelingenVan(tx: Queryable, afspraakIds: readonly string[]): Promise<Map<string, Beoordeling[]>> {
  const result = new Map<string, Beoordeling[]>();
  if (afspraakIds.length === 0) return result;
  const { rows } = await tx.query<{
    id: string;
    afspraak_id: string;
    overleg_id: string;
    reden: BeoordelingReden;
    toelichting: string;
    door_naam: string | null;
    created_at: Date;
  }>(
    `select b.id, b.afspraak_id, b.overleg_id, b.reden, b.toelichting, g.naam as door_naam, b.created_at
       from afspraak_beoordelingen b left join gebruikers g on g.id = b.door_gebruiker_id
      where b.afspraak_id = any ($1::uuid[])
      order by b.created_at, b.id`,
    [afspraakIds],
  );
  for (const r of rows) {
    const list = result.get(r.afspraak_id) ?? [];
    list.push({
      id: r.id,
      afspraakId: r.afspraak_id,
      overlegId: r.overleg_id,
      reden: r.reden,
      toelichting: r.toelichting,
      door: r.door_naam !== null ? { naam: r.door_naam } : null,
      op: new Date(r.created_at).toISOString(),
    });
    result.set(r.afspraak_id, list);
  }
  return result;
}

async function afsprakenWhere(tx: Queryable, where: string, params: readonly unknown[], now: Date, limit = 1000): Promise<Afspraak[]> {
  const { rows } = await tx.query<AfspraakRow>(`${SELECT_AFSPRAAK} where ${where} order by a.deadline, a.created_at, a.id limit ${limit}`, params);
  const beoordelingen = await beoordelingenVan(tx, rows.map((r) => r.id));
  return rows.map((r) => toAfspraak(r, beoordelingen.get(r.id) ?? [], now));
}

export async function findAfspraak(tx: Queryable, id: string, now: Date): Promise<Afspraak | null> {
  return (await afsprakenWhere(tx, 'a.id = $1', [id], now))[0] ?? null;
}

export async function listAfsprakenOfCasus(tx: Queryable, casusId: string, now: Date): Promise<Afspraak[]> {
  return afsprakenWhere(tx, 'a.casus_id = $1', [casusId], now);
}

export async function listAfsprakenOfAgendapunt(tx: Queryable, agendapuntId: string, now: Date): Promise<Afspraak[]> {
  return afsprakenWhere(tx, 'a.agendapunt_id = $1', [agendapuntId], now);
}

const OWNER_LIST_LIMIT = 500;

/**
 * An organisation's agreements (its inbox view), on casussen it still takes part in: overdue first, then by deadline.
 */
export async function listAfsprakenOfOwner(
  tx: Queryable,
  organisatieId: string,
  status: 'open' | 'afgesloten' | 'alle',
  now: Date,
): Promise<Afspraak[]> {
  const statusSql = status === 'open' ? `and a.status = 'open'` : status === 'afgesloten' ? `and a.status <> 'open'` : '';
  const list = await afsprakenWhere(tx, `a.eigenaar_organisatie_id = $1 ${statusSql} and ${participatesSql('a.casus_id', '$1')}`, [organisatieId], now, OWNER_LIST_LIMIT);
  return list.sort(compareAfspraken(now));
}

/**
 * The open agreements of a region's casussen that are past their deadline, for the chair's overview: oldest
 * deadline first.
 */
export async function listOverdueAgreementsOfRegion(tx: Queryable, regioId: string, now: Date): Promise<Afspraak[]> {
  return afsprakenWhere(tx, `c.regio_id = $1 and a.status = 'open' and a.deadline < $2::date`, [regioId, amsterdamDate(now)], now);
}

/**
 * The incomplete agreements of earlier meetings about a casus, as seen from one meeting: open ones made at a
 * meeting that began before it, and those already reviewed at it (so a review stays in view once made).
 */
export async function listOpenAgreementsOfEarlierMeetings(tx: Queryable, casusId: string, overlegId: string, now: Date): Promise<Afspraak[]> {
  return afsprakenWhere(
    tx,
    `a.casus_id = $1 and ap.overleg_id <> $2
       and ov.status <> 'geannuleerd'
       and ov.begint_op < (select begint_op from actieoverleggen where id = $2)
       and (a.status = 'open' or exists (select 1 from afspraak_beoordelingen b where b.afspraak_id = a.id and b.overleg_id = $2))`,
    [casusId, overlegId],
    now,
  );
}

// ---------------------------------------------------------------------------------------------------
// Writing

export interface NieuweAfspraak {
  casusId: string;
  agendapuntId: string | null;
  soort: AfspraakSoort;
  wat: string;
  eigenaarOrganisatieId: string;
  eigenaarGebruikerId: string | null;
  deadline: string;
  gemaaktDoorGebruikerId: string;
  gemaaktDoorOrganisatieId: string;
}

export async function insertAfspraak(tx: Queryable, a: NieuweAfspraak): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into afspraken (casus_id, agendapunt_id, soort, wat, eigenaar_organisatie_id, eigenaar_gebruiker_id, deadline,
                            gemaakt_door_gebruiker_id, gemaakt_door_organisatie_id)
     values ($1, $2, $3, $4, $5, $6, $7::date, $8, $9) returning id`,
    [a.casusId, a.agendapuntId, a.soort, a.wat, a.eigenaarOrganisatieId, a.eigenaarGebruikerId, a.deadline, a.gemaaktDoorGebruikerId, a.gemaaktDoorOrganisatieId],
  );
  return rows[0]!.id;
}

/** The facts access and the status rules need, with the row locked. */
export interface AfspraakKern {
  id: string;
  casusId: string;
  regioId: string;
  agendapuntId: string | null;
  overlegId: string | null;
  overlegBegintOp: Date | null;
  eigenaarOrganisatieId: string;
  deadline: string;
  status: AfspraakStatus;
  versie: number;
}

export async function findAfspraakKern(tx: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<AfspraakKern | null> {
  const { rows } = await tx.query<{
    id: string;
    casus_id: string;
    regio_id: string;
    agendapunt_id: string | null;
    overleg_id: string | null;
    begint_op: Date | null;
    eigenaar_organisatie_id: string;
    deadline: string;
    status: AfspraakStatus;
    versie: number;
  }>(
    `select a.id, a.casus_id, c.regio_id, a.agendapunt_id, ap.overleg_id, ov.begint_op, a.eigenaar_organisatie_id,
            to_char(a.deadline, 'YYYY-MM-DD') as deadline, a.status, a.versie
       from afspraken a
       join casussen c on c.id = a.casus_id
       left join agendapunten ap on ap.id = a.agendapunt_id
       left join actieoverleggen ov on ov.id = ap.overleg_id
      where a.id = $1
      ${opts.forUpdate ? 'for update of a' : ''}`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    casusId: r.casus_id,
    regioId: r.regio_id,
    agendapuntId: r.agendapunt_id,
    overlegId: r.overleg_id,
    overlegBegintOp: r.begint_op ? new Date(r.begint_op) : null,
    eigenaarOrganisatieId: r.eigenaar_organisatie_id,
    deadline: r.deadline,
    status: r.status,
    versie: r.versie,
  };
}

export async function closeAfspraak(tx: Queryable, id: string, status: AfgeslotenStatus, toelichting: string, gebruikerId: string, at: Date): Promise<void> {
  await tx.query(
    `update afspraken set status = $2, toelichting = $3, afgesloten_op = $4, afgesloten_door_gebruiker_id = $5, versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, status, toelichting, at, gebruikerId],
  );
}

export async function updateToelichting(tx: Queryable, id: string, toelichting: string): Promise<void> {
  await tx.query('update afspraken set toelichting = $2, versie = versie + 1, updated_at = now() where id = $1', [id, toelichting]);
}

/** Inserts a review; null when the agreement was already reviewed at this meeting. */
export async function insertBeoordeling(
  tx: Queryable,
  b: { afspraakId: string; overlegId: string; reden: BeoordelingReden; toelichting: string; gebruikerId: string },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into afspraak_beoordelingen (afspraak_id, overleg_id, reden, toelichting, door_gebruiker_id)
     values ($1, $2, $3, $4, $5) on conflict (afspraak_id, overleg_id) do nothing returning id`,
    [b.afspraakId, b.overlegId, b.reden, b.toelichting, b.gebruikerId],
  );
  return rows[0]?.id ?? null;
}

/**
 * Marks every open agreement past its deadline that was not reported yet, once; returns them so the caller writes
 * the timeline. `today` is the local date: a deadline before it is overdue.
 */
export async function markNewlyOverdue(tx: Queryable, now: Date): Promise<{ id: string; casusId: string; eigenaarOrganisatieId: string; deadline: string }[]> {
  const { rows } = await tx.query<{ id: string; casus_id: string; eigenaar_organisatie_id: string; deadline: string }>(
    `update afspraken set verlopen_gemeld_op = $1
      where status = 'open' and verlopen_gemeld_op is null and deadline < $2::date
      returning id, casus_id, eigenaar_organisatie_id, to_char(deadline, 'YYYY-MM-DD') as deadline`,
    [now, amsterdamDate(now)],
  );
  return rows.map((r) => ({ id: r.id, casusId: r.casus_id, eigenaarOrganisatieId: r.eigenaar_organisatie_id, deadline: r.deadline }));
}
