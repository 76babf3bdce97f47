import { z } from 'zod';

/**
 * Veilig Thuis at ZSM, per VT organisation and weekday: at the table, by phone, or the on-call service
 * (bereikbaarheidsdienst) out of office hours; and whom to reach now. Shared with the web app
 * (`@schemas/zsm/bereikbaarheid`): imports nothing but zod.
 */

export const bereikbaarheidWijzen = ['aan-tafel', 'telefonisch', 'bereikbaarheidsdienst'] as const;
export const bereikbaarheidWijzeSchema = z.enum(bereikbaarheidWijzen).describe('aan-tafel: VT zit aan de ZSM-tafel; telefonisch; bereikbaarheidsdienst (buiten kantoortijd)');
export type BereikbaarheidWijze = z.infer<typeof bereikbaarheidWijzeSchema>;

export const weekdagLabels = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

const tijd = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'verwacht een tijd als UU:MM, bijvoorbeeld 08:00');
const eindtijd = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'verwacht een tijd als UU:MM, bijvoorbeeld 17:00 (24:00 = einde van de dag)');

export const bereikbaarheidBlokSchema = z.object({
  weekdag: z.number().int().min(1, '1 = maandag … 7 = zondag').max(7, '1 = maandag … 7 = zondag').describe('ISO-weekdag: 1 = maandag … 7 = zondag'),
  van: tijd.describe('UU:MM, Nederlandse tijd'),
  tot: eindtijd.describe('UU:MM, Nederlandse tijd; later dan van; 24:00 = einde van de dag'),
  wijze: bereikbaarheidWijzeSchema,
  telefoon: z.string().trim().max(50, 'maximaal 50 tekens').default(''),
  toelichting: z.string().trim().max(500, 'maximaal 500 tekens').default(''),
});
export type BereikbaarheidBlok = z.infer<typeof bereikbaarheidBlokSchema>;

/** PUT /api/v1/zsm-bereikbaarheid/{vtOrganisatieId}: replaces the whole week (If-Match). */
export const bereikbaarheidInvoerSchema = z.object({
  blokken: z.array(bereikbaarheidBlokSchema).max(100, 'maximaal 100 blokken'),
});
export type BereikbaarheidInvoer = z.infer<typeof bereikbaarheidInvoerSchema>;

export const nuBereikbaarSchema = z.object({
  wijze: bereikbaarheidWijzeSchema,
  telefoon: z.string(),
  tot: z.string().describe('UU:MM, Nederlandse tijd; 24:00 = einde van de dag'),
});
export type NuBereikbaar = z.infer<typeof nuBereikbaarSchema>;

export const vtBereikbaarheidSchema = z.object({
  organisatie: z.object({ id: z.uuid(), naam: z.string() }),
  blokken: z.array(bereikbaarheidBlokSchema).describe('Op weekdag en begintijd'),
  nuBereikbaar: nuBereikbaarSchema.nullable().describe('Wie nu te bereiken is, of null'),
  versie: z.number().int().describe('Ook als ETag: stuur terug als If-Match bij het vervangen van de week'),
});
export type VtBereikbaarheid = z.infer<typeof vtBereikbaarheidSchema>;

export const bereikbaarheidLijstSchema = z.object({
  organisaties: z.array(vtBereikbaarheidSchema).describe('Elke Veilig Thuis-organisatie van de regio'),
});
export type BereikbaarheidLijst = z.infer<typeof bereikbaarheidLijstSchema>;

export const bereikbaarheidLabels = {
  wijze: { 'aan-tafel': 'Aan tafel op ZSM', telefonisch: 'Telefonisch', bereikbaarheidsdienst: 'Bereikbaarheidsdienst' } satisfies Record<BereikbaarheidWijze, string>,
};
