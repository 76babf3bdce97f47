import type { Queryable } from '../../platform/db/database';
import { participatesSql } from '../../cases/casus-access';
import { problems } from '../../platform/http/problem';

export interface RegioRij {
  id: string;
  code: string;
  naam: string;
}

export async function vindRegio(q: Queryable, regioId: string): Promise<RegioRij | null> {
  const { rows } = await q.query<RegioRij>('select id, code, naam from regios where id = $1', [regioId]);
  return rows[0] ?? null;
}

/** An organisation of the given region (null when unknown or elsewhere). */
export async function vindOrganisatieInRegio(q: Queryable, organisatieId: string, regioId: string): Promise<{ id: string; naam: string } | null> {
  const { rows } = await q.query<{ id: string; naam: string }>('select id, naam from organisaties where id = $1 and regio_id = $2', [
    organisatieId,
    regioId,
  ]);
  return rows[0] ?? null;
}

export interface OnderliggendeMetingRij {
  casusId: string;
  nummer: string;
  status: 'open' | 'gesloten';
  op: Date;
  waarde: number;
  kenmerk: string | null;
}

/**
 * The measurements of one indicator in a region and period on casussen the given organisation takes part in now,
 * newest first, at most `limiet` (ask one more to know whether there were more).
 */
export async function leesOnderliggendeMetingen(
  q: Queryable,
  selectie: {
    indicator: string;
    regioId: string;
    van: string;
    tot: string;
    organisatieId: string | null;
    kenmerk: string | null;
    deelnemerOrganisatieId: string;
    limiet: number;
  },
): Promise<{ rijen: OnderliggendeMetingRij[] }> {
  const { rows } = await q.query<{
    casus_id: string;
    nummer: string;
    status: 'open' | 'gesloten';
    op: Date;
    waarde: number;
    kenmerk: string | null;
  }>(
    `select m.casus_id, c.nummer, c.status, m.op, m.waarde, m.kenmerk
       from indicator_metingen m
       join casussen c on c.id = m.casus_id
      where m.indicator = $1
        and m.regio_id = $2
        and m.op >= ($3::date::timestamp at time zone 'Europe/Amsterdam')
        and m.op < ($4::date::timestamp at time zone 'Europe/Amsterdam')
        and ($5::uuid is null or m.organisatie_id = $5::uuid)
        and ($6::text is null or m.kenmerk = $6::text)
        and ${participatesSql('m.casus_id', '$7')}
      order by m.op desc, c.nummer
      limit $8`,
    [
      selectie.indicator,
      selectie.regioId,
      selectie.van,
      selectie.tot,
      selectie.organisatieId,
      selectie.kenmerk,
      selectie.deelnemerOrganisatieId,
      selectie.limiet,
    ],
  );
  return {
    rijen: rows.map((r) => ({ casusId: r.casus_id, nummer: r.nummer, status: r.status, op: r.op, waarde: r.waarde, kenmerk: r.kenmerk })),
  };
}

/**
 * The region and optional organisation of an indicator request: an unknown region is 404, an organisation outside
 * it is 400 naming organisatieId. Shared by the dashboard and the report.
 */
export async function leesRegioSelectie(
  q: Queryable,
  regioId: string,
  organisatieId: string | undefined,
): Promise<{ regio: RegioRij; organisatie: { id: string; naam: string } | null }> {
  const regio = await vindRegio(q, regioId);
  if (!regio) throw problems.notFound('Deze regio bestaat niet.');
  const organisatie = organisatieId ? await vindOrganisatieInRegio(q, organisatieId, regio.id) : null;
  if (organisatieId && !organisatie) throw problems.invalidField('organisatieId', 'deze organisatie hoort niet bij de gekozen regio');
  return { regio, organisatie };
}
