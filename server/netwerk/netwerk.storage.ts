import type { Queryable } from '../platform/db/database';
import type {
  Bijeenkomst,
  Leercasus,
  LeercasusProfiel,
  NetwerkAgendapunt,
  NetwerkLid,
  NetwerkMoment,
  Thema,
  Twijfelcasus,
  Werkplan,
} from './schemas';

/** The regional network's tables (migration 0020), one network per region; every query is scoped by regio_id. */

const forUpdate = (yes?: boolean) => (yes ? ' for update' : '');

// ---- Region ----------------------------------------------------------------------------------------------

export async function regioMetOrganisaties(q: Queryable, regioId: string) {
  const regio = await q.query<{ naam: string }>('select naam from regios where id = $1', [regioId]);
  const { rows } = await q.query<{ id: string; naam: string; soort: string }>(
    'select id, naam, soort from organisaties where regio_id = $1 order by naam',
    [regioId],
  );
  return { regioNaam: regio.rows[0]?.naam ?? '', organisaties: rows };
}

export async function organisatieSoorten(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await q.query<{ id: string; soort: string }>('select id, soort from organisaties where id = any($1::uuid[])', [ids]);
  return new Map(rows.map((r) => [r.id, r.soort]));
}

// ---- Members ---------------------------------------------------------------------------------------------

interface LidRow {
  id: string;
  gebruiker_id: string;
  naam: string;
  organisatie_id: string;
  organisatie_naam: string;
  organisatie_soort: string;
  voorzitter: boolean;
  actief: boolean;
  versie: number;
}
const toLid = (r: LidRow): NetwerkLid => ({
  id: r.id,
  gebruikerId: r.gebruiker_id,
  naam: r.naam,
  organisatieId: r.organisatie_id,
  organisatieNaam: r.organisatie_naam,
  organisatieSoort: r.organisatie_soort,
  voorzitter: r.voorzitter,
  actief: r.actief,
  versie: r.versie,
});
const lidSelect = `select l.id, l.gebruiker_id, g.naam, l.organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort,
                          l.voorzitter, l.actief, l.versie
                     from rnzs_leden l join gebruikers g on g.id = l.gebruiker_id join organisaties o on o.id = l.organisatie_id`;

export async function actieveLeden(q: Queryable, regioId: string): Promise<NetwerkLid[]> {
  const { rows } = await q.query<LidRow>(`${lidSelect} where l.regio_id = $1 and l.actief order by o.naam, g.naam`, [regioId]);
  return rows.map(toLid);
}

export async function vindLid(q: Queryable, regioId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<NetwerkLid | null> {
  const { rows } = await q.query<LidRow>(`${lidSelect} where l.regio_id = $1 and l.id = $2${options.forUpdate ? ' for update of l' : ''}`, [regioId, id]);
  return rows[0] ? toLid(rows[0]) : null;
}

export async function isVoorzitter(q: Queryable, regioId: string, gebruikerId: string): Promise<boolean> {
  const { rows } = await q.query('select 1 from rnzs_leden where regio_id = $1 and gebruiker_id = $2 and voorzitter and actief', [regioId, gebruikerId]);
  return rows.length > 0;
}

/** Users of the region's organisations with the role rnzs-lid there (active), who are not an active member yet. */
export async function kandidaten(q: Queryable, regioId: string, filter: { gebruikerId?: string; organisatieId?: string } = {}) {
  const { rows } = await q.query<{ gebruiker_id: string; naam: string; organisatie_id: string; organisatie_naam: string }>(
    `select g.id as gebruiker_id, g.naam, o.id as organisatie_id, o.naam as organisatie_naam
       from lidmaatschappen m join gebruikers g on g.id = m.gebruiker_id join organisaties o on o.id = m.organisatie_id
      where o.regio_id = $1 and 'rnzs-lid' = any(m.rollen) and m.actief and g.actief
        and ($2::uuid is null or g.id = $2) and ($3::uuid is null or o.id = $3)
        and not exists (select 1 from rnzs_leden l where l.regio_id = $1 and l.gebruiker_id = g.id and l.organisatie_id = o.id and l.actief)
      order by o.naam, g.naam`,
    [regioId, filter.gebruikerId ?? null, filter.organisatieId ?? null],
  );
  return rows.map((r) => ({ gebruikerId: r.gebruiker_id, naam: r.naam, organisatieId: r.organisatie_id, organisatieNaam: r.organisatie_naam }));
}

/** Adds a member, or brings a former member back (a new version). */
export async function voegLidIn(q: Queryable, regioId: string, gebruikerId: string, organisatieId: string): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `insert into rnzs_leden (regio_id, gebruiker_id, organisatie_id) values ($1, $2, $3)
     on conflict (regio_id, gebruiker_id, organisatie_id)
     do update set actief = true, voorzitter = false, versie = rnzs_leden.versie + 1, updated_at = now()
     returning id`,
    [regioId, gebruikerId, organisatieId],
  );
  return rows[0]!.id;
}

