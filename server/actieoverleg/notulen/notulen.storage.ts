import type { Queryable } from '../../platform/db/database';
import { fixedMemberOrganisationIds } from '../vergaderingen/vergadering-access';
import type { OverlegKern } from '../vergaderingen/vergaderingen.storage';
import { localParts, type NotulenRecord, type RecordAgendapunt, type Ref } from './minutes';
import type { NotulenAfspraak, NotulenBeoordeling, NotulenScenario, NotulenVerzending } from './schemas';

/**
 * Reads of the minutes: the whole structured record of one meeting (the input of minutesFor, which filters it per
 * receiving organisation), and the deliveries (notulen_verzendingen) with their mail recipients.
 * The tables are the meeting's (migration 0012); this file only reads them, apart from the delivery rows.
 */

const ref = (id: string | null, naam: string | null): Ref | null => (id ? { id, naam: naam ?? '' } : null);
interface AfspraakRow {
  id: string;
  casus_id: string;
  agendapunt_id: string | null;
  soort: NotulenAfspraak['soort'];
  wat: string;
  eigenaar_organisatie_id: string;
  eigenaar_organisatie_naam: string;
  eigenaar_gebruiker_id: string | null;
  eigenaar_gebruiker_naam: string | null;
  deadline: string;
  status: NotulenAfspraak['status'];
}

const selectAfspraak = `
  select f.id, f.casus_id, f.agendapunt_id, f.soort, f.wat, f.eigenaar_organisatie_id, eo.naam as eigenaar_organisatie_naam,
         f.eigenaar_gebruiker_id, eg.naam as eigenaar_gebruiker_naam, to_char(f.deadline, 'YYYY-MM-DD') as deadline, f.status
    from afspraken f
    join organisaties eo on eo.id = f.eigenaar_organisatie_id
    left join gebruikers eg on eg.id = f.eigenaar_gebruiker_id`;

function toAfspraak(r: AfspraakRow): NotulenAfspraak {
  return {
    id: r.id,
    soort: r.soort,
    wat: r.wat,
    eigenaarOrganisatie: { id: r.eigenaar_organisatie_id, naam: r.eigenaar_organisatie_naam },
    eigenaarGebruiker: ref(r.eigenaar_gebruiker_id, r.eigenaar_gebruiker_naam),
    deadline: r.deadline,
    status: r.status,
  };
}

