import { z } from 'zod';
import { casusRolSchema } from '../cases/schemas';
import { doelSchema } from '../sharing/schemas';
import { organisatieSoortSchema } from '../organisations/schemas';

/**
 * The Actieoverleg part of the API contract (seed 003 §3, seed 004): the referral (aanmelding) with the form of
 * "Uit de praktijk 3.1", the criteria check, the chair's pre-consult (besluit) and the chair's overview.
 * Shared with the web app: imports nothing but zod (and other schemas).
 */

// ---------------------------------------------------------------------------------------------------
// Vocabulary

/** 'besproken' follows with the meeting (vergadering); a referral is then no longer pending. */
export const aanmeldingStatussen = ['concept', 'ingediend', 'geagendeerd', 'afgewezen', 'direct-contact', 'besproken'] as const;
export const aanmeldingStatusSchema = z.enum(aanmeldingStatussen).describe(
  'concept: nog niet ingediend; ingediend: wacht op het besluit van de voorzitter; geagendeerd: komt in het Actieoverleg; ' +
    'afgewezen: niet geagendeerd; direct-contact: de vraag gaat rechtstreeks naar één partner; besproken: in het Actieoverleg besproken',
);
export type AanmeldingStatus = z.infer<typeof aanmeldingStatusSchema>;

/** The partners a question can be relevant for; criterion 1 asks for at least Veilig Thuis, politie and OM. */
export const vraagPartners = ['veilig-thuis', 'politie', 'openbaar-ministerie', 'raad-voor-de-kinderbescherming', 'reclassering'] as const;
export const vraagPartnerSchema = z.enum(vraagPartners);
export type VraagPartner = z.infer<typeof vraagPartnerSchema>;
export const VERPLICHTE_PARTNERS = ['veilig-thuis', 'politie', 'openbaar-ministerie'] as const satisfies readonly VraagPartner[];

/** What the question aims at: only actions fit the Actieoverleg (not evaluation, not only sharing worries). */
export const vraagGerichtOpSchema = z.enum(['acties', 'evaluatie', 'alleen-zorgen']).describe(
  'acties: er moeten acties en lijnen worden uitgezet; evaluatie: de casus evalueren; alleen-zorgen: alleen zorgen delen',
);
export type VraagGerichtOp = z.infer<typeof vraagGerichtOpSchema>;

/** The content factors of criterion 2 (seed 004), each in one of four groups. */
export const inhoudelijkeFactoren = [
  // Samenloop straf/zorg
  'samenloop-straf-zorg',
  'lopend-strafrechtelijk-onderzoek',
  // Criminaliteit en veiligheidsrisico's
  'crimineel-netwerk',
  'vuurwapens',
  'drugscriminaliteit',
  'veiligheidsrisico-medewerkers',
  // Toename of ontkenning van geweld
  'ernstig-geweld-verleden',
  'geweld-tegen-hulpverleners',
  'toename-geweld',
  'ontkenning-geweld',
  // Complexe vormen van geweld of mishandeling
  'ex-partnerstalking',
  'eergerelateerd-geweld',
  'vrouwelijke-genitale-verminking',
  'ouderenmishandeling',
  'strafbare-kindermishandeling',
] as const;
export const inhoudelijkeFactorSchema = z.enum(inhoudelijkeFactoren);
export type InhoudelijkeFactor = z.infer<typeof inhoudelijkeFactorSchema>;

export const factorGroepen = ['samenloop', 'veiligheidsrisicos', 'geweld', 'complexe-vormen'] as const;
export type FactorGroep = (typeof factorGroepen)[number];

export const factorGroepVan: Record<InhoudelijkeFactor, FactorGroep> = {
  'samenloop-straf-zorg': 'samenloop',
  'lopend-strafrechtelijk-onderzoek': 'samenloop',
  'crimineel-netwerk': 'veiligheidsrisicos',
  vuurwapens: 'veiligheidsrisicos',
  drugscriminaliteit: 'veiligheidsrisicos',
  'veiligheidsrisico-medewerkers': 'veiligheidsrisicos',
  'ernstig-geweld-verleden': 'geweld',
  'geweld-tegen-hulpverleners': 'geweld',
  'toename-geweld': 'geweld',
  'ontkenning-geweld': 'geweld',
  'ex-partnerstalking': 'complexe-vormen',
  'eergerelateerd-geweld': 'complexe-vormen',
  'vrouwelijke-genitale-verminking': 'complexe-vormen',
  ouderenmishandeling: 'complexe-vormen',
  'strafbare-kindermishandeling': 'complexe-vormen',
};

