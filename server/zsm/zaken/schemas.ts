import { z } from 'zod';
import { intakePersoonSchema } from '../../meldingen/schemas';
import { scenarioSoortSchema } from '../../actieoverleg/scenarios/schemas';
import { afspraakSchema } from '../../actieoverleg/afspraken/schemas';
import { nuBereikbaarSchema } from '../bereikbaarheid/schemas';

/**
 * The ZSM case (zaak) of an arrested domestic-violence suspect: intake by the police (screen or police system), the
 * decision clock, the board (verdachtenmonitor HG), one case, Veilig Thuis contact attempts.
 * Shared with the web app (`@schemas/zsm/zaken`): imports nothing but zod (and other zod-only schemas).
 */

const isoDateTime = z.iso.datetime({ offset: true, message: 'verwacht een tijdstip als ISO 8601, bijvoorbeeld 2026-03-01T14:30:00+01:00' });
const tekst = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const ref = z.object({ id: z.uuid(), naam: z.string() });

// --- Intake ------------------------------------------------------------------------------------------------

/** The facts of an arrest, the same at the screen and from a police system. */
const zaakFeiten = {
  aangehoudenOp: isoDateTime.describe('Tijdstip van aanhouding; niet in de toekomst'),
  feit: tekst(500).min(1, 'vul het feit in').describe('Het strafbare feit waarvoor de verdachte is aangehouden'),
  voorlopigeHechtenisMogelijk: z.boolean().describe('Voorlopige hechtenis mogelijk: 9 uur ophouden voor onderzoek, anders 6 uur'),
  huiselijkGeweld: z.boolean().default(true),
  exPartner: z.boolean().default(false).describe('Geweld tussen ex-partners'),
  vtOrganisatieId: z.uuid('geen geldige id').optional().describe('Optioneel: de Veilig Thuis-organisatie van de regio voor deze zaak'),
  omschrijving: tekst(10000).default('').describe('Korte feitelijke omschrijving (komt in de melding)'),
};

const persoonRef = z.object({ persoonId: z.uuid('geen geldige id') });
const uniekePersonen = <T extends { persoonId: string }>(list: T[]) => new Set(list.map((p) => p.persoonId)).size === list.length;

/** POST /api/v1/zsm-zaken: a police worker at the screen, persons found first through the person search. */
export const zsmZaakInvoerSchema = z.object({
  ...zaakFeiten,
  verdachte: persoonRef,
  slachtoffers: z.array(persoonRef).min(1, 'voeg minimaal één slachtoffer toe').max(20).refine(uniekePersonen, 'elk slachtoffer maar één keer'),
  kinderen: z.array(persoonRef).max(20).default([]).refine(uniekePersonen, 'elk kind maar één keer'),
});
export type ZsmZaakInvoer = z.infer<typeof zsmZaakInvoerSchema>;

/** A person as a police system sends it: by data (found by BSN, else exact name + date of birth, else created). */
export const zsmIntakePersoonSchema = intakePersoonSchema.omit({ rol: true });
export type ZsmIntakePersoon = z.infer<typeof zsmIntakePersoonSchema>;

/** POST /api/v1/intake/zsm-zaken: a police system delivers an arrest; externBerichtId makes it idempotent. */
export const zsmIntakeSchema = z.object({
  ...zaakFeiten,
  externBerichtId: z
    .string()
    .trim()
    .min(1)
    .max(200, 'maximaal 200 tekens')
    .describe('Id van het bericht in het politiesysteem; dezelfde id nogmaals levert de bestaande zaak op'),
  verdachte: zsmIntakePersoonSchema,
  slachtoffers: z.array(zsmIntakePersoonSchema).min(1, 'stuur minimaal één slachtoffer mee').max(20),
  kinderen: z.array(zsmIntakePersoonSchema).max(20).default([]),
});
export type ZsmIntake = z.infer<typeof zsmIntakeSchema>;

// --- The board and one case -------------------------------------------------------------------------------

