import { z } from 'zod';

/**
 * Samenwerken bij strafbare kindermishandeling (HSSK, seed 003 §5): the shared contract of the SSK track, its joint
 * research plan and the forensic injury assessment. Shared with the web app (`@schemas/kindermishandeling`): imports
 * nothing but zod.
 */

const tijdstip = z.iso.datetime({ offset: true, error: 'geen geldig tijdstip (ISO 8601 met tijdzone)' });
const id = z.uuid('geen geldige id');

/** The kinds of step in a joint research plan; who may own each follows from onderzoeksstapEigenaren. */
export const onderzoeksstapSoorten = [
  'om-afstemming',
  'vt-gesprek-ouders',
  'vt-gesprek-kind',
  'vt-huisbezoek',
  'veiligheidsafspraken',
  'politie-verhoor-kind',
  'politie-verhoor-verdachte',
  'politie-aanhouding',
  'politie-onderzoek',
  'medisch-letselonderzoek',
  'rvdk-spoedmaatregel',
  'rvdk-verzoek-onderzoek',
  'overig',
] as const;
export const onderzoeksstapSoortSchema = z.enum(onderzoeksstapSoorten, { error: 'onbekende soort onderzoeksstap' });
export type OnderzoeksstapSoort = z.infer<typeof onderzoeksstapSoortSchema>;

export const onderzoeksstapLabels: Record<OnderzoeksstapSoort, string> = {
  'om-afstemming': 'Afstemming met de officier van justitie (wat wordt met de ouders besproken)',
  'vt-gesprek-ouders': 'Gesprek van Veilig Thuis met de ouders over het vermoeden',
  'vt-gesprek-kind': 'Gesprek van Veilig Thuis met het kind',
  'vt-huisbezoek': 'Huisbezoek door Veilig Thuis',
  veiligheidsafspraken: 'Veiligheidsafspraken met het gezin',
  'politie-verhoor-kind': 'Verhoor van het kind door de politie (studioverhoor)',
  'politie-verhoor-verdachte': 'Verhoor van de verdachte door de politie',
  'politie-aanhouding': 'Aanhouding van de verdachte',
  'politie-onderzoek': 'Ander politieonderzoek (getuigen, sporen, gegevens)',
  'medisch-letselonderzoek': 'Forensisch medisch letselonderzoek (FMEK, LECK of vertrouwensarts)',
  'rvdk-spoedmaatregel': 'Spoedmaatregel van de Raad voor de Kinderbescherming',
  'rvdk-verzoek-onderzoek': 'Verzoek tot onderzoek bij de Raad voor de Kinderbescherming',
  overig: 'Overige stap',
};

/** The sequencing rules of the joint research plan (volgorde-rules.ts); a violation can only be confirmed with a reason. */
export const volgordeRegels = [
  'om-voor-gesprek-ouders',
  'verhoor-kind-voor-gesprek-kind',
  'verhoor-verdachte-voor-confrontatie',
  'letsel-voor-confrontatie',
  'letsel-binnen-24-uur',
] as const;
export const volgordeRegelSchema = z.enum(volgordeRegels);
export type VolgordeRegel = z.infer<typeof volgordeRegelSchema>;

export const volgordeSchendingSchema = z.object({
  regel: volgordeRegelSchema,
  /** The step that comes too early (first) and, when there is one, the step it should wait for. */
  stapIds: z.array(id).min(1).max(2),
  melding: z.string(),
});
export type VolgordeSchending = z.infer<typeof volgordeSchendingSchema>;

/** Confirming a plan that breaks a rule on purpose: per violation, the rule, its steps and why. */
export const volgordeOverrideSchema = z.object({
  regel: volgordeRegelSchema,
  stapIds: z.array(id).min(1).max(2),
  reden: z.string().trim().min(1, 'reden is verplicht bij het afwijken van een volgorderegel').max(2000),
});
export type VolgordeOverride = z.infer<typeof volgordeOverrideSchema>;

export const medischExperts = ['fmek', 'leck', 'vertrouwensarts'] as const;
export const medischExpertSchema = z
  .enum(medischExperts)
  .describe('fmek: Forensisch Medisch Expertisecentrum Kindermishandeling; leck: Landelijk Expertisecentrum Kindermishandeling; vertrouwensarts: van Veilig Thuis');
export type MedischExpert = z.infer<typeof medischExpertSchema>;

export const keuzeSoorten = ['melding', 'aangifte', 'beide', 'geen'] as const;
export const keuzeSchema = z.enum(keuzeSoorten).describe('melding bij Veilig Thuis, aangifte bij de politie, beide, of geen van beide');
export type Keuze = z.infer<typeof keuzeSchema>;

