import { z } from 'zod';
import { organisatieSoortSchema } from '../organisations/schemas';

/**
 * The meldingen part of the API contract: incoming reports, the intake API for partner systems, double intake
 * (merge proposals) and machine clients (koppelingen). Shared with the web app: imports nothing but zod.
 */

export const bronnen = ['112-meldkamer', 'aangifte', 'zorgmelding-politie', 'vt-melding-professional', 'vt-melding-burger', 'zsm'] as const;
export const bronSchema = z
  .enum(bronnen)
  .describe('Kanaal van de melding: 112/meldkamer, aangifte, zorgmelding van de politie (CORV), VT-melding door een professional of burger, ZSM');
export type Bron = z.infer<typeof bronSchema>;

export const geweldsvormen = [
  'partnergeweld',
  'ex-partnerstalking',
  'kindermishandeling',
  'ouderenmishandeling',
  'eergerelateerd-geweld',
  'vrouwelijke-genitale-verminking',
  'huwelijksdwang',
  'mensenhandel',
  'overig',
] as const;
export const geweldsvormSchema = z.enum(geweldsvormen).describe('Vorm van geweld');
export type Geweldsvorm = z.infer<typeof geweldsvormSchema>;

export const meldingRollen = ['slachtoffer', 'verdachte', 'pleger', 'kind', 'getuige', 'melder'] as const;
export const meldingRolSchema = z.enum(meldingRollen).describe('Rol van de persoon in de melding');
export type MeldingRol = z.infer<typeof meldingRolSchema>;

const isoDateTime = z.iso.datetime({ offset: true, message: 'verwacht een tijdstip als ISO 8601, bijvoorbeeld 2026-03-01T14:30:00+01:00' });
const isoDate = z.iso.date('verwacht een datum als JJJJ-MM-DD');

const geweldsvormenLijst = z
  .array(geweldsvormSchema)
  .min(1, 'kies minimaal één vorm van geweld')
  .max(geweldsvormen.length)
  .refine((v) => new Set(v).size === v.length, 'elke vorm maar één keer');

/** The facts of a melding, the same whether a person types them in or a partner system sends them. */
const meldingFeiten = {
  bron: bronSchema,
  ontvangenOp: isoDateTime.optional().describe('Wanneer de melding binnenkwam; standaard nu'),
  incidentOp: isoDateTime.optional().describe('Wanneer het incident plaatsvond; niet in de toekomst en niet na ontvangenOp'),
  geweldsvormen: geweldsvormenLijst,
  acuteOnveiligheid: z.boolean().default(false),
  wapens: z.boolean().default(false),
  kinderenAanwezig: z.boolean().default(false),
  verdachteAangehouden: z.boolean().default(false),
  vermoedenStrafbareKindermishandeling: z.boolean().default(false),
  omschrijving: z.string().trim().max(10000, 'maximaal 10000 tekens').default(''),
};

const externBerichtIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(200, 'maximaal 200 tekens')
  .describe('Id van het bericht in het bronsysteem; dezelfde id nogmaals levert de bestaande melding op');

export const meldingPersoonInvoerSchema = z.object({
  persoonId: z.uuid('geen geldige id'),
  rol: meldingRolSchema,
});

const personenInvoer = z
  .array(meldingPersoonInvoerSchema)
  .min(1, 'koppel minimaal één persoon')
  .max(50)
  .refine((list) => new Set(list.map((p) => `${p.persoonId}|${p.rol}`)).size === list.length, 'elke persoon maar één keer per rol');

/** POST /api/v1/meldingen: a user registers a melding for their own organisation, with persons already known. */
export const meldingInvoerSchema = z.object({
  ...meldingFeiten,
  externBerichtId: externBerichtIdSchema.optional(),
  personen: personenInvoer,
});
export type MeldingInvoer = z.infer<typeof meldingInvoerSchema>;

/** A person as a partner system sends it: by data, not by id. Resolved by BSN, else name + date of birth, else created. */
export const intakePersoonSchema = z.object({
  rol: meldingRolSchema,
  voornamen: z.string().trim().min(1).max(200).optional(),
  tussenvoegsel: z.string().trim().min(1).max(50).optional(),
  achternaam: z.string().trim().min(1, 'vul de achternaam in').max(200),
  geboortedatum: isoDate.optional(),
  bsn: z
    .string()
    .trim()
    .max(20)
    .optional()
    .describe('Burgerservicenummer (negen cijfers, elfproef); wordt versleuteld opgeslagen en nooit teruggegeven'),
});
export type IntakePersoon = z.infer<typeof intakePersoonSchema>;

/** POST /api/v1/intake/meldingen: a partner system delivers a melding; externBerichtId is required (idempotency). */
export const intakeMeldingSchema = z.object({
  ...meldingFeiten,
  externBerichtId: externBerichtIdSchema,
  personen: z.array(intakePersoonSchema).min(1, 'stuur minimaal één persoon mee').max(50),
});
export type IntakeMelding = z.infer<typeof intakeMeldingSchema>;

