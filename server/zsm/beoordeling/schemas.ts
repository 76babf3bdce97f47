import { z } from 'zod';

/**
 * VT & ZSM, the input of the partners to the prosecutor's decision: the Veilig Thuis safety assessment (with the
 * written hand-over when Veilig Thuis cannot join the afdoeningsoverleg), 3RO advice and RvdK involvement.
 * Shared with the web app (`@schemas/zsm/beoordeling`): imports nothing but zod.
 */

const tekst = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const ref = z.object({ id: z.uuid(), naam: z.string() });

// ---------------------------------------------------------------------------------------------------
// Conditions (voorwaarden): advised by Veilig Thuis, attached to the prosecutor's decision.

export const zsmVoorwaarden = ['contactverbod', 'locatieverbod', 'meldplicht', 'hulpverlening-reclassering', 'elektronische-monitoring', 'overig'] as const;
export const zsmVoorwaardeSchema = z.enum(zsmVoorwaarden).describe('Een (veiligheids)voorwaarde');
export type ZsmVoorwaarde = z.infer<typeof zsmVoorwaardeSchema>;
export const zsmVoorwaardeLabels: Record<ZsmVoorwaarde, string> = {
  contactverbod: 'Contactverbod',
  locatieverbod: 'Locatieverbod',
  meldplicht: 'Meldplicht',
  'hulpverlening-reclassering': 'Meewerken aan hulpverlening via de reclassering',
  'elektronische-monitoring': 'Elektronische monitoring',
  overig: 'Overige voorwaarde (licht toe)',
};

/** A list of conditions, each at most once. */
export const zsmVoorwaardenLijstSchema = z
  .array(zsmVoorwaardeSchema)
  .max(zsmVoorwaarden.length)
  .refine((lijst) => new Set(lijst).size === lijst.length, 'elke voorwaarde hoogstens één keer');

// ---------------------------------------------------------------------------------------------------
// The Veilig Thuis safety assessment

export const veiligheidsbeoordelingInvoerSchema = z.object({
  acuutOnveilig: z.boolean().describe('Is er sprake van acute onveiligheid?'),
  veiligheidsvoorwaardenNodig: z.boolean().describe('Zijn veiligheidsvoorwaarden nodig bij een eventuele vrijlating?'),
  geadviseerdeVoorwaarden: zsmVoorwaardenLijstSchema
    .default([])
    .describe('Welke voorwaarden Veilig Thuis adviseert; alleen als veiligheidsvoorwaardenNodig (anders 400)'),
  context: tekst(4000).default('').describe('Context uit eerdere betrokkenheid van Veilig Thuis (meldingen, onderzoek, interventies)'),
  overdracht: tekst(4000)
    .default('')
    .describe('Schriftelijke overdracht aan het OM als Veilig Thuis niet bij het afdoeningsoverleg kan aansluiten (bijv. na 17:00)'),
});
export type VeiligheidsbeoordelingInvoer = z.infer<typeof veiligheidsbeoordelingInvoerSchema>;

export const veiligheidsbeoordelingSchema = z.object({
  zaakId: z.uuid(),
  vtOrganisatie: ref,
  acuutOnveilig: z.boolean(),
  veiligheidsvoorwaardenNodig: z.boolean(),
  geadviseerdeVoorwaarden: z.array(zsmVoorwaardeSchema),
  context: z.string(),
  overdracht: z.string(),
  door: z.object({ naam: z.string() }).nullable(),
  vastgesteldOp: z.string().describe('Wanneer de beoordeling voor het eerst is vastgelegd'),
  bijgewerktOp: z.string(),
  versie: z.number().int(),
});
export type Veiligheidsbeoordeling = z.infer<typeof veiligheidsbeoordelingSchema>;

export const veiligheidsbeoordelingAntwoordSchema = z.object({
  veiligheidsbeoordeling: veiligheidsbeoordelingSchema.nullable().describe('null zolang Veilig Thuis nog geen beoordeling heeft vastgelegd'),
});
export type VeiligheidsbeoordelingAntwoord = z.infer<typeof veiligheidsbeoordelingAntwoordSchema>;

// ---------------------------------------------------------------------------------------------------
// 3RO advice and RvdK involvement

export const zsmAdviesSoorten = ['3ro-advies', 'hg-spreekuur', 'rvdk-betrokkenheid'] as const;
export const zsmAdviesSoortSchema = z
  .enum(zsmAdviesSoorten)
  .describe(
    '3ro-advies en hg-spreekuur: alleen een reclasseringsorganisatie; rvdk-betrokkenheid: alleen de Raad voor de Kinderbescherming. ' +
      'hg-spreekuur (het HG-spreekuur van 3RO) is bedoeld voor een meerderjarige verdachte die wordt heengezonden, maar kan altijd worden vastgelegd.',
  );
export type ZsmAdviesSoort = z.infer<typeof zsmAdviesSoortSchema>;
export const zsmAdviesSoortLabels: Record<ZsmAdviesSoort, string> = {
  '3ro-advies': 'Advies reclassering (3RO)',
  'hg-spreekuur': 'HG-spreekuur reclassering ingepland',
  'rvdk-betrokkenheid': 'Betrokkenheid Raad voor de Kinderbescherming',
};
/** Which kind of organisation records which kind of input. */
export const zsmAdviesOrganisatieSoort: Record<ZsmAdviesSoort, 'reclassering' | 'raad-voor-de-kinderbescherming'> = {
  '3ro-advies': 'reclassering',
  'hg-spreekuur': 'reclassering',
  'rvdk-betrokkenheid': 'raad-voor-de-kinderbescherming',
};

export const zsmAdviesInvoerSchema = z.object({
  soort: zsmAdviesSoortSchema,
  inhoud: tekst(4000).min(1, 'beschrijf het advies of de betrokkenheid').describe('Het advies, de afspraak voor het spreekuur of de betrokkenheid van de Raad'),
});
export type ZsmAdviesInvoer = z.infer<typeof zsmAdviesInvoerSchema>;

export const zsmAdviesSchema = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  soort: zsmAdviesSoortSchema,
  inhoud: z.string(),
  organisatie: ref,
  door: z.object({ naam: z.string() }).nullable(),
  op: z.string(),
});
export type ZsmAdvies = z.infer<typeof zsmAdviesSchema>;

export const zsmAdviezenLijstSchema = z.object({ adviezen: z.array(zsmAdviesSchema).describe('Oudste eerst') });
export type ZsmAdviezenLijst = z.infer<typeof zsmAdviezenLijstSchema>;
