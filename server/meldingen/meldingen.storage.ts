import type { Queryable } from '../platform/db/database';
import { participatesSql } from '../cases/casus-access';
import { displayName } from '../persons/person-references';
import type { OrganisatieSoort } from '../organisations/schemas';
import type { Bron, Geweldsvorm, Melding, MeldingRol } from './schemas';
import type { MeldingFeiten } from './rules/melding-facts';
import { DOUBLE_INTAKE_WINDOW_HOURS } from './rules/double-intake';
import { REPEAT_WINDOW_DAYS } from './rules/repeat';
import { isPoliceMelding } from './zorgmelding';
import { zorgmeldingDeadline } from '../tasks/deadlines';

export interface NieuweMeldingRij {
  organisatieId: string;
  regioId: string;
  bron: Bron;
  externBerichtId: string | null;
  machineClientId: string | null;
  ontvangenOp: Date;
  incidentOp: Date | null;
  geweldsvormen: Geweldsvorm[];
  acuteOnveiligheid: boolean;
  wapens: boolean;
  kinderenAanwezig: boolean;
  verdachteAangehouden: boolean;
  vermoedenStrafbareKindermishandeling: boolean;
  omschrijving: string;
  gebruikerId: string | null;
}

/**
 * Inserts a melding; with an external message id already taken by the organisation nothing is inserted and null is
 * returned (the unique index decides, also between concurrent deliveries).
 */
