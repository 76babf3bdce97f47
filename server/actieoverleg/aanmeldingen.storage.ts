import type { Queryable } from '../platform/db/database';
import { participatesSql } from '../cases/casus-access';
import { casusPersonen } from '../cases/casussen.storage';
import { knownAt } from '../persons/person-search.storage';
import type { OrganisatieSoort } from '../organisations/schemas';
import type { EerdereAanmelding, Herhaling } from './repeat';
import { HERHALING_TERMIJN_DAGEN } from './repeat';
import { LOPENDE_STATUSSEN } from './status';
import type {
  Aanmelding,
  AanmeldingFormulier,
  AanmeldingLijstItem,
  AanmeldingStatus,
  BesluitSoort,
  CriteriaUitslag,
  Overzicht,
} from './schemas';

/**
 * Who is looking at referrals: the organisation, its region, and whether the caller chairs the Actieoverleg there.
 * A referral is visible to the referring organisation, to organisations taking part in its casus, and — once
 * submitted — to the chairs of its region. Everyone else does not find it (404).
 */
export interface Kijker {
  organisatieId: string;
  regioId: string;
  voorzitter: boolean;
}

const visibleTo = (org: string, regio: string, voorzitter: string) =>
  `(a.aanmeldende_organisatie_id = ${org} or ${participatesSql('a.casus_id', org)}
    or (${voorzitter}::boolean and a.regio_id = ${regio} and a.status <> 'concept'))`;

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

// ---------------------------------------------------------------------------------------------------
// Writing

const formulierKolommen = [
  'omschrijving',
  'krachten',
  'politie_justitie',
  'eerder_bekend',
  'wat_maakt_het_moeilijk',
  'betrokken_hulpverlening',
  'ots',
  'raad_betrokken',
  'vraag',
  'vraag_relevant_voor',
  'vraag_gericht_op',
  'inhoudelijke_factoren',
  'sbb_overwegen',
  'betrokkenen_geinformeerd',
  'relevante_antecedenten',
] as const;

function formulierWaarden(f: AanmeldingFormulier): unknown[] {
  return [
    f.omschrijving,
    f.krachten,
    f.politieJustitie,
    f.eerderBekend,
    f.watMaaktHetMoeilijk,
    f.betrokkenHulpverlening,
    JSON.stringify(f.ots),
    JSON.stringify(f.raadBetrokken),
    f.vraag,
    f.vraagRelevantVoor,
    f.vraagGerichtOp,
    f.inhoudelijkeFactoren,
    f.stelselBewakenBeveiligenOverwegen,
    f.betrokkenenGeinformeerd === null ? null : JSON.stringify(f.betrokkenenGeinformeerd),
    f.relevanteAntecedenten,
  ];
}

export interface Beoordeling {
  criteria: CriteriaUitslag;
  herhaling: Herhaling | null;
}

export async function insertAanmelding(
  tx: Queryable,
  input: { casusId: string; regioId: string; organisatieId: string; gebruikerId: string; formulier: AanmeldingFormulier } & Beoordeling,
): Promise<string> {
  const waarden = formulierWaarden(input.formulier);
  const base = [input.casusId, input.regioId, input.organisatieId, input.gebruikerId, JSON.stringify(input.criteria), input.criteria.voldaan, input.herhaling?.vanAanmeldingId ?? null, input.herhaling?.dagenSinds ?? null];
  const kolommen = ['casus_id', 'regio_id', 'aanmeldende_organisatie_id', 'aangemeld_door_gebruiker_id', 'criteria', 'criteria_voldaan', 'herhaling_van_id', 'herhaling_dagen', ...formulierKolommen];
  const { rows } = await tx.query<{ id: string }>(
    `insert into aanmeldingen (${kolommen.join(', ')}) values (${kolommen.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    [...base, ...waarden],
  );
  return rows[0]!.id;
}

/** Saves the whole form of a draft with its fresh assessment; bumps the version. */
export async function updateFormulier(tx: Queryable, id: string, formulier: AanmeldingFormulier, beoordeling: Beoordeling): Promise<void> {
  const sets = formulierKolommen.map((k, i) => `${k} = $${i + 2}`).join(', ');
  const n = formulierKolommen.length + 2;
  await tx.query(
    `update aanmeldingen set ${sets}, criteria = $${n}, criteria_voldaan = $${n + 1}, herhaling_van_id = $${n + 2}, herhaling_dagen = $${n + 3},
            versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, ...formulierWaarden(formulier), JSON.stringify(beoordeling.criteria), beoordeling.criteria.voldaan, beoordeling.herhaling?.vanAanmeldingId ?? null, beoordeling.herhaling?.dagenSinds ?? null],
  );
}