/** Dutch labels, for screens and for the reasons of the criteria check. */
export const factorGroepLabels: Record<FactorGroep, string> = {
  samenloop: 'samenloop straf en zorg',
  veiligheidsrisicos: "criminaliteit en veiligheidsrisico's",
  geweld: 'toename of ontkenning van geweld',
  'complexe-vormen': 'complexe vormen van geweld of mishandeling',
};
export const inhoudelijkeFactorLabels: Record<InhoudelijkeFactor, string> = {
  'samenloop-straf-zorg': 'afstemming straf en zorg nodig',
  'lopend-strafrechtelijk-onderzoek': 'lopend strafrechtelijk onderzoek',
  'crimineel-netwerk': 'betrokkenheid bij een crimineel netwerk',
  vuurwapens: 'vuurwapengevaarlijkheid',
  drugscriminaliteit: 'drugscriminaliteit',
  'veiligheidsrisico-medewerkers': 'veiligheidsrisico voor medewerkers',
  'ernstig-geweld-verleden': 'verleden van (ernstig) geweld',
  'geweld-tegen-hulpverleners': 'geweld tegen hulpverleners',
  'toename-geweld': 'toename van geweld na bemoeienis van Veilig Thuis of politie',
  'ontkenning-geweld': 'ontkenning van geweld (geen zicht op veiligheid)',
  'ex-partnerstalking': 'ex-partnerstalking',
  'eergerelateerd-geweld': 'eergerelateerd geweld',
  'vrouwelijke-genitale-verminking': 'vrouwelijke genitale verminking',
  ouderenmishandeling: 'ouderenmishandeling',
  'strafbare-kindermishandeling': 'strafbare kindermishandeling',
};
export const vraagPartnerLabels: Record<VraagPartner, string> = {
  'veilig-thuis': 'Veilig Thuis',
  politie: 'politie',
  'openbaar-ministerie': 'OM',
  'raad-voor-de-kinderbescherming': 'Raad voor de Kinderbescherming',
  reclassering: 'reclassering',
};

// ---------------------------------------------------------------------------------------------------
// The form (seed 003 "Uit de praktijk 3.1", seed 004 "Informatie ten behoeve van aanmelding")

const tekst = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const datum = z.iso.date('verwacht een datum als JJJJ-MM-DD');

export const otsKindSchema = z.object({
  persoonId: z.uuid('geen geldige id').describe('Het kind, een persoon in de casus'),
  gezinsvoogd: tekst(200).default('').describe('Naam van de gezinsvoogd (GV)'),
  eindeMaatregel: datum.nullable().default(null).describe('Einde van de maatregel'),
});
export const otsSchema = z.object({
  ots: z.boolean().describe('Is er een ondertoezichtstelling?'),
  kinderen: z.array(otsKindSchema).max(20).default([]),
});

export const raadKindSchema = z.object({
  persoonId: z.uuid('geen geldige id').describe('Het kind, een persoon in de casus'),
  soortOnderzoek: tekst(200).default('').describe('Soort onderzoek van de Raad'),
});
export const raadBetrokkenSchema = z.object({
  betrokken: z.boolean().describe('Is de Raad voor de Kinderbescherming betrokken?'),
  kinderen: z.array(raadKindSchema).max(20).default([]),
});

export const betrokkenenGeinformeerdSchema = z
  .discriminatedUnion('geinformeerd', [
    z.object({ geinformeerd: z.literal(true), reactie: tekst(2000).default('').describe('Hoe reageerden zij?') }),
    z.object({ geinformeerd: z.literal(false), wanneer: tekst(500).default('').describe('Wanneer en hoe zij worden geïnformeerd') }),
  ])
  .describe('Zijn betrokkenen geïnformeerd dat zij in het Actieoverleg worden besproken? Bij voorkeur vooraf, anders achteraf.');

