import type { Queryable } from '../../platform/db/database';
import type { OrganisatieSoort } from '../../organisations/schemas';
import { listContactpersonenVan } from '../contactpersonen/contactpersonen.storage';
import type { Keuze, Traject, TrajectStatus } from '../schemas';

export interface TrajectRow {
  id: string;
  regio_id: string;
  casus_id: string | null;
  anoniem_gestart: boolean;
  consultatie: string;
  status: TrajectStatus;
  geopend_op: Date;
  geopend_door_organisatie_id: string;
  triage_organisatie_id: string | null;
  triage_op: Date | null;
  direct_actie_nodig: boolean | null;
  triage_toelichting: string | null;
  omgezet_op: Date | null;
  keuze: Keuze | null;
  keuze_reden: string | null;
  keuze_op: Date | null;
  onderzoeksplan_bevestigd_op: Date | null;
  afgesloten_op: Date | null;
  versie: number;
}

export async function findTraject(tx: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<TrajectRow | null> {
  const { rows } = await tx.query<TrajectRow>(`select * from ssk_trajecten where id = $1${options.forUpdate ? ' for update' : ''}`, [id]);
  return rows[0] ?? null;
}

/** The track on a casus that is not closed yet: one per casus. */
export async function openTrajectVanCasus(tx: Queryable, casusId: string): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(`select id from ssk_trajecten where casus_id = $1 and status <> 'afgesloten' limit 1`, [casusId]);
  return rows[0]?.id ?? null;
}

export async function insertTraject(
  tx: Queryable,
  t: { regioId: string; casusId: string | null; anoniem: boolean; consultatie: string; organisatieId: string; gebruikerId: string },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into ssk_trajecten (regio_id, casus_id, anoniem_gestart, consultatie, geopend_door_organisatie_id, geopend_door_gebruiker_id)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [t.regioId, t.casusId, t.anoniem, t.consultatie, t.organisatieId, t.gebruikerId],
  );
  return rows[0]!.id;
}

export async function insertTrajectOrganisatie(tx: Queryable, trajectId: string, organisatieId: string, rol: 'opener' | 'partner'): Promise<void> {
  await tx.query(
    `insert into ssk_traject_organisaties (traject_id, organisatie_id, rol) values ($1, $2, $3) on conflict (traject_id, organisatie_id) do nothing`,
    [trajectId, organisatieId, rol],
  );
}

export async function isTrajectOrganisatie(tx: Queryable, trajectId: string, organisatieId: string): Promise<boolean> {
  const { rows } = await tx.query('select 1 from ssk_traject_organisaties where traject_id = $1 and organisatie_id = $2', [trajectId, organisatieId]);
  return rows.length > 0;
}

/** Sets columns of the track and raises its version. Column names are code, never input. */
export async function updateTraject(tx: Queryable, id: string, changes: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(changes);
  const sets = keys.map((k, i) => `${k} = $${i + 2}`);
  await tx.query(`update ssk_trajecten set ${[...sets, 'versie = versie + 1', 'updated_at = now()'].join(', ')} where id = $1`, [
    id,
    ...keys.map((k) => changes[k]),
  ]);
}

export interface PartnerOrganisatie {
  id: string;
  naam: string;
  soort: string;
  rol: 'opener' | 'partner' | 'deelnemer';
}

/**
 * The partners of a track: on a casus, the organisations taking part in it now (with their role on the track when they
 * were consulted); an anonymous consultation, the organisations consulted.
 */
export async function trajectPartners(tx: Queryable, t: Pick<TrajectRow, 'id' | 'casus_id'>): Promise<PartnerOrganisatie[]> {
  const { rows } = await tx.query<PartnerOrganisatie>(
    t.casus_id
      ? `select o.id, o.naam, o.soort, coalesce(so.rol, 'deelnemer') as rol
           from casus_deelnemers d join organisaties o on o.id = d.organisatie_id
           left join ssk_traject_organisaties so on so.traject_id = $1 and so.organisatie_id = o.id
          where d.casus_id = $2 and d.tot is null
          order by o.naam, o.id`
      : `select o.id, o.naam, o.soort, so.rol
           from ssk_traject_organisaties so join organisaties o on o.id = so.organisatie_id
          where so.traject_id = $1 and $2::uuid is null
          order by o.naam, o.id`,
    [t.id, t.casus_id],
  );
  return rows;
}

