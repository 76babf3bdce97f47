import type { Queryable } from '../platform/db/database';
import { participatingOrganisationIds } from '../cases/casus-access';
import { touchCasus } from '../cases/casussen.storage';
import { insertParticipant } from './deelnemers.storage';
import { recordEvent, type TijdlijnActor } from '../timeline/timeline.storage';

/** Who adds the organisations: a person acting for an organisation, a partner system (gebruikerId null) or the platform. */
export type JoinActor = TijdlijnActor;

/** The legal basis (a code of the grondslagen register) and purpose on which the organisations take part. */
export interface JoinGrondslag {
  grondslagCode: string;
  doel: string;
}

async function grondslagIdOf(tx: Queryable, code: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>('select id from grondslagen where code = $1', [code]);
  if (!rows[0]) throw new Error(`grondslag ${code} missing from the register`);
  return rows[0].id;
}

/**
 * Makes each organisation that does not yet take part in the casus a participant on the given legal basis and purpose,
 * so that casus content stays behind the one casus check; each joining is a 'deelnemer-toegevoegd' event. Organisations
 * already taking part keep their participation as it is. Returns how many joined.
 */
export async function joinCasus(
  tx: Queryable,
  actor: JoinActor,
  casusId: string,
  organisatieIds: readonly string[],
  { grondslagCode, doel }: JoinGrondslag,
): Promise<number> {
  const al = new Set(await participatingOrganisationIds(tx, casusId));
  const nieuw = [...new Set(organisatieIds)].filter((id) => !al.has(id));
  if (nieuw.length === 0) return 0;
  const grondslagId = await grondslagIdOf(tx, grondslagCode);
  let toegevoegd = 0;
  for (const organisatieId of nieuw) {
    const deelnemerId = await insertParticipant(tx, {
      casusId,
      organisatieId,
      doel,
      grondslagId,
      contactpersoonId: null,
      toegevoegdDoorGebruikerId: actor.gebruikerId,
      toegevoegdDoorOrganisatieId: actor.organisatieId,
    });
    if (!deelnemerId) continue;
    toegevoegd++;
    await recordEvent(tx, casusId, actor, { soort: 'deelnemer-toegevoegd', gegevens: { deelnemerId, organisatieId, grondslagCode } });
  }
  if (toegevoegd > 0) await touchCasus(tx, casusId);
  return toegevoegd;
}