export const zaakStatussen = ['lopend', 'beslist'] as const;
export const zaakStatusSchema = z.enum(zaakStatussen);
export type ZaakStatus = z.infer<typeof zaakStatusSchema>;

export const termijnStatussen = ['ruim', 'krap', 'verstreken'] as const;
export const termijnStatusSchema = z.enum(termijnStatussen).describe('ruim; krap: minder dan 2 uur; verstreken');
export type TermijnStatus = z.infer<typeof termijnStatusSchema>;

export const vtStatussen = ['beoordeling-binnen', 'contact-gehad', 'niet-bereikt', 'nog-geen-contact'] as const;
export const vtStatusSchema = z
  .enum(vtStatussen)
  .describe('beoordeling-binnen: veiligheidsbeoordeling van VT ligt er; contact-gehad: VT bereikt; niet-bereikt: alleen vergeefse pogingen; nog-geen-contact');
export type VtStatus = z.infer<typeof vtStatusSchema>;

export const vtContactWijzen = ['aan-tafel', 'telefonisch', 'video', 'bereikbaarheidsdienst'] as const;
export const vtContactWijzeSchema = z.enum(vtContactWijzen).describe('Hoe Veilig Thuis is benaderd');
export type VtContactWijze = z.infer<typeof vtContactWijzeSchema>;

export const beslissingSoorten = ['heenzenden', 'voorgeleiden-rc', 'om-hoorzitting', 'dagvaarden', 'strafbeschikking', 'sepot', 'nader-onderzoek'] as const;
export const beslissingSoortSchema = z.enum(beslissingSoorten);

export const vtNuBereikbaarSchema = nuBereikbaarSchema.describe('Hoe de Veilig Thuis-organisatie van de zaak nu te bereiken is; null zonder VT-organisatie of als die nu niet bereikbaar is');

export const zsmZaakSchema = z.object({
  id: z.uuid(),
  status: zaakStatusSchema,
  casus: z.object({ id: z.uuid(), nummer: z.string() }),
  verdachte: z.object({ naam: z.string(), minderjarig: z.boolean() }),
  feit: z.string(),
  aangehoudenOp: z.string(),
  voorlopigeHechtenisMogelijk: z.boolean(),
  beslissenUiterlijk: z.string().describe('De klok: uiterlijk dan de eerste beslissing van de officier (ophouden voor onderzoek)'),
  resterendeMinuten: z.number().int().describe('Negatief als de termijn verstreken is'),
  termijnStatus: termijnStatusSchema,
  huiselijkGeweld: z.boolean(),
  exPartner: z.boolean(),
  kinderenBetrokken: z.boolean(),
  vtOrganisatie: ref.nullable(),
  vtStatus: vtStatusSchema,
  acuutOnveilig: z.boolean().nullable().describe('Uit de veiligheidsbeoordeling van VT; null zolang die er niet is'),
  reclasseringsadvies: z.boolean().describe('Er is een 3RO-advies (of HG-spreekuur)'),
  rvdkBetrokken: z.boolean().describe('De Raad voor de Kinderbescherming is betrokken'),
  afdoeningsoverlegOp: z.string().nullable(),
  beslissing: z.object({ soort: beslissingSoortSchema, op: z.string() }).nullable(),
  zonderVtContact: z.boolean().describe('Beslist zonder dat Veilig Thuis bereikt is'),
  vtNuBereikbaar: vtNuBereikbaarSchema.nullable(),
  versie: z.number().int(),
});
export type ZsmZaak = z.infer<typeof zsmZaakSchema>;

export const zsmBordQuerySchema = z.object({
  status: z.enum(['lopend', 'beslist', 'alle']).default('lopend'),
});
export type ZsmBordQuery = z.infer<typeof zsmBordQuerySchema>;

export const zsmBordSchema = z.object({
  zaken: z.array(zsmZaakSchema).describe('Eerst de zaak waarvan de termijn het eerst verloopt'),
  vtNuBereikbaar: z
    .array(z.object({ organisatie: ref, nu: nuBereikbaarSchema.nullable() }))
    .describe('Per Veilig Thuis-organisatie van de regio: wie nu te bereiken is (voor zaken zonder VT-organisatie)'),
});
export type ZsmBord = z.infer<typeof zsmBordSchema>;

