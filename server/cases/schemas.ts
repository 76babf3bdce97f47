import { z } from 'zod';
import { deelnemerSchema, doelSchema } from '../sharing/schemas';
import { bronSchema } from '../meldingen/schemas';
import { coordinatiemomentSoorten } from '../route-map/route-map';

/** The casus part of the API contract. Shared with the web app: imports nothing but zod (and other schemas). */

export const casusRollen = ['slachtoffer', 'verdachte', 'pleger', 'kind', 'ouder', 'getuige', 'melder', 'betrokkene'] as const;
export const casusRolSchema = z.enum(casusRollen).describe('Rol van de persoon in de casus');
export type CasusRol = z.infer<typeof casusRolSchema>;

export const casusStatussen = ['open', 'gesloten'] as const;
export const casusStatusSchema = z.enum(casusStatussen);
export type CasusStatus = z.infer<typeof casusStatusSchema>;

export const coordinatiemomentSchema = z.enum(coordinatiemomentSoorten).describe(
  'Coördinatiemoment van de routekaart: Samen op in Acuut, Actieoverleg, Aanpak HG door VT & ZSM, Samenwerken bij strafbare kindermishandeling',
);
export type Coordinatiemoment = z.infer<typeof coordinatiemomentSchema>;


const casusPersoonInvoerSchema = z.object({ persoonId: z.uuid('geen geldige id'), rol: casusRolSchema });

export const casusInvoerSchema = z.object({
  meldingIds: z
    .array(z.uuid('geen geldige id'))
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'elke melding maar één keer')
    .optional()
    .describe('Meldingen die uw organisatie heeft ontvangen en die nog niet in een casus zitten; hun personen gaan mee'),
  personen: z
    .array(casusPersoonInvoerSchema)
    .max(100)
    .refine((p) => new Set(p.map((x) => x.persoonId)).size === p.length, 'elke persoon maar één keer')
    .default([])
    .describe('Minimaal één persoon, tenzij een melding personen meebrengt'),
  doel: doelSchema,
  grondslagId: z.uuid('geen geldige id').describe('Grondslag uit het register voor de deelname van uw organisatie'),
});
export type CasusInvoer = z.infer<typeof casusInvoerSchema>;

const naamRefSchema = z.object({ id: z.uuid(), naam: z.string() });

export const casusPersoonSchema = z.object({
  persoon: z.object({ id: z.uuid(), naam: z.string(), geboortedatum: z.string().nullable() }),
  rol: casusRolSchema,
});
export type CasusPersoon = z.infer<typeof casusPersoonSchema>;

export const casusMeldingSchema = z.object({
  id: z.uuid(),
  bron: bronSchema,
  ontvangenOp: z.string(),
  incidentOp: z.string().nullable(),
  acuteOnveiligheid: z.boolean(),
  samengevoegdIn: z.uuid().nullable().describe('Id van de melding waarin deze is samengevoegd'),
});

export const casusCoordinatiemomentSchema = z.object({
  id: z.uuid(),
  soort: coordinatiemomentSchema,
  status: z.enum(['geopend', 'afgerond']),
  redenen: z.array(z.string()),
  geopendOp: z.string(),
});

export const casusSchema = z.object({
  id: z.uuid(),
  nummer: z.string().describe('Bijvoorbeeld C-2026-000042; bevat geen persoonsgegevens'),
  regio: naamRefSchema,
  status: casusStatusSchema,
  regie: z.object({ organisatie: naamRefSchema.nullable(), gebruiker: naamRefSchema.nullable() }).describe('Wie de regie op veiligheid heeft'),
  personen: z.array(casusPersoonSchema),
  deelnemers: z.array(deelnemerSchema).describe('Organisaties die nu deelnemen'),
  meldingen: z.array(casusMeldingSchema),
  coordinatiemomenten: z.array(casusCoordinatiemomentSchema),
  eigenDeelname: z.object({ doel: z.string(), grondslag: z.object({ id: z.uuid(), code: z.string(), naam: z.string() }) }),
  versie: z.number().int(),
  aangemaaktOp: z.string(),
});
export type Casus = z.infer<typeof casusSchema>;

