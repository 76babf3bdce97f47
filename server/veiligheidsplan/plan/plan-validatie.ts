import type { Queryable } from '../../platform/db/database';
import { ApiProblem, problems, type InvalidParam } from '../../platform/http/problem';
import { participatingOrganisationIds } from '../../cases/casus-access';
import { isActiveMember } from '../../cases/casussen.storage';
import { requireBekendeInterventies } from '../../interventies/require-bekende-interventies';
import { interactieRegels, sskInteractieRegel } from '../interacties/interactie-rules';
import type { PlanInvoer } from '../schemas';
import { actieveScenarioIds, catalogusFasen } from './plan.storage';
import { afspraken, dubbeleIds, gedeeldeElementen, voorwaarden } from './plan-elementen';

const bekendeRegels = new Set<string>([...interactieRegels.map((r) => r.code), sskInteractieRegel.code]);

/**
 * The semantic checks of a saved plan (the schema checked the shape, including monitoringOp on every condition):
 * catalogue codes, phases that fit the catalogue entry, owners and regie taking part in the casus, owner persons
 * working for their organisation, unique element ids, active scenarios of this casus, known interaction rules.
 * Everything wrong is one 400 naming each field.
 */
export async function valideerPlan(tx: Queryable, casusId: string, invoer: PlanInvoer): Promise<void> {
  const { inhoud } = invoer;
  try {
    await requireBekendeInterventies(tx, inhoud.interventies.map((i) => i.code), 'inhoud.interventies');
  } catch (e) {
    // The shared check names `inhoud.interventies[i]`; the field in this document is its `code`.
    if (e instanceof ApiProblem && e.options.invalidParams) {
      throw problems.badRequest(e.detail ?? e.title, e.options.invalidParams.map((p) => ({ ...p, name: `${p.name}.code` })));
    }
    throw e;
  }

  const fouten: InvalidParam[] = [];
  const fout = (name: string, code: string, reason: string) => fouten.push({ name, code, reason });
  const deelnemers = new Set(await participatingOrganisationIds(tx, casusId));
  const nietDeelnemer = 'deze organisatie neemt niet deel aan de casus';

  if (!deelnemers.has(invoer.regieOrganisatieId)) fout('regieOrganisatieId', 'geen-deelnemer', nietDeelnemer);
  else if (invoer.regieGebruikerId && !(await isActiveMember(tx, invoer.regieGebruikerId, invoer.regieOrganisatieId))) {
    fout('regieGebruikerId', 'geen-lid', 'deze persoon werkt niet (meer) voor de regieorganisatie');
  }

  for (const d of dubbeleIds(inhoud)) fout(d.pad, 'dubbele-id', 'deze id komt al eerder in het plan voor');

  const fasen = await catalogusFasen(tx, inhoud.interventies.map((i) => i.code));
  inhoud.interventies.forEach((iv, i) => {
    const pad = `inhoud.interventies[${i}]`;
    if (!deelnemers.has(iv.eigenaarOrganisatieId)) fout(`${pad}.eigenaarOrganisatieId`, 'geen-deelnemer', nietDeelnemer);
    const toegestaan = fasen.get(iv.code) ?? [];
    if (!toegestaan.includes(iv.fase)) fout(`${pad}.fase`, 'fase-past-niet', `deze interventie hoort bij de fase ${toegestaan.join(' of ')}`);
    if (iv.vanaf !== null && iv.tot !== null && iv.tot < iv.vanaf) fout(`${pad}.tot`, 'voor-vanaf', 'de einddatum ligt vóór de begindatum');
  });

  for (const a of afspraken(inhoud)) {
    if (!deelnemers.has(a.afspraak.eigenaarOrganisatieId)) fout(`${a.pad}.eigenaarOrganisatieId`, 'geen-deelnemer', nietDeelnemer);
    else if (a.afspraak.eigenaarGebruikerId && !(await isActiveMember(tx, a.afspraak.eigenaarGebruikerId, a.afspraak.eigenaarOrganisatieId))) {
      fout(`${a.pad}.eigenaarGebruikerId`, 'geen-lid', 'deze persoon werkt niet (meer) voor de eigenaar-organisatie');
    }
  }

  for (const e of gedeeldeElementen(inhoud)) {
    e.deling?.forEach((organisatieId, k) => {
      if (!deelnemers.has(organisatieId)) fout(`${e.pad}[${k}]`, 'geen-deelnemer', nietDeelnemer);
    });
  }

  const scenarios = await actieveScenarioIds(tx, casusId);
  for (const v of voorwaarden(inhoud)) {
    if (v.voorwaarde.scenarioId && !scenarios.has(v.voorwaarde.scenarioId)) {
      fout(`${v.pad}.scenarioId`, 'geen-scenario', 'geen actief scenario van deze casus');
    }
  }

  inhoud.afstemmingen.forEach((a, i) => {
    if (!bekendeRegels.has(a.regel)) fout(`inhoud.afstemmingen[${i}].regel`, 'onbekende-regel', 'geen bekende interactieregel');
  });

  if (fouten.length > 0) throw problems.badRequest('Het veiligheidsplan is niet geldig: zie de genoemde velden.', fouten);
}
