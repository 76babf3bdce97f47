import type { Queryable } from '../../platform/db/database';
import type { MeldingScenario, Scenario, ScenarioAanleiding, ScenarioSoort } from './schemas';

/** Scenarios and their activations in plain SQL. Visibility is the caller's check. */

interface ScenarioRow {
  id: string;
  casus_id: string;
  casus_nummer: string;
  agendapunt_id: string | null;
  soort: ScenarioSoort;
  wat: string;
  eigenaar_organisatie_id: string;
  eigenaar_organisatie_naam: string;
  eigenaar_gebruiker_id: string | null;
  eigenaar_gebruiker_naam: string | null;
  actief: boolean;
  gemaakt_door_organisatie_id: string | null;
  gemaakt_door_organisatie_naam: string | null;
  created_at: Date;
  versie: number;
}

const SELECT_SCENARIO = `
  select s.id, s.casus_id, c.nummer as casus_nummer, s.agendapunt_id, s.soort, s.wat,
         s.eigenaar_organisatie_id, eo.naam as eigenaar_organisatie_naam, s.eigenaar_gebruiker_id, eg.naam as eigenaar_gebruiker_naam,
         s.actief, s.gemaakt_door_organisatie_id, go.naam as gemaakt_door_organisatie_naam, s.created_at, s.versie
    from scenarios s
    join casussen c on c.id = s.casus_id
    join organisaties eo on eo.id = s.eigenaar_organisatie_id
    left join gebruikers eg on eg.id = s.eigenaar_gebruiker_id
    left join organisaties go on go.id = s.gemaakt_door_organisatie_id`;

async function scenariosWhere(tx: Queryable, where: string, params: readonly unknown[]): Promise<Scenario[]> {
  const { rows } = await tx.query<ScenarioRow>(`${SELECT_SCENARIO} where ${where} order by s.actief desc, s.created_at desc, s.id`, params);
  if (rows.length === 0) return [];
  const activeringen = await tx.query<{ id: string; scenario_id: string; aanleiding: ScenarioAanleiding; melding_id: string | null; created_at: Date }>(
    `select id, scenario_id, aanleiding, melding_id, created_at from scenario_activeringen
      where scenario_id = any ($1::uuid[]) order by created_at desc, id`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    casus: { id: r.casus_id, nummer: r.casus_nummer },
    agendapuntId: r.agendapunt_id,
    soort: r.soort,
    wat: r.wat,
    eigenaarOrganisatie: { id: r.eigenaar_organisatie_id, naam: r.eigenaar_organisatie_naam },
    eigenaarGebruiker: r.eigenaar_gebruiker_id ? { id: r.eigenaar_gebruiker_id, naam: r.eigenaar_gebruiker_naam ?? '' } : null,
    actief: r.actief,
    gemaaktDoorOrganisatie: r.gemaakt_door_organisatie_id ? { id: r.gemaakt_door_organisatie_id, naam: r.gemaakt_door_organisatie_naam ?? '' } : null,
    activeringen: activeringen.rows
      .filter((a) => a.scenario_id === r.id)
      .map((a) => ({ id: a.id, aanleiding: a.aanleiding, meldingId: a.melding_id, op: new Date(a.created_at).toISOString() })),
    aangemaaktOp: new Date(r.created_at).toISOString(),
    versie: r.versie,
  }));
}

export async function findScenario(tx: Queryable, id: string): Promise<Scenario | null> {
  return (await scenariosWhere(tx, 's.id = $1', [id]))[0] ?? null;
}

export async function listScenariosOfCasus(tx: Queryable, casusId: string): Promise<Scenario[]> {
  return scenariosWhere(tx, 's.casus_id = $1', [casusId]);
}

export async function listScenariosOfAgendapunt(tx: Queryable, agendapuntId: string): Promise<Scenario[]> {
  return scenariosWhere(tx, 's.agendapunt_id = $1', [agendapuntId]);
}

