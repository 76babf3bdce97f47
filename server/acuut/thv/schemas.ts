import { z } from 'zod';
import { thvTermijnSchema } from '../schemas';

/**
 * The tijdelijk huisverbod (THV) on a casus: considered, imposed by the hulpofficier on the mayor's behalf, the banned
 * person's address, extended, violated, ended. Shared with the web app (`@schemas/acuut/thv`): imports nothing but
 * zod (and the zod-only acuut schemas).
 */

const tijdstip = z.iso.datetime({ offset: true, error: 'verwacht een tijdstip (ISO 8601 met tijdzone)' });
const id = z.uuid('geen geldige id');

export const thvStatussen = ['overwogen', 'afgezien', 'opgelegd', 'verlengd', 'beeindigd'] as const;
export const thvStatusSchema = z
  .enum(thvStatussen)
  .describe('overwogen: een huisverbod wordt overwogen; afgezien: er is van afgezien; opgelegd: loopt (10 dagen); verlengd: loopt na verlenging; beeindigd: afgelopen of ingetrokken');
export type ThvStatus = z.infer<typeof thvStatusSchema>;

export const thvOvertredingSchema = z.object({
  id,
  op: tijdstip,
  omschrijving: z.string(),
  meldingId: id.nullable(),
  doorOrganisatieId: id,
});
export type ThvOvertreding = z.infer<typeof thvOvertredingSchema>;

export const thvSchema = z.object({
  id,
  casusId: id,
  contactId: id.nullable(),
  zsmZaakId: id.nullable(),
  uithuisgeplaatstePersoonId: id,
  status: thvStatusSchema,
  overwogenOp: tijdstip,
  vtGeraadpleegd: z.boolean(),
  afgezienReden: z.string().nullable(),
  opgelegdOp: tijdstip.nullable(),
  opgelegdDoor: z.string().nullable(),
  eindeOp: tijdstip.nullable(),
  adresGeregistreerdOp: tijdstip.nullable(),
  /** Where the banned person stays during the ban (known within 24 hours). */
  verblijfadres: z.string().nullable(),
  verlengingsbesluitOp: tijdstip.nullable(),
  beeindigdOp: tijdstip.nullable(),
  geregistreerdDoorOrganisatieId: id,
  /** The deadlines while the ban runs (opgelegd/verlengd); empty otherwise. */
  termijnen: z.array(thvTermijnSchema),
  overtredingen: z.array(thvOvertredingSchema),
  versie: z.number().int(),
});
export type Thv = z.infer<typeof thvSchema>;

export const thvLijstSchema = z.object({ items: z.array(thvSchema) });

export const thvOverwegenSchema = z.object({
  uithuisgeplaatstePersoonId: id.describe('een persoon van de casus'),
  vtGeraadpleegd: z.boolean(),
  contactId: id.optional().describe('het acute contact met Veilig Thuis'),
  zsmZaakId: id.optional().describe('een ZSM-zaak van dezelfde casus'),
});
export type ThvOverwegen = z.infer<typeof thvOverwegenSchema>;

export const thvOpleggenSchema = z.object({
  opgelegdOp: tijdstip.describe('niet in de toekomst'),
  opgelegdDoor: z.string().trim().min(1, 'naam van de hulpofficier is verplicht').max(200),
});
export type ThvOpleggen = z.infer<typeof thvOpleggenSchema>;

export const thvAfzienSchema = z.object({ reden: z.string().trim().min(1, 'reden is verplicht').max(2000) });
export type ThvAfzien = z.infer<typeof thvAfzienSchema>;

export const thvAdresSchema = z.object({
  verblijfadres: z.string().trim().min(1, 'verblijfadres is verplicht').max(500).describe('waar de uithuisgeplaatste verblijft tijdens het huisverbod'),
});
export type ThvAdres = z.infer<typeof thvAdresSchema>;

export const thvVerlengenSchema = z.object({
  nieuweEindeOp: tijdstip,
  besluitOp: tijdstip,
});
export type ThvVerlengen = z.infer<typeof thvVerlengenSchema>;

export const thvOvertredingInvoerSchema = z.object({
  op: tijdstip,
  omschrijving: z.string().trim().max(2000).default(''),
  meldingId: id.optional(),
});
export type ThvOvertredingInvoer = z.infer<typeof thvOvertredingInvoerSchema>;

export const thvBeeindigenSchema = z.object({});
