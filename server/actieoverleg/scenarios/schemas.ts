import { z } from 'zod';

/**
 * Scenarios of the Actieoverleg (seed 004, step 2): what happens at a next incident or when conditions are broken.
 * They stay on the casus until withdrawn; when a new melding touches the casus's persons the scenario is activated,
 * its owner alerted, and it is shown to whoever handles that melding. Shared with the web app: imports nothing but zod.
 */

const tekst = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const ref = z.object({ id: z.uuid(), naam: z.string() });

export const scenarioSoorten = ['zsm', 'verzoek-onderzoek-raad', 'tijdelijk-huisverbod', 'overig'] as const;
export const scenarioSoortSchema = z
  .enum(scenarioSoorten)
  .describe('zsm: ZSM-scenario; verzoek-onderzoek-raad: verzoek tot onderzoek bij de Raad; tijdelijk-huisverbod: inzet overwegen; overig');
export type ScenarioSoort = z.infer<typeof scenarioSoortSchema>;

export const scenarioAanleidingen = ['melding', 'zsm-intake', 'acuut-contact', 'veiligheidsplan-schending'] as const;
export const scenarioAanleidingSchema = z.enum(scenarioAanleidingen).describe('Wat het scenario in werking zette');
export type ScenarioAanleiding = z.infer<typeof scenarioAanleidingSchema>;

export const scenarioLabels: { soort: Record<ScenarioSoort, string>; aanleiding: Record<ScenarioAanleiding, string> } = {
  soort: {
    zsm: 'ZSM-scenario',
    'verzoek-onderzoek-raad': 'Verzoek tot onderzoek bij de Raad voor de Kinderbescherming',
    'tijdelijk-huisverbod': 'Tijdelijk huisverbod overwegen',
    overig: 'Overig scenario',
  },
  aanleiding: { melding: 'een nieuwe melding', 'zsm-intake': 'een ZSM-intake', 'acuut-contact': 'een acuut contact', 'veiligheidsplan-schending': 'een geschonden veiligheidsvoorwaarde' },
};

export const scenarioInvoerSchema = z.object({
  soort: scenarioSoortSchema,
  wat: tekst(2000).min(1, 'beschrijf wat er dan moet gebeuren').describe('Wat er gebeurt bij een volgend incident of het niet nakomen van afspraken'),
  eigenaarOrganisatieId: z.uuid('kies de organisatie die eigenaar is van het scenario').describe('Wordt gewaarschuwd als het scenario in werking treedt'),
  eigenaarGebruikerId: z.uuid('geen geldige id').nullable().optional().describe('Optioneel: de persoon die wordt gewaarschuwd; werkt bij de eigenaar-organisatie'),
});
export type ScenarioInvoer = z.infer<typeof scenarioInvoerSchema>;

export const scenarioActiveringSchema = z.object({
  id: z.uuid(),
  aanleiding: scenarioAanleidingSchema,
  meldingId: z.uuid().nullable(),
  op: z.string(),
});

export const scenarioSchema = z.object({
  id: z.uuid(),
  casus: z.object({ id: z.uuid(), nummer: z.string() }),
  agendapuntId: z.uuid().nullable(),
  soort: scenarioSoortSchema,
  wat: z.string(),
  eigenaarOrganisatie: ref,
  eigenaarGebruiker: ref.nullable(),
  actief: z.boolean().describe('false: ingetrokken'),
  gemaaktDoorOrganisatie: ref.nullable(),
  activeringen: z.array(scenarioActiveringSchema).describe('Elke keer dat het scenario in werking trad, nieuwste eerst'),
  aangemaaktOp: z.string(),
  versie: z.number().int(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const scenarioLijstSchema = z.object({ scenarios: z.array(scenarioSchema).describe('Actieve eerst, nieuwste eerst') });
export type ScenarioLijst = z.infer<typeof scenarioLijstSchema>;

/**
 * What the next professional who handles a melding on these persons sees: the scenario that was agreed, its owner
 * (to contact), and the casus only when the caller's organisation takes part in it.
 */
export const meldingScenarioSchema = z.object({
  id: z.uuid(),
  soort: scenarioSoortSchema,
  wat: z.string(),
  eigenaarOrganisatie: ref,
  eigenaarGebruiker: ref.nullable(),
  casus: z.object({ id: z.uuid(), nummer: z.string() }).nullable().describe('Alleen als uw organisatie aan de casus deelneemt'),
  aanleiding: scenarioAanleidingSchema,
  geactiveerdOp: z.string(),
});
export type MeldingScenario = z.infer<typeof meldingScenarioSchema>;

export const meldingScenariosSchema = z.object({ scenarios: z.array(meldingScenarioSchema) });
export type MeldingScenarios = z.infer<typeof meldingScenariosSchema>;
