import { z } from 'zod';
// bsn.ts is a dependency-free pure module (no Node, no database): safe for the web app to bundle.
import { isValidBsn, normaliseBsn } from './bsn';
import { organisatieSoortSchema } from '../organisations/schemas';

/**
 * The persons part of the API contract (directbetrokkenen, relations, households, search before create).
 * Shared with the web app as @schemas/persons: imports nothing but zod, other schemas and the pure BSN check.
 */

export const geslachten = ['man', 'vrouw', 'anders', 'onbekend'] as const;
export const geslachtSchema = z.enum(geslachten).describe('Geslacht');
export type Geslacht = z.infer<typeof geslachtSchema>;

/**
 * A relation as seen from one person: what the OTHER person is to this one.
 * On person X, {persoonId: Y, soort: 'ouder'} means "Y is a parent of X"; 'kind' means "Y is a child of X".
 * Stored once (a 'kind' is stored as 'ouder' the other way round).
 */
export const relatieSoorten = ['partner', 'ex-partner', 'ouder', 'kind', 'huisgenoot'] as const;
export const relatieSoortSchema = z.enum(relatieSoorten).describe('Wat de andere persoon is voor deze persoon');
export type RelatieSoort = z.infer<typeof relatieSoortSchema>;

const isoDate = z.iso.date('verwacht een datum als JJJJ-MM-DD');
const today = () => new Date().toISOString().slice(0, 10);

export const geboortedatumSchema = isoDate
  .refine((d) => d <= today(), 'de geboortedatum ligt in de toekomst')
  .refine((d) => d >= '1900-01-01', 'de geboortedatum ligt vóór 1900')
  .describe('Geboortedatum (JJJJ-MM-DD), niet in de toekomst en niet vóór 1900');

export const bsnSchema = z
  .string()
  .trim()
  .max(20)
  .refine((v) => {
    const digits = normaliseBsn(v);
    return digits !== null && isValidBsn(digits);
  }, 'geen geldig BSN (elfproef)')
  .describe('Burgerservicenummer: negen cijfers die de elfproef doorstaan (spaties en punten mogen). Wordt versleuteld opgeslagen; nooit in een URL.');

export const postcodeSchema = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{3}\s?[a-zA-Z]{2}$/, 'verwacht een Nederlandse postcode, bijvoorbeeld 5211 AB')
  .describe('Nederlandse postcode');

const huisnummerSchema = z.string().trim().regex(/^[1-9][0-9]{0,5}$/, 'verwacht een huisnummer (alleen cijfers)').describe('Huisnummer');
const naamdeel = (max: number) => z.string().trim().min(1).max(max);

export const adresInvoerSchema = z
  .object({
    straat: naamdeel(200),
    huisnummer: huisnummerSchema,
    huisnummerToevoeging: z.string().trim().min(1).max(10).optional(),
    postcode: postcodeSchema,
    woonplaats: naamdeel(100),
    geldigVan: isoDate.optional().describe('Woont hier sinds'),
    geldigTot: isoDate.optional().describe('Woonde hier tot (leeg: woont er nu)'),
  })
  .refine((a) => !a.geldigVan || !a.geldigTot || a.geldigVan <= a.geldigTot, { message: 'geldigTot ligt vóór geldigVan', path: ['geldigTot'] });
export type AdresInvoer = z.infer<typeof adresInvoerSchema>;

export const relatieInvoerSchema = z.object({
  persoonId: z.uuid('geen geldige id'),
  soort: relatieSoortSchema,
});
export type RelatieInvoer = z.infer<typeof relatieInvoerSchema>;

const persoonVelden = {
  voornamen: naamdeel(200).optional(),
  tussenvoegsel: naamdeel(50).optional(),
  achternaam: naamdeel(200),
  geboortedatum: geboortedatumSchema.optional(),
  geslacht: geslachtSchema.default('onbekend'),
  bsn: bsnSchema.optional(),
  telefoon: z.string().trim().regex(/^[+0-9][0-9 ()-]{5,19}$/, 'verwacht een telefoonnummer').optional(),
  eMail: z.email('verwacht een e-mailadres').max(254).optional(),
};

