import type { Queryable } from '../../platform/db/database';
import type { OrganisatieSoort } from '../../organisations/schemas';
import { participatesSql } from '../../cases/casus-access';
import { isVisibleTo } from '../../sharing/need-to-know';
import { permissionRoles } from '../../identity/access-policy';
import type { Aanwezige, Agendapunt, Bijdrage, Medewerker, OverlegLijstItem, OverlegStatus } from './schemas';
import type { AanmeldingKandidaat, VervolgKandidaat } from './agenda-rules';
import { overlegVisibleSql, type OverlegRol } from './vergadering-access';

/** The meetings of the Actieoverleg, their agenda items, invitations, contributions and attendance. */

const iso = (d: Date | string) => new Date(d).toISOString();

/** Who is looking: the organisation, its region, and whether the caller chairs the Actieoverleg there. */
export interface OverlegKijker {
  organisatieId: string;
  regioId: string;
  voorzitter: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Meetings

export interface OverlegKern {
  id: string;
  reeksId: string;
  regioId: string;
  regioNaam: string;
  begintOp: Date;
  eindigtOp: Date;
  locatie: string;
  status: OverlegStatus;
  gestartOp: Date | null;
  afgerondOp: Date | null;
  versie: number;
}

export async function findOverlegKern(tx: Queryable, id: string): Promise<OverlegKern | null> {
  const { rows } = await tx.query<{
    id: string;
    reeks_id: string;
    regio_id: string;
    regio_naam: string;
    begint_op: Date;
    eindigt_op: Date;
    locatie: string;
    status: OverlegStatus;
    gestart_op: Date | null;
    afgerond_op: Date | null;
    versie: number;
  }>(
    `select o.id, o.reeks_id, o.regio_id, g.naam as regio_naam, o.begint_op, o.eindigt_op, o.locatie, o.status, o.gestart_op, o.afgerond_op, o.versie
       from actieoverleggen o join regios g on g.id = o.regio_id where o.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    reeksId: r.reeks_id,
    regioId: r.regio_id,
    regioNaam: r.regio_naam,
    begintOp: new Date(r.begint_op),
    eindigtOp: new Date(r.eindigt_op),
    locatie: r.locatie,
    status: r.status,
    gestartOp: r.gestart_op ? new Date(r.gestart_op) : null,
    afgerondOp: r.afgerond_op ? new Date(r.afgerond_op) : null,
    versie: r.versie,
  };
}

/** Start times (ms) of the series' meetings that are not cancelled, from a moment on. */
export async function takenStartTimes(tx: Queryable, reeksId: string, from: Date): Promise<Set<number>> {
  const { rows } = await tx.query<{ begint_op: Date }>(
    `select begint_op from actieoverleggen where reeks_id = $1 and status <> 'geannuleerd' and begint_op >= $2`,
    [reeksId, from],
  );
  return new Set(rows.map((r) => new Date(r.begint_op).getTime()));
}

/** Another (not cancelled) meeting of the series at this time, if any. */
export async function meetingAt(tx: Queryable, reeksId: string, begintOp: Date, behalve: string | null = null): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `select id from actieoverleggen where reeks_id = $1 and begint_op = $2 and status <> 'geannuleerd' and ($3::uuid is null or id <> $3)`,
    [reeksId, begintOp, behalve],
  );
  return rows[0]?.id ?? null;
}

/** Plans a meeting; null when the series already has one at that time. */
export async function insertOverleg(
  tx: Queryable,
  input: { reeksId: string; regioId: string; begintOp: Date; eindigtOp: Date; locatie: string },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into actieoverleggen (reeks_id, regio_id, begint_op, eindigt_op, locatie) values ($1, $2, $3, $4, $5)
     on conflict (reeks_id, begint_op) where status <> 'geannuleerd' do nothing returning id`,
    [input.reeksId, input.regioId, input.begintOp, input.eindigtOp, input.locatie],
  );
  return rows[0]?.id ?? null;
}

export async function updateOverlegTijd(tx: Queryable, id: string, input: { begintOp: Date; eindigtOp: Date; locatie: string }): Promise<void> {
  await tx.query(
    'update actieoverleggen set begint_op = $2, eindigt_op = $3, locatie = $4, versie = versie + 1, updated_at = now() where id = $1',
    [id, input.begintOp, input.eindigtOp, input.locatie],
  );
}

export async function setOverlegStatus(tx: Queryable, id: string, status: 'gestart' | 'geannuleerd'): Promise<void> {
  await tx.query(
    `update actieoverleggen set status = $2, gestart_op = case when $2 = 'gestart' then now() else gestart_op end,
            versie = versie + 1, updated_at = now() where id = $1`,
    [id, status],
  );
}

/** A change to the meeting's agenda or attendance: a new version of the meeting. */
export async function bumpOverleg(tx: Queryable, id: string): Promise<void> {
  await tx.query('update actieoverleggen set versie = versie + 1, updated_at = now() where id = $1', [id]);
}

/** The meetings the viewer sees in a period, with the viewer's role and the number of items they see. */
export async function listOverleggenFor(tx: Queryable, kijker: OverlegKijker, vanaf: Date, tot: Date): Promise<OverlegLijstItem[]> {
  const { rows } = await tx.query<{
    id: string;
    reeks_id: string;
    regio_id: string;
    regio_naam: string;
    begint_op: Date;
    eindigt_op: Date;
    locatie: string;
    status: OverlegStatus;
    versie: number;
    rol: OverlegRol;
    alle_punten: number;
    uitgenodigde_punten: number;
  }>(
    `select o.id, o.reeks_id, o.regio_id, g.naam as regio_naam, o.begint_op, o.eindigt_op, o.locatie, o.status, o.versie,
            case when $3::boolean and o.regio_id = $2 then 'voorzitter'
                 when exists (select 1 from actieoverleg_leden l where l.reeks_id = o.reeks_id and l.organisatie_id = $1 and l.soort = 'vast' and l.tot is null) then 'vast-lid'
                 else 'op-afroep' end as rol,
            (select count(*)::int from agendapunten a where a.overleg_id = o.id and a.status <> 'doorgeschoven') as alle_punten,
            (select count(*)::int from agendapunten a join agendapunt_uitnodigingen u on u.agendapunt_id = a.id
              where a.overleg_id = o.id and a.status <> 'doorgeschoven' and u.organisatie_id = $1) as uitgenodigde_punten
       from actieoverleggen o join regios g on g.id = o.regio_id
      where o.begint_op >= $4 and o.begint_op < $5 and ${overlegVisibleSql('o', '$1', '$2', '$3')}
      order by o.begint_op, o.id
      limit 200`,
    [kijker.organisatieId, kijker.regioId, kijker.voorzitter, vanaf, tot],
  );
  return rows.map((r) => ({
    id: r.id,
    reeksId: r.reeks_id,
    regio: { id: r.regio_id, naam: r.regio_naam },
    begintOp: iso(r.begint_op),
    eindigtOp: iso(r.eindigt_op),
    locatie: r.locatie,
    status: r.status,
    rol: r.rol,
    aantalAgendapunten: r.rol === 'op-afroep' ? r.uitgenodigde_punten : r.alle_punten,
    versie: r.versie,
  }));
}

// ---------------------------------------------------------------------------------------------------
// Agenda items

interface AgendapuntRow {
  id: string;
  overleg_id: string;
  casus_id: string;
  casus_nummer: string;
  soort: 'aanmelding' | 'vervolg';
  volgorde: number;
  status: 'gepland' | 'besproken' | 'doorgeschoven';
  versie: number;
  aanmelding_id: string | null;
  aanmelding_vraag: string | null;
  aanmelding_herhaling: boolean | null;
}

/**
 * The meeting's items the viewer sees (all, or only `ids`), in agenda order, with the invitations and the
 * contributions need-to-know lets the viewer see. The referral's question only where the viewer may see the
 * referral: its referrer, the casus's participants, and the chairs of its region.
 */
export async function listAgendapunten(tx: Queryable, overlegId: string, ids: readonly string[] | null, kijker: OverlegKijker): Promise<Agendapunt[]> {
  const { rows } = await tx.query<AgendapuntRow>(
    `select a.id, a.overleg_id, a.casus_id, c.nummer as casus_nummer, a.soort, a.volgorde, a.status, a.versie,
            m.id as aanmelding_id, m.vraag as aanmelding_vraag, (m.herhaling_van_id is not null) as aanmelding_herhaling
       from agendapunten a
       join casussen c on c.id = a.casus_id
       left join aanmeldingen m on m.id = a.aanmelding_id
            and (m.aanmeldende_organisatie_id = $3 or ${participatesSql('m.casus_id', '$3')}
                 or ($5::boolean and m.regio_id = $4 and m.status <> 'concept'))
      where a.overleg_id = $1 and ($2::uuid[] is null or a.id = any ($2::uuid[]))
      order by a.volgorde, a.created_at, a.id`,
    [overlegId, ids === null ? null : [...ids], kijker.organisatieId, kijker.regioId, kijker.voorzitter],
  );
  const puntIds = rows.map((r) => r.id);
  const uitnodigingen = await invitationsOf(tx, puntIds);
  const bijdragen = await contributionsOf(tx, puntIds, kijker.organisatieId);
  return rows.map((r) => ({
    id: r.id,
    overlegId: r.overleg_id,
    casus: { id: r.casus_id, nummer: r.casus_nummer },
    soort: r.soort,
    volgorde: r.volgorde,
    status: r.status,
    aanmelding: r.aanmelding_id ? { id: r.aanmelding_id, vraag: r.aanmelding_vraag ?? '', herhaling: r.aanmelding_herhaling ?? false } : null,
    uitnodigingen: uitnodigingen.get(r.id) ?? [],
    bijdragen: bijdragen.get(r.id) ?? [],
    versie: r.versie,
  }));
}

async function invitationsOf(tx: Queryable, puntIds: readonly string[]): Promise<Map<string, Agendapunt['uitnodigingen']>> {
  const { rows } = await tx.query<{ agendapunt_id: string; organisatie_id: string; naam: string; soort: OrganisatieSoort; uitgenodigd_op: Date }>(
    `select u.agendapunt_id, u.organisatie_id, o.naam, o.soort, u.uitgenodigd_op
       from agendapunt_uitnodigingen u join organisaties o on o.id = u.organisatie_id
      where u.agendapunt_id = any ($1::uuid[]) order by u.uitgenodigd_op, o.naam`,
    [[...puntIds]],
  );
  const result = new Map<string, Agendapunt['uitnodigingen']>();
  for (const r of rows) {
    const list = result.get(r.agendapunt_id) ?? [];
    list.push({ organisatie: { id: r.organisatie_id, naam: r.naam, soort: r.soort }, uitgenodigdOp: iso(r.uitgenodigd_op) });
    result.set(r.agendapunt_id, list);
  }
  return result;
}

interface BijdrageRow {
  id: string;
  agendapunt_id: string;
  organisatie_id: string;
  organisatie_naam: string;
  organisatie_soort: OrganisatieSoort;
  gebruiker_id: string | null;
  gebruiker_naam: string | null;
  inhoud: string;
  zichtbaar_voor: string[] | null;
  updated_at: Date;
  versie: number;
}

const SELECT_BIJDRAGE = `select b.id, b.agendapunt_id, b.organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort,
                                b.gebruiker_id, u.naam as gebruiker_naam, b.inhoud, b.zichtbaar_voor, b.updated_at, b.versie
                           from agendapunt_bijdragen b
                           join organisaties o on o.id = b.organisatie_id
                           left join gebruikers u on u.id = b.gebruiker_id`;

const toBijdrage = (r: BijdrageRow, kijkerOrganisatieId: string): Bijdrage => ({
  id: r.id,
  agendapuntId: r.agendapunt_id,
  organisatie: { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.organisatie_soort },
  auteur: r.gebruiker_id ? { id: r.gebruiker_id, naam: r.gebruiker_naam ?? '' } : null,
  inhoud: r.inhoud,
  zichtbaarVoor: r.zichtbaar_voor,
  eigen: r.organisatie_id === kijkerOrganisatieId,
  bijgewerktOp: iso(r.updated_at),
  versie: r.versie,
});

/** The contributions to these items that the viewer's organisation may see (need-to-know). */
async function contributionsOf(tx: Queryable, puntIds: readonly string[], kijkerOrganisatieId: string): Promise<Map<string, Bijdrage[]>> {
  const { rows } = await tx.query<BijdrageRow>(`${SELECT_BIJDRAGE} where b.agendapunt_id = any ($1::uuid[]) order by o.naam, b.id`, [[...puntIds]]);
  const result = new Map<string, Bijdrage[]>();
  for (const r of rows) {
    if (!isVisibleTo({ bronOrganisatieId: r.organisatie_id, zichtbaarVoor: r.zichtbaar_voor }, kijkerOrganisatieId)) continue;
    const list = result.get(r.agendapunt_id) ?? [];
    list.push(toBijdrage(r, kijkerOrganisatieId));
    result.set(r.agendapunt_id, list);
  }
  return result;
}

/** Puts an item on the agenda, last; null when the casus (or the referral) is already on it. */
export async function insertAgendapunt(
  tx: Queryable,
  input: { overlegId: string; casusId: string; aanmeldingId: string | null; soort: 'aanmelding' | 'vervolg' },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into agendapunten (overleg_id, casus_id, aanmelding_id, soort, volgorde)
     select $1, $2, $3, $4, coalesce((select max(volgorde) from agendapunten where overleg_id = $1), 0) + 1
     where not exists (select 1 from agendapunten where overleg_id = $1 and casus_id = $2)
       and ($3::uuid is null or not exists (select 1 from agendapunten where aanmelding_id = $3 and status <> 'doorgeschoven'))
     returning id`,
    [input.overlegId, input.casusId, input.aanmeldingId, input.soort],
  );
  return rows[0]?.id ?? null;
}

export async function markDoorgeschoven(tx: Queryable, agendapuntId: string): Promise<void> {
  await tx.query(`update agendapunten set status = 'doorgeschoven', versie = versie + 1, updated_at = now() where id = $1`, [agendapuntId]);
}

/** The casussen on a meeting's agenda (any status). */
export async function casussenOnAgenda(tx: Queryable, overlegId: string): Promise<{ casusId: string }[]> {
  const { rows } = await tx.query<{ casus_id: string }>('select casus_id from agendapunten where overleg_id = $1', [overlegId]);
  return rows.map((r) => ({ casusId: r.casus_id }));
}

export async function agendapuntIdsOf(tx: Queryable, overlegId: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>('select id from agendapunten where overleg_id = $1 order by volgorde, id', [overlegId]);
  return rows.map((r) => r.id);
}

export async function setVolgorde(tx: Queryable, ids: readonly string[]): Promise<void> {
  await tx.query(
    `update agendapunten a set volgorde = n.volgorde, updated_at = now()
       from unnest($1::uuid[]) with ordinality as n(id, volgorde) where a.id = n.id`,
    [[...ids]],
  );
}

/**
 * Follow-up candidates: casussen with agreements still open that were made at earlier meetings of this series,
 * with the earliest deadline among them.
 */
export async function vervolgKandidaten(tx: Queryable, reeksId: string, voor: Date): Promise<VervolgKandidaat[]> {
  const { rows } = await tx.query<{ casus_id: string; eerste_deadline: string }>(
    `select af.casus_id, to_char(min(af.deadline), 'YYYY-MM-DD') as eerste_deadline
       from afspraken af
       join agendapunten a on a.id = af.agendapunt_id
       join actieoverleggen o on o.id = a.overleg_id
      where af.status = 'open' and o.reeks_id = $1 and o.begint_op < $2
      group by af.casus_id`,
    [reeksId, voor],
  );
  return rows.map((r) => ({ casusId: r.casus_id, eersteDeadline: r.eerste_deadline }));
}

/** Tabled referrals of the region that are not on an agenda (other than as a moved item). */
export async function aanmeldingKandidaten(tx: Queryable, regioId: string): Promise<AanmeldingKandidaat[]> {
  const { rows } = await tx.query<{ id: string; casus_id: string; ingediend_op: Date | null; besloten_op: Date | null; herhaling: boolean }>(
    `select m.id, m.casus_id, m.ingediend_op, m.besloten_op, (m.herhaling_van_id is not null) as herhaling
       from aanmeldingen m
      where m.regio_id = $1 and m.status = 'geagendeerd'
        and not exists (select 1 from agendapunten a where a.aanmelding_id = m.id and a.status <> 'doorgeschoven')`,
    [regioId],
  );
  return rows.map((r) => ({
    aanmeldingId: r.id,
    casusId: r.casus_id,
    ingediendOp: new Date(r.ingediend_op ?? r.besloten_op ?? 0),
    herhaling: r.herhaling,
  }));
}

/** A tabled referral of the region by id, for putting it on the agenda by hand. */
export async function findTabledAanmelding(tx: Queryable, id: string, regioId: string): Promise<{ id: string; casusId: string } | null> {
  const { rows } = await tx.query<{ id: string; casus_id: string }>(
    `select id, casus_id from aanmeldingen where id = $1 and regio_id = $2 and status = 'geagendeerd'`,
    [id, regioId],
  );
  return rows[0] ? { id: rows[0].id, casusId: rows[0].casus_id } : null;
}

/** The running tabled referral of a casus, if any (an item added by casus carries it). */
export async function tabledAanmeldingOfCasus(tx: Queryable, casusId: string): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `select m.id from aanmeldingen m where m.casus_id = $1 and m.status = 'geagendeerd'
        and not exists (select 1 from agendapunten a where a.aanmelding_id = m.id and a.status <> 'doorgeschoven')
      order by m.ingediend_op limit 1`,
    [casusId],
  );
  return rows[0]?.id ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Invitations

/** Invites an organisation to an item; false when it already is. */
export async function insertUitnodiging(tx: Queryable, agendapuntId: string, organisatieId: string, gebruikerId: string | null): Promise<boolean> {
  const { rows } = await tx.query(
    `insert into agendapunt_uitnodigingen (agendapunt_id, organisatie_id, uitgenodigd_door_gebruiker_id) values ($1, $2, $3)
     on conflict (agendapunt_id, organisatie_id) do nothing returning agendapunt_id`,
    [agendapuntId, organisatieId, gebruikerId],
  );
  return rows.length > 0;
}

export async function deleteUitnodiging(tx: Queryable, agendapuntId: string, organisatieId: string): Promise<boolean> {
  const { rows } = await tx.query(
    'delete from agendapunt_uitnodigingen where agendapunt_id = $1 and organisatie_id = $2 returning agendapunt_id',
    [agendapuntId, organisatieId],
  );
  return rows.length > 0;
}

/** Is the organisation invited to another item on the same casus (any meeting)? */
export async function invitedElsewhereOnCasus(tx: Queryable, casusId: string, organisatieId: string, behalve: string): Promise<boolean> {
  const { rows } = await tx.query(
    `select 1 from agendapunt_uitnodigingen u join agendapunten a on a.id = u.agendapunt_id
      where a.casus_id = $1 and u.organisatie_id = $2 and a.id <> $3 limit 1`,
    [casusId, organisatieId, behalve],
  );
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------------
// Contributions

export async function lockOwnBijdrage(tx: Queryable, agendapuntId: string, organisatieId: string): Promise<{ id: string; versie: number } | null> {
  const { rows } = await tx.query<{ id: string; versie: number }>(
    'select id, versie from agendapunt_bijdragen where agendapunt_id = $1 and organisatie_id = $2 for update',
    [agendapuntId, organisatieId],
  );
  return rows[0] ?? null;
}

export async function insertBijdrage(
  tx: Queryable,
  input: { agendapuntId: string; organisatieId: string; gebruikerId: string; inhoud: string; zichtbaarVoor: string[] | null },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into agendapunt_bijdragen (agendapunt_id, organisatie_id, gebruiker_id, inhoud, zichtbaar_voor) values ($1, $2, $3, $4, $5) returning id`,
    [input.agendapuntId, input.organisatieId, input.gebruikerId, input.inhoud, input.zichtbaarVoor],
  );
  return rows[0]!.id;
}

