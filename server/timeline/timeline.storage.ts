import type { Queryable } from '../platform/db/database';
import { herberekenMetingen } from '../indicatoren/metingen/metingen.storage';
import type { TijdlijnGebeurtenis, TijdlijnSoort } from './events';
import { zichtbaarVoorSql } from './zichtbaarheid';

/** Who recorded an event: a person acting for an organisation, or a partner system / the platform (no user). */
export interface TijdlijnActor {
  gebruikerId: string | null;
  organisatieId: string | null;
}

/**
 * Writes one event inside the caller's transaction, so the timeline holds exactly the steps that happened.
 * `op` is when it happened (default: now); `zichtbaarVoor` limits it to named organisations (need-to-know).
 */
export async function recordEvent(
  tx: Queryable,
  casusId: string,
  actor: TijdlijnActor,
  event: TijdlijnGebeurtenis,
  options: { op?: Date | string; zichtbaarVoor?: string[] | null } = {},
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into tijdlijn (casus_id, soort, op, gebruiker_id, organisatie_id, zichtbaar_voor, gegevens)
     values ($1, $2, coalesce($3::timestamptz, now()), $4, $5, $6, $7) returning id`,
    [casusId, event.soort, options.op ?? null, actor.gebruikerId, actor.organisatieId, options.zichtbaarVoor ?? null, JSON.stringify(event.gegevens)],
  );
  // The indicators are counted from the timeline: once per transaction and casus, after its last event.
  await tx.beforeCommit(`indicator-metingen:${casusId}`, (t) => herberekenMetingen(t, casusId));
  return rows[0]!.id;
}

export interface TijdlijnRij {
  id: string;
  soort: TijdlijnSoort;
  op: Date;
  geregistreerdOp: Date;
  gebruiker: { id: string; naam: string } | null;
  organisatie: { id: string; naam: string } | null;
  gegevens: Record<string, unknown>;
}

/**
 * The events of one casus that the given organisation may see, oldest first. The caller has already checked
 * that the organisation takes part in the casus (cases/casus-access).
 */
export async function listEvents(tx: Queryable, casusId: string, organisatieId: string): Promise<TijdlijnRij[]> {
  const { rows } = await tx.query<{
    id: string;
    soort: TijdlijnSoort;
    op: Date;
    geregistreerd_op: Date;
    gebruiker_id: string | null;
    gebruiker_naam: string | null;
    organisatie_id: string | null;
    organisatie_naam: string | null;
    gegevens: Record<string, unknown>;
  }>(
    `select t.id, t.soort, t.op, t.geregistreerd_op, t.gebruiker_id, g.naam as gebruiker_naam,
            t.organisatie_id, o.naam as organisatie_naam, t.gegevens
       from tijdlijn t
       left join gebruikers g on g.id = t.gebruiker_id
       left join organisaties o on o.id = t.organisatie_id
      where t.casus_id = $1 and ${zichtbaarVoorSql('$2')}
      order by t.op, t.volgnummer`,
    [casusId, organisatieId],
  );
  return rows.map((r) => ({
    id: r.id,
    soort: r.soort,
    op: r.op,
    geregistreerdOp: r.geregistreerd_op,
    gebruiker: r.gebruiker_id ? { id: r.gebruiker_id, naam: r.gebruiker_naam ?? '' } : null,
    organisatie: r.organisatie_id ? { id: r.organisatie_id, naam: r.organisatie_naam ?? '' } : null,
    gegevens: r.gegevens,
  }));
}
