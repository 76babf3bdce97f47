import type { Queryable } from '../../platform/db/database';
import type { Periode } from './periode';
import { rolSamenvattingenOp, type FijneSamenvatting, type Samenvatting } from './aggregatie-rules';

/** Which measurements: one or more regions (null: all), optionally about one organisation, in a period. */
export interface MetingSelectie extends Periode {
  regioIds: readonly string[] | null;
  organisatieId?: string | null;
}

export interface SamenvattingRij extends Samenvatting {
  indicator: string;
  /** null: over all breakdowns. */
  kenmerk: string | null;
  /** null: over the whole period; otherwise 'YYYY-MM' or 'YYYY'. */
  periode: string | null;
}

const PERIODE_FORMAAT = { maand: 'YYYY-MM', jaar: 'YYYY' } as const;

/**
 * Summaries of the counted measurements per indicator: over the whole period, per breakdown and per month or
 * year. Periods are Amsterdam calendar days. Counts and sums come from one hash aggregation at the finest grain
 * (indicator, breakdown, period), rolled up in code; exact medians are sorted for only the indicators that need
 * them. Run it inside a transaction that took `planVoorSamenvatten` (the planner cannot estimate the few groups).
 */
export async function vatMetingenSamen(
  q: Queryable,
  selectie: MetingSelectie,
  reeks: 'maand' | 'jaar' | null,
  mediaanIndicatoren: readonly string[] = [],
): Promise<SamenvattingRij[]> {
  const parameters = [selectie.regioIds, selectie.van, selectie.tot, selectie.organisatieId ?? null, reeks ? PERIODE_FORMAAT[reeks] : null];
  const metingen = `select indicator, kenmerk, waarde,
                           case when $5::text is null then null else to_char(op at time zone 'Europe/Amsterdam', $5::text) end as periode
                      from indicator_metingen
                     where ($1::uuid[] is null or regio_id = any ($1::uuid[]))
                       and op >= ($2::date::timestamp at time zone 'Europe/Amsterdam')
                       and op < ($3::date::timestamp at time zone 'Europe/Amsterdam')
                       and ($4::uuid is null or organisatie_id = $4::uuid)`;
  const fijn = await q.query<FijneSamenvatting>(
    `select indicator, kenmerk, periode, count(*)::int as n, sum(waarde)::float8 as som from (${metingen}) m group by indicator, kenmerk, periode`,
    parameters,
  );
  const rijen = rolSamenvattingenOp(fijn.rows);
  if (mediaanIndicatoren.length === 0) return rijen;
  const medianen = await q.query<{ indicator: string; kenmerk: string | null; periode: string | null; per_kenmerk: number; per_periode: number; mediaan: number }>(
    `select indicator, kenmerk, periode, (grouping(kenmerk) = 0)::int as per_kenmerk, (grouping(periode) = 0)::int as per_periode,
            percentile_cont(0.5) within group (order by waarde)::float8 as mediaan
       from (${metingen} and indicator = any ($6::text[])) m
      group by grouping sets ((indicator), (indicator, kenmerk), (indicator, periode))`,
    [...parameters, mediaanIndicatoren],
  );
  const sleutel = (indicator: string, kenmerk: string | null, periode: string | null) => `${indicator}\u0000${kenmerk ?? ''}\u0000${periode ?? ''}`;
  const mediaanVan = new Map(
    medianen.rows.map((r) => [sleutel(r.indicator, r.per_kenmerk === 1 ? r.kenmerk : null, r.per_periode === 1 ? r.periode : null), r.mediaan]),
  );
  return rijen.map((r) => ({ ...r, mediaan: mediaanVan.get(sleutel(r.indicator, r.kenmerk, r.periode)) ?? null }));
}

/**
 * Planner settings for the summaries, local to the caller's transaction: the grouping keys are expressions whose
 * few distinct values PostgreSQL cannot estimate, so it would sort millions of rows on disk instead of hashing.
 */
export async function planVoorSamenvatten(tx: Queryable): Promise<void> {
  await tx.query("select set_config('enable_sort', 'off', true), set_config('jit', 'off', true), set_config('work_mem', '64MB', true)");
}

export interface EvaluatieRij {
  vraag: string;
  /** null: over all years of the period. */
  jaar: number | null;
  /** Respondents who answered. */
  n: number;
  gemiddelde: number | null;
}

/** Mean answers per evaluation question over the years of a period, and per year. */
export async function vatEvaluatiesSamen(
  q: Queryable,
  selectie: { regioIds: readonly string[] | null; organisatieId?: string | null; jaarVan: number; jaarTot: number },
): Promise<EvaluatieRij[]> {
  const { rows } = await q.query<{ vraag: string; jaar: number | null; per_jaar: number; n: number; gemiddelde: number | null }>(
    `select a.vraag, e.jaar, (grouping(e.jaar) = 0)::int as per_jaar,
            count(distinct e.id)::int as n, avg(a.waarde)::float8 as gemiddelde
       from evaluatie_antwoorden a
       join evaluaties e on e.id = a.evaluatie_id
      where ($1::uuid[] is null or e.regio_id = any ($1::uuid[]))
        and e.jaar between $2 and $3
        and ($4::uuid is null or e.organisatie_id = $4::uuid)
        and a.waarde is not null
      group by grouping sets ((a.vraag), (a.vraag, e.jaar))`,
    [selectie.regioIds, selectie.jaarVan, selectie.jaarTot, selectie.organisatieId ?? null],
  );
  return rows.map((r) => ({ vraag: r.vraag, jaar: r.per_jaar === 1 ? r.jaar : null, n: r.n, gemiddelde: r.gemiddelde }));
}

export interface InspanningRij {
  verbeteractie: string;
  soort: string;
  /** null: over the whole period. */
  periode: string | null;
  n: number;
  uren: number;
  meer: number;
  minder: number;
  gelijk: number;
}

/** Registered effort per improvement action and kind over a period, and per month or year. */
export async function vatInspanningenSamen(
  q: Queryable,
  selectie: MetingSelectie,
  reeks: 'maand' | 'jaar' | null,
): Promise<InspanningRij[]> {
  const { rows } = await q.query<InspanningRij & { per_periode: number }>(
    `select verbeteractie, soort, periode, (grouping(periode) = 0)::int as per_periode, count(*)::int as n,
            coalesce(sum(uren), 0)::float8 as uren,
            count(*) filter (where werklast = 'meer')::int as meer,
            count(*) filter (where werklast = 'minder')::int as minder,
            count(*) filter (where werklast = 'gelijk')::int as gelijk
       from (select verbeteractie, soort, uren, werklast,
                    case when $5::text is null then null else to_char(datum, $5::text) end as periode
               from inspanningen
              where ($1::uuid[] is null or regio_id = any ($1::uuid[]))
                and datum >= $2::date and datum < $3::date
                and ($4::uuid is null or organisatie_id = $4::uuid)) i
      group by grouping sets ((verbeteractie, soort), (verbeteractie, soort, periode))`,
    [selectie.regioIds, selectie.van, selectie.tot, selectie.organisatieId ?? null, reeks ? PERIODE_FORMAAT[reeks] : null],
  );
  return rows
    .filter((r) => !(r.per_periode === 1 && r.periode === null))
    .map(({ per_periode, ...r }) => ({ ...r, periode: per_periode === 1 ? r.periode : null }));
}
