import type { Queryable } from '../../platform/db/database';
import type { Verbeteractie } from '../schemas';
import type { Evaluatie, EvaluatieAntwoord } from './schemas';

/** Storage of the partners' evaluations: a person's own, and counts of respondents per improvement action. */

interface EvaluatieRow {
  id: string;
  verbeteractie: Verbeteractie;
  jaar: number;
  versie: number;
  updated_at: Date | string;
  antwoorden: EvaluatieAntwoord[] | null;
}

const SELECT = `select e.id, e.verbeteractie, e.jaar, e.versie, e.updated_at,
       (select coalesce(json_agg(json_build_object('vraag', a.vraag, 'waarde', a.waarde::float8) order by a.vraag), '[]'::json)
          from evaluatie_antwoorden a where a.evaluatie_id = e.id) as antwoorden
  from evaluaties e`;

function toEvaluatie(r: EvaluatieRow): Evaluatie {
  return {
    id: r.id,
    verbeteractie: r.verbeteractie,
    jaar: r.jaar,
    versie: r.versie,
    bijgewerktOp: new Date(r.updated_at).toISOString(),
    antwoorden: (r.antwoorden ?? []).map((a) => ({ vraag: a.vraag, waarde: a.waarde === null ? null : Number(a.waarde) })),
  };
}

export interface EigenSleutel {
  gebruikerId: string;
  regioId: string;
  jaar: number;
}

/** The person's own evaluations in a region and year (optionally of one improvement action). */
export async function leesEigenEvaluaties(q: Queryable, sleutel: EigenSleutel, verbeteractie?: Verbeteractie): Promise<Evaluatie[]> {
  const { rows } = await q.query<EvaluatieRow>(
    `${SELECT} where e.gebruiker_id = $1 and e.regio_id = $2 and e.jaar = $3 and ($4::text is null or e.verbeteractie = $4)
      order by e.verbeteractie`,
    [sleutel.gebruikerId, sleutel.regioId, sleutel.jaar, verbeteractie ?? null],
  );
  return rows.map(toEvaluatie);
}

/** Locks the person's evaluation of one improvement action for a change; undefined when none exists. */
export async function vergrendelEigenEvaluatie(
  q: Queryable,
  sleutel: EigenSleutel,
  verbeteractie: Verbeteractie,
): Promise<{ id: string; versie: number } | undefined> {
  const { rows } = await q.query<{ id: string; versie: number }>(
    `select id, versie from evaluaties where gebruiker_id = $1 and regio_id = $2 and jaar = $3 and verbeteractie = $4 for update`,
    [sleutel.gebruikerId, sleutel.regioId, sleutel.jaar, verbeteractie],
  );
  return rows[0];
}

/** Creates the evaluation; undefined when a concurrent request created it first. */
export async function voegEvaluatieToe(
  q: Queryable,
  sleutel: EigenSleutel & { organisatieId: string },
  verbeteractie: Verbeteractie,
): Promise<string | undefined> {
  const { rows } = await q.query<{ id: string }>(
    `insert into evaluaties (regio_id, verbeteractie, jaar, organisatie_id, gebruiker_id) values ($1, $2, $3, $4, $5)
     on conflict (regio_id, verbeteractie, jaar, gebruiker_id) do nothing returning id`,
    [sleutel.regioId, verbeteractie, sleutel.jaar, sleutel.organisatieId, sleutel.gebruikerId],
  );
  return rows[0]?.id;
}

/** A new version of an existing evaluation, answered on behalf of the given organisation. */
export async function verhoogVersie(q: Queryable, id: string, organisatieId: string): Promise<void> {
  await q.query(`update evaluaties set versie = versie + 1, organisatie_id = $2, updated_at = now() where id = $1`, [id, organisatieId]);
}

/** Replaces all answers of an evaluation. */
export async function vervangAntwoorden(q: Queryable, id: string, antwoorden: readonly EvaluatieAntwoord[]): Promise<void> {
  await q.query(`delete from evaluatie_antwoorden where evaluatie_id = $1`, [id]);
  if (antwoorden.length === 0) return;
  await q.query(
    `insert into evaluatie_antwoorden (evaluatie_id, vraag, waarde)
     select $1, a.vraag, a.waarde from unnest($2::text[], $3::numeric[]) as a (vraag, waarde)`,
    [id, antwoorden.map((a) => a.vraag), antwoorden.map((a) => a.waarde)],
  );
}

/** Respondents per improvement action in a region and year: evaluations with at least one answer (not "weet niet"). */
export async function telRespondenten(q: Queryable, regioId: string, jaar: number): Promise<Map<string, number>> {
  const { rows } = await q.query<{ verbeteractie: string; n: number }>(
    `select e.verbeteractie, count(*)::int as n
       from evaluaties e
      where e.regio_id = $1 and e.jaar = $2
        and exists (select 1 from evaluatie_antwoorden a where a.evaluatie_id = e.id and a.waarde is not null)
      group by e.verbeteractie`,
    [regioId, jaar],
  );
  return new Map(rows.map((r) => [r.verbeteractie, r.n]));
}
