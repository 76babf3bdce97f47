import { z } from 'zod';
import { aggregaties, eenheden, indicatorSoorten, indicatorWaardeSchema, periodeFilterSchema, verbeteracties } from '../schemas';

/**
 * The indicator dashboard's part of the API contract: the catalogue, the figures for a region and period, and the
 * drill-down to the casussen behind a counted indicator. Shared with the web app (@schemas/indicatoren/dashboard):
 * imports nothing but zod (and the zod-only indicator contract).
 */

export const indicatorBronSchema = z.discriminatedUnion('soort', [
  z.object({
    soort: z.literal('tijdlijn').describe('Geteld uit de tijdlijn van de casussen'),
    aggregatie: z.enum(aggregaties),
    kenmerken: z.array(z.string()).readonly().optional(),
  }),
  z.object({ soort: z.literal('evaluatie').describe('Uit de evaluaties van de partners'), vragen: z.array(z.string()).readonly() }),
  z.object({
    soort: z.literal('inspanning').describe('Uit de geregistreerde inspanningen'),
    inspanningSoorten: z.array(z.string()).readonly(),
    aggregatie: z.enum(['aantal', 'uren', 'werklast']),
  }),
]);
export type IndicatorBronApi = z.infer<typeof indicatorBronSchema>;

export const indicatorDefinitieSchema = z.object({
  id: z.string(),
  naam: z.string(),
  overzichtItem: z.string(),
  verbeteractie: z.enum(verbeteracties),
  soort: z.enum(indicatorSoorten),
  bron: indicatorBronSchema,
  formule: z.string(),
  eenheid: z.enum(eenheden),
  hogerIsBeter: z.boolean().nullable(),
  toelichting: z.string().optional(),
});
export type IndicatorDefinitieApi = z.infer<typeof indicatorDefinitieSchema>;

export const indicatorCatalogusSchema = z.object({ indicatoren: z.array(indicatorDefinitieSchema) });
export type IndicatorCatalogusApi = z.infer<typeof indicatorCatalogusSchema>;

const periodeSchema = z.object({ van: z.iso.date(), tot: z.iso.date() });

export const indicatorWaardenSchema = z.object({
  regio: z.object({ id: z.uuid(), code: z.string(), naam: z.string() }),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
  van: z.iso.date(),
  tot: z.iso.date().describe('Dag na de laatste dag van de periode'),
  vorigePeriode: periodeSchema.describe('De even lange periode ervoor, waartegen de verandering is berekend'),
  reeksIndeling: z.enum(['maand', 'jaar']).describe('De trend per maand (tot twee jaar) of per jaar'),
  leeg: z.boolean().describe('Geen enkele meting, evaluatie of inspanning in de periode'),
  /** Whether this caller may open the casussen behind a counted indicator (case work and indicators, own region). */
  onderliggendeCasussen: z.boolean(),
  indicatoren: z.array(indicatorWaardeSchema),
});
export type IndicatorWaarden = z.infer<typeof indicatorWaardenSchema>;

/** The figures' query is periodeFilterSchema; the drill-down's adds an optional breakdown. */
export const onderliggendeCasussenQuerySchema = periodeFilterSchema.safeExtend({
  kenmerk: z.string().trim().min(1).max(100).optional().describe('Alleen de metingen met dit kenmerk'),
});

/** Most measurements listed at once; `afgekapt` says there were more. */
export const ONDERLIGGEND_MAXIMUM = 200;

export const onderliggendeCasussenSchema = z.object({
  indicator: z.string(),
  van: z.iso.date(),
  tot: z.iso.date(),
  metingen: z.array(
    z.object({
      casus: z.object({ id: z.uuid(), nummer: z.string(), status: z.enum(['open', 'gesloten']) }),
      op: z.string().describe('Moment van de meting (ISO 8601)'),
      waarde: z.number(),
      kenmerk: z.string().nullable(),
    }),
  ),
  aantal: z.number().int().describe('Aantal getoonde metingen: op casussen waaraan de eigen organisatie deelneemt, afleidbaar uit wat zij mag zien'),
  afgekapt: z.boolean().describe(`Meer dan ${ONDERLIGGEND_MAXIMUM} metingen: alleen de eerste getoond`),
});
export type OnderliggendeCasussen = z.infer<typeof onderliggendeCasussenSchema>;
