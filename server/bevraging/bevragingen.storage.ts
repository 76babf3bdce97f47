import type { Queryable } from '../platform/db/database';
import { participatesSql } from '../cases/casus-access';
import { personSummaries } from '../persons/person-references';
import { isPositive } from './bevraging-rules';
import type { Bevraging, BevragingStatus, Vlag } from './schemas';

interface BevragingRow {
  id: string;
  casus_id: string;
  casus_nummer: string;
  vragende_organisatie_id: string;
  vragende_naam: string;
  gevraagde_organisatie_id: string;
  gevraagde_naam: string;
  gevraagde_soort: string;
  gesteld_door_naam: string | null;
  doel: string;
  vraag: string;
  persoon_ids: string[];
  adres: string | null;
  gesteld_op: Date;
  status: BevragingStatus;
  vlaggen: Vlag[];
  antwoord: string | null;
  beantwoord_door_naam: string | null;
  beantwoord_op: Date | null;
  ingetrokken_reden: string | null;
  ingetrokken_door_naam: string | null;
  ingetrokken_op: Date | null;
  /** Whether the organisation reading takes part in the casus: only then does it see the withdrawal's reason. */
  kijker_neemt_deel: boolean;
  versie: number;
}

/** deelnemer: SQL for whether the reading organisation takes part in the casus (it then sees free text of the casus side). */
const selectBevraging = (deelnemer: string) => `
  select b.id, b.casus_id, c.nummer as casus_nummer,
         b.vragende_organisatie_id, vo.naam as vragende_naam,
         b.gevraagde_organisatie_id, gvo.naam as gevraagde_naam, gvo.soort as gevraagde_soort,
         gs.naam as gesteld_door_naam, b.doel, b.vraag, b.persoon_ids, b.adres, b.gesteld_op, b.status, b.vlaggen,
         b.antwoord, gb.naam as beantwoord_door_naam, b.beantwoord_op,
         b.ingetrokken_reden, gi.naam as ingetrokken_door_naam, b.ingetrokken_op, ${deelnemer} as kijker_neemt_deel, b.versie
    from bevragingen b
    join casussen c on c.id = b.casus_id
    join organisaties vo on vo.id = b.vragende_organisatie_id
    join organisaties gvo on gvo.id = b.gevraagde_organisatie_id
    left join gebruikers gs on gs.id = b.gesteld_door_gebruiker_id
    left join gebruikers gb on gb.id = b.beantwoord_door_gebruiker_id
    left join gebruikers gi on gi.id = b.ingetrokken_door_gebruiker_id`;

/** Who sees a bevraging: the asked organisation, and the organisations that take part in its casus now. */
const visibleTo = (param: string) => `(b.gevraagde_organisatie_id = ${param} or ${participatesSql('b.casus_id', param)})`;

async function toBevragingen(tx: Queryable, rows: BevragingRow[]): Promise<Bevraging[]> {
  const personen = await personSummaries(tx, rows.flatMap((r) => r.persoon_ids));
  return rows.map((r) => ({
    id: r.id,
    casusId: r.casus_id,
    casusNummer: r.casus_nummer,
    vragendeOrganisatie: { id: r.vragende_organisatie_id, naam: r.vragende_naam },
    gevraagdeOrganisatie: { id: r.gevraagde_organisatie_id, naam: r.gevraagde_naam, soort: r.gevraagde_soort },
    gesteldDoor: { naam: r.gesteld_door_naam ?? '' },
    doel: r.doel,
    vraag: r.vraag,
    personen: r.persoon_ids.flatMap((id) => personen.get(id) ?? []),
    adres: r.adres,
    gesteldOp: r.gesteld_op.toISOString(),
    status: r.status,
    vlaggen: r.vlaggen,
    antwoord: r.antwoord,
    beantwoordDoor: r.beantwoord_op ? { naam: r.beantwoord_door_naam ?? '' } : null,
    beantwoordOp: r.beantwoord_op ? r.beantwoord_op.toISOString() : null,
    positief: isPositive(r.vlaggen),
    intrekking: r.ingetrokken_op
      ? { reden: r.kijker_neemt_deel ? r.ingetrokken_reden : null, door: { naam: r.ingetrokken_door_naam ?? '' }, op: r.ingetrokken_op.toISOString() }
      : null,
    versie: r.versie,
  }));
}

export interface NieuweBevraging {
  casusId: string;
  vragendeOrganisatieId: string;
  gevraagdeOrganisatieId: string;
  gesteldDoorGebruikerId: string;
  doel: string;
  vraag: string;
  persoonIds: string[];
  adres: string | null;
}

export async function insertBevraging(tx: Queryable, b: NieuweBevraging): Promise<{ id: string; gesteldOp: Date }> {
  const { rows } = await tx.query<{ id: string; gesteld_op: Date }>(
    `insert into bevragingen (casus_id, vragende_organisatie_id, gevraagde_organisatie_id, gesteld_door_gebruiker_id, doel, vraag, persoon_ids, adres)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id, gesteld_op`,
    [b.casusId, b.vragendeOrganisatieId, b.gevraagdeOrganisatieId, b.gesteldDoorGebruikerId, b.doel, b.vraag, b.persoonIds, b.adres],
  );
  return { id: rows[0]!.id, gesteldOp: rows[0]!.gesteld_op };
}

