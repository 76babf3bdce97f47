import type { OnderzoeksstapSoort, VolgordeOverride, VolgordeRegel, VolgordeSchending } from '../schemas';

/**
 * The sequencing rules of the joint research plan (HSSK, seed 003 §5): Veilig Thuis aligns with the OM before it talks
 * to the parents, or the parents can align their stories and the criminal investigation is compromised. Pure functions
 * over the planned steps; the plan is checked on every change and confirmed only when each violation carries a reason.
 */

export interface PlanStap {
  id: string;
  soort: OnderzoeksstapSoort;
  /** When it is planned, or when it took place once done. */
  op: Date;
  status: 'gepland' | 'uitgevoerd' | 'vervallen';
}

const HOUR = 3_600_000;

/** Steps in which the parents (or the suspect) hear of the suspicion from someone other than the police. */
const confrontaties: readonly OnderzoeksstapSoort[] = ['vt-gesprek-ouders', 'vt-huisbezoek'];

export const volgordeRegelTeksten: Record<VolgordeRegel, string> = {
  'om-voor-gesprek-ouders': 'Veilig Thuis spreekt de ouders pas over het vermoeden na afstemming met de officier van justitie.',
  'verhoor-kind-voor-gesprek-kind': 'Wordt het kind door de politie verhoord, dan spreekt niemand het kind eerder over het vermoeden (de verklaring moet onbeïnvloed blijven).',
  'verhoor-verdachte-voor-confrontatie': 'Wordt de verdachte door de politie verhoord, dan confronteert niemand de ouders eerder met het vermoeden.',
  'letsel-voor-confrontatie': 'Het letsel wordt forensisch onderzocht voordat de ouders met het vermoeden worden geconfronteerd.',
  'letsel-binnen-24-uur': 'Letsel wordt binnen 24 uur na het openen van het traject forensisch onderzocht: letsel verdwijnt.',
};

const actief = (stappen: readonly PlanStap[]) => stappen.filter((s) => s.status !== 'vervallen');
const vanSoort = (stappen: readonly PlanStap[], soorten: readonly OnderzoeksstapSoort[]) => stappen.filter((s) => soorten.includes(s.soort));
const eerste = (stappen: readonly PlanStap[]) => [...stappen].sort((a, b) => a.op.getTime() - b.op.getTime() || a.id.localeCompare(b.id))[0];

function schending(regel: VolgordeRegel, stap: PlanStap, wachtOp?: PlanStap): VolgordeSchending {
  return { regel, stapIds: wachtOp ? [stap.id, wachtOp.id] : [stap.id], melding: volgordeRegelTeksten[regel] };
}

/**
 * Every violation of the sequencing rules in a plan: for each step that comes too early, the rule and the step it
 * should have waited for. Cancelled steps do not count; a step counts at its planned time, or its actual time once done.
 * A step at the same moment as the one it must follow is too early: "after" means strictly after.
 */
export function controleerVolgorde(stappen: readonly PlanStap[], geopendOp: Date): VolgordeSchending[] {
  const s = actief(stappen);
  const result: VolgordeSchending[] = [];

  // Each talk with the parents needs an OM alignment strictly before it.
  const omAfstemmingen = vanSoort(s, ['om-afstemming']);
  for (const gesprek of vanSoort(s, confrontaties)) {
    const ervoor = omAfstemmingen.some((om) => om.op < gesprek.op);
    if (!ervoor) result.push(schending('om-voor-gesprek-ouders', gesprek, eerste(omAfstemmingen)));
  }

  // Rules of the form "when X is planned, Y may not come before (the first) X".
  const pas = (regel: VolgordeRegel, later: readonly OnderzoeksstapSoort[], eerder: OnderzoeksstapSoort) => {
    const eerst = eerste(vanSoort(s, [eerder]));
    if (!eerst) return;
    for (const stap of vanSoort(s, later)) if (stap.op <= eerst.op) result.push(schending(regel, stap, eerst));
  };
  pas('verhoor-kind-voor-gesprek-kind', ['vt-gesprek-kind'], 'politie-verhoor-kind');
  pas('verhoor-verdachte-voor-confrontatie', confrontaties, 'politie-verhoor-verdachte');
  pas('letsel-voor-confrontatie', confrontaties, 'medisch-letselonderzoek');

  for (const letsel of vanSoort(s, ['medisch-letselonderzoek'])) {
    if (letsel.op.getTime() > geopendOp.getTime() + 24 * HOUR) result.push(schending('letsel-binnen-24-uur', letsel));
  }
  return result;
}

const sleutel = (regel: string, stapIds: readonly string[]) => `${regel}:${[...stapIds].sort().join(',')}`;

/** The violations no override covers (same rule, same steps). Empty: the plan may be confirmed. */
export function nietVerantwoord(schendingen: readonly VolgordeSchending[], overrides: readonly VolgordeOverride[]): VolgordeSchending[] {
  const verantwoord = new Set(overrides.filter((o) => o.reden.trim() !== '').map((o) => sleutel(o.regel, o.stapIds)));
  return schendingen.filter((v) => !verantwoord.has(sleutel(v.regel, v.stapIds)));
}
