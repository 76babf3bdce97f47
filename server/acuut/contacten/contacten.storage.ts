import type { Queryable } from '../../platform/db/database';
import type { AcuutContact, AcuutContactInvoer, Besproken, Beoordeling, BeoordelingInvoer } from '../schemas';
import { leegBesproken } from '../schemas';
import { minutenTotOpgenomen, opvolgingDeadline, opvolgingStatus } from '../opvolging-rules';

export interface ContactRij {
  id: string;
  client_id: string;
  regio_id: string;
  politie_organisatie_id: string;
  vt_organisatie_id: string;
  casus_id: string | null;
  gebeld_op: Date;
  opgenomen_op: Date | null;
  wijze: AcuutContact['wijze'];
  vt_contactpersoon: string;
  adres: string;
  besproken: Partial<Besproken>;
  opvolg_melding_id: string | null;
  opvolg_ontvangen_op: Date | null;
  versie: number;
  created_at: Date;
}

const selectContact = `
  select c.id, c.client_id, c.regio_id, c.politie_organisatie_id, c.vt_organisatie_id, c.casus_id, c.gebeld_op, c.opgenomen_op,
         c.wijze, c.vt_contactpersoon, c.adres, c.besproken, c.opvolg_melding_id, m.ontvangen_op as opvolg_ontvangen_op, c.versie, c.created_at
    from acuut_contacten c
    left join meldingen m on m.id = c.opvolg_melding_id`;

const iso = (d: Date) => new Date(d).toISOString();

/** The contact as the API shows it, with its persons and joint assessment. */
export async function toContact(tx: Queryable, r: ContactRij, now: Date = new Date()): Promise<AcuutContact> {
  const personen = await tx.query<{ persoon_id: string }>('select persoon_id from acuut_contact_personen where contact_id = $1 order by persoon_id', [r.id]);
  const gebeld = new Date(r.gebeld_op);
  const minuten = r.opgenomen_op ? minutenTotOpgenomen(gebeld, new Date(r.opgenomen_op)) : null;
  return {
    id: r.id,
    clientId: r.client_id,
    regioId: r.regio_id,
    politieOrganisatieId: r.politie_organisatie_id,
    vtOrganisatieId: r.vt_organisatie_id,
    casusId: r.casus_id,
    gebeldOp: iso(r.gebeld_op),
    opgenomenOp: r.opgenomen_op ? iso(r.opgenomen_op) : null,
    minutenTotOpgenomen: minuten && 'minuten' in minuten ? minuten.minuten : null,
    wijze: r.wijze,
    vtContactpersoon: r.vt_contactpersoon,
    adres: r.adres,
    persoonIds: personen.rows.map((p) => p.persoon_id),
    besproken: { ...leegBesproken, ...r.besproken },
    beoordeling: await findBeoordeling(tx, r.id),
    opvolgMeldingId: r.opvolg_melding_id,
    opvolgingDeadline: opvolgingDeadline(gebeld).toISOString(),
    opvolgingStatus: opvolgingStatus(gebeld, r.opvolg_ontvangen_op ? new Date(r.opvolg_ontvangen_op) : null, now),
    versie: r.versie,
    aangemaaktOp: iso(r.created_at),
  };
}