export async function updateBijdrage(tx: Queryable, id: string, input: { gebruikerId: string; inhoud: string; zichtbaarVoor: string[] | null }): Promise<void> {
  await tx.query(
    `update agendapunt_bijdragen set gebruiker_id = $2, inhoud = $3, zichtbaar_voor = $4, versie = versie + 1, updated_at = now() where id = $1`,
    [id, input.gebruikerId, input.inhoud, input.zichtbaarVoor],
  );
}

export async function findBijdrage(tx: Queryable, id: string, kijkerOrganisatieId: string): Promise<Bijdrage> {
  const { rows } = await tx.query<BijdrageRow>(`${SELECT_BIJDRAGE} where b.id = $1`, [id]);
  return toBijdrage(rows[0]!, kijkerOrganisatieId);
}

/** Contributions follow an item that is moved to a later meeting. */
export async function moveBijdragen(tx: Queryable, vanAgendapuntId: string, naarAgendapuntId: string): Promise<number> {
  const { rows } = await tx.query('update agendapunt_bijdragen set agendapunt_id = $2 where agendapunt_id = $1 returning id', [vanAgendapuntId, naarAgendapuntId]);
  return rows.length;
}

// ---------------------------------------------------------------------------------------------------
// Attendance

export async function listAanwezigheid(tx: Queryable, overlegId: string): Promise<Aanwezige[]> {
  const { rows } = await tx.query<{
    gebruiker_id: string;
    gebruiker_naam: string;
    organisatie_id: string;
    organisatie_naam: string;
    organisatie_soort: OrganisatieSoort;
    status: 'aanwezig' | 'afgemeld';
    met_mandaat: boolean;
  }>(
    `select w.gebruiker_id, u.naam as gebruiker_naam, w.organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort, w.status, w.met_mandaat
       from actieoverleg_aanwezigheid w join gebruikers u on u.id = w.gebruiker_id join organisaties o on o.id = w.organisatie_id
      where w.overleg_id = $1 order by o.naam, u.naam`,
    [overlegId],
  );
  return rows.map((r) => ({
    gebruiker: { id: r.gebruiker_id, naam: r.gebruiker_naam },
    organisatie: { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.organisatie_soort },
    status: r.status,
    metMandaat: r.met_mandaat,
  }));
}