/** The organisations of a region of the given kinds (e.g. the region's OM and police who triage a track). */
export async function organisatiesVanRegio(tx: Queryable, regioId: string, soorten: readonly OrganisatieSoort[]): Promise<{ id: string; soort: OrganisatieSoort }[]> {
  const { rows } = await tx.query<{ id: string; soort: OrganisatieSoort }>(
    'select id, soort from organisaties where regio_id = $1 and soort = any($2::text[]) order by naam, id',
    [regioId, [...soorten]],
  );
  return rows;
}

export async function organisatie(tx: Queryable, id: string): Promise<{ id: string; naam: string; soort: OrganisatieSoort; regio_id: string } | null> {
  const { rows } = await tx.query<{ id: string; naam: string; soort: OrganisatieSoort; regio_id: string }>(
    'select id, naam, soort, regio_id from organisaties where id = $1',
    [id],
  );
  return rows[0] ?? null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function readTraject(tx: Queryable, id: string): Promise<Traject> {
  const { rows } = await tx.query<
    TrajectRow & {
      regio_naam: string;
      casus_nummer: string | null;
      opener_naam: string;
      opener_soort: string;
      triage_naam: string | null;
      triage_soort: string | null;
    }
  >(
    `select t.*, r.naam as regio_naam, c.nummer as casus_nummer, go.naam as opener_naam, go.soort as opener_soort,
            tr.naam as triage_naam, tr.soort as triage_soort
       from ssk_trajecten t join regios r on r.id = t.regio_id
       join organisaties go on go.id = t.geopend_door_organisatie_id
       left join casussen c on c.id = t.casus_id
       left join organisaties tr on tr.id = t.triage_organisatie_id
      where t.id = $1`,
    [id],
  );
  const t = rows[0]!;
  const partners = await trajectPartners(tx, t);
  return {
    id: t.id,
    regio: { id: t.regio_id, naam: t.regio_naam },
    casus: t.casus_id ? { id: t.casus_id, nummer: t.casus_nummer ?? '' } : null,
    anoniemGestart: t.anoniem_gestart,
    consultatie: t.consultatie,
    status: t.status,
    geopendOp: t.geopend_op.toISOString(),
    geopendDoor: { id: t.geopend_door_organisatie_id, naam: t.opener_naam, soort: t.opener_soort },
    triage:
      t.triage_op && t.triage_organisatie_id
        ? {
            organisatie: { id: t.triage_organisatie_id, naam: t.triage_naam ?? '', soort: t.triage_soort ?? '' },
            op: t.triage_op.toISOString(),
            directActieNodig: t.direct_actie_nodig ?? false,
            toelichting: t.triage_toelichting ?? '',
          }
        : null,
    omgezetOp: iso(t.omgezet_op),
    keuze: t.keuze && t.keuze_op ? { keuze: t.keuze, reden: t.keuze_reden ?? '', op: t.keuze_op.toISOString() } : null,
    onderzoeksplanBevestigdOp: iso(t.onderzoeksplan_bevestigd_op),
    afgeslotenOp: iso(t.afgesloten_op),
    organisaties: partners,
    contactpersonen: await listContactpersonenVan(tx, partners.map((p) => p.id)),
    versie: t.versie,
  };
}

/** The tracks the organisation takes part in: through its casus, or as a consulted organisation; newest first. */
export async function listTrajectenVan(tx: Queryable, organisatieId: string): Promise<Traject[]> {
  const { rows } = await tx.query<{ id: string }>(
    `select t.id from ssk_trajecten t
      where (t.casus_id is not null and exists (select 1 from casus_deelnemers d where d.casus_id = t.casus_id and d.organisatie_id = $1 and d.tot is null))
         or (t.casus_id is null and exists (select 1 from ssk_traject_organisaties so where so.traject_id = t.id and so.organisatie_id = $1))
      order by t.geopend_op desc, t.id limit 200`,
    [organisatieId],
  );
  const result: Traject[] = [];
  for (const r of rows) result.push(await readTraject(tx, r.id));
  return result;
}

/** The tracks of one casus, newest first (at most one open). */
export async function listTrajectenVanCasus(tx: Queryable, casusId: string): Promise<Traject[]> {
  const { rows } = await tx.query<{ id: string }>('select id from ssk_trajecten where casus_id = $1 order by geopend_op desc, id', [casusId]);
  const result: Traject[] = [];
  for (const r of rows) result.push(await readTraject(tx, r.id));
  return result;
}
