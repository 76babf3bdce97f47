import type { Queryable } from '../../platform/db/database';
import type { AgendapuntStatus, BesprekingWijzigen } from './schemas';

/** The record of one agenda item (the three steps) in plain SQL. Access is the caller's check. */

export interface BesprekingRij {
  id: string;
  overlegId: string;
  casusId: string;
  casusNummer: string;
  aanmeldingId: string | null;
  soort: 'aanmelding' | 'vervolg';
  status: AgendapuntStatus;
  besprokenOp: Date | null;
  grootsteZorg: string;
  directeVeiligheid: string;
  gevaren: string;
  complicerendeFactoren: string;
  samenhang: string;
  regieOrganisatie: { id: string; naam: string } | null;
  regieGebruiker: { id: string; naam: string } | null;
  regieToelichting: string;
  monitoring: string;
  informatieBetrokkenen: string;
  teInformerenPartijen: string;
  versie: number;
}

export async function findBespreking(tx: Queryable, agendapuntId: string): Promise<BesprekingRij | null> {
  const { rows } = await tx.query<{
    id: string;
    overleg_id: string;
    casus_id: string;
    casus_nummer: string;
    aanmelding_id: string | null;
    soort: 'aanmelding' | 'vervolg';
    status: AgendapuntStatus;
    besproken_op: Date | null;
    grootste_zorg: string;
    directe_veiligheid: string;
    gevaren: string;
    complicerende_factoren: string;
    samenhang: string;
    regie_organisatie_id: string | null;
    regie_organisatie_naam: string | null;
    regie_gebruiker_id: string | null;
    regie_gebruiker_naam: string | null;
    regie_toelichting: string;
    monitoring: string;
    informatie_betrokkenen: string;
    te_informeren_partijen: string;
    versie: number;
  }>(
    `select a.id, a.overleg_id, a.casus_id, c.nummer as casus_nummer, a.aanmelding_id, a.soort, a.status, a.besproken_op,
            a.grootste_zorg, a.directe_veiligheid, a.gevaren, a.complicerende_factoren, a.samenhang,
            a.regie_organisatie_id, ro.naam as regie_organisatie_naam, a.regie_gebruiker_id, rg.naam as regie_gebruiker_naam,
            a.regie_toelichting, a.monitoring, a.informatie_betrokkenen, a.te_informeren_partijen, a.versie
       from agendapunten a
       join casussen c on c.id = a.casus_id
       left join organisaties ro on ro.id = a.regie_organisatie_id
       left join gebruikers rg on rg.id = a.regie_gebruiker_id
      where a.id = $1`,
    [agendapuntId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    overlegId: r.overleg_id,
    casusId: r.casus_id,
    casusNummer: r.casus_nummer,
    aanmeldingId: r.aanmelding_id,
    soort: r.soort,
    status: r.status,
    besprokenOp: r.besproken_op ? new Date(r.besproken_op) : null,
    grootsteZorg: r.grootste_zorg,
    directeVeiligheid: r.directe_veiligheid,
    gevaren: r.gevaren,
    complicerendeFactoren: r.complicerende_factoren,
    samenhang: r.samenhang,
    regieOrganisatie: r.regie_organisatie_id ? { id: r.regie_organisatie_id, naam: r.regie_organisatie_naam ?? '' } : null,
    regieGebruiker: r.regie_gebruiker_id ? { id: r.regie_gebruiker_id, naam: r.regie_gebruiker_naam ?? '' } : null,
    regieToelichting: r.regie_toelichting,
    monitoring: r.monitoring,
    informatieBetrokkenen: r.informatie_betrokkenen,
    teInformerenPartijen: r.te_informeren_partijen,
    versie: r.versie,
  };
}

const kolommen: Record<keyof BesprekingWijzigen, string> = {
  grootsteZorg: 'grootste_zorg',
  directeVeiligheid: 'directe_veiligheid',
  gevaren: 'gevaren',
  complicerendeFactoren: 'complicerende_factoren',
  samenhang: 'samenhang',
  regieOrganisatieId: 'regie_organisatie_id',
  regieGebruikerId: 'regie_gebruiker_id',
  regieToelichting: 'regie_toelichting',
  monitoring: 'monitoring',
  informatieBetrokkenen: 'informatie_betrokkenen',
  teInformerenPartijen: 'te_informeren_partijen',
};

/** Writes the given fields; bumps the version. */
export async function updateBespreking(tx: Queryable, agendapuntId: string, velden: BesprekingWijzigen): Promise<void> {
  const entries = (Object.keys(kolommen) as (keyof BesprekingWijzigen)[]).filter((k) => velden[k] !== undefined);
  if (entries.length === 0) return;
  const sets = entries.map((k, i) => `${kolommen[k]} = $${i + 2}`).join(', ');
  await tx.query(`update agendapunten set ${sets}, versie = versie + 1, updated_at = now() where id = $1`, [agendapuntId, ...entries.map((k) => velden[k])]);
}

/** The item is discussed: its status, and the referral it carried is no longer pending. */
export async function markDiscussed(tx: Queryable, agendapuntId: string, aanmeldingId: string | null, at: Date): Promise<void> {
  await tx.query(`update agendapunten set status = 'besproken', besproken_op = $2, versie = versie + 1, updated_at = now() where id = $1`, [agendapuntId, at]);
  if (aanmeldingId) {
    await tx.query(`update aanmeldingen set status = 'besproken', versie = versie + 1, updated_at = now() where id = $1 and status = 'geagendeerd'`, [aanmeldingId]);
  }
}
