import type { Queryable } from '../../platform/db/database';
import { personSummaries } from '../../persons/person-references';
import type { MedischExpert, MedischVerzoek } from '../schemas';

export interface VerzoekRow {
  id: string;
  traject_id: string;
  stap_id: string | null;
  expert: MedischExpert;
  expert_organisatie_id: string;
  expert_naam: string;
  expert_soort: string;
  persoon_id: string | null;
  vraag: string;
  aangevraagd_op: Date;
  aangevraagd_door_organisatie_id: string;
  aanvrager_naam: string;
  aanvrager_soort: string;
  status: 'aangevraagd' | 'uitgevoerd' | 'geannuleerd';
  onderzocht_op: Date | null;
  uitkomst: string | null;
  letsel_past_bij_verklaring: boolean | null;
  versie: number;
}

const select = `select v.id, v.traject_id, v.stap_id, v.expert, v.expert_organisatie_id, e.naam as expert_naam, e.soort as expert_soort, v.persoon_id,
                       v.vraag, v.aangevraagd_op, v.aangevraagd_door_organisatie_id, a.naam as aanvrager_naam, a.soort as aanvrager_soort,
                       v.status, v.onderzocht_op, v.uitkomst, v.letsel_past_bij_verklaring, v.versie
                  from ssk_medische_verzoeken v
                  join organisaties e on e.id = v.expert_organisatie_id
                  join organisaties a on a.id = v.aangevraagd_door_organisatie_id`;

export async function findVerzoek(tx: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<VerzoekRow | null> {
  const { rows } = await tx.query<VerzoekRow>(`${select} where v.id = $1${options.forUpdate ? ' for update of v' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function listVerzoekenAan(tx: Queryable, expertOrganisatieId: string): Promise<VerzoekRow[]> {
  const { rows } = await tx.query<VerzoekRow>(
    `${select} where v.expert_organisatie_id = $1 order by case v.status when 'aangevraagd' then 0 else 1 end, v.aangevraagd_op desc, v.id limit 200`,
    [expertOrganisatieId],
  );
  return rows;
}

export async function listVerzoekenVanTraject(tx: Queryable, trajectId: string): Promise<VerzoekRow[]> {
  const { rows } = await tx.query<VerzoekRow>(`${select} where v.traject_id = $1 order by v.aangevraagd_op, v.id`, [trajectId]);
  return rows;
}

/** The requests with the child they concern (name and date of birth: what the expert needs to examine the right child). */
export async function toVerzoeken(tx: Queryable, rows: readonly VerzoekRow[]): Promise<MedischVerzoek[]> {
  const kinderen = await personSummaries(tx, rows.flatMap((r) => (r.persoon_id ? [r.persoon_id] : [])));
  return rows.map((r) => ({
    id: r.id,
    trajectId: r.traject_id,
    stapId: r.stap_id,
    expert: r.expert,
    expertOrganisatie: { id: r.expert_organisatie_id, naam: r.expert_naam, soort: r.expert_soort },
    kind: r.persoon_id ? (kinderen.get(r.persoon_id) ?? null) : null,
    vraag: r.vraag,
    aangevraagdOp: r.aangevraagd_op.toISOString(),
    aangevraagdDoor: { id: r.aangevraagd_door_organisatie_id, naam: r.aanvrager_naam, soort: r.aanvrager_soort },
    status: r.status,
    onderzochtOp: r.onderzocht_op ? r.onderzocht_op.toISOString() : null,
    uitkomst: r.uitkomst,
    letselPastBijVerklaring: r.letsel_past_bij_verklaring,
    versie: r.versie,
  }));
}

export async function insertVerzoek(
  tx: Queryable,
  v: { trajectId: string; stapId: string | null; expert: MedischExpert; expertOrganisatieId: string; persoonId: string | null; vraag: string; organisatieId: string; gebruikerId: string },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into ssk_medische_verzoeken (traject_id, stap_id, expert, expert_organisatie_id, persoon_id, vraag, aangevraagd_door_organisatie_id, aangevraagd_door_gebruiker_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [v.trajectId, v.stapId, v.expert, v.expertOrganisatieId, v.persoonId, v.vraag, v.organisatieId, v.gebruikerId],
  );
  return rows[0]!.id;
}

export async function registreerUitkomst(tx: Queryable, id: string, u: { onderzochtOp: Date; uitkomst: string; letselPastBijVerklaring: boolean | null }): Promise<void> {
  await tx.query(
    `update ssk_medische_verzoeken set status = 'uitgevoerd', onderzocht_op = $2, uitkomst = $3, letsel_past_bij_verklaring = $4,
            versie = versie + 1, updated_at = now()
      where id = $1`,
    [id, u.onderzochtOp, u.uitkomst, u.letselPastBijVerklaring],
  );
}
