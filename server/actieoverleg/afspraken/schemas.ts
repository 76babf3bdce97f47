import { z } from 'zod';

/**
 * Agreements (afspraken) of the Actieoverleg: what, who (owner organisation and person), when — followed up until
 * done, and reviewed at every later meeting while incomplete. Shared with the web app: imports nothing but zod.
 */

const tekst = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const ref = z.object({ id: z.uuid(), naam: z.string() });

export const afspraakSoorten = ['interventie', 'monitoring', 'informeren-betrokkenen', 'overig'] as const;
export const afspraakSoortSchema = z
  .enum(afspraakSoorten)
  .describe('interventie: stap 2, directe interventie of onderzoekshandeling; monitoring en informeren-betrokkenen: stap 3; overig');
export type AfspraakSoort = z.infer<typeof afspraakSoortSchema>;

export const afspraakStatussen = ['open', 'gedaan', 'niet-mogelijk', 'niet-gedaan'] as const;
export const afspraakStatusSchema = z.enum(afspraakStatussen);
export type AfspraakStatus = z.infer<typeof afspraakStatusSchema>;
export const afgeslotenStatussen = ['gedaan', 'niet-mogelijk', 'niet-gedaan'] as const satisfies readonly AfspraakStatus[];
export type AfgeslotenStatus = (typeof afgeslotenStatussen)[number];
/** These need a toelichting: why it could not be done, or was not done. */
export const statussenMetVerplichteToelichting = ['niet-mogelijk', 'niet-gedaan'] as const satisfies readonly AfspraakStatus[];

export const beoordelingRedenen = ['omstandigheden-gewijzigd', 'niet-opgepakt', 'loopt-nog'] as const;
export const beoordelingRedenSchema = z
  .enum(beoordelingRedenen)
  .describe('Waarom de afspraak nog niet is afgerond: de omstandigheden zijn gewijzigd, hij is niet opgepakt, of hij loopt nog');
export type BeoordelingReden = z.infer<typeof beoordelingRedenSchema>;

export const afspraakLabels: { soort: Record<AfspraakSoort, string>; status: Record<AfspraakStatus, string>; reden: Record<BeoordelingReden, string> } = {
  soort: { interventie: 'Interventie', monitoring: 'Monitoring', 'informeren-betrokkenen': 'Informeren van betrokkenen', overig: 'Overig' },
  status: { open: 'Open', gedaan: 'Gedaan', 'niet-mogelijk': 'Niet mogelijk', 'niet-gedaan': 'Niet gedaan' },
  reden: { 'omstandigheden-gewijzigd': 'Omstandigheden gewijzigd', 'niet-opgepakt': 'Niet opgepakt', 'loopt-nog': 'Loopt nog' },
};

// ---------------------------------------------------------------------------------------------------
// Input

export const afspraakInvoerSchema = z.object({
  soort: afspraakSoortSchema.default('interventie'),
  wat: tekst(2000).min(1, 'beschrijf wat er moet gebeuren').describe('Wat er moet gebeuren'),
  eigenaarOrganisatieId: z
    .uuid('kies de organisatie die eigenaar is van de afspraak')
    .describe('Eigenaar: een organisatie die aan de casus deelneemt of aan het overleg deelneemt (vast lid of uitgenodigd)'),
  eigenaarGebruikerId: z.uuid('geen geldige id').nullable().optional().describe('Optioneel: de persoon die het doet; werkt bij de eigenaar-organisatie'),
  deadline: z.iso.date('geef de deadline als JJJJ-MM-DD').describe('Uiterlijk op deze dag (Nederlandse tijd); niet in het verleden'),
});
export type AfspraakInvoer = z.infer<typeof afspraakInvoerSchema>;

export const afspraakWijzigenSchema = z.object({
  status: afspraakStatusSchema.describe('open → gedaan | niet-mogelijk | niet-gedaan; een afgesloten afspraak verandert niet meer'),
  toelichting: tekst(2000).default('').describe('Verplicht bij niet-mogelijk en niet-gedaan'),
});
export type AfspraakWijzigen = z.infer<typeof afspraakWijzigenSchema>;

export const beoordelingInvoerSchema = z.object({
  overlegId: z.uuid('geen geldige id').describe('Het (gestarte) overleg waarin de afspraak wordt beoordeeld'),
  reden: beoordelingRedenSchema,
  toelichting: tekst(2000).default(''),
});
export type BeoordelingInvoer = z.infer<typeof beoordelingInvoerSchema>;

export const afsprakenQuerySchema = z.object({
  eigenaar: z.enum(['eigen-organisatie']).default('eigen-organisatie').describe('De afspraken waarvan uw organisatie eigenaar is'),
  status: z.enum(['open', 'afgesloten', 'alle']).default('open'),
});
export type AfsprakenQuery = z.infer<typeof afsprakenQuerySchema>;

// ---------------------------------------------------------------------------------------------------
// Output

export const beoordelingSchema = z.object({
  id: z.uuid(),
  afspraakId: z.uuid(),
  overlegId: z.uuid(),
  reden: beoordelingRedenSchema,
  toelichting: z.string(),
  door: z.object({ naam: z.string() }).nullable(),
  op: z.string(),
});
export type Beoordeling = z.infer<typeof beoordelingSchema>;

export const afspraakSchema = z.object({
  id: z.uuid(),
  casus: z.object({ id: z.uuid(), nummer: z.string() }),
  agendapuntId: z.uuid().nullable(),
  overleg: z.object({ id: z.uuid(), begintOp: z.string() }).nullable().describe('Het overleg waarin de afspraak is gemaakt'),
  soort: afspraakSoortSchema,
  wat: z.string(),
  eigenaarOrganisatie: ref,
  eigenaarGebruiker: ref.nullable(),
  deadline: z.string().describe('JJJJ-MM-DD'),
  status: afspraakStatusSchema,
  toelichting: z.string(),
  verlopen: z.boolean().describe('Open en de deadline is voorbij (Nederlandse tijd)'),
  afgeslotenOp: z.string().nullable(),
  afgeslotenDoor: z.object({ naam: z.string() }).nullable(),
  gemaaktDoorOrganisatie: ref.nullable(),
  beoordelingen: z.array(beoordelingSchema).describe('Beoordelingen in latere overleggen, oudste eerst'),
  aangemaaktOp: z.string(),
  versie: z.number().int(),
});
export type Afspraak = z.infer<typeof afspraakSchema>;

export const afsprakenLijstSchema = z.object({ afspraken: z.array(afspraakSchema).describe('Verlopen eerst, dan op deadline') });
export type AfsprakenLijst = z.infer<typeof afsprakenLijstSchema>;