/**
 * Every field of the form. In the API's output all are present; on input every one is optional and a draft may
 * leave any of them empty (nothing typed is lost): the criteria check says what is still missing.
 */
const formulierVelden = {
  omschrijving: tekst(5000).describe('Kort, feitelijk en concreet: geweld of dreiging, mishandeling, verwaarlozing, onveiligheid'),
  krachten: tekst(3000).describe('Krachten en compenserende factoren'),
  politieJustitie: tekst(3000).describe('Is politie of justitie al betrokken, en zo ja hoe?'),
  eerderBekend: tekst(3000).describe('Welke informatie is (al eerder) bekend: meldingen in het verleden, onderzoek, hulpverlening'),
  watMaaktHetMoeilijk: tekst(3000).describe('Wat het moeilijk maakt om het veilig te houden'),
  betrokkenHulpverlening: tekst(3000),
  ots: otsSchema,
  raadBetrokken: raadBetrokkenSchema,
  vraag: tekst(3000).describe('De concrete vraag aan het Actieoverleg: met welk doel, wat verwacht u van de uitkomst?'),
  vraagRelevantVoor: z
    .array(vraagPartnerSchema)
    .max(vraagPartners.length)
    .refine((v) => new Set(v).size === v.length, 'elke partner maar één keer')
    .describe('Voor welke partners de vraag relevant is; het criterium vraagt ten minste Veilig Thuis, politie én OM'),
  vraagGerichtOp: vraagGerichtOpSchema.nullable(),
  inhoudelijkeFactoren: z
    .array(inhoudelijkeFactorSchema)
    .max(inhoudelijkeFactoren.length)
    .refine((v) => new Set(v).size === v.length, 'elke factor maar één keer'),
  stelselBewakenBeveiligenOverwegen: z.boolean().describe('Afweging of het Stelsel Bewaken en Beveiligen (SBB) van toepassing is'),
  betrokkenenGeinformeerd: betrokkenenGeinformeerdSchema.nullable(),
  relevanteAntecedenten: tekst(3000).describe(
    'Alleen als ze van invloed zijn op de bespreking (zeden, geweld, diefstal, inbraak). De politie kan ook rechtstreeks om antecedenten gevraagd worden.',
  ),
};
export const aanmeldingFormulierSchema = z.object(formulierVelden);
export type AanmeldingFormulier = z.infer<typeof aanmeldingFormulierSchema>;

/** The empty form: what a draft holds for every field not typed yet. */
export const leegFormulier: AanmeldingFormulier = {
  omschrijving: '',
  krachten: '',
  politieJustitie: '',
  eerderBekend: '',
  watMaaktHetMoeilijk: '',
  betrokkenHulpverlening: '',
  ots: { ots: false, kinderen: [] },
  raadBetrokken: { betrokken: false, kinderen: [] },
  vraag: '',
  vraagRelevantVoor: [],
  vraagGerichtOp: null,
  inhoudelijkeFactoren: [],
  stelselBewakenBeveiligenOverwegen: false,
  betrokkenenGeinformeerd: null,
  relevanteAntecedenten: '',
};

/** Opening a casus together with the referral (the fields of POST /casussen). */
export const nieuweCasusSchema = z.object({
  personen: z
    .array(z.object({ persoonId: z.uuid('geen geldige id'), rol: casusRolSchema }))
    .min(1, 'voeg minimaal één persoon toe')
    .max(100)
    .refine((p) => new Set(p.map((x) => x.persoonId)).size === p.length, 'elke persoon maar één keer'),
  doel: doelSchema,
  grondslagId: z.uuid('geen geldige id').describe('Grondslag uit het register voor de deelname van uw organisatie'),
});

export const aanmeldingInvoerSchema = aanmeldingFormulierSchema
  .partial()
  .extend({
    casusId: z.uuid('geen geldige id').optional().describe('Een casus waaraan uw organisatie deelneemt'),
    nieuweCasus: nieuweCasusSchema.optional().describe('Of: open een casus samen met de aanmelding'),
  })
  .superRefine((v, ctx) => {
    if ((v.casusId === undefined) === (v.nieuweCasus === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['casusId'], message: 'geef een casusId of de gegevens van een nieuwe casus (nieuweCasus), niet allebei' });
    }
  });
