import { z } from 'zod';
import { verbeteractieSchema } from '../schemas';

/**
 * Registered effort per organisation and improvement action (API contract, shared with the web app: zod only):
 * trainings, work agreements, a project leader, hours, adapted work processes, and whether it brought more or
 * less work. Effort is about organisations, never about persons: the description holds no names.
 */

/** The kinds of effort (seed 003's development and execution effort). The web app gives each its label. */
export const inspanningSoorten = [
  'voorlichting',
  'training',
  'werkafspraken',
  'projectleider',
  'werkproces-aanpassing',
  'bereikbaarheid',
  'capaciteit',
  'randvoorwaarden',
  'evaluatie',
  'informatievoorziening',
  'overleg',
] as const;
export const inspanningSoortSchema = z.enum(inspanningSoorten).describe('Het soort inspanning');
export type InspanningSoort = z.infer<typeof inspanningSoortSchema>;

export const werklasten = ['meer', 'minder', 'gelijk'] as const;
export const werklastSchema = z.enum(werklasten).describe('Bracht de verbeteractie meer, minder of evenveel werk');

export const MAX_UREN = 10_000;
export const MAX_OMSCHRIJVING = 2000;
export const EERSTE_INSPANNINGSJAAR = 2018;

const velden = {
  verbeteractie: verbeteractieSchema,
  soort: inspanningSoortSchema,
  datum: z.iso.date('geef een datum (JJJJ-MM-DD)').describe('De dag van de inspanning (niet in de toekomst)'),
  uren: z.number().min(0, 'mag niet negatief zijn').max(MAX_UREN, `hoogstens ${MAX_UREN} uur`).nullable().describe('Bestede uren, alle deelnemers samen'),
  deelnemers: z.number().int('moet een geheel getal zijn').min(0, 'mag niet negatief zijn').max(100_000).nullable(),
  werklast: werklastSchema.nullable(),
  omschrijving: z.string().trim().max(MAX_OMSCHRIJVING, `hoogstens ${MAX_OMSCHRIJVING} tekens`).describe('Korte omschrijving, zonder namen of andere persoonsgegevens'),
};

export const inspanningAanmakenSchema = z
  .object({
    verbeteractie: velden.verbeteractie,
    soort: velden.soort,
    datum: velden.datum,
    uren: velden.uren.optional(),
    deelnemers: velden.deelnemers.optional(),
    werklast: velden.werklast.optional(),
    omschrijving: velden.omschrijving.optional(),
  })
  .strict();
export type InspanningAanmaken = z.infer<typeof inspanningAanmakenSchema>;

export const inspanningWijzigenSchema = inspanningAanmakenSchema.partial().strict();
export type InspanningWijzigen = z.infer<typeof inspanningWijzigenSchema>;

export const inspanningSchema = z.object({
  id: z.uuid(),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }),
  verbeteractie: verbeteractieSchema,
  soort: inspanningSoortSchema,
  datum: z.string().describe('JJJJ-MM-DD'),
  uren: z.number().nullable(),
  deelnemers: z.number().int().nullable(),
  werklast: werklastSchema.nullable(),
  omschrijving: z.string(),
  geregistreerdDoor: z.object({ id: z.uuid(), naam: z.string() }),
  eigen: z.boolean().describe('Van de eigen organisatie: alleen die mag wijzigen en verwijderen'),
  versie: z.number().int(),
  bijgewerktOp: z.string(),
});
export type Inspanning = z.infer<typeof inspanningSchema>;

export const inspanningenLijstSchema = z.object({
  jaar: z.number().int(),
  inspanningen: z.array(inspanningSchema).describe('De inspanningen in de eigen regio in dat jaar, nieuwste eerst'),
});
export type InspanningenLijst = z.infer<typeof inspanningenLijstSchema>;

export const inspanningenQuerySchema = z.object({
  jaar: z.coerce.number().int('moet een jaartal zijn').describe(`Het jaar (${EERSTE_INSPANNINGSJAAR} tot en met dit jaar)`),
});
