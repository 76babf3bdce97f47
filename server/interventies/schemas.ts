import { z } from 'zod';

/**
 * The shared catalogue of interventions of the safety plan (seed 002, "Veiligheidsplan"): each intervention belongs
 * to one legal domain and may be used in one or more phases (acuut, risicogestuurd, herstel — "veel interventies
 * kunnen zowel acuut als later worden ingezet"). Samen op in Acuut, ZSM and the safety plan name measures by code.
 * Shared with the web app (`@schemas/interventies`): imports nothing but zod. The entries live in catalogus.ts.
 */

export const fasen = ['acuut', 'risicogestuurd', 'herstel'] as const;
export const faseSchema = z
  .enum(fasen)
  .describe('acuut: directe veiligheid (crisis/incident); risicogestuurd: stabiele veiligheid, oorzaken aanpakken; herstel: herstel van de ontwikkeling van de gezinsleden');
export type Fase = z.infer<typeof faseSchema>;

export const rechtsdomeinen = ['strafrecht', 'bestuursrecht', 'civiel', 'sociaal-domein', 'overig'] as const;
export const rechtsdomeinSchema = z.enum(rechtsdomeinen).describe('strafrecht, bestuursrecht, civiel (recht), sociaal-domein (sociale interventies), overig');
export type Rechtsdomein = z.infer<typeof rechtsdomeinSchema>;

/**
 * Every intervention code, stable kebab-case. A new intervention is added here AND in catalogus.ts (the catalogue
 * is typed as a record over these codes, so the compiler refuses one without the other). Never rename a code:
 * measures on casussen refer to it.
 */
export const interventieCodes = [
  // strafrecht
  'aanhouding-inverzekeringstelling',
  'voorlopige-hechtenis',
  'contactverbod',
  'locatieverbod',
  'meldplicht',
  'gedragsveranderende-voorwaarden',
  'strafrechtelijk-onderzoek',
  'reclasseringstoezicht',
  // bestuursrecht
  'tijdelijk-huisverbod',
  // civiel recht
  'verzoek-tot-onderzoek-rvdk',
  'ondertoezichtstelling',
  'uithuisplaatsing',
  // sociaal domein
  'veilig-thuis-onderzoek',
  'crisisinterventie-cit',
  'crisisopvang',
  'hulpverlening-wijkteam',
  'ggz-hulp',
  // overig
  'veiligheidsafspraken',
  'contact-wijkagent',
  'ondersteuning-buddy-ervaringsdeskundige',
] as const;

/** A measure field elsewhere (`maatregel: interventieCodeSchema`) gets a 400 naming the field for a code not in the catalogue. */
export const interventieCodeSchema = z.enum(interventieCodes, { error: 'geen interventie uit de catalogus' }).describe('code uit de interventiecatalogus (GET /api/v1/interventies)');
export type InterventieCode = z.infer<typeof interventieCodeSchema>;

export const interventieSchema = z.object({
  code: interventieCodeSchema,
  naam: z.string(),
  fase: z.array(faseSchema).min(1).describe('de fasen waarin de interventie kan worden ingezet (minstens één)'),
  rechtsdomein: rechtsdomeinSchema,
  omschrijving: z.string(),
});
export type Interventie = z.infer<typeof interventieSchema>;

/** GET /api/v1/interventies?fase=&rechtsdomein= */
export const interventieFilterSchema = z.object({
  fase: faseSchema.optional(),
  rechtsdomein: rechtsdomeinSchema.optional(),
});
export type InterventieFilter = z.infer<typeof interventieFilterSchema>;

export const interventieLijstSchema = z.object({ interventies: z.array(interventieSchema) });
export type InterventieLijst = z.infer<typeof interventieLijstSchema>;