/** The first of these organisations the user actively works for, or null. */
export async function userOrganisationAmong(tx: Queryable, gebruikerId: string, organisatieIds: readonly string[]): Promise<string | null> {
  const { rows } = await tx.query<{ organisatie_id: string }>(
    `select l.organisatie_id from lidmaatschappen l join gebruikers g on g.id = l.gebruiker_id
      where l.gebruiker_id = $1 and l.actief and g.actief and l.organisatie_id = any ($2::uuid[])
      order by l.organisatie_id limit 1`,
    [gebruikerId, [...organisatieIds]],
  );
  return rows[0]?.organisatie_id ?? null;
}

export async function replaceAanwezigheid(
  tx: Queryable,
  overlegId: string,
  deelnemers: readonly { gebruikerId: string; organisatieId: string; status: 'aanwezig' | 'afgemeld'; metMandaat: boolean }[],
): Promise<void> {
  await tx.query('delete from actieoverleg_aanwezigheid where overleg_id = $1', [overlegId]);
  for (const d of deelnemers) {
    await tx.query(
      'insert into actieoverleg_aanwezigheid (overleg_id, gebruiker_id, organisatie_id, status, met_mandaat) values ($1, $2, $3, $4, $5)',
      [overlegId, d.gebruikerId, d.organisatieId, d.status, d.metMandaat],
    );
  }
}