export async function markSubmitted(tx: Queryable, id: string, beoordeling: Beoordeling): Promise<void> {
  await tx.query(
    `update aanmeldingen set status = 'ingediend', ingediend_op = now(), criteria = $2, criteria_voldaan = $3,
            herhaling_van_id = $4, herhaling_dagen = $5, versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, JSON.stringify(beoordeling.criteria), beoordeling.criteria.voldaan, beoordeling.herhaling?.vanAanmeldingId ?? null, beoordeling.herhaling?.dagenSinds ?? null],
  );
}

export async function recordDecision(
  tx: Queryable,
  id: string,
  besluit: { besluit: BesluitSoort; status: AanmeldingStatus; reden: string; partnerOrganisatieId: string | null; gebruikerId: string; organisatieId: string },
): Promise<void> {
  await tx.query(
    `update aanmeldingen set status = $2, besluit = $3, besluit_reden = $4, besluit_partner_organisatie_id = $5,
            besloten_door_gebruiker_id = $6, besloten_door_organisatie_id = $7, besloten_op = now(), versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, besluit.status, besluit.besluit, besluit.reden, besluit.partnerOrganisatieId, besluit.gebruikerId, besluit.organisatieId],
  );
}

// ---------------------------------------------------------------------------------------------------
// Reading for the rules

/** The running referral of a casus (concept, ingediend, geagendeerd), if any. */
export async function findRunning(tx: Queryable, casusId: string, behalve: string | null = null): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `select id from aanmeldingen where casus_id = $1 and status = any ($2::text[]) and ($3::uuid is null or id <> $3) limit 1`,
    [casusId, [...LOPENDE_STATUSSEN], behalve],
  );
  return rows[0]?.id ?? null;
}

export async function casusPersoonIds(tx: Queryable, casusId: string): Promise<string[]> {
  const { rows } = await tx.query<{ persoon_id: string }>('select persoon_id from casus_personen where casus_id = $1', [casusId]);
  return rows.map((r) => r.persoon_id);
}

/**
 * Referrals of the region tabled within the repeat term that concern the same casus or one of the persons:
 * the candidates of the repeat rule (repeat.ts decides).
 */
export async function tabledCandidates(tx: Queryable, regioId: string, casusId: string, persoonIds: readonly string[]): Promise<EerdereAanmelding[]> {
  const { rows } = await tx.query<{ id: string; casus_id: string; status: AanmeldingStatus; besloten_op: Date | null; persoon_ids: string[] }>(
    `select a.id, a.casus_id, a.status, a.besloten_op,
            coalesce((select array_agg(cp.persoon_id) from casus_personen cp where cp.casus_id = a.casus_id), '{}') as persoon_ids
       from aanmeldingen a
      where a.regio_id = $1 and a.status in ('geagendeerd', 'besproken') and a.besluit = 'agenderen'
        and a.besloten_op >= now() - make_interval(days => $4)
        and (a.casus_id = $2 or exists (select 1 from casus_personen cp where cp.casus_id = a.casus_id and cp.persoon_id = any ($3::uuid[])))`,
    [regioId, casusId, [...persoonIds], HERHALING_TERMIJN_DAGEN + 1],
  );
  return rows.map((r) => ({ id: r.id, casusId: r.casus_id, status: r.status, geagendeerdOp: r.besloten_op, persoonIds: r.persoon_ids }));
}

export interface AanmeldingKern {
  id: string;
  casusId: string;
  regioId: string;
  aanmeldendeOrganisatieId: string;
  aangemeldDoorGebruikerId: string | null;
  status: AanmeldingStatus;
  criteriaVoldaan: boolean;
  herhalingVanId: string | null;
  versie: number;
  formulier: AanmeldingFormulier;
}

/** Locks a referral the viewer may see; null when it may not (→ 404). */
export async function lockVisible(tx: Queryable, id: string, kijker: Kijker): Promise<AanmeldingKern | null> {
  const r = await visibleRow(tx, id, kijker, true);
  if (!r) return null;
  return {
    id: r.id,
    casusId: r.casus_id,
    regioId: r.regio_id,
    aanmeldendeOrganisatieId: r.aanmeldende_organisatie_id,
    aangemeldDoorGebruikerId: r.aangemeld_door_gebruiker_id,
    status: r.status,
    criteriaVoldaan: r.criteria_voldaan,
    herhalingVanId: r.herhaling_van_id,
    versie: r.versie,
    formulier: formulierVan(r),
  };
}

// ---------------------------------------------------------------------------------------------------
// Reading for the API

