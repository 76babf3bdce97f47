import { z } from 'zod';

/**
 * The indicators part of the API contract (seed 003, appendix "Overzicht indicatoren"). Shared with the web app:
 * imports nothing but zod.
 */

/** The improvement actions of Veiligheid Voorop: the four coordination moments plus their coherence. */
export const verbeteracties = ['samenhang', 'samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling'] as const;
export const verbeteractieSchema = z.enum(verbeteracties).describe('De verbeteractie van Veiligheid Voorop');
export type Verbeteractie = z.infer<typeof verbeteractieSchema>;

/** Per improvement action: what it took to introduce, what it takes to run (more or less work), what it brings. */
export const indicatorSoorten = ['ontwikkelinspanning', 'uitvoeringsinspanning', 'waarde'] as const;
export type IndicatorSoort = (typeof indicatorSoorten)[number];

/**
 * How the measurements of a counted indicator become one figure:
 * aantal = number of measurements; som = sum of their values; aandeel = share of yes (1) in percent;
 * gemiddelde and mediaan of the values (durations).
 */
export const aggregaties = ['aantal', 'som', 'aandeel', 'gemiddelde', 'mediaan'] as const;
export type Aggregatie = (typeof aggregaties)[number];

export const eenheden = ['aantal', 'procent', 'minuten', 'uren', 'dagen', 'cijfer', 'score'] as const;
export type Eenheid = (typeof eenheden)[number];

/** Where an indicator's figure comes from. */
export type IndicatorBron =
  /** Counted from the casus timelines: pure rules turn each casus's events into measurements. */
  | { soort: 'tijdlijn'; aggregatie: Aggregatie; kenmerken?: readonly string[] }
  /** The partners' periodic evaluations: the mean answer to these questions (server/indicatoren/evaluaties/vragen.ts). */
  | { soort: 'evaluatie'; vragen: readonly string[] }
  /** Registered effort of these kinds: the number of registrations, their hours, or the balance of more and less work. */
  | { soort: 'inspanning'; inspanningSoorten: readonly string[]; aggregatie: 'aantal' | 'uren' | 'werklast' };

export interface IndicatorDefinitie {
  /** Stable id, `<verbeteractie>.<name>`; measurements and reports refer to it. */
  id: string;
  naam: string;
  /** The item of the appendix "Overzicht indicatoren" it measures, in the appendix's words. */
  overzichtItem: string;
  verbeteractie: Verbeteractie;
  soort: IndicatorSoort;
  bron: IndicatorBron;
  /** How the figure is computed, in words for the report's appendix. */
  formule: string;
  eenheid: Eenheid;
  /** For a higher-is-better reading of trends; null when neither (a volume). */
  hogerIsBeter: boolean | null;
  /** Why this can only be judged qualitatively, or other context for the reader. */
  toelichting?: string;
}

/** Figures based on fewer measurements or respondents than this are not shown, so no person can be re-identified. */
export const KLEIN_AANTAL_GRENS = 5;

export const waardeSchema = z.object({
  waarde: z.number().nullable().describe('null when suppressed or when there is nothing to compute'),
  n: z.number().int().nullable().describe('Number of measurements or respondents; null when suppressed'),
  onderdrukt: z.boolean().describe(`Fewer than ${KLEIN_AANTAL_GRENS}: not shown, so no person can be re-identified`),
});
export type Waarde = z.infer<typeof waardeSchema>;

export const indicatorWaardeSchema = z.object({
  id: z.string(),
  totaal: waardeSchema,
  perKenmerk: z.array(waardeSchema.extend({ kenmerk: z.string() })),
  /** The trend: per month for a period up to two years, per year otherwise. */
  reeks: z.array(waardeSchema.extend({ periode: z.string().describe('YYYY-MM or YYYY') })),
  vorigePeriode: waardeSchema.nullable().describe('The same length of time just before the period'),
});
export type IndicatorWaarde = z.infer<typeof indicatorWaardeSchema>;

export const periodeFilterSchema = z
  .object({
    regioId: z.uuid().describe('De regio'),
    organisatieId: z.uuid().optional().describe('Alleen de metingen over deze organisatie'),
    van: z.iso.date().describe('Eerste dag van de periode (Europe/Amsterdam)'),
    tot: z.iso.date().describe('Dag na de laatste dag van de periode'),
  })
  .refine((f) => f.van < f.tot, { path: ['tot'], message: 'moet na de eerste dag liggen' })
  .refine((f) => Date.parse(f.tot) - Date.parse(f.van) <= 11 * 366 * 86_400_000, { path: ['tot'], message: 'de periode is hoogstens tien jaar' });
export type PeriodeFilter = z.infer<typeof periodeFilterSchema>;
