import type { Queryable } from '../../platform/db/database';
import type { ZsmVoorwaarde } from '../beoordeling/schemas';
import { binnenTermijn } from './beslissing-rules';
import type { Afdoeningsoverleg, AfdoeningsoverlegPunt, Beslissing, BeslissingSoort, Terugkoppeling, VtDeelname } from './schemas';

// ---------------------------------------------------------------------------------------------------
// The afdoeningsoverleg

interface OverlegRow {
  zaak_id: string;
  gepland_op: Date | null;
  vt_deelname: VtDeelname | null;
  checklist: AfdoeningsoverlegPunt[];
  gehouden_op: Date | null;
  updated_at: Date;
  versie: number;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function findAfdoeningsoverleg(tx: Queryable, zaakId: string, options: { forUpdate?: boolean } = {}): Promise<Afdoeningsoverleg | null> {
  const { rows } = await tx.query<OverlegRow>(
    `select zaak_id, gepland_op, vt_deelname, checklist, gehouden_op, updated_at, versie
       from zsm_afdoeningsoverleggen where zaak_id = $1${options.forUpdate ? ' for update' : ''}`,
    [zaakId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    zaakId: r.zaak_id,
    geplandOp: iso(r.gepland_op),
    vtDeelname: r.vt_deelname,
    checklist: r.checklist,
    gehouden: r.gehouden_op !== null,
    gehoudenOp: iso(r.gehouden_op),
    bijgewerktOp: new Date(r.updated_at).toISOString(),
    versie: r.versie,
  };
}

export async function saveAfdoeningsoverleg(
  tx: Queryable,
  input: { zaakId: string; geplandOp: string | null; vtDeelname: VtDeelname; checklist: AfdoeningsoverlegPunt[]; gehoudenOp: string | null },
  op: Date,
): Promise<void> {
  await tx.query(
    `insert into zsm_afdoeningsoverleggen (zaak_id, gepland_op, vt_deelname, checklist, gehouden_op, updated_at)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (zaak_id) do update
        set gepland_op = excluded.gepland_op, vt_deelname = excluded.vt_deelname, checklist = excluded.checklist,
            gehouden_op = excluded.gehouden_op, updated_at = excluded.updated_at, versie = zsm_afdoeningsoverleggen.versie + 1`,
    [input.zaakId, input.geplandOp, input.vtDeelname, JSON.stringify(input.checklist), input.gehoudenOp, op],
  );
}

/** The time of the afdoeningsoverleg as the board shows it; a change is a change of the case (its version moves). */
export async function setAfdoeningsoverlegOp(tx: Queryable, zaakId: string, op: string | null): Promise<void> {
  await tx.query(
    `update zsm_zaken set afdoeningsoverleg_op = $2, versie = versie + 1, updated_at = now()
      where id = $1 and afdoeningsoverleg_op is distinct from $2::timestamptz`,
    [zaakId, op],
  );
}

export async function afdoeningsoverlegOpVanZaak(tx: Queryable, zaakId: string): Promise<string | null> {
  const { rows } = await tx.query<{ afdoeningsoverleg_op: Date | null }>('select afdoeningsoverleg_op from zsm_zaken where id = $1', [zaakId]);
  return iso(rows[0]?.afdoeningsoverleg_op ?? null);
}

// ---------------------------------------------------------------------------------------------------
// The decision and its feedback

export const BESLISSING_LEZEN_TAAK_SOORT = 'zsm-beslissing-lezen';
export const beslissingLezenTaakSleutel = (zaakId: string, organisatieId: string) => `${BESLISSING_LEZEN_TAAK_SOORT}:${zaakId}:${organisatieId}`;

export async function insertBeslissing(
  tx: Queryable,
  input: {
    zaakId: string;
    soort: BeslissingSoort;
    voorwaarden: readonly ZsmVoorwaarde[];
    toelichting: string;
    vtInformatieAanwezig: boolean;
    zonderVtInformatieReden: string | null;
    onveiligeVrijlating: boolean;
    onveiligeVrijlatingReden: string | null;
    gebruikerId: string;
    organisatieId: string;
    beslistOp: Date;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into zsm_beslissingen (zaak_id, soort, voorwaarden, toelichting, vt_informatie_aanwezig, zonder_vt_informatie_reden,
                                   onveilige_vrijlating, onveilige_vrijlating_reden, beslist_door_gebruiker_id, beslist_door_organisatie_id, beslist_op)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      input.zaakId,
      input.soort,
      [...input.voorwaarden],
      input.toelichting,
      input.vtInformatieAanwezig,
      input.zonderVtInformatieReden,
      input.onveiligeVrijlating,
      input.onveiligeVrijlatingReden,
      input.gebruikerId,
      input.organisatieId,
      input.beslistOp,
    ],
  );
  return rows[0]!.id;
}

/** The case is decided (its version moves). */
export async function markZaakBeslist(tx: Queryable, zaakId: string): Promise<void> {
  await tx.query(`update zsm_zaken set status = 'beslist', versie = versie + 1, updated_at = now() where id = $1`, [zaakId]);
}

/** Reclassering and RvdK organisations taking part in the casus now: they hear the decision. */
export async function feedbackPartnersOfCasus(tx: Queryable, casusId: string): Promise<string[]> {
  const { rows } = await tx.query<{ organisatie_id: string }>(
    `select d.organisatie_id from casus_deelnemers d join organisaties o on o.id = d.organisatie_id
      where d.casus_id = $1 and d.tot is null and o.soort in ('reclassering', 'raad-voor-de-kinderbescherming')
      order by d.van, d.id`,
    [casusId],
  );
  return rows.map((r) => r.organisatie_id);
}

async function terugkoppelingVan(tx: Queryable, zaakId: string): Promise<Terugkoppeling[]> {
  const { rows } = await tx.query<{ organisatie_id: string; organisatie_naam: string; status: string; afgerond_op: Date | null }>(
    `select t.organisatie_id, o.naam as organisatie_naam, t.status, t.afgerond_op
       from taken t join organisaties o on o.id = t.organisatie_id
      where t.soort = $1 and t.sleutel like $2 order by t.created_at, o.naam`,
    [BESLISSING_LEZEN_TAAK_SOORT, `${BESLISSING_LEZEN_TAAK_SOORT}:${zaakId}:%`],
  );
  return rows.map((r) => ({
    organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
    gelezen: r.status === 'afgerond',
    gelezenOp: r.status === 'afgerond' ? iso(r.afgerond_op) : null,
  }));
}

interface BeslissingRow {
  id: string;
  zaak_id: string;
  soort: BeslissingSoort;
  voorwaarden: ZsmVoorwaarde[];
  toelichting: string;
  vt_informatie_aanwezig: boolean;
  zonder_vt_informatie_reden: string | null;
  onveilige_vrijlating: boolean;
  onveilige_vrijlating_reden: string | null;
  zonder_vt_contact: boolean;
  beslissen_uiterlijk: Date;
  beslist_op: Date;
  beslist_door_naam: string | null;
  beslist_door_organisatie_id: string;
  beslist_door_organisatie_naam: string;
}

export async function findBeslissing(tx: Queryable, zaakId: string): Promise<Beslissing | null> {
  const { rows } = await tx.query<BeslissingRow>(
    `select b.id, b.zaak_id, b.soort, b.voorwaarden, b.toelichting, b.vt_informatie_aanwezig, b.zonder_vt_informatie_reden,
            b.onveilige_vrijlating, b.onveilige_vrijlating_reden, z.zonder_vt_contact, z.beslissen_uiterlijk, b.beslist_op,
            g.naam as beslist_door_naam, b.beslist_door_organisatie_id, o.naam as beslist_door_organisatie_naam
       from zsm_beslissingen b
       join zsm_zaken z on z.id = b.zaak_id
       join organisaties o on o.id = b.beslist_door_organisatie_id
       left join gebruikers g on g.id = b.beslist_door_gebruiker_id
      where b.zaak_id = $1`,
    [zaakId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    zaakId: r.zaak_id,
    soort: r.soort,
    voorwaarden: r.voorwaarden,
    toelichting: r.toelichting,
    vtInformatieAanwezig: r.vt_informatie_aanwezig,
    zonderVtInformatieReden: r.zonder_vt_informatie_reden,
    onveiligeVrijlating: r.onveilige_vrijlating,
    onveiligeVrijlatingReden: r.onveilige_vrijlating_reden,
    zonderVtContact: r.zonder_vt_contact,
    binnenTermijn: binnenTermijn(new Date(r.beslist_op), new Date(r.beslissen_uiterlijk)),
    beslistOp: new Date(r.beslist_op).toISOString(),
    beslistDoor: r.beslist_door_naam === null ? null : { naam: r.beslist_door_naam },
    beslistDoorOrganisatie: { id: r.beslist_door_organisatie_id, naam: r.beslist_door_organisatie_naam },
    terugkoppeling: await terugkoppelingVan(tx, zaakId),
  };
}
