import { z } from 'zod';
import type { OrganisatieSoort } from '../organisations/schemas';

/**
 * Samenwerken bij strafbare kindermishandeling (HSSK, seed 003 §5): the shared contract of the SSK track, its joint
 * research plan and the forensic injury assessment. Shared with the web app (`@schemas/kindermishandeling`): imports
 * nothing but zod.
 */

const tijdstip = z.iso.datetime({ offset: true, error: 'geen geldig tijdstip (ISO 8601 met tijdzone)' });
const id = z.uuid('geen geldige id');

/** The organisations that work an SSK track: Veilig Thuis, police, OM and the Raad. */
export const sskPartnerSoorten: readonly OrganisatieSoort[] = ['veilig-thuis', 'politie', 'openbaar-ministerie', 'raad-voor-de-kinderbescherming'];

/** The kinds of step in a joint research plan; who may own each follows from onderzoeksstapEigenaren. */
export const onderzoeksstapSoorten = [
  'om-afstemming',
  'vt-gesprek-ouders',
  'vt-gesprek-kind',
  'vt-huisbezoek',
  'veiligheidsafspraken',
  'politie-verhoor-kind',
  'politie-verhoor-verdachte',
  'politie-aanhouding',
  'politie-onderzoek',
  'medisch-letselonderzoek',
  'rvdk-spoedmaatregel',
  'rvdk-verzoek-onderzoek',
  'overig',
] as const;
export const onderzoeksstapSoortSchema = z.enum(onderzoeksstapSoorten, { error: 'onbekende soort onderzoeksstap' });
export type OnderzoeksstapSoort = z.infer<typeof onderzoeksstapSoortSchema>;

export const onderzoeksstapLabels: Record<OnderzoeksstapSoort, string> = {
  'om-afstemming': 'Afstemming met de officier van justitie (wat wordt met de ouders besproken)',
  'vt-gesprek-ouders': 'Gesprek van Veilig Thuis met de ouders over het vermoeden',
  'vt-gesprek-kind': 'Gesprek van Veilig Thuis met het kind',
  'vt-huisbezoek': 'Huisbezoek door Veilig Thuis',
  veiligheidsafspraken: 'Veiligheidsafspraken met het gezin',
  'politie-verhoor-kind': 'Verhoor van het kind door de politie (studioverhoor)',
  'politie-verhoor-verdachte': 'Verhoor van de verdachte door de politie',
  'politie-aanhouding': 'Aanhouding van de verdachte',
  'politie-onderzoek': 'Ander politieonderzoek (getuigen, sporen, gegevens)',
  'medisch-letselonderzoek': 'Forensisch medisch letselonderzoek (FMEK, LECK of vertrouwensarts)',
  'rvdk-spoedmaatregel': 'Spoedmaatregel van de Raad voor de Kinderbescherming',
  'rvdk-verzoek-onderzoek': 'Verzoek tot onderzoek bij de Raad voor de Kinderbescherming',
  overig: 'Overige stap',
};

/** Who may own each kind of step: the organisation whose work it is. */
export const onderzoeksstapEigenaren: Record<OnderzoeksstapSoort, readonly OrganisatieSoort[] | 'alle'> = {
  'om-afstemming': ['openbaar-ministerie'],
  'vt-gesprek-ouders': ['veilig-thuis'],
  'vt-gesprek-kind': ['veilig-thuis'],
  'vt-huisbezoek': ['veilig-thuis'],
  veiligheidsafspraken: ['veilig-thuis', 'raad-voor-de-kinderbescherming'],
  'politie-verhoor-kind': ['politie'],
  'politie-verhoor-verdachte': ['politie'],
  'politie-aanhouding': ['politie'],
  'politie-onderzoek': ['politie'],
  'medisch-letselonderzoek': ['medisch-expert', 'veilig-thuis'],
  'rvdk-spoedmaatregel': ['raad-voor-de-kinderbescherming'],
  'rvdk-verzoek-onderzoek': ['raad-voor-de-kinderbescherming', 'veilig-thuis'],
  overig: 'alle',
};

export function eigenaarPastBijStap(soort: OnderzoeksstapSoort, eigenaar: OrganisatieSoort): boolean {
  const toegestaan = onderzoeksstapEigenaren[soort];
  return toegestaan === 'alle' || toegestaan.includes(eigenaar);
}

