import type { Queryable } from '../platform/db/database';
import type { OrganisatieSoort } from '../organisations/schemas';
import { createTask, completeTaskByKey } from '../tasks/tasks.storage';
import { zorgmeldingDeadline } from '../tasks/deadlines';
import type { MeldingRol } from './schemas';
import { candidatesSharingPersons, insertMelding, insertMeldingPersonen, setRepeatOf, type NieuweMeldingRij } from './meldingen.storage';
import { likelySameIncident, primaryOf } from './rules/double-intake';
import { findRepeat, repeatRelevantPersons } from './rules/repeat';
import type { MeldingFeiten } from './rules/melding-facts';
import { isPoliceMelding, isZorgmeldingAtVeiligThuis, ZORGMELDING_TAAK_SOORT, zorgmeldingTaakSleutel } from './zorgmelding';
import { insertMergeProposal } from './samenvoegingen.storage';
import { activateScenariosForMelding } from '../actieoverleg/scenarios/activate-scenarios';

export interface Registrant {
  gebruikerId: string | null;
  organisatie: { id: string; soort: OrganisatieSoort; regioId: string };
  machineClientId: string | null;
}

export type MeldingGegevens = Omit<NieuweMeldingRij, 'organisatieId' | 'regioId' | 'machineClientId' | 'gebruikerId'>;

export interface Registratie {
  id: string;
  created: boolean;
  herhalingVan: string | null;
  voorstellen: number;
}

/**
 * The one intake path, for a person at the screen and a partner system alike, inside the caller's transaction:
 * the melding (idempotent on the external message id), its persons, repeat and double-intake detection, and the
 * 24-hour zorgmelding clock. `personen` is called only when the melding is new, so a repeated delivery creates
 * nothing (not even persons).
 */
export async function registerMelding(
  tx: Queryable,
  by: Registrant,
  gegevens: MeldingGegevens,
  personen: () => Promise<{ persoonId: string; rol: MeldingRol }[]>,
): Promise<Registratie> {
  const id = await insertMelding(tx, {
    ...gegevens,
    organisatieId: by.organisatie.id,
    regioId: by.organisatie.regioId,
    machineClientId: by.machineClientId,
    gebruikerId: by.gebruikerId,
  });
  if (!id) return { id: '', created: false, herhalingVan: null, voorstellen: 0 };
  const links = await personen();
  await insertMeldingPersonen(tx, id, links);

  const feiten = { id, bron: gegevens.bron, ontvangenOp: gegevens.ontvangenOp, incidentOp: gegevens.incidentOp, personen: links };
  const at = gegevens.incidentOp ?? gegevens.ontvangenOp;
  const candidates = await candidatesSharingPersons(tx, repeatRelevantPersons(feiten), id, at, by.organisatie.id);

  // Repeat: system-wide, so a pattern shows even when the earlier melding came in elsewhere.
  const herhaling = findRepeat(feiten, candidates);
  if (herhaling) await setRepeatOf(tx, id, herhaling.eerdereMeldingId);

  // Double intake: only against meldingen this organisation can see (and so decide on).
  let voorstellen = 0;
  for (const candidate of candidates) {
    if (!candidate.zichtbaar) continue;
    const match = likelySameIncident(feiten, candidate);
    if (!match) continue;
    const { primair, secundair } = primaryOf<MeldingFeiten>(feiten, candidate);
    if (await insertMergeProposal(tx, primair.id, secundair.id, match.score, match.redenen)) voorstellen++;
  }

  const actor = { gebruikerId: by.gebruikerId, organisatieId: by.organisatie.id };
  if (isPoliceMelding(gegevens.bron, by.organisatie.soort)) {
    await createTask(tx, actor, {
      soort: ZORGMELDING_TAAK_SOORT,
      sleutel: zorgmeldingTaakSleutel(id),
      titel: 'Zorgmelding aan Veilig Thuis',
      deadline: zorgmeldingDeadline(at),
      meldingId: id,
      organisatieId: by.organisatie.id,
    });
  }
  if (isZorgmeldingAtVeiligThuis(gegevens.bron, by.organisatie.soort)) {
    for (const sleutel of await openZorgmeldingTasksFor(tx, by.organisatie.regioId, links)) {
      await completeTaskByKey(tx, actor, sleutel, gegevens.ontvangenOp);
    }
  }
  // Scenarios of the Actieoverleg on casussen with these persons come into effect: their owners are alerted.
  await activateScenariosForMelding(tx, id, actor);
  return { id, created: true, herhalingVan: herhaling?.eerdereMeldingId ?? null, voorstellen };
}

/** Open zorgmelding tasks of police meldingen in the region that share a victim with this zorgmelding. */
async function openZorgmeldingTasksFor(tx: Queryable, regioId: string, links: readonly { persoonId: string; rol: MeldingRol }[]): Promise<string[]> {
  const victims = links.filter((p) => p.rol === 'slachtoffer').map((p) => p.persoonId);
  if (victims.length === 0) return [];
  const { rows } = await tx.query<{ sleutel: string }>(
    `select t.sleutel from taken t join meldingen m on m.id = t.melding_id
      where t.soort = $1 and t.status = 'open' and m.regio_id = $2
        and exists (select 1 from melding_personen mp where mp.melding_id = m.id and mp.rol = 'slachtoffer' and mp.persoon_id = any ($3::uuid[]))`,
    [ZORGMELDING_TAAK_SOORT, regioId, victims],
  );
  return rows.map((r) => r.sleutel);
}