interface AanmeldingRow {
  id: string;
  casus_id: string;
  casus_nummer: string;
  regio_id: string;
  regio_naam: string;
  aanmeldende_organisatie_id: string;
  aanmeldende_naam: string;
  aanmeldende_soort: OrganisatieSoort;
  aangemeld_door_gebruiker_id: string | null;
  aangemeld_door_naam: string | null;
  status: AanmeldingStatus;
  omschrijving: string;
  krachten: string;
  politie_justitie: string;
  eerder_bekend: string;
  wat_maakt_het_moeilijk: string;
  betrokken_hulpverlening: string;
  ots: AanmeldingFormulier['ots'];
  raad_betrokken: AanmeldingFormulier['raadBetrokken'];
  vraag: string;
  vraag_relevant_voor: AanmeldingFormulier['vraagRelevantVoor'];
  vraag_gericht_op: AanmeldingFormulier['vraagGerichtOp'];
  inhoudelijke_factoren: AanmeldingFormulier['inhoudelijkeFactoren'];
  sbb_overwegen: boolean;
  betrokkenen_geinformeerd: AanmeldingFormulier['betrokkenenGeinformeerd'];
  relevante_antecedenten: string;
  criteria: CriteriaUitslag;
  criteria_voldaan: boolean;
  herhaling_van_id: string | null;
  herhaling_dagen: number | null;
  ingediend_op: Date | null;
  besluit: BesluitSoort | null;
  besluit_reden: string | null;
  partner_id: string | null;
  partner_naam: string | null;
  partner_soort: OrganisatieSoort | null;
  besloten_door_naam: string | null;
  besloten_door_organisatie_id: string | null;
  besloten_door_organisatie_naam: string | null;
  besloten_op: Date | null;
  versie: number;
  created_at: Date;
}

const SELECT = `
  select a.*, c.nummer as casus_nummer, r.naam as regio_naam,
         ao.naam as aanmeldende_naam, ao.soort as aanmeldende_soort, ag.naam as aangemeld_door_naam,
         po.id as partner_id, po.naam as partner_naam, po.soort as partner_soort,
         bg.naam as besloten_door_naam, bo.naam as besloten_door_organisatie_naam
    from aanmeldingen a
    join casussen c on c.id = a.casus_id
    join regios r on r.id = a.regio_id
    join organisaties ao on ao.id = a.aanmeldende_organisatie_id
    left join gebruikers ag on ag.id = a.aangemeld_door_gebruiker_id
    left join organisaties po on po.id = a.besluit_partner_organisatie_id
    left join gebruikers bg on bg.id = a.besloten_door_gebruiker_id
    left join organisaties bo on bo.id = a.besloten_door_organisatie_id`;

async function visibleRow(tx: Queryable, id: string, kijker: Kijker, forUpdate: boolean): Promise<AanmeldingRow | null> {
  const { rows } = await tx.query<AanmeldingRow>(
    `${SELECT} where a.id = $1 and ${visibleTo('$2', '$3', '$4')}${forUpdate ? ' for update of a' : ''}`,
    [id, kijker.organisatieId, kijker.regioId, kijker.voorzitter],
  );
  return rows[0] ?? null;
}

function formulierVan(r: AanmeldingRow): AanmeldingFormulier {
  return {
    omschrijving: r.omschrijving,
    krachten: r.krachten,
    politieJustitie: r.politie_justitie,
    eerderBekend: r.eerder_bekend,
    watMaaktHetMoeilijk: r.wat_maakt_het_moeilijk,
    betrokkenHulpverlening: r.betrokken_hulpverlening,
    ots: r.ots,
    raadBetrokken: r.raad_betrokken,
    vraag: r.vraag,
    vraagRelevantVoor: r.vraag_relevant_voor,
    vraagGerichtOp: r.vraag_gericht_op,
    inhoudelijkeFactoren: r.inhoudelijke_factoren,
    stelselBewakenBeveiligenOverwegen: r.sbb_overwegen,
    betrokkenenGeinformeerd: r.betrokkenen_geinformeerd,
    relevanteAntecedenten: r.relevante_antecedenten,
  };
}

const herhalingVan = (r: AanmeldingRow) =>
  r.herhaling_van_id ? { vanAanmeldingId: r.herhaling_van_id, dagenSinds: r.herhaling_dagen ?? 0 } : null;

function toLijstItem(r: AanmeldingRow): AanmeldingLijstItem {
  return {
    id: r.id,
    casus: { id: r.casus_id, nummer: r.casus_nummer },
    aanmeldendeOrganisatie: { id: r.aanmeldende_organisatie_id, naam: r.aanmeldende_naam, soort: r.aanmeldende_soort },
    status: r.status,
    criteriaVoldaan: r.criteria_voldaan,
    herhaling: herhalingVan(r),
    aangemaaktOp: iso(r.created_at),
    ingediendOp: isoOrNull(r.ingediend_op),
    wachtOpBesluit: r.status === 'ingediend',
    besluit: besluitVan(r),
  };
}

