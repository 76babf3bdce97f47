import type { Queryable } from '../../platform/db/database';
import { thvEinde, thvTermijnen } from './thv-rules';
import type { Thv, ThvOvertreding, ThvStatus } from './schemas';
import { thvLoopt } from './thv-status-rules';

export interface ThvRow {
  id: string;
  regio_id: string;
  casus_id: string;
  contact_id: string | null;
  zsm_zaak_id: string | null;
  uithuisgeplaatste_persoon_id: string;
  status: ThvStatus;
  overwogen_op: Date;
  vt_geraadpleegd: boolean;
  afgezien_reden: string | null;
  opgelegd_op: Date | null;
  opgelegd_door: string | null;
  einde_op: Date | null;
  adres_geregistreerd_op: Date | null;
  verblijfadres: string | null;
  verlengingsbesluit_op: Date | null;
  beeindigd_op: Date | null;
  geregistreerd_door_organisatie_id: string;
  versie: number;
}

const columns = `id, regio_id, casus_id, contact_id, zsm_zaak_id, uithuisgeplaatste_persoon_id, status, overwogen_op, vt_geraadpleegd,
  afgezien_reden, opgelegd_op, opgelegd_door, einde_op, adres_geregistreerd_op, verblijfadres, verlengingsbesluit_op, beeindigd_op,
  geregistreerd_door_organisatie_id, versie`;

export async function insertThv(
  tx: Queryable,
  thv: {
    regioId: string;
    casusId: string;
    contactId: string | null;
    zsmZaakId: string | null;
    persoonId: string;
    vtGeraadpleegd: boolean;
    organisatieId: string;
    gebruikerId: string;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into thv (regio_id, casus_id, contact_id, zsm_zaak_id, uithuisgeplaatste_persoon_id, status, vt_geraadpleegd,
                      geregistreerd_door_organisatie_id, geregistreerd_door_gebruiker_id)
     values ($1, $2, $3, $4, $5, 'overwogen', $6, $7, $8) returning id`,
    [thv.regioId, thv.casusId, thv.contactId, thv.zsmZaakId, thv.persoonId, thv.vtGeraadpleegd, thv.organisatieId, thv.gebruikerId],
  );
  return rows[0]!.id;
}

export async function findThv(tx: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<ThvRow | null> {
  const { rows } = await tx.query<ThvRow>(`select ${columns} from thv where id = $1 ${options.forUpdate ? 'for update' : ''}`, [id]);
  return rows[0] ?? null;
}

/** Sets the given columns and bumps the version. Column names are fixed by the callers, values are parameters. */
export async function updateThv(
  tx: Queryable,
  id: string,
  velden: Partial<Pick<ThvRow, 'status' | 'afgezien_reden' | 'opgelegd_op' | 'opgelegd_door' | 'einde_op' | 'adres_geregistreerd_op' | 'verblijfadres' | 'verlengingsbesluit_op' | 'beeindigd_op'>>,
): Promise<void> {
  const entries = Object.entries(velden);
  const sets = entries.map(([kolom], i) => `${kolom} = $${i + 2}`);
  await tx.query(`update thv set ${[...sets, 'versie = versie + 1', 'updated_at = now()'].join(', ')} where id = $1`, [id, ...entries.map(([, v]) => v)]);
}

export async function insertOvertreding(
  tx: Queryable,
  o: { thvId: string; op: Date; omschrijving: string; meldingId: string | null; organisatieId: string },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into thv_overtredingen (thv_id, op, omschrijving, melding_id, door_organisatie_id) values ($1, $2, $3, $4, $5) returning id`,
    [o.thvId, o.op, o.omschrijving, o.meldingId, o.organisatieId],
  );
  return rows[0]!.id;
}

async function overtredingenVan(tx: Queryable, thvIds: string[]): Promise<Map<string, ThvOvertreding[]>> {
  const map = new Map<string, ThvOvertreding[]>();
  if (thvIds.length === 0) return map;
  const { rows } = await tx.query<{ id: string; thv_id: string; op: Date; omschrijving: string; melding_id: string | null; door_organisatie_id: string }>(
    'select id, thv_id, op, omschrijving, melding_id, door_organisatie_id from thv_overtredingen where thv_id = any($1::uuid[]) order by op, created_at',
    [thvIds],
  );
  for (const r of rows) {
    const lijst = map.get(r.thv_id) ?? [];
    lijst.push({ id: r.id, op: r.op.toISOString(), omschrijving: r.omschrijving, meldingId: r.melding_id, doorOrganisatieId: r.door_organisatie_id });
    map.set(r.thv_id, lijst);
  }
  return map;
}