/** The sequencing rules of the joint research plan (volgorde-rules.ts); a violation can only be confirmed with a reason. */
export const volgordeRegels = [
  'om-voor-gesprek-ouders',
  'verhoor-kind-voor-gesprek-kind',
  'verhoor-verdachte-voor-confrontatie',
  'letsel-voor-confrontatie',
  'letsel-binnen-24-uur',
] as const;
export const volgordeRegelSchema = z.enum(volgordeRegels);
export type VolgordeRegel = z.infer<typeof volgordeRegelSchema>;

export const volgordeSchendingSchema = z.object({
  regel: volgordeRegelSchema,
  /** The step that comes too early (first) and, when there is one, the step it should wait for. */
  stapIds: z.array(id).min(1).max(2),
  melding: z.string(),
});
export type VolgordeSchending = z.infer<typeof volgordeSchendingSchema>;

/** Confirming a plan that breaks a rule on purpose: per violation, the rule, its steps and why. */
export const volgordeOverrideSchema = z.object({
  regel: volgordeRegelSchema,
  stapIds: z.array(id).min(1).max(2),
  reden: z.string().trim().min(1, 'reden is verplicht bij het afwijken van een volgorderegel').max(2000),
});
export type VolgordeOverride = z.infer<typeof volgordeOverrideSchema>;

export const medischExperts = ['fmek', 'leck', 'vertrouwensarts'] as const;
export const medischExpertSchema = z
  .enum(medischExperts)
  .describe('fmek: Forensisch Medisch Expertisecentrum Kindermishandeling; leck: Landelijk Expertisecentrum Kindermishandeling; vertrouwensarts: van Veilig Thuis');
export type MedischExpert = z.infer<typeof medischExpertSchema>;

export const keuzeSoorten = ['melding', 'aangifte', 'beide', 'geen'] as const;
export const keuzeSchema = z.enum(keuzeSoorten).describe('melding bij Veilig Thuis, aangifte bij de politie, beide, of geen van beide');
export type Keuze = z.infer<typeof keuzeSchema>;


// ---------------------------------------------------------------------------------------------------------------
// Request and response schemas of the API (server/kindermishandeling/*/…routes.ts).

const naamRef = z.object({ id: z.uuid(), naam: z.string() });
const organisatieRef = z.object({ id: z.uuid(), naam: z.string(), soort: z.string() });
const tekst = (max: number) => z.string().trim().max(max);
const verplicht = (max: number, bericht: string) => z.string().trim().min(1, bericht).max(max);

/** Contact persons for child abuse: the bureaudienst first, then the fixed contact persons, each in volgorde. */
export const contactpersoonNiveaus = ['bureaudienst', 'contactpersoon'] as const;
export const contactpersoonNiveauSchema = z.enum(contactpersoonNiveaus, { error: 'kies bureaudienst of contactpersoon' });

const contactpersoonVelden = {
  niveau: contactpersoonNiveauSchema,
  volgorde: z.number().int().min(1).max(99).describe('Volgorde binnen de organisatie (escalatievolgorde)'),
  naam: verplicht(200, 'naam is verplicht').describe('Naam of dienst, bijvoorbeeld "Bureaudienst politie"'),
  functie: tekst(200),
  telefoon: verplicht(50, 'telefoonnummer is verplicht'),
  email: z.email('geen geldig e-mailadres').nullable(),
  altijdBereikbaar: z.boolean().describe('24/7 bereikbaar'),
  bereikbaarheid: tekst(500).describe('Bijvoorbeeld "ma-vr 9-17 uur"'),
};

export const contactpersoonInvoerSchema = z.object({
  ...contactpersoonVelden,
  volgorde: contactpersoonVelden.volgorde.default(1),
  functie: contactpersoonVelden.functie.default(''),
  email: contactpersoonVelden.email.default(null),
  altijdBereikbaar: contactpersoonVelden.altijdBereikbaar.default(false),
  bereikbaarheid: contactpersoonVelden.bereikbaarheid.default(''),
});
export type ContactpersoonInvoer = z.infer<typeof contactpersoonInvoerSchema>;

/** Only the fields sent change (no defaults here: an omitted field keeps its value). */
export const contactpersoonWijzigingSchema = z.object(contactpersoonVelden).partial();
export type ContactpersoonWijziging = z.infer<typeof contactpersoonWijzigingSchema>;