export const zsmPersoonSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  leeftijd: z.number().int().nullable().describe('Leeftijd in jaren op het moment van aanhouding, als de geboortedatum bekend is'),
});

export const vtContactSchema = z.object({
  id: z.uuid(),
  op: z.string(),
  minutenNaAanhouding: z.number().int(),
  wijze: vtContactWijzeSchema,
  bereikt: z.boolean(),
  toelichting: z.string(),
  vtOrganisatie: ref.nullable(),
  doorOrganisatie: ref,
  doorGebruiker: ref.nullable(),
});
export type VtContact = z.infer<typeof vtContactSchema>;

export const zsmScenarioSchema = z.object({
  id: z.uuid(),
  soort: scenarioSoortSchema,
  wat: z.string(),
  eigenaarOrganisatie: ref,
  eigenaarGebruiker: ref.nullable(),
  casus: z.object({ id: z.uuid(), nummer: z.string() }).nullable().describe('Alleen als uw organisatie aan die casus deelneemt'),
  geactiveerdDoorDezeZaak: z.boolean().describe('De ZSM-intake van deze zaak zette het scenario in werking'),
});
export type ZsmScenario = z.infer<typeof zsmScenarioSchema>;

export const zsmZaakDetailSchema = zsmZaakSchema.extend({
  slachtoffers: z.array(zsmPersoonSchema),
  kinderen: z.array(zsmPersoonSchema),
  vtContacten: z.array(vtContactSchema).describe('Oudste eerst'),
  scenarios: z.array(zsmScenarioSchema).describe('Actieve Actieoverleg-scenario’s op de casus of geraakt door deze intake: bovenaan tonen'),
  afspraken: z.array(afspraakSchema).describe('Open afspraken van het Actieoverleg op de casus'),
});
export type ZsmZaakDetail = z.infer<typeof zsmZaakDetailSchema>;

/** PATCH /api/v1/zsm-zaken/{id} (politie, OM; If-Match). */
export const zsmZaakWijzigenSchema = z
  .object({
    vtOrganisatieId: z.uuid('geen geldige id').optional().describe('De Veilig Thuis-organisatie van de regio; wordt deelnemer en krijgt de beoordelingstaak'),
    afdoeningsoverlegOp: isoDateTime.nullable().optional().describe('Wanneer het afdoeningsoverleg is gepland'),
  })
  .refine((v) => v.vtOrganisatieId !== undefined || v.afdoeningsoverlegOp !== undefined, 'geef minimaal één veld om te wijzigen');
export type ZsmZaakWijzigen = z.infer<typeof zsmZaakWijzigenSchema>;

/** POST /api/v1/zsm-zaken/{id}/vt-contacten. */
export const vtContactInvoerSchema = z.object({
  wijze: vtContactWijzeSchema,
  bereikt: z.boolean(),
  toelichting: tekst(2000).default(''),
});
export type VtContactInvoer = z.infer<typeof vtContactInvoerSchema>;

export const zsmLabels = {
  termijnStatus: { ruim: 'Ruim op tijd', krap: 'Minder dan 2 uur', verstreken: 'Termijn verstreken' } satisfies Record<TermijnStatus, string>,
  vtStatus: {
    'beoordeling-binnen': 'Beoordeling VT binnen',
    'contact-gehad': 'Contact met VT gehad',
    'niet-bereikt': 'VT niet bereikt',
    'nog-geen-contact': 'Nog geen contact met VT',
  } satisfies Record<VtStatus, string>,
  vtContactWijze: {
    'aan-tafel': 'Aan tafel',
    telefonisch: 'Telefonisch',
    video: 'Video',
    bereikbaarheidsdienst: 'Bereikbaarheidsdienst',
  } satisfies Record<VtContactWijze, string>,
};