export const casusLijstQuerySchema = z.object({
  status: casusStatusSchema.optional(),
  zoek: z.string().trim().min(1).max(40).optional().describe('Deel van het casusnummer'),
  pagina: z.coerce.number().int().min(1).max(100000).default(1),
  perPagina: z.coerce.number().int().min(1).max(100).default(25),
});
export type CasusLijstQuery = z.infer<typeof casusLijstQuerySchema>;

export const casusLijstItemSchema = z.object({
  id: z.uuid(),
  nummer: z.string(),
  status: casusStatusSchema,
  personen: z.array(z.object({ naam: z.string(), rol: casusRolSchema })),
  laatsteGebeurtenisOp: z.string().nullable(),
  openTaken: z.number().int(),
  verlopenTaken: z.number().int().describe('Open taken waarvan de deadline voorbij is'),
});
export const casusLijstSchema = z.object({
  casussen: z.array(casusLijstItemSchema),
  pagina: z.number().int(),
  perPagina: z.number().int(),
  totaal: z.number().int(),
});
export type CasusLijst = z.infer<typeof casusLijstSchema>;

export const casusWijzigenSchema = z
  .object({
    status: casusStatusSchema.optional(),
    regieOrganisatieId: z.uuid('geen geldige id').nullable().optional().describe('Moet een deelnemende organisatie zijn'),
    regieGebruikerId: z.uuid('geen geldige id').nullable().optional().describe('Moet lid zijn van de regie-organisatie'),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'geef minimaal één veld om te wijzigen');
export type CasusWijzigen = z.infer<typeof casusWijzigenSchema>;

export const casusMeldingKoppelenSchema = z.object({ meldingId: z.uuid('geen geldige id') });
export const casusPersoonToevoegenSchema = casusPersoonInvoerSchema;

// ---------------------------------------------------------------------------------------------------
// Timeline
export const tijdlijnItemSchema = z.object({
  id: z.uuid(),
  soort: z.string().describe('Soort gebeurtenis, bijvoorbeeld melding-gekoppeld'),
  op: z.string().describe('Wanneer het gebeurde'),
  geregistreerdOp: z.string().describe('Wanneer het is vastgelegd'),
  organisatie: naamRefSchema.nullable(),
  gebruiker: z.object({ naam: z.string() }).nullable(),
  gegevens: z.record(z.string(), z.unknown()),
  omschrijving: z.string().describe('Eenregelige omschrijving in het Nederlands'),
});
export type TijdlijnItem = z.infer<typeof tijdlijnItemSchema>;
export const tijdlijnSchema = z.object({ items: z.array(tijdlijnItemSchema) });

// ---------------------------------------------------------------------------------------------------
// Route map (seed 002)
export const routeFeitenSchema = z.object({
  acuteOnveiligheid: z.boolean(),
  verdachteAangehouden: z.boolean(),
  vermoedenStrafbareKindermishandeling: z.boolean(),
  risicoOpGevaar: z.boolean(),
  risicoSignalen: z.array(z.string()),
  lopend: z.array(coordinatiemomentSchema),
});
export const routeadviesSchema = z.object({
  advies: z.array(z.object({ moment: coordinatiemomentSchema, redenen: z.array(z.string()) })),
  feiten: routeFeitenSchema,
});
export type Routeadvies = z.infer<typeof routeadviesSchema>;

export const coordinatiemomentenBevestigenSchema = z.object({
  momenten: z.array(coordinatiemomentSchema).min(1, 'bevestig minimaal één moment').max(4),
  afgewezen: z.array(coordinatiemomentSchema).max(4).optional().describe('Voorgestelde momenten die bewust niet geopend worden'),
});
export type CoordinatiemomentenBevestigen = z.infer<typeof coordinatiemomentenBevestigenSchema>;
export const coordinatiemomentenLijstSchema = z.object({ coordinatiemomenten: z.array(casusCoordinatiemomentSchema) });

