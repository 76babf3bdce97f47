import { z } from 'zod';
import { organisatieSoortSchema } from '../organisations/schemas';

/** The identity part of the API contract. Shared with the web app: imports nothing but zod. */
export const rollen = [
  'medewerker',
  'voorzitter-actieoverleg',
  'officier-van-justitie',
  'analist',
  /** Member of the regional network Zorg en Straf (RNZS) for the organisation's region. */
  'rnzs-lid',
  'functioneel-beheerder',
] as const;
export const rolSchema = z.enum(rollen).describe('Rol binnen een organisatie');
export type Rol = z.infer<typeof rolSchema>;

export const sessieStatussen = ['actief', 'wachtwoord-wijzigen', 'tweede-factor-inrichten', 'organisatie-kiezen'] as const;
export const sessieStatusSchema = z
  .enum(sessieStatussen)
  .describe('actief, of de stap die nog moet: het tijdelijke wachtwoord vervangen, de tweede factor inrichten of een organisatie kiezen');

export const gebruikersnaamSchema = z
  .string()
  .trim()
  .min(3, 'minimaal 3 tekens')
  .max(64, 'maximaal 64 tekens')
  .regex(/^[a-zA-Z0-9._@-]+$/, 'alleen letters, cijfers en . _ @ -');

export const totpCodeSchema = z.string().trim().regex(/^\d{6}$/, 'zes cijfers');

export const inloggenSchema = z.object({
  gebruikersnaam: z.string().trim().min(1, 'vul uw gebruikersnaam in').max(64),
  wachtwoord: z.string().min(1, 'vul uw wachtwoord in').max(256),
  code: totpCodeSchema.optional().describe('De zescijferige code uit de authenticator-app'),
  herstelcode: z.string().trim().min(1).max(32).optional().describe('Eenmalige herstelcode in plaats van de code'),
  organisatieId: z.uuid().optional().describe('De organisatie waarvoor u wilt werken'),
});
export type Inloggen = z.infer<typeof inloggenSchema>;

export const organisatieKeuzeSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: organisatieSoortSchema,
  rollen: z.array(rolSchema),
});
export type OrganisatieKeuze = z.infer<typeof organisatieKeuzeSchema>;

export const sessieSchema = z.object({
  status: sessieStatusSchema,
  gebruiker: z.object({ id: z.uuid(), gebruikersnaam: z.string(), naam: z.string() }),
  organisatie: organisatieKeuzeSchema.nullable().describe('De organisatie waarvoor nu gewerkt wordt'),
  rollen: z.array(rolSchema).describe('Rollen binnen de organisatie waarvoor nu gewerkt wordt'),
  organisaties: z.array(organisatieKeuzeSchema).describe('Alle organisaties waarvoor deze gebruiker mag werken'),
  csrfToken: z.string().describe('Meesturen als header X-CSRF-Token bij elke wijzigende aanvraag'),
  verlooptOp: z.string().describe('Uiterlijk einde van de sessie (ISO 8601)'),
  inactiefMinuten: z.number().int().describe('Na zoveel minuten zonder activiteit eindigt de sessie'),
  demo: z.boolean().describe('Demo-account zonder tweede factor'),
});
export type Sessie = z.infer<typeof sessieSchema>;

export const organisatieKiezenSchema = z.object({ organisatieId: z.uuid() });

export const tweedeFactorInrichtingSchema = z.object({
  geheim: z.string().describe('Het geheim in base32, om met de hand in te voeren'),
  otpauthUri: z.string(),
  qrCode: z.string().describe('De otpauth-URI als QR-code (data-URL, SVG)'),
});
export const tweedeFactorBevestigenSchema = z.object({ code: totpCodeSchema });
export const tweedeFactorBevestigdSchema = z.object({
  herstelcodes: z.array(z.string()).describe('Eenmalige herstelcodes; worden maar één keer getoond'),
  sessie: sessieSchema,
});

export const wachtwoordWijzigenSchema = z.object({
  huidigWachtwoord: z.string().min(1).max(256),
  nieuwWachtwoord: z.string().max(256),
});

export const gebruikerSchema = z.object({
  id: z.uuid(),
  gebruikersnaam: z.string(),
  naam: z.string(),
  eMail: z.string().nullable(),
  rollen: z.array(rolSchema).describe('Rollen binnen de organisatie van de beheerder'),
  actief: z.boolean(),
  tweedeFactorIngericht: z.boolean(),
  demo: z.boolean(),
  versie: z.number().int(),
  aangemaaktOp: z.string(),
});
export type Gebruiker = z.infer<typeof gebruikerSchema>;
export const gebruikerLijstSchema = z.object({ gebruikers: z.array(gebruikerSchema) });

const eMailSchema = z.email('geen geldig e-mailadres').max(254);
const naamSchema = z.string().trim().min(1, 'vul een naam in').max(200);
const rollenLijstSchema = z
  .array(rolSchema)
  .min(1, 'kies minimaal één rol')
  .max(rollen.length)
  .refine((r) => new Set(r).size === r.length, 'elke rol maar één keer');

export const gebruikerAanmakenSchema = z.object({
  gebruikersnaam: gebruikersnaamSchema,
  naam: naamSchema,
  eMail: eMailSchema.nullable().optional(),
  wachtwoord: z.string().max(256).describe('Tijdelijk wachtwoord: minimaal 12 tekens, geen veelgebruikt wachtwoord'),
  rollen: rollenLijstSchema,
});
export type GebruikerAanmaken = z.infer<typeof gebruikerAanmakenSchema>;

export const gebruikerWijzigenSchema = z
  .object({
    naam: naamSchema.optional(),
    eMail: eMailSchema.nullable().optional(),
    rollen: rollenLijstSchema.optional(),
    actief: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'geef minimaal één veld om te wijzigen');
export type GebruikerWijzigen = z.infer<typeof gebruikerWijzigenSchema>;

export const idParamsSchema = z.object({ id: z.uuid('geen geldige id') });
