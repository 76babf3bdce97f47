import type { Queryable } from '../platform/db/database';
import type { Deelnemer } from './schemas';

interface DeelnemerRow {
  id: string;
  organisatie_id: string;
  organisatie_naam: string;
  organisatie_soort: Deelnemer['organisatie']['soort'];
  doel: string;
  grondslag_id: string;
  grondslag_code: string;
  grondslag_naam: string;
  contactpersoon_id: string | null;
  contactpersoon_naam: string | null;
  van: Date;
  tot: Date | null;
}

const SELECT = `select d.id, d.organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort, d.doel,
                       d.grondslag_id, g.code as grondslag_code, g.naam as grondslag_naam,
                       d.contactpersoon_gebruiker_id as contactpersoon_id, u.naam as contactpersoon_naam, d.van, d.tot
                  from casus_deelnemers d
                  join organisaties o on o.id = d.organisatie_id
                  join grondslagen g on g.id = d.grondslag_id
                  left join gebruikers u on u.id = d.contactpersoon_gebruiker_id`;

const toDeelnemer = (r: DeelnemerRow): Deelnemer => ({
  id: r.id,
  organisatie: { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.organisatie_soort },
  doel: r.doel,
  grondslag: { id: r.grondslag_id, code: r.grondslag_code, naam: r.grondslag_naam },
  contactpersoon: r.contactpersoon_id ? { id: r.contactpersoon_id, naam: r.contactpersoon_naam ?? '' } : null,
  van: new Date(r.van).toISOString(),
  tot: r.tot ? new Date(r.tot).toISOString() : null,
});

/** Participants of a casus in the order they joined; with alleenActief only those taking part now. */
export async function listParticipants(tx: Queryable, casusId: string, options: { alleenActief?: boolean } = {}): Promise<Deelnemer[]> {
  const { rows } = await tx.query<DeelnemerRow>(
    `${SELECT} where d.casus_id = $1 and ($2::boolean is not true or d.tot is null) order by d.van, d.id`,
    [casusId, options.alleenActief ?? false],
  );
  return rows.map(toDeelnemer);
}

export async function findParticipant(tx: Queryable, casusId: string, deelnemerId: string): Promise<Deelnemer | null> {
  const { rows } = await tx.query<DeelnemerRow>(`${SELECT} where d.casus_id = $1 and d.id = $2`, [casusId, deelnemerId]);
  return rows[0] ? toDeelnemer(rows[0]) : null;
}

/** Starts a participation; null when the organisation already takes part (the unique index on running participations). */
export async function insertParticipant(
  tx: Queryable,
  input: {
    casusId: string;
    organisatieId: string;
    doel: string;
    grondslagId: string;
    contactpersoonId: string | null;
    /** null: a partner system or the platform itself. */
    toegevoegdDoorGebruikerId: string | null;
    toegevoegdDoorOrganisatieId: string | null;
  },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into casus_deelnemers (casus_id, organisatie_id, doel, grondslag_id, contactpersoon_gebruiker_id,
                                   toegevoegd_door_gebruiker_id, toegevoegd_door_organisatie_id)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (casus_id, organisatie_id) where tot is null do nothing
     returning id`,
    [input.casusId, input.organisatieId, input.doel, input.grondslagId, input.contactpersoonId, input.toegevoegdDoorGebruikerId, input.toegevoegdDoorOrganisatieId],
  );
  return rows[0]?.id ?? null;
}

export async function endParticipation(tx: Queryable, deelnemerId: string, reden: string): Promise<void> {
  await tx.query('update casus_deelnemers set tot = now(), vertrokken_reden = $2 where id = $1 and tot is null', [deelnemerId, reden]);
}

export async function activeParticipantCount(tx: Queryable, casusId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>('select count(*)::int as n from casus_deelnemers where casus_id = $1 and tot is null', [casusId]);
  return rows[0]!.n;
}

/** An active organisation by id, with its kind; null when unknown or inactive. */
export async function findActiveOrganisation(tx: Queryable, id: string): Promise<{ id: string; naam: string; soort: Deelnemer['organisatie']['soort'] } | null> {
  const { rows } = await tx.query<{ id: string; naam: string; soort: Deelnemer['organisatie']['soort'] }>(
    'select id, naam, soort from organisaties where id = $1 and actief',
    [id],
  );
  return rows[0] ?? null;
}

/** The grondslag when it is in the register and active: only those can be chosen for a new participation. */
export async function findActiveGrondslag(tx: Queryable, id: string): Promise<{ id: string; code: string } | null> {
  const { rows } = await tx.query<{ id: string; code: string }>('select id, code from grondslagen where id = $1 and actief', [id]);
  return rows[0] ?? null;
}