export async function insertMelding(tx: Queryable, m: NieuweMeldingRij): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into meldingen (organisatie_id, regio_id, bron, extern_bericht_id, machine_client_id, ontvangen_op, incident_op, geweldsvormen,
       acute_onveiligheid, wapens, kinderen_aanwezig, verdachte_aangehouden, vermoeden_strafbare_kindermishandeling, omschrijving,
       geregistreerd_door_gebruiker_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     on conflict (organisatie_id, extern_bericht_id) where extern_bericht_id is not null do nothing
     returning id`,
    [
      m.organisatieId, m.regioId, m.bron, m.externBerichtId, m.machineClientId, m.ontvangenOp, m.incidentOp, m.geweldsvormen,
      m.acuteOnveiligheid, m.wapens, m.kinderenAanwezig, m.verdachteAangehouden, m.vermoedenStrafbareKindermishandeling, m.omschrijving,
      m.gebruikerId,
    ],
  );
  return rows[0]?.id ?? null;
}

export async function findByExternId(tx: Queryable, organisatieId: string, externBerichtId: string): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>('select id from meldingen where organisatie_id = $1 and extern_bericht_id = $2', [
    organisatieId,
    externBerichtId,
  ]);
  return rows[0]?.id ?? null;
}

export async function insertMeldingPersonen(tx: Queryable, meldingId: string, personen: readonly { persoonId: string; rol: MeldingRol }[]): Promise<void> {
  await tx.query(
    `insert into melding_personen (melding_id, persoon_id, rol)
     select $1, p, r from unnest($2::uuid[], $3::text[]) as x (p, r)
     on conflict do nothing`,
    [meldingId, personen.map((p) => p.persoonId), personen.map((p) => p.rol)],
  );
}

export interface KandidaatMelding extends MeldingFeiten {
  organisatieId: string;
  regioId: string;
  casusId: string | null;
  /** The organisation asking sees it: took it in, or takes part in its casus. */
  zichtbaar: boolean;
}

/**
 * Meldingen (not merged into another) sharing one of the persons, whose moment lies from a year before to
 * 48 hours after `at`: everything the repeat and double-intake rules can match. Bounded, newest first.
 */
export async function candidatesSharingPersons(
  tx: Queryable,
  persoonIds: readonly string[],
  excludeId: string,
  at: Date,
  viewerOrganisatieId: string,
): Promise<KandidaatMelding[]> {
  if (persoonIds.length === 0) return [];
  const from = new Date(at.getTime() - (REPEAT_WINDOW_DAYS + 1) * 86_400_000);
  const to = new Date(at.getTime() + (DOUBLE_INTAKE_WINDOW_HOURS + 1) * 3_600_000);
  const { rows } = await tx.query<{
    id: string;
    bron: Bron;
    ontvangen_op: Date;
    incident_op: Date | null;
    organisatie_id: string;
    regio_id: string;
    casus_id: string | null;
    zichtbaar: boolean;
    persoon_ids: string[];
    rollen: MeldingRol[];
  }>(
    `select m.id, m.bron, m.ontvangen_op, m.incident_op, m.organisatie_id, m.regio_id, m.casus_id,
            (m.organisatie_id = $5 or (m.casus_id is not null and ${participatesSql('m.casus_id', '$5')})) as zichtbaar,
            array_agg(mp.persoon_id) as persoon_ids, array_agg(mp.rol) as rollen
       from meldingen m
       join melding_personen mp on mp.melding_id = m.id
      where m.id in (select melding_id from melding_personen where persoon_id = any ($1::uuid[]))
        and m.id <> $2 and m.samengevoegd_in_id is null
        and coalesce(m.incident_op, m.ontvangen_op) between $3 and $4
      group by m.id
      order by coalesce(m.incident_op, m.ontvangen_op) desc
      limit 200`,
    [persoonIds, excludeId, from, to, viewerOrganisatieId],
  );
  return rows.map((r) => ({
    id: r.id,
    bron: r.bron,
    ontvangenOp: r.ontvangen_op,
    incidentOp: r.incident_op,
    organisatieId: r.organisatie_id,
    regioId: r.regio_id,
    casusId: r.casus_id,
    zichtbaar: r.zichtbaar,
    personen: r.persoon_ids.map((persoonId, i) => ({ persoonId, rol: r.rollen[i]! })),
  }));
}

export async function setRepeatOf(tx: Queryable, meldingId: string, eerdereMeldingId: string): Promise<void> {
  await tx.query('update meldingen set herhaling_van_id = $2 where id = $1', [meldingId, eerdereMeldingId]);
}

/** SQL condition: organisation `orgParam` may see melding `alias`. */
export function meldingVisibleSql(alias: string, orgParam: string): string {
  return `(${alias}.organisatie_id = ${orgParam} or (${alias}.casus_id is not null and ${participatesSql(`${alias}.casus_id`, orgParam)}))`;
}

interface MeldingRow {
  id: string;
  organisatie_id: string;
  organisatie_naam: string;
  organisatie_soort: OrganisatieSoort;
  bron: Bron;
  extern_bericht_id: string | null;
  ontvangen_op: Date;
  incident_op: Date | null;
  geweldsvormen: Geweldsvorm[];
  acute_onveiligheid: boolean;
  wapens: boolean;
  kinderen_aanwezig: boolean;
  verdachte_aangehouden: boolean;
  vermoeden_strafbare_kindermishandeling: boolean;
  omschrijving: string;
  casus_id: string | null;
  samengevoegd_in_id: string | null;
  herhaling_van_id: string | null;
  herhaling_zichtbaar: boolean | null;
  herhaling_dagen: number | null;
  taak_te_laat: boolean | null;
  versie: number;
}

const MELDING_SELECT = `
  select m.id, m.organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort, m.bron, m.extern_bericht_id,
         m.ontvangen_op, m.incident_op, m.geweldsvormen, m.acute_onveiligheid, m.wapens, m.kinderen_aanwezig,
         m.verdachte_aangehouden, m.vermoeden_strafbare_kindermishandeling, m.omschrijving, m.casus_id, m.samengevoegd_in_id,
         m.herhaling_van_id, ${meldingVisibleSql('h', '$1')} as herhaling_zichtbaar,
         floor(extract(epoch from (coalesce(m.incident_op, m.ontvangen_op) - coalesce(h.incident_op, h.ontvangen_op))) / 86400)::int as herhaling_dagen,
         (t.status = 'open' and t.deadline < now()) or (t.status = 'afgerond' and t.afgerond_op > t.deadline) as taak_te_laat,
         m.versie
    from meldingen m
    join organisaties o on o.id = m.organisatie_id
    left join meldingen h on h.id = m.herhaling_van_id
    left join taken t on t.sleutel = 'zorgmelding:' || m.id::text`;

/** Meldingen as the API shows them to one organisation, in the order of `ids`. Visibility is the caller's check. */
export async function meldingViews(tx: Queryable, viewerOrganisatieId: string, ids: readonly string[]): Promise<Melding[]> {
  if (ids.length === 0) return [];
  const { rows } = await tx.query<MeldingRow>(`${MELDING_SELECT} where m.id = any ($2::uuid[])`, [viewerOrganisatieId, ids]);
  const personen = await tx.query<{
    melding_id: string;
    rol: MeldingRol;
    id: string;
    voornamen: string | null;
    tussenvoegsel: string | null;
    achternaam: string;
    geboortedatum: string | null;
  }>(
    `select mp.melding_id, mp.rol, p.id, p.voornamen, p.tussenvoegsel, p.achternaam, to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum
       from melding_personen mp join personen p on p.id = mp.persoon_id
      where mp.melding_id = any ($1::uuid[])
      order by mp.rol, p.achternaam, p.id`,
    [ids],
  );
  const byMelding = new Map<string, Melding['personen']>();
  for (const p of personen.rows) {
    const list = byMelding.get(p.melding_id) ?? [];
    list.push({ persoon: { id: p.id, naam: displayName(p), geboortedatum: p.geboortedatum }, rol: p.rol });
    byMelding.set(p.melding_id, list);
  }
  const byId = new Map(rows.map((r) => [r.id, toMelding(r, byMelding.get(r.id) ?? [])]));
  return ids.map((id) => byId.get(id)).filter((m): m is Melding => m !== undefined);
}

function toMelding(r: MeldingRow, personen: Melding['personen']): Melding {
  const police = isPoliceMelding(r.bron, r.organisatie_soort);
  return {
    id: r.id,
    organisatie: { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.organisatie_soort },
    bron: r.bron,
    externBerichtId: r.extern_bericht_id,
    ontvangenOp: r.ontvangen_op.toISOString(),
    incidentOp: r.incident_op?.toISOString() ?? null,
    geweldsvormen: r.geweldsvormen,
    acuteOnveiligheid: r.acute_onveiligheid,
    wapens: r.wapens,
    kinderenAanwezig: r.kinderen_aanwezig,
    verdachteAangehouden: r.verdachte_aangehouden,
    vermoedenStrafbareKindermishandeling: r.vermoeden_strafbare_kindermishandeling,
    omschrijving: r.omschrijving,
    personen,
    casusId: r.casus_id,
    samengevoegdIn: r.samengevoegd_in_id,
    herhaling: r.herhaling_van_id
      ? { eerdereMeldingId: r.herhaling_zichtbaar ? r.herhaling_van_id : null, dagenSindsEerdere: r.herhaling_dagen ?? 0 }
      : null,
    zorgmeldingDeadline: police ? zorgmeldingDeadline(r.incident_op ?? r.ontvangen_op).toISOString() : null,
    zorgmeldingTeLaat: police && r.taak_te_laat === true,
    versie: r.versie,
  };
}

/** Whether the organisation may see the melding (took it in, or takes part in its casus). */
export async function isMeldingVisible(tx: Queryable, organisatieId: string, meldingId: string): Promise<boolean> {
  const { rows } = await tx.query(`select 1 from meldingen m where m.id = $2 and ${meldingVisibleSql('m', '$1')}`, [organisatieId, meldingId]);
  return rows.length > 0;
}

export interface MeldingPagina {
  ids: string[];
  volgende: { ontvangenOp: Date; id: string } | null;
}

/** The organisation's own meldingen, newest first, keyset-paginated on (ontvangen_op, id). */
export async function listOwnMeldingIds(
  tx: Queryable,
  organisatieId: string,
  filter: { zonderCasus: boolean; bron: Bron | null; limit: number; na: { ontvangenOp: Date; id: string } | null },
): Promise<MeldingPagina> {
  const { rows } = await tx.query<{ id: string; ontvangen_op: Date }>(
    `select id, ontvangen_op from meldingen
      where organisatie_id = $1
        and (not $2::boolean or casus_id is null)
        and ($3::text is null or bron = $3)
        and ($4::timestamptz is null or (ontvangen_op, id) < ($4::timestamptz, $5::uuid))
      order by ontvangen_op desc, id desc
      limit $6`,
    [organisatieId, filter.zonderCasus, filter.bron, filter.na?.ontvangenOp ?? null, filter.na?.id ?? null, filter.limit + 1],
  );
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return { ids: page.map((r) => r.id), volgende: rows.length > filter.limit && last ? { ontvangenOp: last.ontvangen_op, id: last.id } : null };
}
