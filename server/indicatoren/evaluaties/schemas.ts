import { z } from 'zod';
import { verbeteractieSchema } from '../schemas';

/**
 * The partners' periodic evaluations of an improvement action (API contract, shared with the web app: zod only).
 * One evaluation per person, improvement action, region and year; the questions and their scales come from
 * server/indicatoren/evaluaties/vragen.ts. An individual's answers are only ever shown to that person; everyone
 * else sees aggregates with fewer than five respondents suppressed.
 */

/** The first year an evaluation can be about (Veiligheid Voorop's first reporting year). */
export const EERSTE_EVALUATIEJAAR = 2018;

export const schaalSchema = z
  .object({
    soort: z.enum(['cijfer', 'stelling']).describe('cijfer: rapportcijfer 1-10; stelling: 1 = helemaal oneens ... 5 = helemaal eens'),
    min: z.number().int(),
    max: z.number().int(),
  })
  .describe('De schaal van een vraag; een antwoord is een geheel getal van min tot en met max, of null (weet niet)');
export type SchaalDto = z.infer<typeof schaalSchema>;

export const evaluatieVraagSchema = z.object({
  id: z.string().describe('Stabiele id, bijv. actieoverleg.rapportcijfer'),
  verbeteractie: verbeteractieSchema,
  tekst: z.string(),
  schaal: schaalSchema,
});
export type EvaluatieVraagDto = z.infer<typeof evaluatieVraagSchema>;

export const evaluatieVragenSchema = z.object({ vragen: z.array(evaluatieVraagSchema) });

export const jaarQuerySchema = z.object({
  jaar: z.coerce.number().int('moet een jaartal zijn').describe(`Het jaar van de evaluatie (${EERSTE_EVALUATIEJAAR} tot en met dit jaar)`),
});

export const verbeteractieParamsSchema = z.object({ verbeteractie: verbeteractieSchema });

export const evaluatieAntwoordSchema = z.object({
  vraag: z.string().trim().min(1, 'kies een vraag').max(200).describe('De id van de vraag'),
  waarde: z.number().nullable().describe('Een geheel getal op de schaal van de vraag; null = weet niet'),
});
export type EvaluatieAntwoord = z.infer<typeof evaluatieAntwoordSchema>;

export const evaluatieInvullenSchema = z
  .object({
    antwoorden: z.array(evaluatieAntwoordSchema).min(1, 'beantwoord ten minste één vraag').max(100),
  })
  .strict();
export type EvaluatieInvullen = z.infer<typeof evaluatieInvullenSchema>;

export const evaluatieSchema = z.object({
  id: z.uuid(),
  verbeteractie: verbeteractieSchema,
  jaar: z.number().int(),
  antwoorden: z.array(evaluatieAntwoordSchema),
  versie: z.number().int(),
  bijgewerktOp: z.string().describe('ISO-tijdstip van de laatste wijziging'),
});
export type Evaluatie = z.infer<typeof evaluatieSchema>;

export const mijnEvaluatiesSchema = z.object({
  jaar: z.number().int(),
  evaluaties: z.array(evaluatieSchema).describe('De eigen evaluaties van dat jaar, één per verbeteractie die al is ingevuld'),
});
export type MijnEvaluaties = z.infer<typeof mijnEvaluatiesSchema>;

export const evaluatieVoortgangSchema = z.object({
  jaar: z.number().int(),
  verbeteracties: z.array(
    z.object({
      verbeteractie: verbeteractieSchema,
      aantalVragen: z.number().int(),
      respondenten: z.number().int().nullable().describe('Aantal respondenten in de eigen regio; null bij 1 tot 4 (onderdrukt)'),
      onderdrukt: z.boolean(),
    }),
  ),
});
export type EvaluatieVoortgang = z.infer<typeof evaluatieVoortgangSchema>;