function besluitVan(r: AanmeldingRow): AanmeldingLijstItem['besluit'] {
  if (!r.besluit || !r.besloten_op) return null;
  return {
    besluit: r.besluit,
    reden: r.besluit_reden ?? '',
    partnerOrganisatie: r.partner_id ? { id: r.partner_id, naam: r.partner_naam ?? '', soort: r.partner_soort! } : null,
    doorGebruiker: { naam: r.besloten_door_naam ?? '' },
    doorOrganisatie: { id: r.besloten_door_organisatie_id!, naam: r.besloten_door_organisatie_naam ?? '' },
    op: iso(r.besloten_op),
  };
}

/** The organisations of kind reclassering or RvdK holding these persons in a casus: organisation and contact point only. */
export async function knownAtReclasseringOrRaad(tx: Queryable, organisatieId: string, persoonIds: readonly string[]): Promise<Aanmelding['bekendBij']> {
  const rows = await knownAt(tx, organisatieId, persoonIds);
  const seen = new Set<string>();
  const result: Aanmelding['bekendBij'] = [];
  for (const r of rows) {
    if (r.organisatie.soort !== 'reclassering' && r.organisatie.soort !== 'raad-voor-de-kinderbescherming') continue;
    const key = `${r.persoonId}|${r.organisatie.id}|${r.contactpunt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ persoonId: r.persoonId, organisatie: { id: r.organisatie.id, naam: r.organisatie.naam, soort: r.organisatie.soort as OrganisatieSoort }, contactpunt: r.contactpunt });
  }
  return result;
}

/** One referral as the viewer may see it; null when it may not (→ 404). */
export async function findAanmelding(tx: Queryable, id: string, kijker: Kijker): Promise<Aanmelding | null> {
  const r = await visibleRow(tx, id, kijker, false);
  if (!r) return null;
  const personen = await casusPersonen(tx, r.casus_id);
  return {
    ...formulierVan(r),
    ...toLijstItem(r),
    regio: { id: r.regio_id, naam: r.regio_naam },
    aangemeldDoor: { naam: r.aangemeld_door_naam ?? '' },
    personen: personen.map((p) => ({ ...p.persoon, rol: p.rol })),
    criteria: r.criteria,
    bekendBij: await knownAtReclasseringOrRaad(tx, kijker.organisatieId, personen.map((p) => p.persoon.id)),
    versie: r.versie,
  };
}

const LIST_LIMIT = 200;

/** The organisation's own referrals, and for a chair also the region's referrals waiting for a decision; newest first. */
export async function listAanmeldingen(tx: Queryable, kijker: Kijker, status: AanmeldingStatus | undefined): Promise<AanmeldingLijstItem[]> {
  const { rows } = await tx.query<AanmeldingRow>(
    `${SELECT}
      where (a.aanmeldende_organisatie_id = $1 or ($3::boolean and a.regio_id = $2 and a.status = 'ingediend'))
        and ($4::text is null or a.status = $4)
      order by a.created_at desc, a.id
      limit ${LIST_LIMIT}`,
    [kijker.organisatieId, kijker.regioId, kijker.voorzitter, status ?? null],
  );
  return rows.map(toLijstItem);
}

/** The chair's overview of a region. */
export async function regionOverview(tx: Queryable, regioId: string, jaarBegin: Date): Promise<Pick<Overzicht, 'wachtend' | 'perOrganisatie' | 'herhalingen'>> {
  const wachtend = await tx.query<AanmeldingRow>(
    `${SELECT} where a.regio_id = $1 and a.status = 'ingediend' order by a.ingediend_op, a.id limit ${LIST_LIMIT}`,
    [regioId],
  );
  const herhalingen = await tx.query<AanmeldingRow>(
    `${SELECT} where a.regio_id = $1 and a.status <> 'concept' and a.herhaling_van_id is not null order by a.ingediend_op desc, a.id limit ${LIST_LIMIT}`,
    [regioId],
  );
  const perOrganisatie = await tx.query<{ id: string; naam: string; soort: OrganisatieSoort; dit_jaar: number; totaal: number }>(
    `select o.id, o.naam, o.soort,
            count(a.id) filter (where a.ingediend_op >= $2)::int as dit_jaar,
            count(a.id)::int as totaal
       from organisaties o
       left join aanmeldingen a on a.aanmeldende_organisatie_id = o.id and a.ingediend_op is not null and a.regio_id = $1
      where o.regio_id = $1 and o.actief
      group by o.id, o.naam, o.soort
      order by totaal desc, o.naam`,
    [regioId, jaarBegin],
  );
  return {
    wachtend: wachtend.rows.map((r) => ({ ...toLijstItem(r), criteria: r.criteria })),
    perOrganisatie: perOrganisatie.rows.map((r) => ({ organisatie: { id: r.id, naam: r.naam, soort: r.soort }, ditJaar: r.dit_jaar, totaal: r.totaal })),
    herhalingen: herhalingen.rows.map(toLijstItem),
  };
}
