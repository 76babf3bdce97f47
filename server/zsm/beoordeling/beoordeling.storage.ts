import type { Queryable } from '../../platform/db/database';
import type { Veiligheidsbeoordeling, VeiligheidsbeoordelingInvoer, ZsmAdvies, ZsmAdviesSoort, ZsmVoorwaarde } from './schemas';

interface BeoordelingRow {
  id: string;
  zaak_id: string;
  vt_organisatie_id: string;
  vt_organisatie_naam: string;
  acuut_onveilig: boolean;
  veiligheidsvoorwaarden_nodig: boolean;
  geadviseerde_voorwaarden: ZsmVoorwaarde[];
  context: string;
  overdracht: string;
  door_naam: string | null;
  vastgesteld_op: Date;
  updated_at: Date;
  versie: number;
}

const toBeoordeling = (r: BeoordelingRow): Veiligheidsbeoordeling => ({
  zaakId: r.zaak_id,
  vtOrganisatie: { id: r.vt_organisatie_id, naam: r.vt_organisatie_naam },
  acuutOnveilig: r.acuut_onveilig,
  veiligheidsvoorwaardenNodig: r.veiligheidsvoorwaarden_nodig,
  geadviseerdeVoorwaarden: r.geadviseerde_voorwaarden,
  context: r.context,
  overdracht: r.overdracht,
  door: r.door_naam === null ? null : { naam: r.door_naam },
  vastgesteldOp: new Date(r.vastgesteld_op).toISOString(),
  bijgewerktOp: new Date(r.updated_at).toISOString(),
  versie: r.versie,
});

/** The case's safety assessment, or null; with forUpdate the row is locked. */
export async function findBeoordeling(tx: Queryable, zaakId: string, options: { forUpdate?: boolean } = {}): Promise<(Veiligheidsbeoordeling & { id: string }) | null> {
  const { rows } = await tx.query<BeoordelingRow>(
    `select b.id, b.zaak_id, b.vt_organisatie_id, o.naam as vt_organisatie_naam, b.acuut_onveilig, b.veiligheidsvoorwaarden_nodig,
            b.geadviseerde_voorwaarden, b.context, b.overdracht, g.naam as door_naam, b.vastgesteld_op, b.updated_at, b.versie
       from zsm_veiligheidsbeoordelingen b
       join organisaties o on o.id = b.vt_organisatie_id
       left join gebruikers g on g.id = b.door_gebruiker_id
      where b.zaak_id = $1${options.forUpdate ? ' for update of b' : ''}`,
    [zaakId],
  );
  return rows[0] ? { id: rows[0].id, ...toBeoordeling(rows[0]) } : null;
}

export async function insertBeoordeling(
  tx: Queryable,
  zaakId: string,
  vtOrganisatieId: string,
  gebruikerId: string,
  invoer: VeiligheidsbeoordelingInvoer,
  op: Date,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into zsm_veiligheidsbeoordelingen
       (zaak_id, vt_organisatie_id, acuut_onveilig, veiligheidsvoorwaarden_nodig, geadviseerde_voorwaarden, context, overdracht,
        door_gebruiker_id, vastgesteld_op, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) returning id`,
    [zaakId, vtOrganisatieId, invoer.acuutOnveilig, invoer.veiligheidsvoorwaardenNodig, invoer.geadviseerdeVoorwaarden, invoer.context, invoer.overdracht, gebruikerId, op],
  );
  return rows[0]!.id;
}

export async function updateBeoordeling(tx: Queryable, zaakId: string, gebruikerId: string, invoer: VeiligheidsbeoordelingInvoer, op: Date): Promise<void> {
  await tx.query(
    `update zsm_veiligheidsbeoordelingen
        set acuut_onveilig = $2, veiligheidsvoorwaarden_nodig = $3, geadviseerde_voorwaarden = $4, context = $5, overdracht = $6,
            door_gebruiker_id = $7, updated_at = $8, versie = versie + 1
      where zaak_id = $1`,
    [zaakId, invoer.acuutOnveilig, invoer.veiligheidsvoorwaardenNodig, invoer.geadviseerdeVoorwaarden, invoer.context, invoer.overdracht, gebruikerId, op],
  );
}

/** A Veilig Thuis organisation that assesses an unassigned case becomes the case's VT. */
export async function assignVtOrganisatie(tx: Queryable, zaakId: string, vtOrganisatieId: string): Promise<void> {
  await tx.query(
    'update zsm_zaken set vt_organisatie_id = $2, versie = versie + 1, updated_at = now() where id = $1 and vt_organisatie_id is null',
    [zaakId, vtOrganisatieId],
  );
}

interface AdviesRow {
  id: string;
  zaak_id: string;
  soort: ZsmAdviesSoort;
  inhoud: string;
  organisatie_id: string;
  organisatie_naam: string;
  door_naam: string | null;
  op: Date;
}

const SELECT_ADVIES = `select a.id, a.zaak_id, a.soort, a.inhoud, a.organisatie_id, o.naam as organisatie_naam, g.naam as door_naam, a.op
                         from zsm_adviezen a
                         join organisaties o on o.id = a.organisatie_id
                         left join gebruikers g on g.id = a.door_gebruiker_id`;

const toAdvies = (r: AdviesRow): ZsmAdvies => ({
  id: r.id,
  zaakId: r.zaak_id,
  soort: r.soort,
  inhoud: r.inhoud,
  organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
  door: r.door_naam === null ? null : { naam: r.door_naam },
  op: new Date(r.op).toISOString(),
});

export async function insertAdvies(
  tx: Queryable,
  input: { zaakId: string; organisatieId: string; gebruikerId: string; soort: ZsmAdviesSoort; inhoud: string },
): Promise<ZsmAdvies> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into zsm_adviezen (zaak_id, organisatie_id, soort, inhoud, door_gebruiker_id) values ($1, $2, $3, $4, $5) returning id',
    [input.zaakId, input.organisatieId, input.soort, input.inhoud, input.gebruikerId],
  );
  const { rows: found } = await tx.query<AdviesRow>(`${SELECT_ADVIES} where a.id = $1`, [rows[0]!.id]);
  return toAdvies(found[0]!);
}

/** The input of 3RO and the Raad on a case, oldest first. */
export async function listAdviezen(tx: Queryable, zaakId: string): Promise<ZsmAdvies[]> {
  const { rows } = await tx.query<AdviesRow>(`${SELECT_ADVIES} where a.zaak_id = $1 order by a.op, a.id`, [zaakId]);
  return rows.map(toAdvies);
}