export const contactpersoonSchema = z.object({
  id: z.uuid(),
  organisatie: organisatieRef,
  niveau: contactpersoonNiveauSchema,
  volgorde: z.number().int(),
  naam: z.string(),
  functie: z.string(),
  telefoon: z.string(),
  email: z.string().nullable(),
  altijdBereikbaar: z.boolean(),
  bereikbaarheid: z.string(),
  actief: z.boolean(),
  versie: z.number().int(),
});
export type Contactpersoon = z.infer<typeof contactpersoonSchema>;

export const contactpersonenLijstSchema = z.object({
  items: z.array(contactpersoonSchema).describe('Per organisatie: de bureaudienst eerst, dan de contactpersonen, elk op volgorde'),
});
export const contactpersonenQuerySchema = z.object({ organisatieId: z.uuid('geen geldige id').optional() });

/** The SSK track. */
export const trajectStatussen = ['triage', 'onderzoeksplan', 'bevestigd', 'afgesloten'] as const;
export const trajectStatusSchema = z.enum(trajectStatussen);
export type TrajectStatus = z.infer<typeof trajectStatusSchema>;

export const trajectOpenenSchema = z.object({
  consultatie: tekst(4000).default('').describe('Wat speelt er, feitelijk'),
});
export type TrajectOpenen = z.infer<typeof trajectOpenenSchema>;

export const consultatieSchema = z.object({
  consultatie: verplicht(4000, 'beschrijf de vraag van de consultatie (feiten, geen namen)').describe('Anoniem: feiten, geen namen'),
  partnerOrganisatieIds: z
    .array(id)
    .min(1, 'kies minimaal één partnerorganisatie')
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, 'elke organisatie maar één keer')
    .describe('Veilig Thuis, politie, OM of Raad van de eigen regio'),
});
export type Consultatie = z.infer<typeof consultatieSchema>;

export const triageSchema = z.object({
  directActieNodig: z.boolean({ error: 'geef aan of directe actie nodig is' }),
  toelichting: verplicht(2000, 'toelichting is verplicht'),
});
export type Triage = z.infer<typeof triageSchema>;

export const omzettenSchema = z
  .object({
    casusId: id.optional().describe('Een bestaande casus waaraan uw organisatie deelneemt'),
    personen: z
      .array(z.object({ persoonId: id, rol: z.enum(['slachtoffer', 'verdachte', 'pleger', 'kind', 'ouder', 'getuige', 'melder', 'betrokkene']) }))
      .max(100)
      .optional()
      .describe('Of: de personen van een nieuwe casus'),
    doel: z.string().trim().min(10, 'beschrijf in minimaal 10 tekens waarom uw organisatie deelneemt').max(2000).optional(),
  })
  .describe('Precies één van: casusId, of personen met doel (een nieuwe casus)');
export type Omzetten = z.infer<typeof omzettenSchema>;

export const keuzeInvoerSchema = z.object({
  keuze: keuzeSchema,
  reden: verplicht(2000, 'reden is verplicht'),
});
export type KeuzeInvoer = z.infer<typeof keuzeInvoerSchema>;

export const trajectSchema = z.object({
  id: z.uuid(),
  regio: naamRef,
  casus: z.object({ id: z.uuid(), nummer: z.string() }).nullable(),
  anoniemGestart: z.boolean(),
  consultatie: z.string(),
  status: trajectStatusSchema,
  geopendOp: z.string(),
  geopendDoor: organisatieRef,
  triage: z
    .object({ organisatie: organisatieRef, op: z.string(), directActieNodig: z.boolean(), toelichting: z.string() })
    .nullable(),
  omgezetOp: z.string().nullable(),
  keuze: z.object({ keuze: keuzeSchema, reden: z.string(), op: z.string() }).nullable(),
  onderzoeksplanBevestigdOp: z.string().nullable(),
  afgeslotenOp: z.string().nullable(),
  organisaties: z.array(organisatieRef.extend({ rol: z.enum(['opener', 'partner', 'deelnemer']) })).describe('De partners van het traject'),
  contactpersonen: z.array(contactpersoonSchema).describe('Contactpersonen kindermishandeling van de partners'),
  versie: z.number().int(),
});
export type Traject = z.infer<typeof trajectSchema>;

export const trajectSamenvattingSchema = trajectSchema.pick({
  id: true,
  casus: true,
  anoniemGestart: true,
  status: true,
  geopendOp: true,
  geopendDoor: true,
  afgeslotenOp: true,
  versie: true,
});
export const trajectenLijstSchema = z.object({ items: z.array(trajectSamenvattingSchema) });

