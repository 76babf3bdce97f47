import type { Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { checkCriteria } from './criteria';
import { findRepeat } from './repeat';
import { casusPersoonIds, tabledCandidates, type Beoordeling } from './aanmeldingen.storage';
import type { AanmeldingFormulier } from './schemas';

/** The criteria check and the repeat rule for a referral of a casus, as they stand now. */
export async function assess(tx: Queryable, input: { id?: string; regioId: string; casusId: string; formulier: AanmeldingFormulier }): Promise<Beoordeling> {
  const persoonIds = await casusPersoonIds(tx, input.casusId);
  const kandidaten = await tabledCandidates(tx, input.regioId, input.casusId, persoonIds);
  return {
    criteria: checkCriteria(input.formulier),
    herhaling: findRepeat({ ...(input.id ? { id: input.id } : {}), casusId: input.casusId, persoonIds }, kandidaten),
  };
}

/** The children named under OTS and RvdK must be persons of the casus: a 400 names each wrong reference. */
export async function requireChildrenInCasus(tx: Queryable, casusId: string, formulier: Pick<AanmeldingFormulier, 'ots' | 'raadBetrokken'>): Promise<void> {
  const inCasus = new Set(await casusPersoonIds(tx, casusId));
  const wrong = [
    ...formulier.ots.kinderen.map((k, i) => ({ id: k.persoonId, name: `ots.kinderen[${i}].persoonId` })),
    ...formulier.raadBetrokken.kinderen.map((k, i) => ({ id: k.persoonId, name: `raadBetrokken.kinderen[${i}].persoonId` })),
  ].filter((k) => !inCasus.has(k.id));
  if (wrong.length > 0) {
    throw problems.badRequest(
      'Een kind bij OTS of Raad hoort niet bij de casus.',
      wrong.map((k) => ({ name: k.name, code: 'persoon-niet-in-casus', reason: 'kies een kind uit de personen van de casus' })),
    );
  }
}
