import type { Queryable } from '../platform/db/database';
import { personSummaries } from '../persons/person-references';
import { listParticipants } from '../sharing/deelnemers.storage';
import type { Casus, CasusLijst, CasusLijstQuery, CasusRol } from './schemas';
import type { CasusToegang } from './casus-access';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export async function nextCasusNummer(tx: Queryable, at: Date = new Date()): Promise<string> {
  const { rows } = await tx.query<{ n: number }>(`select nextval('casus_nummer_seq')::int as n`);
  return `C-${at.getFullYear()}-${String(rows[0]!.n).padStart(6, '0')}`;
}

export async function insertCasus(
  tx: Queryable,
  input: { nummer: string; regioId: string; organisatieId: string; gebruikerId: string | null },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into casussen (nummer, regio_id, aangemaakt_door_organisatie_id, aangemaakt_door_gebruiker_id)
     values ($1, $2, $3, $4) returning id`,
    [input.nummer, input.regioId, input.organisatieId, input.gebruikerId],
  );
  return rows[0]!.id;
}

/** Adds a person to a casus; false when the person is already in it. */
export async function insertCasusPersoon(tx: Queryable, casusId: string, persoonId: string, rol: CasusRol): Promise<boolean> {
  const { rowCount } = await tx.query(
    `insert into casus_personen (casus_id, persoon_id, rol) values ($1, $2, $3) on conflict (casus_id, persoon_id) do nothing`,
    [casusId, persoonId, rol],
  );
  return rowCount > 0;
}

export async function deleteCasusPersoon(tx: Queryable, casusId: string, persoonId: string): Promise<boolean> {
  const { rowCount } = await tx.query('delete from casus_personen where casus_id = $1 and persoon_id = $2', [casusId, persoonId]);
  return rowCount > 0;
}

export async function casusPersonen(tx: Queryable, casusId: string): Promise<Casus['personen']> {
  const { rows } = await tx.query<{ persoon_id: string; rol: CasusRol }>(
    'select persoon_id, rol from casus_personen where casus_id = $1 order by toegevoegd_op, persoon_id',
    [casusId],
  );
  const summaries = await personSummaries(tx, rows.map((r) => r.persoon_id));
  return rows.map((r) => {
    const p = summaries.get(r.persoon_id)!;
    return { persoon: { id: p.id, naam: p.naam, geboortedatum: p.geboortedatum }, rol: r.rol };
  });
}

export async function touchCasus(tx: Queryable, casusId: string, options: { bumpVersie?: boolean } = {}): Promise<void> {
  await tx.query(`update casussen set updated_at = now() ${options.bumpVersie ? ', versie = versie + 1' : ''} where id = $1`, [casusId]);
}

export async function updateCasusFields(
  tx: Queryable,
  casusId: string,
  fields: { status: 'open' | 'gesloten'; regieOrganisatieId: string | null; regieGebruikerId: string | null },
): Promise<void> {
  await tx.query(
    `update casussen set status = $2, regie_organisatie_id = $3, regie_gebruiker_id = $4, versie = versie + 1, updated_at = now(),
            gesloten_op = case when $2 = 'gesloten' then coalesce(gesloten_op, now()) else null end
      where id = $1`,
    [casusId, fields.status, fields.regieOrganisatieId, fields.regieGebruikerId],
  );
}

export async function casusRegie(tx: Queryable, casusId: string): Promise<{ organisatieId: string | null; gebruikerId: string | null }> {
  const { rows } = await tx.query<{ regie_organisatie_id: string | null; regie_gebruiker_id: string | null }>(
    'select regie_organisatie_id, regie_gebruiker_id from casussen where id = $1',
    [casusId],
  );
  return { organisatieId: rows[0]?.regie_organisatie_id ?? null, gebruikerId: rows[0]?.regie_gebruiker_id ?? null };
}

/** Whether the user is an active member of the organisation (for regie and contact persons). */
export async function isActiveMember(tx: Queryable, gebruikerId: string, organisatieId: string): Promise<boolean> {
  const { rows } = await tx.query(
    `select 1 from lidmaatschappen l join gebruikers g on g.id = l.gebruiker_id
      where l.gebruiker_id = $1 and l.organisatie_id = $2 and l.actief and g.actief`,
    [gebruikerId, organisatieId],
  );
  return rows.length > 0;
}

export async function listCoordinatiemomenten(tx: Queryable, casusId: string): Promise<Casus['coordinatiemomenten']> {
  const { rows } = await tx.query<{ id: string; soort: Casus['coordinatiemomenten'][number]['soort']; status: 'geopend' | 'afgerond'; redenen: string[]; geopend_op: Date }>(
    'select id, soort, status, redenen, geopend_op from coordinatiemomenten where casus_id = $1 order by geopend_op, id',
    [casusId],
  );
  return rows.map((r) => ({ id: r.id, soort: r.soort, status: r.status, redenen: r.redenen, geopendOp: iso(r.geopend_op) }));
}

/** The whole casus as one participant sees it. The caller has checked access (requireCasusAccess). */
export async function readCasusDetail(tx: Queryable, toegang: CasusToegang): Promise<Casus> {
  const { rows } = await tx.query<{
    id: string;
    nummer: string;
    regio_id: string;
    regio_naam: string;
    status: 'open' | 'gesloten';
    regie_organisatie_id: string | null;
    regie_organisatie_naam: string | null;
    regie_gebruiker_id: string | null;
    regie_gebruiker_naam: string | null;
    versie: number;
    created_at: Date;
    grondslag_code: string;
    grondslag_naam: string;
  }>(
    `select c.id, c.nummer, c.regio_id, r.naam as regio_naam, c.status,
            c.regie_organisatie_id, ro.naam as regie_organisatie_naam, c.regie_gebruiker_id, rg.naam as regie_gebruiker_naam,
            c.versie, c.created_at, gr.code as grondslag_code, gr.naam as grondslag_naam
       from casussen c
       join regios r on r.id = c.regio_id
       left join organisaties ro on ro.id = c.regie_organisatie_id
       left join gebruikers rg on rg.id = c.regie_gebruiker_id
       join grondslagen gr on gr.id = $2
      where c.id = $1`,
    [toegang.casusId, toegang.grondslagId],
  );
  const c = rows[0]!;
  const meldingen = await tx.query<{
    id: string;
    bron: Casus['meldingen'][number]['bron'];
    ontvangen_op: Date;
    incident_op: Date | null;
    acute_onveiligheid: boolean;
    samengevoegd_in_id: string | null;
  }>(
    `select id, bron, ontvangen_op, incident_op, acute_onveiligheid, samengevoegd_in_id
       from meldingen where casus_id = $1 order by ontvangen_op, id`,
    [toegang.casusId],
  );
  return {
    id: c.id,
    nummer: c.nummer,
    regio: { id: c.regio_id, naam: c.regio_naam },
    status: c.status,
    regie: {
      organisatie: c.regie_organisatie_id ? { id: c.regie_organisatie_id, naam: c.regie_organisatie_naam ?? '' } : null,
      gebruiker: c.regie_gebruiker_id ? { id: c.regie_gebruiker_id, naam: c.regie_gebruiker_naam ?? '' } : null,
    },
    personen: await casusPersonen(tx, toegang.casusId),
    deelnemers: await listParticipants(tx, toegang.casusId, { alleenActief: true }),
    meldingen: meldingen.rows.map((m) => ({
      id: m.id,
      bron: m.bron,
      ontvangenOp: iso(m.ontvangen_op),
      incidentOp: isoOrNull(m.incident_op),
      acuteOnveiligheid: m.acute_onveiligheid,
      samengevoegdIn: m.samengevoegd_in_id,
    })),
    coordinatiemomenten: await listCoordinatiemomenten(tx, toegang.casusId),
    eigenDeelname: { doel: toegang.doel, grondslag: { id: toegang.grondslagId, code: c.grondslag_code, naam: c.grondslag_naam } },
    versie: c.versie,
    aangemaaktOp: iso(c.created_at),
  };
}

/** The casussen the organisation takes part in now, newest first, with persons, last activity and task counts. */
export async function listCasussenOf(tx: Queryable, organisatieId: string, query: CasusLijstQuery): Promise<CasusLijst> {
  const zoek = query.zoek ? `%${query.zoek.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
  const where = `d.organisatie_id = $1 and d.tot is null and ($2::text is null or c.status = $2) and ($3::text is null or c.nummer ilike $3)`;
  const count = await tx.query<{ n: number }>(
    `select count(*)::int as n from casus_deelnemers d join casussen c on c.id = d.casus_id where ${where}`,
    [organisatieId, query.status ?? null, zoek],
  );
  const { rows } = await tx.query<{
    id: string;
    nummer: string;
    status: 'open' | 'gesloten';
    laatste: Date | null;
    open_taken: number;
    verlopen_taken: number;
  }>(
    `select c.id, c.nummer, c.status,
            (select max(t.geregistreerd_op) from tijdlijn t where t.casus_id = c.id) as laatste,
            (select count(*)::int from taken k where k.casus_id = c.id and k.organisatie_id = $1 and k.status = 'open') as open_taken,
            (select count(*)::int from taken k where k.casus_id = c.id and k.organisatie_id = $1 and k.status = 'open' and k.deadline < now()) as verlopen_taken
       from casus_deelnemers d join casussen c on c.id = d.casus_id
      where ${where}
      order by c.created_at desc, c.id
      limit $4 offset $5`,
    [organisatieId, query.status ?? null, zoek, query.perPagina, (query.pagina - 1) * query.perPagina],
  );
  const ids = rows.map((r) => r.id);
  const personen = ids.length
    ? (await tx.query<{ casus_id: string; persoon_id: string; rol: CasusRol }>(
        'select casus_id, persoon_id, rol from casus_personen where casus_id = any ($1::uuid[]) order by toegevoegd_op, persoon_id',
        [ids],
      )).rows
    : [];
  const summaries = await personSummaries(tx, personen.map((p) => p.persoon_id));
  return {
    casussen: rows.map((r) => ({
      id: r.id,
      nummer: r.nummer,
      status: r.status,
      personen: personen.filter((p) => p.casus_id === r.id).map((p) => ({ naam: summaries.get(p.persoon_id)?.naam ?? '', rol: p.rol })),
      laatsteGebeurtenisOp: isoOrNull(r.laatste),
      openTaken: r.open_taken,
      verlopenTaken: r.verlopen_taken,
    })),
    pagina: query.pagina,
    perPagina: query.perPagina,
    totaal: count.rows[0]!.n,
  };
}
