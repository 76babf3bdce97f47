import type { Sessie } from '@schemas/identity';

/** Roles with case work (permission casussen.werken): they see agreements, scenarios and minutes. */
const CASUSWERK = ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie'] as const;

export const heeftCasuswerk = (sessie: Sessie) => CASUSWERK.some((r) => sessie.rollen.includes(r));

/** A chair of the Actieoverleg may close agreements and withdraw scenarios of the region (the server checks the region). */
export const isVoorzitter = (sessie: Sessie) => sessie.rollen.includes('voorzitter-actieoverleg');

/** Who may close an agreement or withdraw a scenario: its owner organisation, or a chair. */
export const magAfsluiten = (sessie: Sessie, eigenaarOrganisatieId: string) =>
  sessie.organisatie?.id === eigenaarOrganisatieId || isVoorzitter(sessie);