/** POST /api/v1/personen. */
export const persoonInvoerSchema = z.object({
  ...persoonVelden,
  adressen: z.array(adresInvoerSchema).max(20).optional(),
  relaties: z
    .array(relatieInvoerSchema)
    .max(50)
    .refine((r) => new Set(r.map((x) => x.persoonId)).size === r.length, 'elke persoon maar één keer')
    .optional()
    .describe('Relaties met personen die u al mag inzien'),
  nietDezelfdeAls: z
    .array(z.uuid('geen geldige id'))
    .max(50)
    .optional()
    .describe('Bevestiging: deze bestaande personen (uit de zoekresultaten) zijn NIET dezelfde persoon'),
});
export type PersoonInvoer = z.infer<typeof persoonInvoerSchema>;

/** PATCH /api/v1/personen/{id} (If-Match). null clears an optional field. */
export const persoonWijzigenSchema = z
  .object({
    voornamen: naamdeel(200).nullable().optional(),
    tussenvoegsel: naamdeel(50).nullable().optional(),
    achternaam: naamdeel(200).optional(),
    geboortedatum: geboortedatumSchema.nullable().optional(),
    geslacht: geslachtSchema.optional(),
    bsn: bsnSchema.nullable().optional(),
    telefoon: persoonVelden.telefoon.unwrap().nullable().optional(),
    eMail: persoonVelden.eMail.unwrap().nullable().optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'geef minimaal één veld om te wijzigen');
export type PersoonWijzigen = z.infer<typeof persoonWijzigenSchema>;

/** PATCH /api/v1/personen/{id}/adressen/{adresId} and .../relaties/{relatieId}: end it (or correct the end). */
export const periodeBeeindigenSchema = z.object({
  geldigTot: isoDate.refine((d) => d <= today(), 'de einddatum ligt in de toekomst').describe('Laatste dag van het adres of de relatie'),
});
export type PeriodeBeeindigen = z.infer<typeof periodeBeeindigenSchema>;

export const persoonSamenvattingSchema = z.object({
  id: z.uuid(),
  naam: z.string().describe('Weergavenaam: voornamen tussenvoegsel achternaam'),
  geboortedatum: z.string().nullable(),
});
export type PersoonSamenvattingApi = z.infer<typeof persoonSamenvattingSchema>;

export const adresSchema = z.object({
  id: z.uuid(),
  straat: z.string(),
  huisnummer: z.string(),
  huisnummerToevoeging: z.string().nullable(),
  postcode: z.string(),
  woonplaats: z.string(),
  geldigVan: z.string().nullable(),
  geldigTot: z.string().nullable(),
  actueel: z.boolean().describe('Woont hier nu (geen einddatum of einddatum vandaag of later)'),
});
export type Adres = z.infer<typeof adresSchema>;

export const relatieSchema = z.object({
  id: z.uuid(),
  soort: relatieSoortSchema.describe('Wat de andere persoon is voor deze persoon'),
  persoon: persoonSamenvattingSchema,
  geldigVan: z.string().nullable(),
  geldigTot: z.string().nullable(),
});
export type Relatie = z.infer<typeof relatieSchema>;

/** GET /api/v1/personen/{id}: only for organisations that may see the person. */
export const persoonSchema = z.object({
  id: z.uuid(),
  voornamen: z.string().nullable(),
  tussenvoegsel: z.string().nullable(),
  achternaam: z.string(),
  naam: z.string(),
  geboortedatum: z.string().nullable(),
  geslacht: geslachtSchema,
  bsn: z.string().nullable().describe('Alleen in dit detail; null als er geen BSN is vastgelegd'),
  telefoon: z.string().nullable(),
  eMail: z.string().nullable(),
  adressen: z.array(adresSchema),
  relaties: z.array(relatieSchema).describe('Relaties met personen die uw organisatie mag inzien'),
  relatiesNietZichtbaar: z.number().int().describe('Aantal relaties met personen die uw organisatie niet mag inzien'),
  versie: z.number().int(),
});
export type Persoon = z.infer<typeof persoonSchema>;

/** POST /api/v1/personen/zoekopdrachten: criteria in the body, so a BSN never appears in a URL. */
export const zoekopdrachtSchema = z
  .object({
    naam: z.string().trim().min(2, 'geef minimaal 2 tekens').max(200).optional().describe('Naam of deel ervan; tolerant voor typfouten en accenten'),
    geboortedatum: isoDate.optional(),
    postcode: postcodeSchema.optional(),
    huisnummer: huisnummerSchema.optional(),
    huisnummerToevoeging: z.string().trim().min(1).max(10).optional(),
    bsn: bsnSchema.optional(),
  })
  .refine((q) => q.naam !== undefined || q.geboortedatum !== undefined || q.postcode !== undefined || q.bsn !== undefined, {
    message: 'geef minimaal één zoekcriterium: naam, geboortedatum, postcode met huisnummer of BSN',
    path: ['naam'],
  })
  .refine((q) => q.postcode === undefined || q.huisnummer !== undefined, { message: 'zoek op postcode samen met huisnummer', path: ['huisnummer'] })
  .refine((q) => q.huisnummer === undefined || q.postcode !== undefined, { message: 'zoek op huisnummer samen met postcode', path: ['postcode'] });
export type Zoekopdracht = z.infer<typeof zoekopdrachtSchema>;

export const bekendBijSchema = z.object({
  organisatie: z.object({ id: z.uuid(), naam: z.string(), soort: organisatieSoortSchema }),
  contactpunt: z.string().describe('Naam van de contactpersoon van de deelname, anders de naam van de organisatie'),
  casusId: z.uuid().nullable().describe('Alleen als uw eigen organisatie ook aan deze casus deelneemt'),
});
export type BekendBij = z.infer<typeof bekendBijSchema>;

export const zoekTrefferSchema = z.object({
  persoon: persoonSamenvattingSchema.extend({ woonplaats: z.string().nullable().describe('Woonplaats van het actuele adres') }),
  score: z.number().min(0).max(1),
  waarschijnlijkDezelfde: z.boolean().describe('Score boven de drempel of BSN gelijk: eerst nagaan of dit dezelfde persoon is'),
  redenen: z.array(z.string()).describe("Waarom dit een treffer is, bijvoorbeeld 'naam lijkt sterk', 'geboortedatum gelijk'"),
  bekendBij: z.array(bekendBijSchema).describe('Organisaties die deze persoon in een lopende casus hebben (nooit de inhoud)'),
  magInzien: z.boolean().describe('Uw organisatie mag het detail van deze persoon openen'),
});
export type ZoekTreffer = z.infer<typeof zoekTrefferSchema>;

export const huishoudRedenen = ['zelfde-adres', 'partner', 'ex-partner', 'ouder', 'kind', 'huisgenoot'] as const;
export const huishoudRedenSchema = z.enum(huishoudRedenen).describe('Waarom dit lid bij het huishouden hoort (vanuit de gevraagde persoon)');
export type HuishoudReden = z.infer<typeof huishoudRedenSchema>;

export const huishoudenSchema = z.object({
  adres: z.string().nullable().describe('Het adres, als het huishouden om een adres gaat'),
  leden: z.array(z.object({ persoon: persoonSamenvattingSchema, redenen: z.array(huishoudRedenSchema) })),
  aantalNietZichtbaar: z.number().int().describe('Leden die uw organisatie niet mag inzien: alleen geteld ("en N anderen")'),
});
export type Huishouden = z.infer<typeof huishoudenSchema>;

export const zoekresultaatSchema = z.object({
  treffers: z.array(zoekTrefferSchema).describe('Beste treffer eerst; maximaal 20'),
  huishoudens: z.array(huishoudenSchema).optional().describe('Bij zoeken op postcode en huisnummer: het huishouden op dat adres'),
});
export type Zoekresultaat = z.infer<typeof zoekresultaatSchema>;

export const persoonIdParamsSchema = z.object({ id: z.uuid('geen geldige id') });
export const adresParamsSchema = z.object({ id: z.uuid('geen geldige id'), adresId: z.uuid('geen geldige id') });
export const relatieParamsSchema = z.object({ id: z.uuid('geen geldige id'), relatieId: z.uuid('geen geldige id') });