/** Everything recorded about a meeting, unfiltered: only ever passed through minutesFor before it leaves the server. */
export async function loadNotulenRecord(tx: Queryable, overleg: OverlegKern): Promise<NotulenRecord> {
  const vasteLeden = await fixedMemberOrganisationIds(tx, overleg.reeksId);

  const aanwezigheid = await tx.query<{ gebruiker_id: string; gebruiker_naam: string; organisatie_id: string; organisatie_naam: string; status: 'aanwezig' | 'afgemeld'; met_mandaat: boolean }>(
    `select a.gebruiker_id, g.naam as gebruiker_naam, a.organisatie_id, o.naam as organisatie_naam, a.status, a.met_mandaat
       from actieoverleg_aanwezigheid a
       join gebruikers g on g.id = a.gebruiker_id
       join organisaties o on o.id = a.organisatie_id
      where a.overleg_id = $1`,
    [overleg.id],
  );

  const punten = await tx.query<{
    id: string;
    volgorde: number;
    soort: RecordAgendapunt['soort'];
    status: RecordAgendapunt['status'];
    casus_id: string;
    casus_nummer: string;
    vraag: string | null;
    grootste_zorg: string;
    directe_veiligheid: string;
    gevaren: string;
    complicerende_factoren: string;
    samenhang: string;
    regie_organisatie_id: string | null;
    regie_organisatie_naam: string | null;
    regie_gebruiker_id: string | null;
    regie_gebruiker_naam: string | null;
    regie_toelichting: string;
    monitoring: string;
    informatie_betrokkenen: string;
    te_informeren_partijen: string;
  }>(
    `select p.id, p.volgorde, p.soort, p.status, p.casus_id, c.nummer as casus_nummer, m.vraag,
            p.grootste_zorg, p.directe_veiligheid, p.gevaren, p.complicerende_factoren, p.samenhang,
            p.regie_organisatie_id, ro.naam as regie_organisatie_naam, p.regie_gebruiker_id, rg.naam as regie_gebruiker_naam,
            p.regie_toelichting, p.monitoring, p.informatie_betrokkenen, p.te_informeren_partijen
       from agendapunten p
       join casussen c on c.id = p.casus_id
       left join aanmeldingen m on m.id = p.aanmelding_id
       left join organisaties ro on ro.id = p.regie_organisatie_id
       left join gebruikers rg on rg.id = p.regie_gebruiker_id
      where p.overleg_id = $1
      order by p.volgorde, p.id`,
    [overleg.id],
  );
  const ids = punten.rows.map((p) => p.id);

  const uitnodigingen = await tx.query<{ agendapunt_id: string; organisatie_id: string }>(
    'select agendapunt_id, organisatie_id from agendapunt_uitnodigingen where agendapunt_id = any ($1::uuid[])',
    [ids],
  );
  const bijdragen = await tx.query<{ agendapunt_id: string; organisatie_id: string; organisatie_naam: string; inhoud: string; zichtbaar_voor: string[] | null }>(
    `select b.agendapunt_id, b.organisatie_id, o.naam as organisatie_naam, b.inhoud, b.zichtbaar_voor
       from agendapunt_bijdragen b join organisaties o on o.id = b.organisatie_id
      where b.agendapunt_id = any ($1::uuid[])
      order by b.created_at, b.id`,
    [ids],
  );
  const afspraken = await tx.query<AfspraakRow>(`${selectAfspraak} where f.agendapunt_id = any ($1::uuid[]) order by f.created_at, f.id`, [ids]);
  const scenarios = await tx.query<{
    id: string;
    agendapunt_id: string;
    soort: NotulenScenario['soort'];
    wat: string;
    eigenaar_organisatie_id: string;
    eigenaar_organisatie_naam: string;
    eigenaar_gebruiker_id: string | null;
    eigenaar_gebruiker_naam: string | null;
    actief: boolean;
  }>(
    `select s.id, s.agendapunt_id, s.soort, s.wat, s.eigenaar_organisatie_id, eo.naam as eigenaar_organisatie_naam,
            s.eigenaar_gebruiker_id, eg.naam as eigenaar_gebruiker_naam, s.actief
       from scenarios s
       join organisaties eo on eo.id = s.eigenaar_organisatie_id
       left join gebruikers eg on eg.id = s.eigenaar_gebruiker_id
      where s.agendapunt_id = any ($1::uuid[])
      order by s.created_at, s.id`,
    [ids],
  );
  // Reviews at this meeting of agreements made earlier; they belong to the item of the agreement's casus.
  const beoordelingen = await tx.query<AfspraakRow & { reden: NotulenBeoordeling['reden']; toelichting_beoordeling: string }>(
    `select q.*, b.reden, b.toelichting as toelichting_beoordeling
       from afspraak_beoordelingen b
       join (${selectAfspraak}) q on q.id = b.afspraak_id
      where b.overleg_id = $1
      order by b.created_at, b.id`,
    [overleg.id],
  );

  const byItem = <T extends { agendapunt_id: string | null }>(rows: T[], id: string) => rows.filter((r) => r.agendapunt_id === id);
  return {
    overleg: {
      id: overleg.id,
      regio: { id: overleg.regioId, naam: overleg.regioNaam },
      begintOp: overleg.begintOp,
      eindigtOp: overleg.eindigtOp,
      locatie: overleg.locatie,
      status: overleg.status,
      afgerondOp: overleg.afgerondOp,
    },
    vasteLeden,
    aanwezigheid: aanwezigheid.rows.map((a) => ({
      gebruiker: { id: a.gebruiker_id, naam: a.gebruiker_naam },
      organisatie: { id: a.organisatie_id, naam: a.organisatie_naam },
      status: a.status,
      metMandaat: a.met_mandaat,
    })),
    agendapunten: punten.rows.map((p) => ({
      id: p.id,
      volgorde: p.volgorde,
      soort: p.soort,
      status: p.status,
      casus: { id: p.casus_id, nummer: p.casus_nummer },
      vraag: p.soort === 'aanmelding' ? (p.vraag ?? '') : null,
      uitgenodigd: uitnodigingen.rows.filter((u) => u.agendapunt_id === p.id).map((u) => u.organisatie_id),
      bijdragen: byItem(bijdragen.rows, p.id).map((b) => ({
        organisatie: { id: b.organisatie_id, naam: b.organisatie_naam },
        inhoud: b.inhoud,
        zichtbaarVoor: b.zichtbaar_voor,
      })),
      grootsteZorg: p.grootste_zorg,
      directeVeiligheid: p.directe_veiligheid,
      gevaren: p.gevaren,
      complicerendeFactoren: p.complicerende_factoren,
      samenhang: p.samenhang,
      regieOrganisatie: ref(p.regie_organisatie_id, p.regie_organisatie_naam),
      regieGebruiker: ref(p.regie_gebruiker_id, p.regie_gebruiker_naam),
      regieToelichting: p.regie_toelichting,
      monitoring: p.monitoring,
      informatieBetrokkenen: p.informatie_betrokkenen,
      teInformerenPartijen: p.te_informeren_partijen,
      afspraken: byItem(afspraken.rows, p.id).map(toAfspraak),
      scenarios: byItem(scenarios.rows, p.id).map((s) => ({
        id: s.id,
        soort: s.soort,
        wat: s.wat,
        eigenaarOrganisatie: { id: s.eigenaar_organisatie_id, naam: s.eigenaar_organisatie_naam },
        eigenaarGebruiker: ref(s.eigenaar_gebruiker_id, s.eigenaar_gebruiker_naam),
        actief: s.actief,
      })),
      beoordelingen: beoordelingen.rows
        .filter((b) => b.casus_id === p.casus_id)
        .map((b) => ({ afspraak: toAfspraak(b), reden: b.reden, toelichting: b.toelichting_beoordeling })),
    })),
  };
}