/** The research plan. */
export const stapStatussen = ['gepland', 'uitgevoerd', 'vervallen'] as const;
export const stapStatusSchema = z.enum(stapStatussen);

export const stapInvoerSchema = z.object({
  soort: onderzoeksstapSoortSchema,
  omschrijving: tekst(2000).default(''),
  eigenaarOrganisatieId: id.describe('Een partner van het traject wiens werk deze soort stap is'),
  geplandOp: tijdstip,
});
export type StapInvoer = z.infer<typeof stapInvoerSchema>;

export const stapWijzigingSchema = z.object({
  soort: onderzoeksstapSoortSchema.optional(),
  omschrijving: tekst(2000).optional(),
  eigenaarOrganisatieId: id.optional(),
  geplandOp: tijdstip.optional(),
  status: stapStatusSchema.optional().describe('uitgevoerd (met uitgevoerdOp, standaard nu) of vervallen'),
  uitgevoerdOp: tijdstip.optional(),
});
export type StapWijziging = z.infer<typeof stapWijzigingSchema>;

export const onderzoeksstapSchema = z.object({
  id: z.uuid(),
  soort: onderzoeksstapSoortSchema,
  omschrijving: z.string(),
  eigenaar: organisatieRef,
  geplandOp: z.string(),
  status: stapStatusSchema,
  uitgevoerdOp: z.string().nullable(),
  versie: z.number().int(),
});
export type Onderzoeksstap = z.infer<typeof onderzoeksstapSchema>;

export const bevestigenSchema = z.object({ overrides: z.array(volgordeOverrideSchema).max(50).default([]) });
export type Bevestigen = z.infer<typeof bevestigenSchema>;

export const bevestigingSchema = z.object({
  id: z.uuid(),
  bevestigdOp: z.string(),
  door: naamRef,
  stappen: z.number().int(),
  overrides: z.array(volgordeOverrideSchema),
});

export const onderzoeksplanSchema = z.object({
  trajectId: z.uuid(),
  status: trajectStatusSchema,
  stappen: z.array(onderzoeksstapSchema).describe('Op gepland tijdstip'),
  schendingen: z.array(volgordeSchendingSchema).describe('De volgorderegels die het plan nu schendt'),
  laatsteBevestiging: bevestigingSchema.nullable(),
  contactpersonen: z.array(contactpersoonSchema),
  versie: z.number().int().describe('Versie van het traject'),
});
export type Onderzoeksplan = z.infer<typeof onderzoeksplanSchema>;

/** Forensic injury assessment. */
export const medischVerzoekInvoerSchema = z.object({
  expert: medischExpertSchema,
  expertOrganisatieId: id.describe('Een medisch-expertorganisatie van de regio, of Veilig Thuis voor de vertrouwensarts'),
  persoonId: id.nullable().default(null).describe('Het kind (een persoon van de casus); niet bij een anoniem traject'),
  stapId: id.nullable().default(null).describe('De stap medisch-letselonderzoek in het onderzoeksplan'),
  vraag: verplicht(4000, 'de vraag aan de medisch expert is verplicht'),
});
export type MedischVerzoekInvoer = z.infer<typeof medischVerzoekInvoerSchema>;

export const medischeUitkomstSchema = z.object({
  onderzochtOp: tijdstip,
  uitkomst: verplicht(4000, 'de uitkomst is verplicht'),
  letselPastBijVerklaring: z.boolean().nullable().describe('null: niet te beoordelen'),
});
export type MedischeUitkomst = z.infer<typeof medischeUitkomstSchema>;

export const medischVerzoekSchema = z.object({
  id: z.uuid(),
  trajectId: z.uuid(),
  stapId: z.uuid().nullable(),
  expert: medischExpertSchema,
  expertOrganisatie: organisatieRef,
  kind: z.object({ id: z.uuid(), naam: z.string(), geboortedatum: z.string().nullable() }).nullable(),
  vraag: z.string(),
  aangevraagdOp: z.string(),
  aangevraagdDoor: organisatieRef,
  status: z.enum(['aangevraagd', 'uitgevoerd', 'geannuleerd']),
  onderzochtOp: z.string().nullable(),
  uitkomst: z.string().nullable(),
  letselPastBijVerklaring: z.boolean().nullable(),
  versie: z.number().int(),
});
export type MedischVerzoek = z.infer<typeof medischVerzoekSchema>;
export const medischeVerzoekenLijstSchema = z.object({ items: z.array(medischVerzoekSchema) });