export async function zetLid(q: Queryable, id: string, velden: { voorzitter: boolean; actief: boolean }): Promise<void> {
  await q.query('update rnzs_leden set voorzitter = $2, actief = $3, versie = versie + 1, updated_at = now() where id = $1', [
    id,
    velden.voorzitter,
    velden.actief,
  ]);
}

/** Serialises changes to a region's membership, so two appointments of a chair cannot cross (one chair per region). */
export async function vergrendelLeden(q: Queryable, regioId: string): Promise<void> {
  await q.query(`select pg_advisory_xact_lock(hashtextextended('rnzs-leden:' || $1, 0))`, [regioId]);
}

/** A member who leaves no longer leads a theme; returns how many themes lost their lead. */
export async function ontkoppelTrekker(q: Queryable, regioId: string, lidId: string): Promise<number> {
  const { rows } = await q.query<{ id: string }>(
    `update rnzs_themas set trekker_lid_id = null, versie = versie + 1, updated_at = now()
      where regio_id = $1 and trekker_lid_id = $2 returning id`,
    [regioId, lidId],
  );
  return rows.length;
}

/** Ends the current chair's chairmanship (before appointing another); returns its id, if any. */
export async function beeindigVoorzitterschap(q: Queryable, regioId: string, behalveLidId: string): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>(
    `update rnzs_leden set voorzitter = false, versie = versie + 1, updated_at = now()
      where regio_id = $1 and voorzitter and actief and id <> $2 returning id`,
    [regioId, behalveLidId],
  );
  return rows[0]?.id ?? null;
}

// ---- Themes ----------------------------------------------------------------------------------------------

export const MOMENT_THEMA_NAMEN: Record<NetwerkMoment, string> = {
  'samen-op-in-acuut': 'Samen op in Acuut',
  actieoverleg: 'Actieoverleg',
  'vt-zsm': 'VT & ZSM',
  'strafbare-kindermishandeling': 'Strafbare kindermishandeling',
};

/** The four moments as themes, once per region (first use or the demo). */
export async function zorgVoorMomentThemas(q: Queryable, regioId: string): Promise<void> {
  for (const [moment, naam] of Object.entries(MOMENT_THEMA_NAMEN)) {
    await q.query(
      `insert into rnzs_themas (regio_id, naam, verbeteractie)
       select $1, $2, $3 where not exists (select 1 from rnzs_themas where regio_id = $1 and verbeteractie = $3)
       on conflict (regio_id, naam) do nothing`,
      [regioId, naam, moment],
    );
  }
}

interface ThemaRow {
  id: string;
  naam: string;
  verbeteractie: NetwerkMoment | null;
  trekker_lid_id: string | null;
  trekker_naam: string | null;
  trekker_organisatie: string | null;
  actief: boolean;
  versie: number;
}
const themaSelect = `select t.id, t.naam, t.verbeteractie, t.trekker_lid_id, g.naam as trekker_naam, o.naam as trekker_organisatie, t.actief, t.versie
                       from rnzs_themas t
                       left join rnzs_leden l on l.id = t.trekker_lid_id
                       left join gebruikers g on g.id = l.gebruiker_id
                       left join organisaties o on o.id = l.organisatie_id`;
const toThema = (r: ThemaRow): Thema => ({
  id: r.id,
  naam: r.naam,
  moment: r.verbeteractie,
  trekker: r.trekker_lid_id ? { lidId: r.trekker_lid_id, naam: r.trekker_naam ?? '', organisatieNaam: r.trekker_organisatie ?? '' } : null,
  actief: r.actief,
  versie: r.versie,
});