function toThv(r: ThvRow, overtredingen: ThvOvertreding[]): Thv {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const termijnen =
    r.opgelegd_op && thvLoopt(r.status)
      ? thvTermijnen(r.opgelegd_op, r.einde_op ?? thvEinde(r.opgelegd_op))
          .filter((t) => t.soort !== 'adres-binnen-24-uur' || !r.adres_geregistreerd_op)
          .map((t) => ({ soort: t.soort, deadline: t.deadline.toISOString() }))
      : [];
  return {
    id: r.id,
    casusId: r.casus_id,
    contactId: r.contact_id,
    zsmZaakId: r.zsm_zaak_id,
    uithuisgeplaatstePersoonId: r.uithuisgeplaatste_persoon_id,
    status: r.status,
    overwogenOp: r.overwogen_op.toISOString(),
    vtGeraadpleegd: r.vt_geraadpleegd,
    afgezienReden: r.afgezien_reden,
    opgelegdOp: iso(r.opgelegd_op),
    opgelegdDoor: r.opgelegd_door,
    eindeOp: iso(r.einde_op),
    adresGeregistreerdOp: iso(r.adres_geregistreerd_op),
    verblijfadres: r.verblijfadres,
    verlengingsbesluitOp: iso(r.verlengingsbesluit_op),
    beeindigdOp: iso(r.beeindigd_op),
    geregistreerdDoorOrganisatieId: r.geregistreerd_door_organisatie_id,
    termijnen,
    overtredingen,
    versie: r.versie,
  };
}

export async function readThv(tx: Queryable, id: string): Promise<Thv> {
  const row = (await findThv(tx, id))!;
  return toThv(row, (await overtredingenVan(tx, [id])).get(id) ?? []);
}

/** The THVs of a casus, most recently considered first. */
export async function listThvOfCasus(tx: Queryable, casusId: string): Promise<Thv[]> {
  const { rows } = await tx.query<ThvRow>(`select ${columns} from thv where casus_id = $1 order by overwogen_op desc, created_at desc`, [casusId]);
  const overtredingen = await overtredingenVan(tx, rows.map((r) => r.id));
  return rows.map((r) => toThv(r, overtredingen.get(r.id) ?? []));
}

export async function persoonInCasus(tx: Queryable, casusId: string, persoonId: string): Promise<boolean> {
  const { rows } = await tx.query('select 1 from casus_personen where casus_id = $1 and persoon_id = $2', [casusId, persoonId]);
  return rows.length > 0;
}

export async function zsmZaakInCasus(tx: Queryable, casusId: string, zaakId: string): Promise<boolean> {
  const { rows } = await tx.query('select 1 from zsm_zaken where id = $1 and casus_id = $2', [zaakId, casusId]);
  return rows.length > 0;
}

/** An acute contact usable for a THV on this casus: on the casus, or not yet linked and registered by this organisation. */
export async function contactBruikbaar(tx: Queryable, casusId: string, contactId: string, organisatieId: string): Promise<boolean> {
  const { rows } = await tx.query(
    'select 1 from acuut_contacten where id = $1 and (casus_id = $2 or (casus_id is null and politie_organisatie_id = $3))',
    [contactId, casusId, organisatieId],
  );
  return rows.length > 0;
}

export async function meldingInCasus(tx: Queryable, casusId: string, meldingId: string): Promise<boolean> {
  const { rows } = await tx.query('select 1 from meldingen where id = $1 and casus_id = $2', [meldingId, casusId]);
  return rows.length > 0;
}

/** The Veilig Thuis organisations taking part in the casus now. */
export async function vtDeelnemers(tx: Queryable, casusId: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `select o.id from casus_deelnemers d join organisaties o on o.id = d.organisatie_id
      where d.casus_id = $1 and d.tot is null and o.soort = 'veilig-thuis' order by o.id`,
    [casusId],
  );
  return rows.map((r) => r.id);
}

/** Moves the deadline of the open 'thv-einde' tasks of a THV (after an extension). */
export async function moveEindeTaken(tx: Queryable, thvId: string, deadline: Date): Promise<void> {
  await tx.query(
    `update taken set deadline = $2, versie = versie + 1 where soort = 'thv-einde' and status = 'open' and sleutel like $1`,
    [`${thvTaakSleutelPrefix(thvId)}%`, deadline],
  );
}

/** The keys of the open tasks of a THV. */
export async function openThvTaakSleutels(tx: Queryable, thvId: string): Promise<string[]> {
  const { rows } = await tx.query<{ sleutel: string }>(
    `select sleutel from taken where status = 'open' and soort in ('thv-adres', 'thv-verlengingsbesluit', 'thv-einde') and sleutel like $1`,
    [`${thvTaakSleutelPrefix(thvId)}%`],
  );
  return rows.map((r) => r.sleutel);
}

export const thvTaakSleutelPrefix = (thvId: string) => `thv:${thvId}:`;
export const thvTaakSleutel = {
  adres: (thvId: string) => `${thvTaakSleutelPrefix(thvId)}adres`,
  verlengingsbesluit: (thvId: string, huidigeEinde: Date) => `${thvTaakSleutelPrefix(thvId)}verlengingsbesluit:${huidigeEinde.toISOString()}`,
  einde: (thvId: string, organisatieId: string) => `${thvTaakSleutelPrefix(thvId)}einde:${organisatieId}`,
};
