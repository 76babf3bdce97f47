import { z } from 'zod';

/**
 * The shared catalogue of interventions of the safety plan (seed 002, "Veiligheidsplan"): each intervention belongs
 * to one legal domain and may be used in one or more phases (acuut, risicogestuurd, herstel — "veel interventies
 * kunnen zowel acuut als later worden ingezet"). Samen op in Acuut, ZSM and the safety plan name measures by code.
 * The entries live in the table `interventies` (seeded by migration 0017); functional administrators maintain them.
 * Shared with the web app (`@schemas/interventies`): imports nothing but zod.
 */

export const fasen = ['acuut', 'risicogestuurd', 'herstel'] as const;
export const faseSchema = z
  .enum(fasen)
  .describe('acuut: directe veiligheid (crisis/incident); risicogestuurd: stabiele veiligheid, oorzaken aanpakken; herstel: herstel van de ontwikkeling van de gezinsleden');
export type Fase = z.infer<typeof faseSchema>;

export const rechtsdomeinen = ['strafrecht', 'bestuursrecht', 'civiel', 'sociaal-domein', 'overig'] as const;
export const rechtsdomeinSchema = z.enum(rechtsdomeinen).describe('strafrecht, bestuursrecht, civiel (recht), sociaal-domein (sociale interventies), overig');
export type Rechtsdomein = z.infer<typeof rechtsdomeinSchema>;

/** Criminal-law conditions are liberty-restricting or behaviour-changing (seed 002); only for strafrecht. */
export const voorwaardeSoorten = ['vrijheidsbeperkend', 'gedragsveranderend'] as const;
export const voorwaardeSoortSchema = z.enum(voorwaardeSoorten).describe('alleen bij strafrecht: vrijheidsbeperkende of gedragsveranderende voorwaarde');
export type VoorwaardeSoort = z.infer<typeof voorwaardeSoortSchema>;

/**
 * The format of an intervention code: stable kebab-case. Whether the code is in the catalogue (and active) is checked
 * against the database by the use case (requireBekendeInterventies), which answers 400 naming the field.
 * Never rename a code: measures elsewhere refer to it.
 */
export const interventieCodeSchema = z
  .string()
  .max(80, { error: 'geen geldige interventiecode' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'geen geldige interventiecode' })
  .describe('code uit de interventiecatalogus (GET /api/v1/interventies), kebab-case');
export type InterventieCode = z.infer<typeof interventieCodeSchema>;

export const interventieSchema = z.object({
  code: interventieCodeSchema,
  naam: z.string(),
  fase: z.array(faseSchema).min(1).describe('de fasen waarin de interventie kan worden ingezet (minstens één)'),
  rechtsdomein: rechtsdomeinSchema,
  voorwaardeSoort: voorwaardeSoortSchema.nullable(),
  omschrijving: z.string(),
  actief: z.boolean().describe('een inactieve interventie kan niet meer worden gekozen; bestaande verwijzingen blijven geldig'),
  versie: z.number().int(),
});
export type Interventie = z.infer<typeof interventieSchema>;

const naamSchema = z.string().trim().min(1, { error: 'vul een naam in' }).max(200);
const omschrijvingSchema = z.string().trim().max(2000);
const faseLijstSchema = z
  .array(faseSchema)
  .min(1, { error: 'kies minstens één fase' })
  .max(fasen.length)
  .refine((l) => new Set(l).size === l.length, { error: 'elke fase één keer' });

/** voorwaardeSoort only with strafrecht: 400 naming voorwaardeSoort. */
function voorwaardeAlleenBijStrafrecht(v: { rechtsdomein?: Rechtsdomein; voorwaardeSoort?: VoorwaardeSoort | null }, ctx: z.RefinementCtx): void {
  if (v.voorwaardeSoort && v.rechtsdomein !== undefined && v.rechtsdomein !== 'strafrecht') {
    ctx.addIssue({ code: 'custom', path: ['voorwaardeSoort'], message: 'alleen bij een interventie uit het strafrecht' });
  }
}

/** POST /api/v1/interventies (functioneel beheerder). */
export const interventieInvoerSchema = z
  .object({
    code: interventieCodeSchema,
    naam: naamSchema,
    omschrijving: omschrijvingSchema.default(''),
    fase: faseLijstSchema,
    rechtsdomein: rechtsdomeinSchema,
    voorwaardeSoort: voorwaardeSoortSchema.nullable().default(null),
  })
  .strict()
  .superRefine(voorwaardeAlleenBijStrafrecht);
export type InterventieInvoer = z.infer<typeof interventieInvoerSchema>;

/**
 * PATCH /api/v1/interventies/{code} with If-Match (functioneel beheerder). Only the fields sent change; the code never
 * changes. Switch an intervention off with actief=false (there is no delete). A voorwaardeSoort on a non-criminal-law
 * intervention is refused (also when only the legal domain changes: checked against the stored row).
 */
export const interventieWijzigingSchema = z
  .object({
    naam: naamSchema.optional(),
    omschrijving: omschrijvingSchema.optional(),
    fase: faseLijstSchema.optional(),
    rechtsdomein: rechtsdomeinSchema.optional(),
    voorwaardeSoort: voorwaardeSoortSchema.nullable().optional(),
    actief: z.boolean().optional(),
  })
  .strict()
  .superRefine(voorwaardeAlleenBijStrafrecht);
export type InterventieWijziging = z.infer<typeof interventieWijzigingSchema>;

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** GET /api/v1/interventies?fase=&rechtsdomein=&alle= — alle=true (functioneel beheerder) includes inactive ones. */
export const interventieFilterSchema = z.object({
  fase: faseSchema.optional(),
  rechtsdomein: rechtsdomeinSchema.optional(),
  alle: booleanQuery.describe('true: ook de inactieve interventies (alleen voor de functioneel beheerder)'),
});
export type InterventieFilter = z.input<typeof interventieFilterSchema>;

export const interventieCodeParamsSchema = z.object({ code: interventieCodeSchema });

export const interventieLijstSchema = z.object({ interventies: z.array(interventieSchema) });
export type InterventieLijst = z.infer<typeof interventieLijstSchema>;