export type AanmeldingInvoer = z.infer<typeof aanmeldingInvoerSchema>;

/** PATCH of a draft: only the fields that change. */
export const aanmeldingWijzigenSchema = aanmeldingFormulierSchema
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'geef minimaal één veld om te wijzigen');
export type AanmeldingWijzigen = z.infer<typeof aanmeldingWijzigenSchema>;

// ---------------------------------------------------------------------------------------------------
// The criteria check

export const ontbrekendSchema = z.object({
  veld: z.string().describe('Het veld dat het criterium mist, bijvoorbeeld vraagRelevantVoor'),
  reden: z.string().describe('Waarom het criterium niet is voldaan, in het Nederlands'),
});
export const criteriumSchema = z.object({
  voldaan: z.boolean(),
  voldaanOmdat: z.array(z.string()).describe('Wat wel aanwezig is'),
  ontbreekt: z.array(ontbrekendSchema).describe('Wat ontbreekt, per veld met de reden'),
});
export const criteriaUitslagSchema = z
  .object({
    voldaan: z.boolean().describe('Beide criteria voldaan (ze zijn cumulatief)'),
    relevantie: criteriumSchema.describe('1. Relevantie: een concrete vraag gericht op acties, relevant voor ten minste Veilig Thuis, politie én OM'),
    inhoud: criteriumSchema.describe('2. Inhoudelijke factoren: samenloop straf/zorg, veiligheidsrisico’s, toename/ontkenning van geweld of complexe vormen'),
  })
  .describe('Criteria inbreng casus in het Actieoverleg (seed 004)');
export type CriteriaUitslag = z.infer<typeof criteriaUitslagSchema>;

export const herhalingSchema = z
  .object({
    vanAanmeldingId: z.uuid().describe('De eerdere aanmelding die werd geagendeerd of besproken'),
    dagenSinds: z.number().int(),
  })
  .describe('Herhaling: binnen 12 maanden na een eerdere agendering; wordt geagendeerd ongeacht de criteria');

// ---------------------------------------------------------------------------------------------------
// The referral as read

const naamRefSchema = z.object({ id: z.uuid(), naam: z.string() });
const organisatieRefSchema = z.object({ id: z.uuid(), naam: z.string(), soort: organisatieSoortSchema });

export const besluitSoortSchema = z.enum(['agenderen', 'afwijzen', 'direct-contact']).describe(
  'agenderen: in het Actieoverleg; afwijzen: niet agenderen; direct-contact: de vraag is voor één partner, neem rechtstreeks contact op',
);
export type BesluitSoort = z.infer<typeof besluitSoortSchema>;

export const besluitSchema = z.object({
  besluit: besluitSoortSchema,
  reden: z.string(),
  partnerOrganisatie: organisatieRefSchema.nullable().describe('Bij direct-contact: de partner voor wie de vraag is'),
  doorGebruiker: z.object({ naam: z.string() }),
  doorOrganisatie: naamRefSchema,
  op: z.string(),
});

export const bekendBijSchema = z
  .object({
    persoonId: z.uuid(),
    organisatie: organisatieRefSchema,
    contactpunt: z.string().describe('Contactpersoon of de organisatie zelf; nooit inhoud'),
  })
  .describe('Bekend bij reclassering of de Raad voor de Kinderbescherming: zij hebben de persoon in een casus');

export const aanmeldingSchema = aanmeldingFormulierSchema.extend({
  id: z.uuid(),
  casus: z.object({ id: z.uuid(), nummer: z.string() }),
  regio: naamRefSchema,
  aanmeldendeOrganisatie: organisatieRefSchema,
  aangemeldDoor: z.object({ naam: z.string() }),
  personen: z.array(z.object({ id: z.uuid(), naam: z.string(), geboortedatum: z.string().nullable(), rol: casusRolSchema })).describe('Cliëntgegevens: de personen van de casus'),
  status: aanmeldingStatusSchema,
  criteria: criteriaUitslagSchema,
  herhaling: herhalingSchema.nullable(),
  bekendBij: z.array(bekendBijSchema),
  besluit: besluitSchema.nullable().describe('Het besluit van de voorzitter na het vooroverleg; gaat terug naar de aanmelder'),
  aangemaaktOp: z.string(),
  ingediendOp: z.string().nullable(),
  versie: z.number().int(),
});
export type Aanmelding = z.infer<typeof aanmeldingSchema>;

