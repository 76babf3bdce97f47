import { z } from 'zod';
import { organisatieSoortSchema, type OrganisatieSoort } from '../organisations/schemas';

/**
 * Sharing within a casus: the register of legal bases (grondslagen), participation with purpose (deelnemers)
 * and information contributions (informatie-items). Shared with the web app: imports nothing but zod.
 */

// ---------------------------------------------------------------------------------------------------
// Grondslagen: the register the functional administrator maintains.
export const grondslagSchema = z.object({
  id: z.uuid(),
  code: z.string().describe('Korte, vaste code, bijvoorbeeld WMO-5.2.4'),
  naam: z.string(),
  wettelijkeBasis: z.string().describe('Wet en artikel, bijvoorbeeld "Wmo 2015 art. 5.2.4"'),
  omschrijving: z.string(),
  actief: z.boolean().describe('Alleen actieve grondslagen kunnen voor een nieuwe deelname gekozen worden'),
  versie: z.number().int(),
});
export type Grondslag = z.infer<typeof grondslagSchema>;
export const grondslagLijstSchema = z.object({ grondslagen: z.array(grondslagSchema) });

const grondslagCodeSchema = z
  .string()
  .trim()
  .min(2, 'minimaal 2 tekens')
  .max(40, 'maximaal 40 tekens')
  .regex(/^[A-Z0-9][A-Z0-9.:-]*$/, 'hoofdletters, cijfers en . : -');

export const grondslagInvoerSchema = z.object({
  code: grondslagCodeSchema,
  naam: z.string().trim().min(3, 'minimaal 3 tekens').max(200),
  wettelijkeBasis: z.string().trim().min(3, 'minimaal 3 tekens').max(300),
  omschrijving: z.string().trim().max(2000).default(''),
  actief: z.boolean().default(true),
});
export type GrondslagInvoer = z.infer<typeof grondslagInvoerSchema>;

export const grondslagWijzigenSchema = z
  .object({
    naam: z.string().trim().min(3).max(200).optional(),
    wettelijkeBasis: z.string().trim().min(3).max(300).optional(),
    omschrijving: z.string().trim().max(2000).optional(),
    actief: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'geef minimaal één veld om te wijzigen');
export type GrondslagWijzigen = z.infer<typeof grondslagWijzigenSchema>;

// ---------------------------------------------------------------------------------------------------
// Deelnemers: participation with purpose (doel) and legal basis (grondslag).
export const doelSchema = z
  .string()
  .trim()
  .min(10, 'beschrijf in minimaal 10 tekens waarom uw organisatie deelneemt')
  .max(1000)
  .describe('Waarom deze organisatie deelneemt (doelbinding)');

export const deelnemerSchema = z.object({
  id: z.uuid(),
  organisatie: z.object({ id: z.uuid(), naam: z.string(), soort: organisatieSoortSchema }),
  doel: z.string(),
  grondslag: z.object({ id: z.uuid(), code: z.string(), naam: z.string() }),
  contactpersoon: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  van: z.string().describe('Begin van de deelname (ISO 8601)'),
  tot: z.string().nullable().describe('Einde van de deelname; null zolang de organisatie deelneemt'),
});
export type Deelnemer = z.infer<typeof deelnemerSchema>;
export const deelnemerLijstSchema = z.object({ deelnemers: z.array(deelnemerSchema) });

export const deelnemerInvoerSchema = z.object({
  organisatieId: z.uuid('geen geldige id'),
  doel: doelSchema,
  grondslagId: z.uuid('geen geldige id'),
  contactpersoonId: z.uuid('geen geldige id').optional().describe('Vaste contactpersoon bij die organisatie'),
});
export type DeelnemerInvoer = z.infer<typeof deelnemerInvoerSchema>;

export const vertrekInvoerSchema = z.object({
  reden: z.string().trim().min(3, 'geef een reden').max(1000),
});
export type VertrekInvoer = z.infer<typeof vertrekInvoerSchema>;

// ---------------------------------------------------------------------------------------------------
// Informatie-items: what each partner shares (seed 004), filtered by need-to-know on every read.
export const vertrouwelijkheden = ['normaal', 'vertrouwelijk', 'strikt-vertrouwelijk'] as const;
export const vertrouwelijkheidSchema = z.enum(vertrouwelijkheden);
export type Vertrouwelijkheid = z.infer<typeof vertrouwelijkheidSchema>;

export const informatieCategorieen = [
  'eerdere-meldingen',
  'onderzoeken',
  'interventies',
  'registraties',
  'mutaties',
  'aanhoudingen',
  'onderzoek',
  'maatregelen',
  'toezicht',
  'lopend-onderzoek',
  'justitiele-documentatie',
  'overig',
] as const;
export const informatieCategorieSchema = z.enum(informatieCategorieen);
export type InformatieCategorie = z.infer<typeof informatieCategorieSchema>;

/** What each kind of partner shares (seed 004); other kinds share under 'overig'. */
export const categorieenPerOrganisatieSoort: Record<OrganisatieSoort, readonly InformatieCategorie[]> = {
  'veilig-thuis': ['eerdere-meldingen', 'onderzoeken', 'interventies'],
  politie: ['registraties', 'mutaties', 'aanhoudingen'],
  'raad-voor-de-kinderbescherming': ['onderzoek', 'maatregelen'],
  reclassering: ['toezicht', 'interventies'],
  'openbaar-ministerie': ['lopend-onderzoek', 'interventies', 'justitiele-documentatie'],
  'crisis-interventie-team': ['overig'],
  gemeente: ['overig'],
  slachtofferhulp: ['overig'],
  halt: ['overig'],
  'medisch-expert': ['overig'],
};

export const informatieItemSchema = z.object({
  id: z.uuid(),
  bronOrganisatie: z.object({ id: z.uuid(), naam: z.string(), soort: organisatieSoortSchema }),
  categorie: informatieCategorieSchema,
  vertrouwelijkheid: vertrouwelijkheidSchema,
  zichtbaarVoor: z
    .array(z.object({ id: z.uuid(), naam: z.string() }))
    .nullable()
    .describe('null: alle deelnemers; anders alleen deze organisaties (en de bron)'),
  titel: z.string(),
  inhoud: z.string(),
  gedeeldDoor: z.object({ naam: z.string() }).nullable(),
  gedeeldOp: z.string(),
});
export type InformatieItem = z.infer<typeof informatieItemSchema>;
export const informatieItemLijstSchema = z.object({ items: z.array(informatieItemSchema) });

export const informatieItemInvoerSchema = z.object({
  categorie: informatieCategorieSchema.describe('Moet passen bij de soort van de delende organisatie'),
  vertrouwelijkheid: vertrouwelijkheidSchema.default('normaal'),
  zichtbaarVoor: z
    .array(z.uuid('geen geldige id'))
    .min(1, 'noem minimaal één organisatie, of laat het veld weg voor alle deelnemers')
    .max(50)
    .nullable()
    .optional()
    .describe('Organisatie-ids van deelnemers die het item mogen zien; weglaten of null: alle deelnemers'),
  titel: z.string().trim().min(3, 'minimaal 3 tekens').max(200),
  inhoud: z.string().trim().min(1, 'vul de inhoud in').max(20000),
});
export type InformatieItemInvoer = z.infer<typeof informatieItemInvoerSchema>;