/** One bevraging as the given organisation may see it; null when it may not (→ 404). */
export async function findBevraging(tx: Queryable, id: string, organisatieId: string): Promise<Bevraging | null> {
  const { rows } = await tx.query<BevragingRow>(`${selectBevraging(participatesSql('b.casus_id', '$2'))} where b.id = $1 and ${visibleTo('$2')}`, [id, organisatieId]);
  return rows[0] ? (await toBevragingen(tx, rows))[0]! : null;
}

/** Locks a visible bevraging for answering or withdrawing. */
export async function lockBevraging(
  tx: Queryable,
  id: string,
  organisatieId: string,
): Promise<{ id: string; casusId: string; vragendeOrganisatieId: string; gevraagdeOrganisatieId: string; status: BevragingStatus; versie: number } | null> {
  const { rows } = await tx.query<{ id: string; casus_id: string; vragende_organisatie_id: string; gevraagde_organisatie_id: string; status: BevragingStatus; versie: number }>(
    `select b.id, b.casus_id, b.vragende_organisatie_id, b.gevraagde_organisatie_id, b.status, b.versie
       from bevragingen b where b.id = $1 and ${visibleTo('$2')} for update of b`,
    [id, organisatieId],
  );
  const r = rows[0];
  return r
    ? { id: r.id, casusId: r.casus_id, vragendeOrganisatieId: r.vragende_organisatie_id, gevraagdeOrganisatieId: r.gevraagde_organisatie_id, status: r.status, versie: r.versie }
    : null;
}

export async function recordAnswer(tx: Queryable, id: string, gebruikerId: string, vlaggen: readonly Vlag[], antwoord: string): Promise<Date> {
  const { rows } = await tx.query<{ beantwoord_op: Date }>(
    `update bevragingen set status = 'beantwoord', vlaggen = $2, antwoord = $3, beantwoord_door_gebruiker_id = $4,
            beantwoord_op = now(), versie = versie + 1
      where id = $1 returning beantwoord_op`,
    [id, [...vlaggen], antwoord, gebruikerId],
  );
  return rows[0]!.beantwoord_op;
}

/** Withdraws an open bevraging (the caller has locked it and checked it may); returns when. */
export async function recordWithdrawal(tx: Queryable, id: string, gebruikerId: string, reden: string): Promise<Date> {
  const { rows } = await tx.query<{ ingetrokken_op: Date }>(
    `update bevragingen set status = 'ingetrokken', ingetrokken_reden = $2, ingetrokken_door_gebruiker_id = $3,
            ingetrokken_op = now(), versie = versie + 1
      where id = $1 returning ingetrokken_op`,
    [id, reden, gebruikerId],
  );
  return rows[0]!.ingetrokken_op;
}

const LIST_LIMIT = 200;

/** Addressed to the organisation: open ones first (oldest first, they are due soonest), then the answered, newest first. */
export async function listIncoming(tx: Queryable, organisatieId: string): Promise<Bevraging[]> {
  const { rows } = await tx.query<BevragingRow>(
    `${selectBevraging(participatesSql('b.casus_id', '$1'))} where b.gevraagde_organisatie_id = $1
      order by b.status <> 'open', case when b.status = 'open' then b.gesteld_op end, b.gesteld_op desc
      limit ${LIST_LIMIT}`,
    [organisatieId],
  );
  return toBevragingen(tx, rows);
}

/** Asked by the organisation, in casussen it still takes part in; newest first. */
export async function listOutgoing(tx: Queryable, organisatieId: string): Promise<Bevraging[]> {
  const { rows } = await tx.query<BevragingRow>(
    `${selectBevraging('true')} where b.vragende_organisatie_id = $1 and ${participatesSql('b.casus_id', '$1')}
      order by b.gesteld_op desc limit ${LIST_LIMIT}`,
    [organisatieId],
  );
  return toBevragingen(tx, rows);
}

export async function listForCasus(tx: Queryable, casusId: string): Promise<Bevraging[]> {
  const { rows } = await tx.query<BevragingRow>(`${selectBevraging('true')} where b.casus_id = $1 order by b.gesteld_op desc`, [casusId]);
  return toBevragingen(tx, rows);
}

/** The persons of the casus among the given ids. */
export async function personsInCasus(tx: Queryable, casusId: string, persoonIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ persoon_id: string }>(
    'select persoon_id from casus_personen where casus_id = $1 and persoon_id = any ($2::uuid[])',
    [casusId, [...persoonIds]],
  );
  return new Set(rows.map((r) => r.persoon_id));
}

export async function findOrganisation(tx: Queryable, id: string): Promise<{ id: string; soort: string; actief: boolean } | null> {
  const { rows } = await tx.query<{ id: string; soort: string; actief: boolean }>('select id, soort, actief from organisaties where id = $1', [id]);
  return rows[0] ?? null;
}
