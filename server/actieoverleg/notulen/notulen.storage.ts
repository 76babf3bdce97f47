import type { Queryable } from '../../platform/db/database';
import { fixedMemberOrganisationIds } from '../vergaderingen/vergadering-access';
import type { OverlegKern } from '../vergaderingen/vergaderingen.storage';
import { findBespreking } from '../bespreking/bespreking.storage';
import { listAfsprakenOfAgendapunt, listAfsprakenOfCasus } from '../afspraken/afspraken.storage';
import type { Afspraak } from '../afspraken/schemas';
import { listScenariosOfAgendapunt } from '../scenarios/scenarios.storage';
import type { Scenario } from '../scenarios/schemas';
import { localParts, type NotulenRecord, type RecordAgendapunt, type Ref } from './minutes';
import type { NotulenAfspraak, NotulenScenario, NotulenVerzending } from './schemas';

/**
 * Reads of the minutes: the whole structured record of one meeting (the input of minutesFor, which filters it per
 * receiving organisation), and the deliveries (notulen_verzendingen) with their mail recipients.
 * The tables are the meeting's (migration 0012); this file only reads them, apart from the delivery rows.
 */

const toAfspraak = (a: Afspraak): NotulenAfspraak => ({
  id: a.id,
  soort: a.soort,
  wat: a.wat,
  eigenaarOrganisatie: a.eigenaarOrganisatie,
  eigenaarGebruiker: a.eigenaarGebruiker,
  deadline: a.deadline,
  status: a.status,
});

const toScenario = (s: Scenario): NotulenScenario => ({
  id: s.id,
  soort: s.soort,
  wat: s.wat,
  eigenaarOrganisatie: s.eigenaarOrganisatie,
  eigenaarGebruiker: s.eigenaarGebruiker,
  actief: s.actief,
});

/**
 * Everything recorded about a meeting, unfiltered: only ever passed through minutesFor before it leaves the server.
 * The steps, agreements and scenarios of an item are read by their own storage (bespreking, afspraken, scenarios).
 */
export async function loadNotulenRecord(tx: Queryable, overleg: OverlegKern, now: Date = new Date()): Promise<NotulenRecord> {
  const vasteLeden = await fixedMemberOrganisationIds(tx, overleg.reeksId);

  const aanwezigheid = await tx.query<{ gebruiker_id: string; gebruiker_naam: string; organisatie_id: string; organisatie_naam: string; status: 'aanwezig' | 'afgemeld'; met_mandaat: boolean }>(
    `select a.gebruiker_id, g.naam as gebruiker_naam, a.organisatie_id, o.naam as organisatie_naam, a.status, a.met_mandaat
       from actieoverleg_aanwezigheid a
       join gebruikers g on g.id = a.gebruiker_id
       join organisaties o on o.id = a.organisatie_id
      where a.overleg_id = $1`,
    [overleg.id],
  );

  const punten = await tx.query<{ id: string; volgorde: number; vraag: string | null }>(
    `select p.id, p.volgorde, m.vraag
       from agendapunten p left join aanmeldingen m on m.id = p.aanmelding_id
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

  const agendapunten: RecordAgendapunt[] = [];
  for (const { id, volgorde, vraag } of punten.rows) {
    const b = (await findBespreking(tx, id))!;
    // Reviews at this meeting of agreements about the casus made at earlier meetings.
    const beoordeeld = (await listAfsprakenOfCasus(tx, b.casusId, now)).flatMap((a) =>
      a.beoordelingen.filter((r) => r.overlegId === overleg.id).map((r) => ({ afspraak: toAfspraak(a), reden: r.reden, toelichting: r.toelichting })),
    );
    agendapunten.push({
      id,
      volgorde,
      soort: b.soort,
      status: b.status,
      casus: { id: b.casusId, nummer: b.casusNummer },
      vraag: b.soort === 'aanmelding' ? (vraag ?? '') : null,
      uitgenodigd: uitnodigingen.rows.filter((u) => u.agendapunt_id === id).map((u) => u.organisatie_id),
      bijdragen: bijdragen.rows
        .filter((r) => r.agendapunt_id === id)
        .map((r) => ({ organisatie: { id: r.organisatie_id, naam: r.organisatie_naam }, inhoud: r.inhoud, zichtbaarVoor: r.zichtbaar_voor })),
      grootsteZorg: b.grootsteZorg,
      directeVeiligheid: b.directeVeiligheid,
      gevaren: b.gevaren,
      complicerendeFactoren: b.complicerendeFactoren,
      samenhang: b.samenhang,
      regieOrganisatie: b.regieOrganisatie,
      regieGebruiker: b.regieGebruiker,
      regieToelichting: b.regieToelichting,
      monitoring: b.monitoring,
      informatieBetrokkenen: b.informatieBetrokkenen,
      teInformerenPartijen: b.teInformerenPartijen,
      afspraken: (await listAfsprakenOfAgendapunt(tx, id, now)).map(toAfspraak),
      scenarios: (await listScenariosOfAgendapunt(tx, id)).map(toScenario),
      beoordelingen: beoordeeld,
    });
  }
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
    agendapunten,
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