export const meldingPersoonSchema = z.object({
  persoon: z.object({ id: z.uuid(), naam: z.string(), geboortedatum: z.string().nullable() }),
  rol: meldingRolSchema,
});

export const herhalingSchema = z
  .object({
    eerdereMeldingId: z.uuid().nullable().describe('De eerdere melding, alleen als u die mag zien'),
    dagenSindsEerdere: z.number().int(),
  })
  .describe('Herhaling: binnen 12 maanden eerder een melding voor hetzelfde slachtoffer–pleger-paar of huishouden');

export const meldingSchema = z.object({
  id: z.uuid(),
  organisatie: z.object({ id: z.uuid(), naam: z.string(), soort: organisatieSoortSchema }),
  bron: bronSchema,
  externBerichtId: z.string().nullable(),
  ontvangenOp: z.string(),
  incidentOp: z.string().nullable(),
  geweldsvormen: z.array(geweldsvormSchema),
  acuteOnveiligheid: z.boolean(),
  wapens: z.boolean(),
  kinderenAanwezig: z.boolean(),
  verdachteAangehouden: z.boolean(),
  vermoedenStrafbareKindermishandeling: z.boolean(),
  omschrijving: z.string(),
  personen: z.array(meldingPersoonSchema),
  casusId: z.uuid().nullable(),
  samengevoegdIn: z.uuid().nullable().describe('De melding waarin deze is samengevoegd (dubbele instroom)'),
  herhaling: herhalingSchema.nullable(),
  zorgmeldingDeadline: z
    .string()
    .nullable()
    .describe('Politiemelding: uiterlijk dan de zorgmelding aan Veilig Thuis (24 uur na het incident)'),
  zorgmeldingTeLaat: z.boolean().describe('De zorgmelding is niet binnen de termijn gedaan'),
  versie: z.number().int(),
});
export type Melding = z.infer<typeof meldingSchema>;

export const meldingSamenvattingSchema = meldingSchema.pick({
  id: true,
  organisatie: true,
  bron: true,
  ontvangenOp: true,
  incidentOp: true,
  geweldsvormen: true,
  acuteOnveiligheid: true,
  casusId: true,
  samengevoegdIn: true,
});
export type MeldingSamenvatting = z.infer<typeof meldingSamenvattingSchema>;

export const meldingLijstSchema = z.object({
  meldingen: z.array(meldingSchema),
  volgende: z.string().nullable().describe('Cursor voor de volgende pagina, of null'),
});
export type MeldingLijst = z.infer<typeof meldingLijstSchema>;

export const meldingenQuerySchema = z.object({
  zonderCasus: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: alleen meldingen die nog niet aan een casus gekoppeld zijn'),
  bron: bronSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional().describe('De waarde van volgende uit de vorige pagina'),
});
export type MeldingenQuery = z.infer<typeof meldingenQuerySchema>;

export const samenvoegingStatussen = ['voorgesteld', 'samengevoegd', 'afgewezen', 'ongedaan'] as const;
export const samenvoegingStatusSchema = z.enum(samenvoegingStatussen);

export const samenvoegvoorstelSchema = z.object({
  id: z.uuid(),
  primaireMelding: meldingSamenvattingSchema,
  secundaireMelding: meldingSamenvattingSchema,
  score: z.number().describe('0..1: hoe waarschijnlijk beide meldingen hetzelfde incident beschrijven'),
  redenen: z.array(z.string()),
  status: samenvoegingStatusSchema,
  beslotenOp: z.string().nullable(),
});
export type Samenvoegvoorstel = z.infer<typeof samenvoegvoorstelSchema>;

export const samenvoegvoorstelLijstSchema = z.object({ samenvoegvoorstellen: z.array(samenvoegvoorstelSchema) });

// --- Koppelingen (machine clients of partner systems) --------------------------------------------------

export const koppelingAanmakenSchema = z.object({
  naam: z.string().trim().min(1, 'geef de koppeling een naam').max(200).describe('Bijvoorbeeld "CORV" of "Meldkamer Oost"'),
});
export type KoppelingAanmaken = z.infer<typeof koppelingAanmakenSchema>;

export const koppelingSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  clientId: z.string(),
  actief: z.boolean(),
  aangemaaktOp: z.string(),
  laatstGebruiktOp: z.string().nullable(),
});
export type Koppeling = z.infer<typeof koppelingSchema>;

export const nieuweKoppelingSchema = koppelingSchema.extend({
  secret: z.string().describe('Het geheim: wordt alleen nu getoond, bewaar het veilig in het partnersysteem'),
});
export type NieuweKoppeling = z.infer<typeof nieuweKoppelingSchema>;

export const koppelingLijstSchema = z.object({ koppelingen: z.array(koppelingSchema) });