export async function insertScenario(
  tx: Queryable,
  s: {
    casusId: string;
    agendapuntId: string | null;
    soort: ScenarioSoort;
    wat: string;
    eigenaarOrganisatieId: string;
    eigenaarGebruikerId: string | null;
    gemaaktDoorGebruikerId: string;
    gemaaktDoorOrganisatieId: string;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into scenarios (casus_id, agendapunt_id, soort, wat, eigenaar_organisatie_id, eigenaar_gebruiker_id, gemaakt_door_gebruiker_id, gemaakt_door_organisatie_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [s.casusId, s.agendapuntId, s.soort, s.wat, s.eigenaarOrganisatieId, s.eigenaarGebruikerId, s.gemaaktDoorGebruikerId, s.gemaaktDoorOrganisatieId],
  );
  return rows[0]!.id;
}

export interface ScenarioKern {
  id: string;
  casusId: string;
  regioId: string;
  eigenaarOrganisatieId: string;
  actief: boolean;
  versie: number;
}

export async function lockScenario(tx: Queryable, id: string): Promise<ScenarioKern | null> {
  const { rows } = await tx.query<{ id: string; casus_id: string; regio_id: string; eigenaar_organisatie_id: string; actief: boolean; versie: number }>(
    `select s.id, s.casus_id, c.regio_id, s.eigenaar_organisatie_id, s.actief, s.versie
       from scenarios s join casussen c on c.id = s.casus_id where s.id = $1 for update of s`,
    [id],
  );
  const r = rows[0];
  return r ? { id: r.id, casusId: r.casus_id, regioId: r.regio_id, eigenaarOrganisatieId: r.eigenaar_organisatie_id, actief: r.actief, versie: r.versie } : null;
}

export async function withdrawScenario(tx: Queryable, id: string): Promise<void> {
  await tx.query('update scenarios set actief = false, versie = versie + 1, updated_at = now() where id = $1', [id]);
}

// ---------------------------------------------------------------------------------------------------
// Activation

export interface GeraaktScenario {
  id: string;
  casusId: string;
  soort: ScenarioSoort;
  eigenaarOrganisatieId: string;
  eigenaarGebruikerId: string | null;
}

/**
 * The active scenarios a melding touches: on a casus that has one of the melding's persons, or on the casus the
 * melding is linked to — as long as the melding came in after the scenario was agreed (a next incident).
 */
export async function activeScenariosTouchedBy(tx: Queryable, meldingId: string): Promise<GeraaktScenario[]> {
  const { rows } = await tx.query<{ id: string; casus_id: string; soort: ScenarioSoort; eigenaar_organisatie_id: string; eigenaar_gebruiker_id: string | null }>(
    `with geraakt as (
       select cp.casus_id from melding_personen mp join casus_personen cp on cp.persoon_id = mp.persoon_id where mp.melding_id = $1
       union
       select casus_id from meldingen where id = $1 and casus_id is not null
     )
     select s.id, s.casus_id, s.soort, s.eigenaar_organisatie_id, s.eigenaar_gebruiker_id
       from geraakt g
       join scenarios s on s.casus_id = g.casus_id and s.actief
       join meldingen m on m.id = $1
      where m.created_at >= s.created_at
      order by s.created_at, s.id`,
    [meldingId],
  );
  return rows.map((r) => ({ id: r.id, casusId: r.casus_id, soort: r.soort, eigenaarOrganisatieId: r.eigenaar_organisatie_id, eigenaarGebruikerId: r.eigenaar_gebruiker_id }));
}

/** Active scenarios, agreed before `at`, on the casussen of these persons (and on `casusId` itself when given). */
export async function activeScenariosTouchedByPersons(tx: Queryable, persoonIds: readonly string[], casusId: string | null, at: Date): Promise<GeraaktScenario[]> {
  const { rows } = await tx.query<{ id: string; casus_id: string; soort: ScenarioSoort; eigenaar_organisatie_id: string; eigenaar_gebruiker_id: string | null }>(
    `with geraakt as (
       select casus_id from casus_personen where persoon_id = any ($1::uuid[])
       union select $2::uuid where $2::uuid is not null
     )
     select s.id, s.casus_id, s.soort, s.eigenaar_organisatie_id, s.eigenaar_gebruiker_id
       from geraakt g join scenarios s on s.casus_id = g.casus_id and s.actief
      where s.created_at <= $3
      order by s.created_at, s.id`,
    [persoonIds, casusId, at],
  );
  return rows.map((r) => ({ id: r.id, casusId: r.casus_id, soort: r.soort, eigenaarOrganisatieId: r.eigenaar_organisatie_id, eigenaarGebruikerId: r.eigenaar_gebruiker_id }));
}

export async function meldingBron(tx: Queryable, meldingId: string): Promise<string | null> {
  const { rows } = await tx.query<{ bron: string }>('select bron from meldingen where id = $1', [meldingId]);
  return rows[0]?.bron ?? null;
}

/** Records an activation once per (scenario, melding); null when it was recorded before. */
export async function insertActivering(
  tx: Queryable,
  a: { scenarioId: string; aanleiding: ScenarioAanleiding; meldingId: string | null; doorOrganisatieId: string | null },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into scenario_activeringen (scenario_id, aanleiding, melding_id, door_organisatie_id)
     values ($1, $2, $3, $4) on conflict (scenario_id, melding_id) do nothing returning id`,
    [a.scenarioId, a.aanleiding, a.meldingId, a.doorOrganisatieId],
  );
  return rows[0]?.id ?? null;
}

/**
 * The active scenarios a melding set in motion, as its handler sees them: the casus only when the viewer's
 * organisation takes part in it.
 */
export async function listScenariosOfMelding(tx: Queryable, meldingId: string, viewerOrganisatieId: string): Promise<MeldingScenario[]> {
  const { rows } = await tx.query<{
    id: string;
    soort: ScenarioSoort;
    wat: string;
    eigenaar_organisatie_id: string;
    eigenaar_organisatie_naam: string;
    eigenaar_gebruiker_id: string | null;
    eigenaar_gebruiker_naam: string | null;
    casus_id: string;
    casus_nummer: string;
    deelnemer: boolean;
    aanleiding: ScenarioAanleiding;
    geactiveerd_op: Date;
  }>(
    `select s.id, s.soort, s.wat, s.eigenaar_organisatie_id, eo.naam as eigenaar_organisatie_naam,
            s.eigenaar_gebruiker_id, eg.naam as eigenaar_gebruiker_naam, s.casus_id, c.nummer as casus_nummer,
            exists (select 1 from casus_deelnemers d where d.casus_id = s.casus_id and d.organisatie_id = $2 and d.tot is null) as deelnemer,
            sa.aanleiding, sa.created_at as geactiveerd_op
       from scenario_activeringen sa
       join scenarios s on s.id = sa.scenario_id
       join casussen c on c.id = s.casus_id
       join organisaties eo on eo.id = s.eigenaar_organisatie_id
       left join gebruikers eg on eg.id = s.eigenaar_gebruiker_id
      where sa.melding_id = $1 and s.actief
      order by sa.created_at, s.id`,
    [meldingId, viewerOrganisatieId],
  );
  return rows.map((r) => ({
    id: r.id,
    soort: r.soort,
    wat: r.wat,
    eigenaarOrganisatie: { id: r.eigenaar_organisatie_id, naam: r.eigenaar_organisatie_naam },
    eigenaarGebruiker: r.eigenaar_gebruiker_id ? { id: r.eigenaar_gebruiker_id, naam: r.eigenaar_gebruiker_naam ?? '' } : null,
    casus: r.deelnemer ? { id: r.casus_id, nummer: r.casus_nummer } : null,
    aanleiding: r.aanleiding,
    geactiveerdOp: new Date(r.geactiveerd_op).toISOString(),
  }));
}
