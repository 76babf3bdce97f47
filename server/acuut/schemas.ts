import { z } from 'zod';
import { interventieCodeSchema } from '../interventies/schemas';

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

// ---------------------------------------------------------------------------------------------------
// Who to reach now: the roster (acuut_diensten) of Veilig Thuis's bereikbaarheidsdienst, a crisis team and the CIT.

const tijdstip = z.iso.datetime({ offset: true, error: 'geen geldig tijdstip (ISO 8601 met tijdzone)' });
const id = z.uuid('geen geldige id');

export const dienstSoorten = ['bereikbaarheidsdienst', 'crisisteam', 'cit'] as const;
export const dienstSoortSchema = z
  .enum(dienstSoorten)
  .describe('bereikbaarheidsdienst: Veilig Thuis buiten of binnen kantoortijd; crisisteam: crisisdienst; cit: crisis-interventie-team');
export type DienstSoort = z.infer<typeof dienstSoortSchema>;

export const dienstInvoerSchema = z.object({
  organisatieId: id,
  dienst: dienstSoortSchema,
  gebruikerId: id.nullable().optional(),
  naam: z.string().trim().min(1, 'naam is verplicht').max(200),
  telefoon: z.string().trim().min(1, 'telefoon is verplicht').max(40),
  van: tijdstip,
  tot: tijdstip,
  terPlaatseMogelijk: z.boolean().default(false),
  toelichting: z.string().max(2000).default(''),
});
export type DienstInvoer = z.infer<typeof dienstInvoerSchema>;

export const dienstSchema = z.object({
  id,
  organisatieId: id,
  dienst: dienstSoortSchema,
  gebruikerId: id.nullable(),
  naam: z.string(),
  telefoon: z.string(),
  van: tijdstip,
  tot: tijdstip,
  terPlaatseMogelijk: z.boolean(),
  toelichting: z.string(),
});
export type Dienst = z.infer<typeof dienstSchema>;

export const dienstenLijstSchema = z.object({ diensten: z.array(dienstSchema) });
export type DienstenLijst = z.infer<typeof dienstenLijstSchema>;

/** Per organisation: who is on now (several when two are on call), or else the next shift. */
export const bereikbaarNuOrganisatieSchema = z.object({
  organisatie: z.object({ id, naam: z.string(), soort: z.string() }),
  nu: z.array(dienstSchema),
  volgende: dienstSchema.nullable(),
});
export const bereikbaarNuSchema = z.object({ organisaties: z.array(bereikbaarNuOrganisatieSchema) });
export type BereikbaarNu = z.infer<typeof bereikbaarNuSchema>;

// ---------------------------------------------------------------------------------------------------
// The police's acute contact with Veilig Thuis.

export const contactWijzen = ['telefonisch', 'video', 'ter-plaatse'] as const;
export const contactWijzeSchema = z.enum(contactWijzen).describe('telefonisch, video (bijv. Teams) of ter plaatse');

const kort = z.string().max(4000).default('');
/** What was discussed, as short texts (the poster's list). */
export const besprokenSchema = z.object({
  eerdereMeldingen: kort,
  lopendeAfspraken: kort,
  afsprakenWijkagent: kort,
  reclassering: kort,
  ggz: kort,
});
export type Besproken = z.infer<typeof besprokenSchema>;
export const leegBesproken: Besproken = { eerdereMeldingen: '', lopendeAfspraken: '', afsprakenWijkagent: '', reclassering: '', ggz: '' };

export const acuutContactInvoerSchema = z.object({
  clientId: z.string().trim().min(1, 'clientId is verplicht').max(200).describe('door de client gegenereerde id: dezelfde clientId opnieuw geeft het bestaande contact (200)'),
  vtOrganisatieId: id,
  gebeldOp: tijdstip,
  opgenomenOp: tijdstip.nullable().optional(),
  wijze: contactWijzeSchema,
  vtContactpersoon: z.string().max(200).default(''),
  adres: z.string().max(500).default(''),
  persoonIds: z.array(id).max(50).default([]),
  casusId: id.nullable().optional(),
  besproken: besprokenSchema.default(leegBesproken),
});
export type AcuutContactInvoer = z.infer<typeof acuutContactInvoerSchema>;

export const acuutContactWijzigingSchema = z
  .object({
    opgenomenOp: tijdstip.nullable().optional(),
    vtContactpersoon: z.string().max(200).optional(),
    besproken: besprokenSchema.optional(),
  })
  .strict();
export type AcuutContactWijziging = z.infer<typeof acuutContactWijzigingSchema>;

export const geconsulteerdOpties = ['om', '3ro', 'jeugdzorg-rvdk', 'ggz'] as const;
export const geconsulteerdSchema = z.enum(geconsulteerdOpties).describe('om, 3ro (reclassering), jeugdzorg-rvdk, ggz');

/** The joint safety assessment; maatregelen are codes of the intervention catalogue (format here; known and active: checked by the use case). */
export const beoordelingInvoerSchema = z.object({
  acuutOnveilig: z.boolean(),
  maatregelen: z.array(interventieCodeSchema).max(50).default([]),
  wieDoetWat: z.string().max(4000).default(''),
  geconsulteerd: z.array(geconsulteerdSchema).max(4).default([]),
  beoordeeldOp: tijdstip,
});
export type BeoordelingInvoer = z.infer<typeof beoordelingInvoerSchema>;

export const beoordelingSchema = z.object({
  acuutOnveilig: z.boolean(),
  maatregelen: z.array(z.string()),
  wieDoetWat: z.string(),
  geconsulteerd: z.array(z.string()),
  beoordeeldOp: tijdstip,
  versie: z.number().int(),
});
export type Beoordeling = z.infer<typeof beoordelingSchema>;

export const acuutContactSchema = z.object({
  id,
  clientId: z.string(),
  regioId: id,
  politieOrganisatieId: id,
  vtOrganisatieId: id,
  casusId: id.nullable(),
  gebeldOp: tijdstip,
  opgenomenOp: tijdstip.nullable(),
  minutenTotOpgenomen: z.number().int().nullable(),
  wijze: contactWijzeSchema,
  vtContactpersoon: z.string(),
  adres: z.string(),
  persoonIds: z.array(id),
  besproken: besprokenSchema,
  beoordeling: beoordelingSchema.nullable(),
  opvolgMeldingId: id.nullable(),
  opvolgingDeadline: tijdstip,
  opvolgingStatus: opvolgingStatusSchema,
  versie: z.number().int(),
  aangemaaktOp: tijdstip,
});
export type AcuutContact = z.infer<typeof acuutContactSchema>;

export const acuutContactenLijstSchema = z.object({ contacten: z.array(acuutContactSchema) });
export type AcuutContactenLijst = z.infer<typeof acuutContactenLijstSchema>;

export const opvolgmeldingInvoerSchema = z.object({ meldingId: id });