export const aanmeldingLijstItemSchema = z.object({
  id: z.uuid(),
  casus: z.object({ id: z.uuid(), nummer: z.string() }),
  aanmeldendeOrganisatie: organisatieRefSchema,
  status: aanmeldingStatusSchema,
  criteriaVoldaan: z.boolean(),
  herhaling: herhalingSchema.nullable(),
  aangemaaktOp: z.string(),
  ingediendOp: z.string().nullable(),
  wachtOpBesluit: z.boolean().describe('Ingediend en nog zonder besluit van de voorzitter'),
  besluit: besluitSchema
    .nullable()
    .describe('Het besluit van de voorzitter met de reden; de lijst toont alleen aanmeldingen van de eigen organisatie (en voor een voorzitter die van de regio)'),
});
export type AanmeldingLijstItem = z.infer<typeof aanmeldingLijstItemSchema>;

export const aanmeldingLijstQuerySchema = z.object({
  status: aanmeldingStatusSchema.optional(),
});
export const aanmeldingLijstSchema = z.object({ aanmeldingen: z.array(aanmeldingLijstItemSchema) });

// ---------------------------------------------------------------------------------------------------
// The chair's decision and overview

export const besluitInvoerSchema = z
  .object({
    besluit: besluitSoortSchema,
    reden: z.string().trim().min(10, 'geef in minimaal 10 tekens de reden; die gaat terug naar de aanmelder').max(2000),
    partnerOrganisatieId: z.uuid('geen geldige id').optional().describe('Verplicht bij direct-contact: de ene partner voor wie de vraag is'),
  })
  .superRefine((v, ctx) => {
    if (v.besluit === 'direct-contact' && !v.partnerOrganisatieId) {
      ctx.addIssue({ code: 'custom', path: ['partnerOrganisatieId'], message: 'kies bij direct contact de partner voor wie de vraag is' });
    }
    if (v.besluit !== 'direct-contact' && v.partnerOrganisatieId) {
      ctx.addIssue({ code: 'custom', path: ['partnerOrganisatieId'], message: 'alleen bij direct contact' });
    }
  });
export type BesluitInvoer = z.infer<typeof besluitInvoerSchema>;

export const overzichtSchema = z.object({
  wachtend: z.array(aanmeldingLijstItemSchema.extend({ criteria: criteriaUitslagSchema })).describe('Ingediend, wachtend op een besluit; oudste eerst'),
  perOrganisatie: z
    .array(z.object({ organisatie: organisatieRefSchema, ditJaar: z.number().int(), totaal: z.number().int() }))
    .describe('Ingediende aanmeldingen per aanmeldende organisatie in de regio'),
  herhalingen: z.array(aanmeldingLijstItemSchema).describe('Ingediende aanmeldingen die een herhaling zijn, nieuwste eerst'),
  volgendOverleg: z
    .object({
      id: z.uuid(),
      begintOp: z.string(),
      status: z.enum(['gepland', 'gestart']),
      agendapunten: z.array(
        z.object({
          id: z.uuid(),
          volgorde: z.number().int(),
          soort: z.enum(['aanmelding', 'vervolg']),
          casus: z.object({ id: z.uuid(), nummer: z.string() }),
          herhaling: z.boolean(),
        }),
      ),
    })
    .nullable()
    .describe('Het eerstvolgende overleg van de regio met zijn agenda; null als er geen gepland is'),
  nogTeAgenderen: z.number().int().describe('Geagendeerde aanmeldingen die nog op geen agenda staan'),
  verlopenAfspraken: z
    .array(
      z.object({
        id: z.uuid(),
        casus: z.object({ id: z.uuid(), nummer: z.string() }),
        eigenaarOrganisatie: z.object({ id: z.uuid(), naam: z.string() }),
        deadline: z.string().describe('JJJJ-MM-DD'),
        overlegBegintOp: z.string().nullable(),
      }),
    )
    .describe('Open afspraken in de regio waarvan de deadline voorbij is, oudste deadline eerst (de inhoud staat bij de casus)'),
});
export type Overzicht = z.infer<typeof overzichtSchema>;