export async function themasVanRegio(q: Queryable, regioId: string): Promise<Thema[]> {
  const { rows } = await q.query<ThemaRow>(
    `${themaSelect} where t.regio_id = $1 order by t.actief desc, array_position(array['samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling'], t.verbeteractie) nulls last, t.naam`,
    [regioId],
  );
  return rows.map(toThema);
}

export async function vindThema(q: Queryable, regioId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<Thema | null> {
  const { rows } = await q.query<ThemaRow>(`${themaSelect} where t.regio_id = $1 and t.id = $2${options.forUpdate ? ' for update of t' : ''}`, [regioId, id]);
  return rows[0] ? toThema(rows[0]) : null;
}

export async function themaNaamBestaat(q: Queryable, regioId: string, naam: string, behalveId?: string): Promise<boolean> {
  const { rows } = await q.query('select 1 from rnzs_themas where regio_id = $1 and lower(naam) = lower($2) and id <> coalesce($3::uuid, gen_random_uuid())', [
    regioId,
    naam,
    behalveId ?? null,
  ]);
  return rows.length > 0;
}

export async function voegThemaIn(q: Queryable, regioId: string, naam: string, trekkerLidId: string | null): Promise<string> {
  const { rows } = await q.query<{ id: string }>('insert into rnzs_themas (regio_id, naam, trekker_lid_id) values ($1, $2, $3) returning id', [
    regioId,
    naam,
    trekkerLidId,
  ]);
  return rows[0]!.id;
}

export async function zetThema(q: Queryable, id: string, velden: { naam: string; trekkerLidId: string | null; actief: boolean }): Promise<void> {
  await q.query('update rnzs_themas set naam = $2, trekker_lid_id = $3, actief = $4, versie = versie + 1, updated_at = now() where id = $1', [
    id,
    velden.naam,
    velden.trekkerLidId,
    velden.actief,
  ]);
}

/** Which of these ids are themes (any state) / learning cases / doubt cases of the region. */
export async function bestaandeIds(q: Queryable, tabel: 'rnzs_themas' | 'rnzs_leercasussen' | 'rnzs_twijfelcasussen', regioId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const { rows } = await q.query<{ id: string }>(`select id from ${tabel} where regio_id = $1 and id = any($2::uuid[])`, [regioId, ids]);
  return new Set(rows.map((r) => r.id));
}

// ---- Work plan -------------------------------------------------------------------------------------------

interface WerkplanRow {
  jaar: number;
  inhoud: Werkplan['themas'];
  vastgesteld_op: Date | null;
  versie: number;
  updated_at: Date;
}

export async function leesWerkplan(q: Queryable, regioId: string, jaar: number, options: { forUpdate?: boolean } = {}): Promise<Werkplan> {
  const { rows } = await q.query<WerkplanRow>(
    `select jaar, inhoud, vastgesteld_op, versie, updated_at from rnzs_werkplannen where regio_id = $1 and jaar = $2${forUpdate(options.forUpdate)}`,
    [regioId, jaar],
  );
  const r = rows[0];
  if (!r) return { jaar, themas: [], vastgesteldOp: null, versie: 0, gewijzigdOp: null };
  return { jaar: r.jaar, themas: r.inhoud, vastgesteldOp: r.vastgesteld_op?.toISOString() ?? null, versie: r.versie, gewijzigdOp: r.updated_at.toISOString() };
}

export async function slaWerkplanOp(q: Queryable, regioId: string, jaar: number, themas: Werkplan['themas'], door: string): Promise<void> {
  await q.query(
    `insert into rnzs_werkplannen (regio_id, jaar, inhoud, gewijzigd_door) values ($1, $2, $3::jsonb, $4)
     on conflict (regio_id, jaar) do update
       set inhoud = excluded.inhoud, vastgesteld_op = null, gewijzigd_door = excluded.gewijzigd_door,
           versie = rnzs_werkplannen.versie + 1, updated_at = now()`,
    [regioId, jaar, JSON.stringify(themas), door],
  );
}

export async function stelWerkplanVast(q: Queryable, regioId: string, jaar: number, door: string): Promise<void> {
  await q.query(
    'update rnzs_werkplannen set vastgesteld_op = now(), gewijzigd_door = $3, versie = versie + 1, updated_at = now() where regio_id = $1 and jaar = $2',
    [regioId, jaar, door],
  );
}

// ---- Meetings --------------------------------------------------------------------------------------------

interface BijeenkomstRow {
  id: string;
  begint_op: Date;
  agenda: Bijeenkomst['agenda'];
  notulen: string;
  status: Bijeenkomst['status'];
  versie: number;
}
const toBijeenkomst = (r: BijeenkomstRow): Bijeenkomst => ({
  id: r.id,
  begintOp: r.begint_op.toISOString(),
  agenda: r.agenda,
  notulen: r.notulen,
  status: r.status,
  versie: r.versie,
});
const normaliseerAgenda = (agenda: readonly NetwerkAgendapunt[]): Bijeenkomst['agenda'] =>
  agenda.map((p) => ({ onderwerp: p.onderwerp, themaId: p.themaId ?? null, leercasusId: p.leercasusId ?? null, twijfelcasusId: p.twijfelcasusId ?? null }));

export async function bijeenkomstenVanJaar(q: Queryable, regioId: string, jaar: number): Promise<Bijeenkomst[]> {
  const { rows } = await q.query<BijeenkomstRow>(
    `select id, begint_op, agenda, notulen, status, versie from rnzs_bijeenkomsten
      where regio_id = $1 and extract(year from begint_op at time zone 'Europe/Amsterdam') = $2 order by begint_op`,
    [regioId, jaar],
  );
  return rows.map(toBijeenkomst);
}

export async function vindBijeenkomst(q: Queryable, regioId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<Bijeenkomst | null> {
  const { rows } = await q.query<BijeenkomstRow>(
    `select id, begint_op, agenda, notulen, status, versie from rnzs_bijeenkomsten where regio_id = $1 and id = $2${forUpdate(options.forUpdate)}`,
    [regioId, id],
  );
  return rows[0] ? toBijeenkomst(rows[0]) : null;
}

export async function voegBijeenkomstIn(q: Queryable, regioId: string, begintOp: string, agenda: readonly NetwerkAgendapunt[]): Promise<string> {
  const { rows } = await q.query<{ id: string }>('insert into rnzs_bijeenkomsten (regio_id, begint_op, agenda) values ($1, $2, $3::jsonb) returning id', [
    regioId,
    begintOp,
    JSON.stringify(normaliseerAgenda(agenda)),
  ]);
  return rows[0]!.id;
}

export async function zetBijeenkomst(
  q: Queryable,
  id: string,
  velden: { begintOp: string; agenda: readonly NetwerkAgendapunt[]; notulen: string; status: Bijeenkomst['status'] },
): Promise<void> {
  await q.query(
    'update rnzs_bijeenkomsten set begint_op = $2, agenda = $3::jsonb, notulen = $4, status = $5, versie = versie + 1, updated_at = now() where id = $1',
    [id, velden.begintOp, JSON.stringify(normaliseerAgenda(velden.agenda)), velden.notulen, velden.status],
  );
}

// ---- Learning cases --------------------------------------------------------------------------------------

interface LeercasusRow {
  id: string;
  titel: string;
  profiel: LeercasusProfiel;
  lessen: string;
  thema_id: string | null;
  versie: number;
  created_at: Date;
}
/** Never selects bron_casus_id: members see the learning case, never the casus it came from. */
const leercasusSelect = 'select id, titel, profiel, lessen, thema_id, versie, created_at from rnzs_leercasussen';
const toLeercasus = (r: LeercasusRow): Leercasus => ({
  id: r.id,
  titel: r.titel,
  profiel: r.profiel,
  lessen: r.lessen,
  themaId: r.thema_id,
  versie: r.versie,
  aangemaaktOp: r.created_at.toISOString(),
});

export async function leercasussenVanRegio(q: Queryable, regioId: string): Promise<Leercasus[]> {
  const { rows } = await q.query<LeercasusRow>(`${leercasusSelect} where regio_id = $1 order by created_at desc`, [regioId]);
  return rows.map(toLeercasus);
}

export async function vindLeercasus(q: Queryable, regioId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<Leercasus | null> {
  const { rows } = await q.query<LeercasusRow>(`${leercasusSelect} where regio_id = $1 and id = $2${forUpdate(options.forUpdate)}`, [regioId, id]);
  return rows[0] ? toLeercasus(rows[0]) : null;
}

export async function leercasusVanBronBestaat(q: Queryable, regioId: string, casusId: string): Promise<boolean> {
  const { rows } = await q.query('select 1 from rnzs_leercasussen where regio_id = $1 and bron_casus_id = $2', [regioId, casusId]);
  return rows.length > 0;
}

export async function casusIdVanNummer(q: Queryable, regioId: string, nummer: string): Promise<string | null> {
  const { rows } = await q.query<{ id: string }>('select id from casussen where nummer = $1 and regio_id = $2', [nummer, regioId]);
  return rows[0]?.id ?? null;
}

export async function voegLeercasusIn(
  q: Queryable,
  input: { regioId: string; bronCasusId: string; titel: string; profiel: LeercasusProfiel; lessen: string; themaId: string | null; door: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    `insert into rnzs_leercasussen (regio_id, bron_casus_id, titel, profiel, lessen, thema_id, aangedragen_door)
     values ($1, $2, $3, $4::jsonb, $5, $6, $7) returning id`,
    [input.regioId, input.bronCasusId, input.titel, JSON.stringify(input.profiel), input.lessen, input.themaId, input.door],
  );
  return rows[0]!.id;
}

export async function zetLeercasus(q: Queryable, id: string, velden: { titel: string; lessen: string; themaId: string | null }): Promise<void> {
  await q.query('update rnzs_leercasussen set titel = $2, lessen = $3, thema_id = $4, versie = versie + 1, updated_at = now() where id = $1', [
    id,
    velden.titel,
    velden.lessen,
    velden.themaId,
  ]);
}

// ---- Doubt cases -----------------------------------------------------------------------------------------

interface TwijfelRow {
  id: string;
  vraag: string;
  situatie: string;
  verbeteractie: Twijfelcasus['verbeteractie'];
  norm: string | null;
  status: Twijfelcasus['status'];
  versie: number;
  created_at: Date;
}
const twijfelSelect = 'select id, vraag, situatie, verbeteractie, norm, status, versie, created_at from rnzs_twijfelcasussen';
const toTwijfel = (r: TwijfelRow): Twijfelcasus => ({
  id: r.id,
  vraag: r.vraag,
  situatie: r.situatie,
  verbeteractie: r.verbeteractie,
  norm: r.norm,
  status: r.status,
  versie: r.versie,
  aangemaaktOp: r.created_at.toISOString(),
});

export async function twijfelcasussenVanRegio(q: Queryable, regioId: string, status?: Twijfelcasus['status']): Promise<Twijfelcasus[]> {
  const { rows } = await q.query<TwijfelRow>(
    `${twijfelSelect} where regio_id = $1 and ($2::text is null or status = $2) order by status, created_at desc`,
    [regioId, status ?? null],
  );
  return rows.map(toTwijfel);
}

export async function vindTwijfelcasus(q: Queryable, regioId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<Twijfelcasus | null> {
  const { rows } = await q.query<TwijfelRow>(`${twijfelSelect} where regio_id = $1 and id = $2${forUpdate(options.forUpdate)}`, [regioId, id]);
  return rows[0] ? toTwijfel(rows[0]) : null;
}

export async function voegTwijfelcasusIn(
  q: Queryable,
  input: { regioId: string; vraag: string; situatie: string; verbeteractie: Twijfelcasus['verbeteractie']; door: string },
): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    'insert into rnzs_twijfelcasussen (regio_id, vraag, situatie, verbeteractie, aangedragen_door) values ($1, $2, $3, $4, $5) returning id',
    [input.regioId, input.vraag, input.situatie, input.verbeteractie, input.door],
  );
  return rows[0]!.id;
}

export async function zetTwijfelcasus(
  q: Queryable,
  id: string,
  velden: Pick<Twijfelcasus, 'vraag' | 'situatie' | 'verbeteractie' | 'norm' | 'status'>,
): Promise<void> {
  await q.query(
    'update rnzs_twijfelcasussen set vraag = $2, situatie = $3, verbeteractie = $4, norm = $5, status = $6, versie = versie + 1, updated_at = now() where id = $1',
    [id, velden.vraag, velden.situatie, velden.verbeteractie, velden.norm, velden.status],
  );
}