/** The agenda items of a meeting that are neither discussed nor moved on. */
export async function openItemIds(tx: Queryable, overlegId: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `select id from agendapunten where overleg_id = $1 and status = 'gepland' order by volgorde, id`,
    [overlegId],
  );
  return rows.map((r) => r.id);
}

/** The on-call organisations invited to any item of a meeting. */
export async function invitedOrganisationIdsOfMeeting(tx: Queryable, overlegId: string): Promise<string[]> {
  const { rows } = await tx.query<{ organisatie_id: string }>(
    `select distinct u.organisatie_id from agendapunt_uitnodigingen u join agendapunten a on a.id = u.agendapunt_id where a.overleg_id = $1`,
    [overlegId],
  );
  return rows.map((r) => r.organisatie_id);
}

export async function markClosed(tx: Queryable, overlegId: string, at: Date): Promise<void> {
  await tx.query(
    `update actieoverleggen set status = 'afgerond', afgerond_op = $2, versie = versie + 1, updated_at = $2 where id = $1`,
    [overlegId, at],
  );
}

export async function organisationNames(tx: Queryable, ids: readonly string[]): Promise<Ref[]> {
  const { rows } = await tx.query<{ id: string; naam: string }>('select id, naam from organisaties where id = any ($1::uuid[]) order by naam', [ids]);
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Deliveries

export async function insertDelivery(tx: Queryable, overlegId: string, organisatieId: string, at: Date): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into notulen_verzendingen (overleg_id, organisatie_id, beschikbaar_op) values ($1, $2, $3)
     on conflict (overleg_id, organisatie_id) do update set beschikbaar_op = notulen_verzendingen.beschikbaar_op
     returning id`,
    [overlegId, organisatieId, at],
  );
  return rows[0]!.id;
}

export function readTaskKey(overlegId: string, organisatieId: string): string {
  return `notulen-lezen:${overlegId}:${organisatieId}`;
}

/** The minutes delivered to an organisation, newest meeting first. */
export async function listDeliveries(tx: Queryable, organisatieId: string, limit = 200): Promise<NotulenVerzending[]> {
  const { rows } = await tx.query<{
    id: string;
    overleg_id: string;
    begint_op: Date;
    regio_id: string;
    regio_naam: string;
    beschikbaar_op: Date;
    gelezen: boolean;
  }>(
    `select v.id, v.overleg_id, o.begint_op, o.regio_id, r.naam as regio_naam, v.beschikbaar_op,
            coalesce((select t.status = 'afgerond' from taken t where t.sleutel = 'notulen-lezen:' || v.overleg_id || ':' || v.organisatie_id), false) as gelezen
       from notulen_verzendingen v
       join actieoverleggen o on o.id = v.overleg_id
       join regios r on r.id = o.regio_id
      where v.organisatie_id = $1
      order by o.begint_op desc, v.id
      limit $2`,
    [organisatieId, limit],
  );
  return rows.map((r) => {
    const base = `/api/v1/actieoverleggen/${r.overleg_id}/notulen`;
    return {
      id: r.id,
      overlegId: r.overleg_id,
      datum: localParts(new Date(r.begint_op)).datum,
      regio: { id: r.regio_id, naam: r.regio_naam },
      beschikbaarOp: new Date(r.beschikbaar_op).toISOString(),
      gelezen: r.gelezen,
      links: { html: base, pdf: `${base}.pdf`, json: `${base}?formaat=json` },
    };
  });
}

export interface MailDelivery {
  verzendingId: string;
  overlegId: string;
  organisatieId: string;
  organisatieNaam: string;
  regioNaam: string;
  begintOp: Date;
  gemaildOp: Date | null;
  /** Addresses of the organisation's representative and of its people at the meeting. */
  adressen: string[];
}

export async function findMailDelivery(tx: Queryable, verzendingId: string): Promise<MailDelivery | null> {
  const { rows } = await tx.query<{ id: string; overleg_id: string; organisatie_id: string; organisatie_naam: string; regio_naam: string; begint_op: Date; gemaild_op: Date | null; adressen: string[] | null }>(
    `select v.id, v.overleg_id, v.organisatie_id, org.naam as organisatie_naam, r.naam as regio_naam, o.begint_op, v.gemaild_op,
            (select array_agg(distinct lower(g.e_mail) order by lower(g.e_mail))
               from gebruikers g
              where g.actief and g.e_mail is not null and g.e_mail <> ''
                and (g.id in (select l.vertegenwoordiger_gebruiker_id from actieoverleg_leden l
                               where l.reeks_id = o.reeks_id and l.organisatie_id = v.organisatie_id and l.tot is null)
                     or g.id in (select a.gebruiker_id from actieoverleg_aanwezigheid a
                                  where a.overleg_id = o.id and a.organisatie_id = v.organisatie_id))) as adressen
       from notulen_verzendingen v
       join actieoverleggen o on o.id = v.overleg_id
       join regios r on r.id = o.regio_id
       join organisaties org on org.id = v.organisatie_id
      where v.id = $1
      for update of v`,
    [verzendingId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    verzendingId: r.id,
    overlegId: r.overleg_id,
    organisatieId: r.organisatie_id,
    organisatieNaam: r.organisatie_naam,
    regioNaam: r.regio_naam,
    begintOp: new Date(r.begint_op),
    gemaildOp: r.gemaild_op ? new Date(r.gemaild_op) : null,
    adressen: r.adressen ?? [],
  };
}

export async function markMailed(tx: Queryable, verzendingId: string, ontvangers: number, at: Date): Promise<void> {
  await tx.query('update notulen_verzendingen set gemaild_op = $2, mail_ontvangers = $3 where id = $1', [verzendingId, at, ontvangers]);
}
