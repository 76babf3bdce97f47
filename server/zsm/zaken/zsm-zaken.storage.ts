import type { Queryable } from '../../platform/db/database';
import type { OrganisatieSoort } from '../../organisations/schemas';
import type { VtContactWijze, ZaakStatus } from './schemas';

export interface NieuweZaak {
  regioId: string;
  casusId: string;
  meldingId: string;
  politieOrganisatieId: string;
  externBerichtId: string | null;
  verdachtePersoonId: string;
  verdachteMinderjarig: boolean;
  aangehoudenOp: Date;
  feit: string;
  voorlopigeHechtenisMogelijk: boolean;
  huiselijkGeweld: boolean;
  exPartner: boolean;
  kinderenBetrokken: boolean;
  beslissenUiterlijk: Date;
  vtOrganisatieId: string | null;
  gebruikerId: string | null;
}

export async function insertZaak(tx: Queryable, z: NieuweZaak): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into zsm_zaken (regio_id, casus_id, melding_id, politie_organisatie_id, extern_bericht_id, verdachte_persoon_id, verdachte_minderjarig,
       aangehouden_op, feit, voorlopige_hechtenis_mogelijk, huiselijk_geweld, ex_partner, kinderen_betrokken, beslissen_uiterlijk,
       vt_organisatie_id, aangemaakt_door_gebruiker_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) returning id`,
    [
      z.regioId, z.casusId, z.meldingId, z.politieOrganisatieId, z.externBerichtId, z.verdachtePersoonId, z.verdachteMinderjarig,
      z.aangehoudenOp, z.feit, z.voorlopigeHechtenisMogelijk, z.huiselijkGeweld, z.exPartner, z.kinderenBetrokken, z.beslissenUiterlijk,
      z.vtOrganisatieId, z.gebruikerId,
    ],
  );
  return rows[0]!.id;
}

export async function findZaakByExtern(tx: Queryable, politieOrganisatieId: string, externBerichtId: string): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>('select id from zsm_zaken where politie_organisatie_id = $1 and extern_bericht_id = $2', [
    politieOrganisatieId,
    externBerichtId,
  ]);
  return rows[0]?.id ?? null;
}

/**
 * The open casussen of the region that already hold one of the victims and in which a ZSM partner or Veilig Thuis
 * takes part: a ZSM case joins such a casus when there is exactly one.
 */
export async function openCasussenWithVictims(tx: Queryable, regioId: string, slachtofferIds: readonly string[]): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `select c.id from casussen c
      where c.regio_id = $1 and c.status = 'open'
        and exists (select 1 from casus_personen cp where cp.casus_id = c.id and cp.persoon_id = any ($2::uuid[]))
        and exists (select 1 from casus_deelnemers d join organisaties o on o.id = d.organisatie_id
                     where d.casus_id = c.id and d.tot is null
                       and o.soort in ('politie', 'openbaar-ministerie', 'reclassering', 'raad-voor-de-kinderbescherming', 'veilig-thuis'))
      order by c.created_at limit 2`,
    [regioId, slachtofferIds],
  );
  return rows.map((r) => r.id);
}

/** Active organisations of a kind in a region, by name. */
export async function organisationsOfRegion(tx: Queryable, regioId: string, soort: OrganisatieSoort): Promise<{ id: string; naam: string }[]> {
  const { rows } = await tx.query<{ id: string; naam: string }>(
    'select id, naam from organisaties where regio_id = $1 and soort = $2 and actief order by naam, id',
    [regioId, soort],
  );
  return rows;
}

export async function isVtOfRegion(tx: Queryable, organisatieId: string, regioId: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>(
    `select id from organisaties where id = $1 and regio_id = $2 and soort = 'veilig-thuis' and actief`,
    [organisatieId, regioId],
  );
  return rows.length > 0;
}

/** One row of the board: the case with what the partners added to it, read straight from their tables. */
export interface ZaakRij {
  id: string;
  regio_id: string;
  status: ZaakStatus;
  casus_id: string;
  casus_nummer: string;
  melding_id: string;
  verdachte_persoon_id: string;
  verdachte_voornamen: string | null;
  verdachte_tussenvoegsel: string | null;
  verdachte_achternaam: string;
  verdachte_minderjarig: boolean;
  feit: string;
  aangehouden_op: Date;
  voorlopige_hechtenis_mogelijk: boolean;
  beslissen_uiterlijk: Date;
  huiselijk_geweld: boolean;
  ex_partner: boolean;
  kinderen_betrokken: boolean;
  vt_organisatie_id: string | null;
  vt_organisatie_naam: string | null;
  acuut_onveilig: boolean | null;
  beoordeling_binnen: boolean;
  vt_bereikt: boolean;
  vt_pogingen: number;
  reclasseringsadvies: boolean;
  rvdk_betrokken: boolean;
  afdoeningsoverleg_op: Date | null;
  beslissing_soort: string | null;
  beslist_op: Date | null;
  zonder_vt_contact: boolean;
  versie: number;
}

const ZAAK_SELECT = `
  select z.id, z.regio_id, z.status, z.casus_id, c.nummer as casus_nummer, z.melding_id,
         z.verdachte_persoon_id, p.voornamen as verdachte_voornamen, p.tussenvoegsel as verdachte_tussenvoegsel, p.achternaam as verdachte_achternaam,
         z.verdachte_minderjarig, z.feit, z.aangehouden_op, z.voorlopige_hechtenis_mogelijk, z.beslissen_uiterlijk,
         z.huiselijk_geweld, z.ex_partner, z.kinderen_betrokken, z.vt_organisatie_id, vt.naam as vt_organisatie_naam,
         vb.acuut_onveilig, (vb.id is not null) as beoordeling_binnen,
         coalesce(k.bereikt, false) as vt_bereikt, coalesce(k.pogingen, 0)::int as vt_pogingen,
         exists (select 1 from zsm_adviezen a where a.zaak_id = z.id and a.soort in ('3ro-advies', 'hg-spreekuur')) as reclasseringsadvies,
         exists (select 1 from zsm_adviezen a where a.zaak_id = z.id and a.soort = 'rvdk-betrokkenheid') as rvdk_betrokken,
         coalesce(z.afdoeningsoverleg_op, ao.gepland_op) as afdoeningsoverleg_op,
         bs.soort as beslissing_soort, bs.beslist_op, z.zonder_vt_contact, z.versie
    from zsm_zaken z
    join casussen c on c.id = z.casus_id
    join personen p on p.id = z.verdachte_persoon_id
    left join organisaties vt on vt.id = z.vt_organisatie_id
    left join zsm_veiligheidsbeoordelingen vb on vb.zaak_id = z.id
    left join zsm_afdoeningsoverleggen ao on ao.zaak_id = z.id
    left join zsm_beslissingen bs on bs.zaak_id = z.id
    left join lateral (select bool_or(vc.bereikt) as bereikt, count(*) as pogingen from zsm_vt_contacten vc where vc.zaak_id = z.id) k on true`;

/**
 * The cases of a region, soonest deadline first; `alleenVt` narrows them in SQL to what a Veilig Thuis organisation may
 * see (the caller still applies the visibility rule to every row). At most 500: the running ones first, then the most
 * recent decided ones.
 */
export async function listZaakRijen(tx: Queryable, regioId: string, status: ZaakStatus | 'alle', alleenVt: string | null): Promise<ZaakRij[]> {
  const { rows } = await tx.query<ZaakRij>(
    `${ZAAK_SELECT}
      where z.regio_id = $1 and ($2::text = 'alle' or z.status = $2)
        and ($3::uuid is null or (z.huiselijk_geweld and (z.vt_organisatie_id is null or z.vt_organisatie_id = $3)))
      order by (z.status = 'lopend') desc, z.beslissen_uiterlijk desc, z.id
      limit 500`,
    [regioId, status, alleenVt],
  );
  return rows.sort((a, b) => new Date(a.beslissen_uiterlijk).getTime() - new Date(b.beslissen_uiterlijk).getTime() || a.id.localeCompare(b.id));
}

export async function findZaakRij(tx: Queryable, zaakId: string): Promise<ZaakRij | null> {
  const { rows } = await tx.query<ZaakRij>(`${ZAAK_SELECT} where z.id = $1`, [zaakId]);
  return rows[0] ?? null;
}

/** Victims and children of the case's melding, with their date of birth (for the age only). */
export async function zaakPersonen(
  tx: Queryable,
  meldingId: string,
): Promise<{ id: string; rol: string; voornamen: string | null; tussenvoegsel: string | null; achternaam: string; geboortedatum: string | null }[]> {
  const { rows } = await tx.query<{ id: string; rol: string; voornamen: string | null; tussenvoegsel: string | null; achternaam: string; geboortedatum: string | null }>(
    `select p.id, mp.rol, p.voornamen, p.tussenvoegsel, p.achternaam, to_char(p.geboortedatum, 'YYYY-MM-DD') as geboortedatum
       from melding_personen mp join personen p on p.id = mp.persoon_id
      where mp.melding_id = $1 and mp.rol in ('slachtoffer', 'kind')
      order by mp.rol desc, p.geboortedatum nulls last, p.id`,
    [meldingId],
  );
  return rows;
}

export interface VtContactRij {
  id: string;
  op: Date;
  wijze: VtContactWijze;
  bereikt: boolean;
  toelichting: string;
  vt_organisatie_id: string | null;
  vt_organisatie_naam: string | null;
  door_organisatie_id: string;
  door_organisatie_naam: string;
  door_gebruiker_id: string | null;
  door_gebruiker_naam: string | null;
}

const CONTACT_SELECT = `select vc.id, vc.op, vc.wijze, vc.bereikt, vc.toelichting, vc.vt_organisatie_id, vt.naam as vt_organisatie_naam,
          vc.door_organisatie_id, o.naam as door_organisatie_naam, vc.door_gebruiker_id, g.naam as door_gebruiker_naam
     from zsm_vt_contacten vc
     join organisaties o on o.id = vc.door_organisatie_id
     left join organisaties vt on vt.id = vc.vt_organisatie_id
     left join gebruikers g on g.id = vc.door_gebruiker_id`;

export async function listVtContacten(tx: Queryable, zaakId: string): Promise<VtContactRij[]> {
  const { rows } = await tx.query<VtContactRij>(`${CONTACT_SELECT} where vc.zaak_id = $1 order by vc.op, vc.id`, [zaakId]);
  return rows;
}

export async function findVtContact(tx: Queryable, id: string): Promise<VtContactRij | null> {
  const { rows } = await tx.query<VtContactRij>(`${CONTACT_SELECT} where vc.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertVtContact(
  tx: Queryable,
  c: { zaakId: string; vtOrganisatieId: string | null; wijze: VtContactWijze; bereikt: boolean; toelichting: string; gebruikerId: string | null; organisatieId: string; op: Date },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into zsm_vt_contacten (zaak_id, vt_organisatie_id, wijze, bereikt, toelichting, door_gebruiker_id, door_organisatie_id, op)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [c.zaakId, c.vtOrganisatieId, c.wijze, c.bereikt, c.toelichting, c.gebruikerId, c.organisatieId, c.op],
  );
  return rows[0]!.id;
}

export async function updateZaakFields(
  tx: Queryable,
  zaakId: string,
  fields: { vtOrganisatieId: string | null; afdoeningsoverlegOp: Date | null },
): Promise<void> {
  await tx.query(
    `update zsm_zaken set vt_organisatie_id = $2, afdoeningsoverleg_op = $3, versie = versie + 1, updated_at = now() where id = $1`,
    [zaakId, fields.vtOrganisatieId, fields.afdoeningsoverlegOp],
  );
}

export async function bumpZaak(tx: Queryable, zaakId: string): Promise<void> {
  await tx.query('update zsm_zaken set versie = versie + 1, updated_at = now() where id = $1', [zaakId]);
}
