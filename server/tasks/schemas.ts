import { z } from 'zod';

/** The tasks and inbox part of the API contract. Shared with the web app: imports nothing but zod. */
export const taakStatussen = ['open', 'afgerond', 'vervallen'] as const;
export const taakStatusSchema = z.enum(taakStatussen);
export type TaakStatus = z.infer<typeof taakStatusSchema>;

/**
 * What a task is about when that is more than its casus or melding; the inbox opens it directly. For 'veiligheidsplan'
 * the id is the casus's (one plan per casus).
 */
export const taakOnderwerpSoorten = ['acuut-contact', 'thv', 'ssk-traject', 'medisch-verzoek', 'veiligheidsplan'] as const;
export const taakOnderwerpSchema = z.object({ soort: z.enum(taakOnderwerpSoorten), id: z.uuid() });
export type TaakOnderwerp = z.infer<typeof taakOnderwerpSchema>;

export const taakSchema = z.object({
  id: z.uuid(),
  soort: z.string().describe('Bijvoorbeeld zorgmelding, veiligheidstaxatie, bevraging-beantwoorden, afstemming-politie-om'),
  titel: z.string(),
  casus: z.object({ id: z.uuid(), nummer: z.string() }).nullable(),
  meldingId: z.uuid().nullable(),
  onderwerp: taakOnderwerpSchema.nullable(),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }),
  gebruiker: z.object({ id: z.uuid(), naam: z.string() }).nullable().describe('Aan wie de taak is toegewezen; null: de hele organisatie'),
  deadline: z.string().describe('ISO 8601'),
  status: taakStatusSchema,
  teLaat: z.boolean().describe('Open en over de deadline, of te laat afgerond'),
  afgerondOp: z.string().nullable(),
  aangemaaktOp: z.string(),
  versie: z.number().int(),
});
export type Taak = z.infer<typeof taakSchema>;

export const takenLijstSchema = z.object({ taken: z.array(taakSchema).describe('Te laat eerst, dan op deadline') });
export type TakenLijst = z.infer<typeof takenLijstSchema>;

export const takenQuerySchema = z.object({
  voor: z.enum(['mij', 'organisatie']).default('organisatie').describe('mij: aan u toegewezen; organisatie: alle taken van uw organisatie'),
  status: z.enum(['open', 'afgerond']).default('open'),
});
export type TakenQuery = z.infer<typeof takenQuerySchema>;

export const taakToewijzenSchema = z.object({
  gebruikerId: z.uuid('geen geldige id').nullable().describe('Een medewerker van de organisatie van de taak; null: niemand in het bijzonder'),
});
export type TaakToewijzen = z.infer<typeof taakToewijzenSchema>;
