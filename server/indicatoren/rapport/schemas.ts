import { z } from 'zod';
import { indicatorSoorten, periodeFilterSchema, verbeteracties, type IndicatorSoort, type Verbeteractie } from '../schemas';

/**
 * The regional report "Indicatoren kwaliteit & impact" (seed 003) in the API contract: the download formats and
 * the network's own text per section. Shared with the web app (@schemas/indicatoren/rapport): imports nothing but
 * zod (and the zod-only indicator contract).
 */

export const rapportFormaten = ['html', 'pdf', 'csv', 'xlsx'] as const;
export type RapportFormaat = (typeof rapportFormaten)[number];

export const rapportQuerySchema = periodeFilterSchema.safeExtend({
  formaat: z.enum(rapportFormaten, 'kies html, pdf, csv of xlsx').describe('Het bestandsformaat'),
});
export type RapportQuery = z.infer<typeof rapportQuerySchema>;

/** Query of the texts: the region and the period the report is about (no organisation: the texts are the region's). */
export const rapportTekstenQuerySchema = z
  .object({
    regioId: z.uuid('geen geldige id').describe('De regio'),
    van: z.iso.date('verwacht een datum JJJJ-MM-DD').describe('Eerste dag van de periode'),
    tot: z.iso.date('verwacht een datum JJJJ-MM-DD').describe('Dag na de laatste dag van de periode'),
  })
  .refine((f) => f.van < f.tot, { path: ['tot'], message: 'moet na de eerste dag liggen' });
export type RapportTekstenQuery = z.infer<typeof rapportTekstenQuerySchema>;

/** A section of the report with room for the network's own text: the introduction, or one kind per improvement action. */
export type RapportSectie = 'inleiding' | `${Verbeteractie}.${IndicatorSoort}`;
export const rapportSecties: readonly RapportSectie[] = [
  'inleiding',
  ...verbeteracties.flatMap((v) => indicatorSoorten.map((s) => `${v}.${s}` as const)),
];
export const rapportSectieSchema = z
  .string()
  .refine((s): s is RapportSectie => (rapportSecties as readonly string[]).includes(s), {
    message: "kies 'inleiding' of '<verbeteractie>.<soort>', bijvoorbeeld 'actieoverleg.waarde'",
  })
  .describe("'inleiding' of '<verbeteractie>.<soort>'");

export const RAPPORT_TEKST_MAX = 10_000;

export const rapportTekstSchema = z.object({
  sectie: z.string().describe("'inleiding' of '<verbeteractie>.<soort>'"),
  tekst: z.string().describe('De eigen tekst van het netwerk; leeg als er nog geen is'),
  versie: z.number().int().describe('0 als er nog geen tekst is; stuur die als If-Match bij de eerste keer opslaan'),
  gewijzigdOp: z.string().nullable().describe('ISO-tijdstip van de laatste wijziging'),
});
export type RapportTekst = z.infer<typeof rapportTekstSchema>;

export const rapportTekstenSchema = z.object({
  regioId: z.string(),
  van: z.string(),
  tot: z.string(),
  /** Every section, in report order; sections without a text have tekst '' and versie 0. */
  teksten: z.array(rapportTekstSchema),
  /** Whether the caller may write the texts of this region (rnzs-lid of the region). */
  magSchrijven: z.boolean(),
});
export type RapportTeksten = z.infer<typeof rapportTekstenSchema>;

export const rapportTekstOpslaanSchema = z
  .object({
    tekst: z
      .string()
      .max(RAPPORT_TEKST_MAX, `hoogstens ${RAPPORT_TEKST_MAX} tekens`)
      .describe('De eigen tekst van het netwerk: geen namen of andere persoonsgegevens'),
  })
  .strict();
export type RapportTekstOpslaan = z.infer<typeof rapportTekstOpslaanSchema>;

/** Titles of the chapters, in the words of seed 003. */
export const hoofdstukTitels: Record<Verbeteractie, string> = {
  samenhang: 'Samenhang, kennisontwikkeling en blijvend verbeteren',
  'samen-op-in-acuut': 'Samen op in Acuut',
  actieoverleg: 'Actieoverleg',
  'vt-zsm': 'Gezamenlijke aanpak huiselijk geweld door VT & ZSM',
  'strafbare-kindermishandeling': 'Samenwerken bij strafbare kindermishandeling',
};

export const soortTitels: Record<IndicatorSoort, string> = {
  ontwikkelinspanning: 'Ontwikkelinspanningen',
  uitvoeringsinspanning: 'Uitvoeringsinspanningen: meer- en minderwerk',
  waarde: 'Waarde',
};
