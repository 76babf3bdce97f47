import type { Queryable } from '../platform/db/database';
import { moveTasksOfMelding } from '../tasks/tasks.storage';
import type { OrganisatieSoort } from '../organisations/schemas';
import type { Bron, Geweldsvorm, MeldingSamenvatting, Samenvoegvoorstel } from './schemas';
import { meldingVisibleSql } from './meldingen.storage';

type Status = Samenvoegvoorstel['status'];

/** Proposes merging two meldingen; a pair that has (had) a proposal is never proposed again. */
export async function insertMergeProposal(tx: Queryable, primairId: string, secundairId: string, score: number, redenen: string[]): Promise<boolean> {
  const { rows } = await tx.query(
    `insert into melding_samenvoegingen (primaire_melding_id, secundaire_melding_id, status, score, redenen)
     values ($1, $2, 'voorgesteld', $3, $4) on conflict do nothing returning id`,
    [primairId, secundairId, score, redenen],
  );
  return rows.length > 0;
}

export interface SamenvoegingRij {
  id: string;
  primaireMeldingId: string;
  secundaireMeldingId: string;
  status: Status;
}

/** A proposal whose two meldingen the organisation both sees; locked for the decision when asked. */
export async function findDecidableProposal(tx: Queryable, organisatieId: string, id: string, forUpdate: boolean): Promise<SamenvoegingRij | null> {
  const { rows } = await tx.query<{ id: string; primaire_melding_id: string; secundaire_melding_id: string; status: Status }>(
    `select s.id, s.primaire_melding_id, s.secundaire_melding_id, s.status
       from melding_samenvoegingen s
       join meldingen p on p.id = s.primaire_melding_id
       join meldingen q on q.id = s.secundaire_melding_id
      where s.id = $2 and ${meldingVisibleSql('p', '$1')} and ${meldingVisibleSql('q', '$1')}
      ${forUpdate ? 'for update of s' : ''}`,
    [organisatieId, id],
  );
  const r = rows[0];
  return r ? { id: r.id, primaireMeldingId: r.primaire_melding_id, secundaireMeldingId: r.secundaire_melding_id, status: r.status } : null;
}

export interface MeldingVoorSamenvoegen {
  id: string;
  casusId: string | null;
  samengevoegdInId: string | null;
}

/** Locks both meldingen in id order (no deadlock between two decisions about overlapping pairs). */
export async function lockMeldingen(tx: Queryable, ids: readonly string[]): Promise<Map<string, MeldingVoorSamenvoegen>> {
  const { rows } = await tx.query<{ id: string; casus_id: string | null; samengevoegd_in_id: string | null }>(
    'select id, casus_id, samengevoegd_in_id from meldingen where id = any ($1::uuid[]) order by id for update',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, casusId: r.casus_id, samengevoegdInId: r.samengevoegd_in_id }]));
}

export async function setMergedInto(tx: Queryable, meldingId: string, primairId: string | null, casusId?: string): Promise<void> {
  await tx.query(
    `update meldingen set samengevoegd_in_id = $2, casus_id = coalesce($3::uuid, casus_id), versie = versie + 1 where id = $1`,
    [meldingId, primairId, casusId ?? null],
  );
}

export async function setProposalStatus(tx: Queryable, id: string, status: Status, gebruikerId: string, casusMeegenomenId: string | null = null): Promise<void> {
  await tx.query(
    'update melding_samenvoegingen set status = $2, besloten_door_gebruiker_id = $3, besloten_op = now(), casus_meegenomen_id = $4 where id = $1',
    [id, status, gebruikerId, casusMeegenomenId],
  );
}

/** The casus the secondary melding joined through this merge, if it did. */
export async function casusJoinedByMerge(tx: Queryable, id: string): Promise<string | null> {
  const { rows } = await tx.query<{ casus_meegenomen_id: string | null }>('select casus_meegenomen_id from melding_samenvoegingen where id = $1', [id]);
  return rows[0]?.casus_meegenomen_id ?? null;
}

/** Takes a melding out of the casus a merge brought it into (its own tasks go with it). */
export async function leaveCasus(tx: Queryable, meldingId: string, casusId: string): Promise<void> {
  await tx.query('update meldingen set casus_id = null, versie = versie + 1 where id = $1 and casus_id = $2', [meldingId, casusId]);
  await moveTasksOfMelding(tx, meldingId, casusId, null);
}

/** The proposals about a melding whose other melding the organisation also sees, newest first. */
export async function listProposals(tx: Queryable, organisatieId: string, filter: { meldingId?: string; id?: string }): Promise<Samenvoegvoorstel[]> {
  const { rows } = await tx.query<{
    id: string;
    score: string | number;
    redenen: string[];
    status: Status;
    besloten_op: Date | null;
    p: SummaryJson;
    q: SummaryJson;
  }>(
    `select s.id, s.score, s.redenen, s.status, s.besloten_op, ${summaryJson('p')} as p, ${summaryJson('q')} as q
       from melding_samenvoegingen s
       join meldingen p on p.id = s.primaire_melding_id join organisaties po on po.id = p.organisatie_id
       join meldingen q on q.id = s.secundaire_melding_id join organisaties qo on qo.id = q.organisatie_id
      where ($2::uuid is null or $2 in (s.primaire_melding_id, s.secundaire_melding_id))
        and ($3::uuid is null or s.id = $3)
        and ${meldingVisibleSql('p', '$1')} and ${meldingVisibleSql('q', '$1')}
      order by s.created_at desc, s.id`,
    [organisatieId, filter.meldingId ?? null, filter.id ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    primaireMelding: toSummary(r.p),
    secundaireMelding: toSummary(r.q),
    score: Number(r.score),
    redenen: r.redenen,
    status: r.status,
    beslotenOp: r.besloten_op ? new Date(r.besloten_op).toISOString() : null,
  }));
}

interface SummaryJson {
  id: string;
  organisatie: { id: string; naam: string; soort: OrganisatieSoort };
  bron: Bron;
  ontvangenOp: string;
  incidentOp: string | null;
  geweldsvormen: Geweldsvorm[];
  acuteOnveiligheid: boolean;
  casusId: string | null;
  samengevoegdIn: string | null;
}

const summaryJson = (a: 'p' | 'q') => `json_build_object(
  'id', ${a}.id, 'organisatie', json_build_object('id', ${a}o.id, 'naam', ${a}o.naam, 'soort', ${a}o.soort), 'bron', ${a}.bron,
  'ontvangenOp', ${a}.ontvangen_op, 'incidentOp', ${a}.incident_op, 'geweldsvormen', ${a}.geweldsvormen,
  'acuteOnveiligheid', ${a}.acute_onveiligheid, 'casusId', ${a}.casus_id, 'samengevoegdIn', ${a}.samengevoegd_in_id)`;

function toSummary(s: SummaryJson): MeldingSamenvatting {
  return {
    ...s,
    ontvangenOp: new Date(s.ontvangenOp).toISOString(),
    incidentOp: s.incidentOp ? new Date(s.incidentOp).toISOString() : null,
  };
}
