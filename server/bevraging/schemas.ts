import { z } from 'zod';

/**
 * The bevraging part of the API contract (seed 001): Veilig Thuis asks the police (or the Raad voor de
 * Kinderbescherming, or a reclassering organisation) whether the family, address or persons are known.
 * Shared with the web app: imports nothing but zod.
 */
export const vlaggen = [
  'eerder-huiselijk-geweld',
  'zedendelicten',
  'wapens',
  'vuurwapens',
  'lopend-onderzoek',
  'geweld-tegen-hulpverleners',
  'drugs',
  'criminele-netwerken',
  'overig',
] as const;
export const vlagSchema = z.enum(vlaggen).describe('Wat de gevraagde organisatie over de personen of het adres weet');
export type Vlag = z.infer<typeof vlagSchema>;

export const bevragingStatussen = ['open', 'beantwoord', 'ingetrokken'] as const;
export const bevragingStatusSchema = z.enum(bevragingStatussen);
export type BevragingStatus = z.infer<typeof bevragingStatusSchema>;

/** The organisation kinds that may be asked (values of the organisatie soort). */
export const gevraagdeOrganisatieSoorten = ['politie', 'raad-voor-de-kinderbescherming', 'reclassering'] as const;

export const bevragingInvoerSchema = z.object({
  gevraagdeOrganisatieId: z.uuid('geen geldige id').describe('De politie, de Raad voor de Kinderbescherming of een reclasseringsorganisatie'),
  doel: z
    .string()
    .trim()
    .min(10, 'beschrijf het doel van de bevraging in minimaal 10 tekens')
    .max(1000, 'maximaal 1000 tekens')
    .describe('Waarom Veilig Thuis dit wil weten (doelbinding)'),
  vraag: z.string().trim().max(5000, 'maximaal 5000 tekens').optional().describe('De concrete vraag, als die meer is dan "is het gezin bekend?"'),
  persoonIds: z
    .array(z.uuid('geen geldige id'))
    .min(1, 'kies minimaal één persoon')
    .max(50, 'maximaal 50 personen')
    .describe('Personen in de casus over wie de vraag gaat'),
  adres: z.string().trim().min(1).max(300, 'maximaal 300 tekens').optional().describe('Het adres waarnaar gevraagd wordt'),
});
export type BevragingInvoer = z.infer<typeof bevragingInvoerSchema>;

export const bevragingAntwoordSchema = z.object({
  vlaggen: z
    .array(vlagSchema)
    .max(vlaggen.length)
    .refine((v) => new Set(v).size === v.length, 'elke vlag maar één keer')
    .describe('Leeg: de personen en het adres zijn niet bekend'),
  antwoord: z.string().trim().min(1, 'vul het antwoord in').max(5000, 'maximaal 5000 tekens'),
});
export type BevragingAntwoord = z.infer<typeof bevragingAntwoordSchema>;

export const bevragingIntrekkingSchema = z.object({
  reden: z
    .string({ error: 'vul de reden in waarom de bevraging wordt ingetrokken' })
    .trim()
    .min(10, 'beschrijf de reden in minimaal 10 tekens')
    .max(1000, 'maximaal 1000 tekens')
    .describe('Waarom Veilig Thuis de bevraging intrekt, bijvoorbeeld: verkeerde organisatie gevraagd, vraag niet meer nodig'),
});
export type BevragingIntrekking = z.infer<typeof bevragingIntrekkingSchema>;

export const bevragingPersoonSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  geboortedatum: z.string().nullable().describe('YYYY-MM-DD'),
});

export const bevragingSchema = z.object({
  id: z.uuid(),
  casusId: z.uuid(),
  casusNummer: z.string().describe('Kenmerk van de casus; de gevraagde organisatie ziet de casus zelf niet'),
  vragendeOrganisatie: z.object({ id: z.uuid(), naam: z.string() }),
  gevraagdeOrganisatie: z.object({ id: z.uuid(), naam: z.string(), soort: z.string() }),
  gesteldDoor: z.object({ naam: z.string() }),
  doel: z.string(),
  vraag: z.string(),
  personen: z.array(bevragingPersoonSchema).describe('Alleen wat nodig is om in de eigen systemen te zoeken'),
  adres: z.string().nullable(),
  gesteldOp: z.string().describe('ISO 8601'),
  status: bevragingStatusSchema,
  vlaggen: z.array(vlagSchema),
  antwoord: z.string().nullable(),
  beantwoordDoor: z.object({ naam: z.string() }).nullable(),
  beantwoordOp: z.string().nullable(),
  positief: z.boolean().describe('Een vlag die afstemming met politie en OM vraagt'),
  intrekking: z
    .object({
      reden: z.string().nullable().describe('Alleen voor de organisaties in de casus; de gevraagde organisatie ziet alleen dát de bevraging is ingetrokken'),
      door: z.object({ naam: z.string() }),
      op: z.string().describe('ISO 8601'),
    })
    .nullable()
    .describe('Gevuld als Veilig Thuis de bevraging heeft ingetrokken (status ingetrokken)'),
  versie: z.number().int(),
});
export type Bevraging = z.infer<typeof bevragingSchema>;

export const bevragingLijstSchema = z.object({ bevragingen: z.array(bevragingSchema) });
export type BevragingLijst = z.infer<typeof bevragingLijstSchema>;

export const bevragingRichtingen = ['inkomend', 'uitgaand'] as const;
export const bevragingLijstQuerySchema = z.object({
  richting: z.enum(bevragingRichtingen).default('inkomend').describe('inkomend: aan uw organisatie gesteld; uitgaand: door uw organisatie gesteld'),
});

/** The route-map proposal (seed 002) that comes with an answer. */
export const routeadviesSchema = z.object({
  moment: z.enum(['samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling']),
  redenen: z.array(z.string()),
});
export type Routeadvies = z.infer<typeof routeadviesSchema>;

export const bevragingBeantwoordSchema = z.object({
  bevraging: bevragingSchema,
  routeadvies: z.array(routeadviesSchema).describe('Voorgestelde coördinatiemomenten; Veilig Thuis bevestigt ze op de casus'),
  afstemmingTaakId: z.uuid().nullable().describe('Bij een positief antwoord: de taak "Afstemming met politie en OM" voor Veilig Thuis'),
});
export type BevragingBeantwoord = z.infer<typeof bevragingBeantwoordSchema>;
