import { z } from 'zod';

/**
 * Samen op in Acuut (seed 002, 003 §2) and the tijdelijk huisverbod: the shared contract. This first slice holds the
 * kinds of deadline and follow-up status the pure rules return; contacts, assessments and THV resources come next.
 * Shared with the web app (`@schemas/acuut`): imports nothing but zod.
 */

/** The deadlines of a tijdelijk huisverbod, each a task in the right inbox. */
export const thvTermijnSoorten = ['adres-binnen-24-uur', 'verlengingsbesluit', 'einde'] as const;
export const thvTermijnSoortSchema = z
  .enum(thvTermijnSoorten)
  .describe('adres-binnen-24-uur: verblijfadres van de uithuisgeplaatste vastgelegd; verlengingsbesluit: besluit over verlenging genomen; einde: het huisverbod loopt af');
export type ThvTermijnSoort = z.infer<typeof thvTermijnSoortSchema>;

export const thvTermijnSchema = z.object({
  soort: thvTermijnSoortSchema,
  deadline: z.iso.datetime({ offset: true }),
});
export type ThvTermijn = z.infer<typeof thvTermijnSchema>;

/** The VT-melding that follows an acute contact and refers to it, expected within 24 hours. */
export const opvolgingStatussen = ['op-tijd', 'te-laat-ontvangen', 'wacht', 'verlopen'] as const;
export const opvolgingStatusSchema = z
  .enum(opvolgingStatussen)
  .describe('op-tijd: melding binnen 24 uur ontvangen; te-laat-ontvangen: na 24 uur ontvangen; wacht: nog niet ontvangen, termijn loopt; verlopen: niet ontvangen en 24 uur voorbij (taak voor politie en Veilig Thuis)');
export type OpvolgingStatus = z.infer<typeof opvolgingStatusSchema>;