/** Organisations invited to any item of a meeting. */
export async function invitedOrganisationIdsOfMeeting(tx: Queryable, overlegId: string): Promise<string[]> {
  const { rows } = await tx.query<{ organisatie_id: string }>(
    `select distinct u.organisatie_id from agendapunt_uitnodigingen u join agendapunten a on a.id = u.agendapunt_id where a.overleg_id = $1`,
    [overlegId],
  );
  return rows.map((r) => r.organisatie_id);
}

/**
 * The active people with a case-work role (the roles of permission 'casussen.werken': never administrators or
 * analysts) of active organisations, ordered by organisation and name.
 */
export async function caseWorkersOf(tx: Queryable, organisatieIds: readonly string[]): Promise<Medewerker[]> {
  if (organisatieIds.length === 0) return [];
  const { rows } = await tx.query<{ id: string; naam: string; organisatie_id: string; organisatie_naam: string }>(
    `select g.id, g.naam, o.id as organisatie_id, o.naam as organisatie_naam
       from lidmaatschappen l
       join gebruikers g on g.id = l.gebruiker_id
       join organisaties o on o.id = l.organisatie_id
      where l.organisatie_id = any ($1::uuid[]) and l.actief and g.actief and o.actief and l.rollen && $2::text[]
      order by o.naam, o.id, g.naam, g.id`,
    [[...new Set(organisatieIds)], [...permissionRoles['casussen.werken']]],
  );
  return rows.map((r) => ({ id: r.id, naam: r.naam, organisatie: { id: r.organisatie_id, naam: r.organisatie_naam } }));
}