export async function findContactRij(tx: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<ContactRij | null> {
  const { rows } = await tx.query<ContactRij>(`${selectContact} where c.id = $1 ${options.forUpdate ? 'for update of c' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function findContactByClientId(tx: Queryable, politieOrganisatieId: string, clientId: string): Promise<ContactRij | null> {
  const { rows } = await tx.query<ContactRij>(`${selectContact} where c.politie_organisatie_id = $1 and c.client_id = $2`, [politieOrganisatieId, clientId]);
  return rows[0] ?? null;
}

/** The contacts the organisation registered (police) or that were made with it (Veilig Thuis), newest first. */
export async function listContactRijen(tx: Queryable, organisatieId: string, limit = 200): Promise<ContactRij[]> {
  const { rows } = await tx.query<ContactRij>(
    `${selectContact} where c.politie_organisatie_id = $1 or c.vt_organisatie_id = $1 order by c.gebeld_op desc, c.id limit $2`,
    [organisatieId, limit],
  );
  return rows;
}

/** Inserts the contact; null when the police organisation recorded this clientId already (a concurrent resend). */
export async function insertContact(
  tx: Queryable,
  c: AcuutContactInvoer & { regioId: string; politieOrganisatieId: string; politieGebruikerId: string; casusId: string | null },
): Promise<string | null> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into acuut_contacten (regio_id, politie_organisatie_id, vt_organisatie_id, casus_id, client_id, gebeld_op, opgenomen_op, wijze,
                                  politie_gebruiker_id, vt_contactpersoon, adres, besproken)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     on conflict (politie_organisatie_id, client_id) do nothing returning id`,
    [c.regioId, c.politieOrganisatieId, c.vtOrganisatieId, c.casusId, c.clientId, c.gebeldOp, c.opgenomenOp ?? null, c.wijze,
     c.politieGebruikerId, c.vtContactpersoon, c.adres, JSON.stringify(c.besproken)],
  );
  const id = rows[0]?.id ?? null;
  if (id) {
    for (const persoonId of new Set(c.persoonIds)) {
      await tx.query(`insert into acuut_contact_personen (contact_id, persoon_id, rol) values ($1, $2, 'betrokkene') on conflict do nothing`, [id, persoonId]);
    }
  }
  return id;
}

export async function updateContact(
  tx: Queryable,
  id: string,
  w: { opgenomenOp: string | null; vtContactpersoon: string; besproken: Besproken },
): Promise<void> {
  await tx.query(
    `update acuut_contacten set opgenomen_op = $2, vt_contactpersoon = $3, besproken = $4, versie = versie + 1, updated_at = now() where id = $1`,
    [id, w.opgenomenOp, w.vtContactpersoon, JSON.stringify(w.besproken)],
  );
}

export async function setOpvolgMelding(tx: Queryable, id: string, meldingId: string): Promise<void> {
  await tx.query('update acuut_contacten set opvolg_melding_id = $2, versie = versie + 1, updated_at = now() where id = $1', [id, meldingId]);
}

export async function findBeoordeling(tx: Queryable, contactId: string, options: { forUpdate?: boolean } = {}): Promise<Beoordeling | null> {
  const { rows } = await tx.query<{ acuut_onveilig: boolean; maatregelen: string[]; wie_doet_wat: string; geconsulteerd: string[]; beoordeeld_op: Date; versie: number }>(
    `select acuut_onveilig, maatregelen, wie_doet_wat, geconsulteerd, beoordeeld_op, versie from acuut_beoordelingen where contact_id = $1
     ${options.forUpdate ? 'for update' : ''}`,
    [contactId],
  );
  const r = rows[0];
  if (!r) return null;
  return { acuutOnveilig: r.acuut_onveilig, maatregelen: r.maatregelen, wieDoetWat: r.wie_doet_wat, geconsulteerd: r.geconsulteerd, beoordeeldOp: iso(r.beoordeeld_op), versie: r.versie };
}

export async function upsertBeoordeling(tx: Queryable, contactId: string, b: BeoordelingInvoer, gebruikerId: string): Promise<void> {
  await tx.query(
    `insert into acuut_beoordelingen (contact_id, acuut_onveilig, maatregelen, wie_doet_wat, geconsulteerd, beoordeeld_op, door_gebruiker_id)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (contact_id) do update set acuut_onveilig = excluded.acuut_onveilig, maatregelen = excluded.maatregelen,
       wie_doet_wat = excluded.wie_doet_wat, geconsulteerd = excluded.geconsulteerd, beoordeeld_op = excluded.beoordeeld_op,
       door_gebruiker_id = excluded.door_gebruiker_id, versie = acuut_beoordelingen.versie + 1, updated_at = now()`,
    [contactId, b.acuutOnveilig, b.maatregelen, b.wieDoetWat, [...new Set(b.geconsulteerd)], b.beoordeeldOp, gebruikerId],
  );
}

/** The one open casus of the region holding any of the persons in which the organisation takes part, if exactly one. */
export async function enigeOpenCasusMetPersonen(tx: Queryable, regioId: string, persoonIds: readonly string[], organisatieId: string): Promise<string | null> {
  if (persoonIds.length === 0) return null;
  const { rows } = await tx.query<{ id: string }>(
    `select distinct c.id from casussen c
       join casus_personen cp on cp.casus_id = c.id and cp.persoon_id = any ($2::uuid[])
       join casus_deelnemers d on d.casus_id = c.id and d.organisatie_id = $3 and d.tot is null
      where c.regio_id = $1 and c.status = 'open'
      limit 2`,
    [regioId, persoonIds, organisatieId],
  );
  return rows.length === 1 ? rows[0]!.id : null;
}

export async function bestaandePersonen(tx: Queryable, persoonIds: readonly string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>('select id from personen where id = any ($1::uuid[])', [persoonIds]);
  return new Set(rows.map((r) => r.id));
}

/** Contacts older than the cut-off without a follow-up melding and not yet reported, locked for the job. */
export async function contactenZonderOpvolging(tx: Queryable, voor: Date): Promise<{ id: string; politie_organisatie_id: string; vt_organisatie_id: string; casus_id: string | null; gebeld_op: Date }[]> {
  const { rows } = await tx.query<{ id: string; politie_organisatie_id: string; vt_organisatie_id: string; casus_id: string | null; gebeld_op: Date }>(
    `select id, politie_organisatie_id, vt_organisatie_id, casus_id, gebeld_op from acuut_contacten
      where opvolg_melding_id is null and opvolging_verlopen_gemeld_op is null and gebeld_op < $1
      order by gebeld_op, id limit 500 for update skip locked`,
    [voor],
  );
  return rows;
}

export async function markeerOpvolgingVerlopen(tx: Queryable, id: string, at: Date): Promise<void> {
  await tx.query('update acuut_contacten set opvolging_verlopen_gemeld_op = $2 where id = $1', [id, at]);
}
