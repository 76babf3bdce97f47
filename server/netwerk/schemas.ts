import { z } from 'zod';

/**
 * The regional network (Regionaal Netwerk Zorg en Straf, RNZS) part of the API contract: members per organisation
 * and the chair, themes with their leads, the yearly work plan, meetings, learning cases and doubt cases.
 * One network per region: the caller's organisation's region. Shared with the web app: imports nothing but zod.
 */

const id = z.uuid('geen geldige id');
const tekst = (max: number) => z.string().trim().max(max, `hoogstens ${max} tekens`);
const verplicht = (max: number) => tekst(max).min(1, 'verplicht');

/** The four coordination moments; the network's standard themes. */
export const netwerkMomenten = ['samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling'] as const;
export const netwerkMomentSchema = z.enum(netwerkMomenten);
export type NetwerkMoment = z.infer<typeof netwerkMomentSchema>;

/** The improvement actions a doubt case can be about (the moments plus their coherence). */
export const twijfelVerbeteracties = ['samenhang', ...netwerkMomenten] as const;
export const twijfelVerbeteractieSchema = z.enum(twijfelVerbeteracties);

export const idParamsSchema = z.object({ id });
export const jaarParamsSchema = z.object({ jaar: z.coerce.number().int('een jaartal').min(2000, 'tussen 2000 en 2100').max(2100, 'tussen 2000 en 2100') });
export const jaarQuerySchema = z.object({
  jaar: z.coerce.number().int('een jaartal').min(2000, 'tussen 2000 en 2100').max(2100, 'tussen 2000 en 2100').optional(),
});

// ---- Members ---------------------------------------------------------------------------------------------

export const netwerkLidSchema = z.object({
  id,
  gebruikerId: id,
  naam: z.string(),
  organisatieId: id,
  organisatieNaam: z.string(),
  organisatieSoort: z.string(),
  voorzitter: z.boolean(),
  actief: z.boolean(),
  versie: z.number().int(),
});
export type NetwerkLid = z.infer<typeof netwerkLidSchema>;

/** Every organisation of the region with its (active) members, so an organisation without a member shows as a gap. */
export const netwerkLedenSchema = z.object({
  regioId: id,
  regioNaam: z.string(),
  organisaties: z.array(
    z.object({ id, naam: z.string(), soort: z.string(), leden: z.array(netwerkLidSchema) }),
  ),
  voorzitter: netwerkLidSchema.nullable(),
  /** Whether the caller may add and remove members and appoint the chair (netwerk.beheren). */
  magBeheren: z.boolean(),
  /** Whether the caller does the network's work (netwerk.werken). */
  magWerken: z.boolean(),
});
export type NetwerkLeden = z.infer<typeof netwerkLedenSchema>;

/** Users of the region's organisations with the role rnzs-lid there who are not (active) members yet. */
export const netwerkKandidatenSchema = z.object({
  kandidaten: z.array(z.object({ gebruikerId: id, naam: z.string(), organisatieId: id, organisatieNaam: z.string() })),
});
export type NetwerkKandidaten = z.infer<typeof netwerkKandidatenSchema>;

export const lidToevoegenSchema = z.object({ gebruikerId: id, organisatieId: id }).strict();
export type LidToevoegen = z.infer<typeof lidToevoegenSchema>;

export const lidWijzigenSchema = z
  .object({
    voorzitter: z.boolean().optional().describe('true benoemt dit lid tot voorzitter (de vorige voorzitter is het dan niet meer)'),
    actief: z.boolean().optional().describe('false haalt het lid uit het netwerk'),
  })
  .strict();
export type LidWijzigen = z.infer<typeof lidWijzigenSchema>;

// ---- Themes ----------------------------------------------------------------------------------------------

export const themaSchema = z.object({
  id,
  naam: z.string(),
  /** One of the four moments, or null for the network's own theme (e.g. ex-partner stalking). */
  moment: netwerkMomentSchema.nullable(),
  trekker: z.object({ lidId: id, naam: z.string(), organisatieNaam: z.string() }).nullable(),
  actief: z.boolean(),
  versie: z.number().int(),
});
export type Thema = z.infer<typeof themaSchema>;
export const themaLijstSchema = z.object({ themas: z.array(themaSchema) });

export const themaAanmakenSchema = z.object({ naam: verplicht(120), trekkerLidId: id.nullable().optional() }).strict();
export type ThemaAanmaken = z.infer<typeof themaAanmakenSchema>;
export const themaWijzigenSchema = z
  .object({ naam: verplicht(120).optional(), trekkerLidId: id.nullable().optional(), actief: z.boolean().optional() })
  .strict();
export type ThemaWijzigen = z.infer<typeof themaWijzigenSchema>;

// ---- Work plan -------------------------------------------------------------------------------------------

export const actieStatussen = ['open', 'gereed', 'vervallen'] as const;
export const werkplanActieSchema = z.object({
  omschrijving: verplicht(500),
  gereedOp: z.iso.date('een datum (JJJJ-MM-DD)').nullable(),
  status: z.enum(actieStatussen),
});
export const werkplanThemaSchema = z.object({
  themaId: id,
  doel: tekst(2000),
  acties: z.array(werkplanActieSchema).max(50, 'hoogstens 50 acties per thema'),
});
export const werkplanSchema = z.object({
  jaar: z.number().int(),
  themas: z.array(werkplanThemaSchema),
  vastgesteldOp: z.string().nullable().describe('Wanneer de voorzitter het werkplan vaststelde; null = concept'),
  /** 0 = nog geen werkplan voor dit jaar (If-Match "0" maakt het aan). */
  versie: z.number().int(),
  gewijzigdOp: z.string().nullable(),
});
export type Werkplan = z.infer<typeof werkplanSchema>;
export const werkplanOpslaanSchema = z
  .object({ themas: z.array(werkplanThemaSchema).max(50, 'hoogstens 50 thema’s') })
  .strict()
  .describe('Opslaan maakt een vastgesteld werkplan weer concept; de voorzitter stelt het opnieuw vast.');
export type WerkplanOpslaan = z.infer<typeof werkplanOpslaanSchema>;

// ---- Meetings --------------------------------------------------------------------------------------------

export const bijeenkomstStatussen = ['gepland', 'gehouden', 'geannuleerd'] as const;
export const agendapuntSchema = z.object({
  onderwerp: verplicht(300),
  themaId: id.nullable().optional(),
  leercasusId: id.nullable().optional(),
  twijfelcasusId: id.nullable().optional(),
});
export type NetwerkAgendapunt = z.infer<typeof agendapuntSchema>;
export const bijeenkomstSchema = z.object({
  id,
  begintOp: z.string().describe('ISO-tijdstip'),
  agenda: z.array(
    z.object({ onderwerp: z.string(), themaId: id.nullable(), leercasusId: id.nullable(), twijfelcasusId: id.nullable() }),
  ),
  notulen: z.string(),
  status: z.enum(bijeenkomstStatussen),
  versie: z.number().int(),
});
export type Bijeenkomst = z.infer<typeof bijeenkomstSchema>;
export const MINIMUM_BIJEENKOMSTEN = 6;
export const bijeenkomstLijstSchema = z.object({
  jaar: z.number().int(),
  bijeenkomsten: z.array(bijeenkomstSchema),
  /** Meetings of the year that are not cancelled. */
  aantalGepland: z.number().int(),
  minimum: z.number().int(),
  teWeinig: z.boolean().describe(`Minder dan ${MINIMUM_BIJEENKOMSTEN} bijeenkomsten (niet geannuleerd) in het jaar`),
});
export type BijeenkomstLijst = z.infer<typeof bijeenkomstLijstSchema>;
const begintOp = z.iso.datetime({ offset: true, message: 'een tijdstip met tijdzone (ISO 8601)' });
export const bijeenkomstAanmakenSchema = z
  .object({ begintOp, agenda: z.array(agendapuntSchema).max(30, 'hoogstens 30 agendapunten').optional() })
  .strict();
export type BijeenkomstAanmaken = z.infer<typeof bijeenkomstAanmakenSchema>;
export const bijeenkomstWijzigenSchema = z
  .object({
    begintOp: begintOp.optional(),
    agenda: z.array(agendapuntSchema).max(30, 'hoogstens 30 agendapunten').optional(),
    notulen: tekst(20000).optional().describe('Geen namen of andere persoonsgegevens'),
    status: z.enum(bijeenkomstStatussen).optional(),
  })
  .strict();
export type BijeenkomstWijzigen = z.infer<typeof bijeenkomstWijzigenSchema>;

// ---- Learning cases --------------------------------------------------------------------------------------

/**
 * The anonymised profile of a closed casus: which moments it passed in which order, whole days between steps,
 * counts. No ids, no dates (only days since the start and the year), no persons, no organisation names (only kinds),
 * no free text.
 */
export const leercasusProfielSchema = z.object({
  jaar: z.number().int().describe('Het jaar waarin de casus begon'),
  doorlooptijdDagen: z.number().int().nullable().describe('Dagen van start tot sluiten'),
  momenten: z.array(
    z.object({
      moment: netwerkMomentSchema,
      dagNaStart: z.number().int(),
      dagenSindsVorige: z.number().int().nullable(),
    }),
  ),
  organisatieSoorten: z.array(z.string()).describe('De soorten organisaties die deelnamen'),
  meldingen: z.number().int(),
  herhaling: z.boolean().describe('Een herhaling (nieuwe melding of aanmelding na een eerdere) gesignaleerd'),
  herhalingen: z.number().int(),
  afspraken: z.object({ totaal: z.number().int(), opTijdGedaan: z.number().int(), nietOpTijdOfNietGedaan: z.number().int(), verlopen: z.number().int() }),
  scenarios: z.object({ vastgelegd: z.number().int(), geactiveerd: z.number().int() }),
  taken: z.object({ totaal: z.number().int(), opTijdAfgerond: z.number().int(), teLaatAfgerond: z.number().int() }),
});
export type LeercasusProfiel = z.infer<typeof leercasusProfielSchema>;

export const leercasusSchema = z.object({
  id,
  titel: z.string(),
  profiel: leercasusProfielSchema,
  lessen: z.string(),
  themaId: id.nullable(),
  versie: z.number().int(),
  aangemaaktOp: z.string(),
});
export type Leercasus = z.infer<typeof leercasusSchema>;
export const leercasusLijstSchema = z.object({ leercasussen: z.array(leercasusSchema) });

export const leercasusAanbrengenSchema = z
  .object({
    casusnummer: z.string().trim().toUpperCase().regex(/^C-[A-Z0-9]{1,10}-\d{1,9}$/, 'een casusnummer, bijvoorbeeld C-2026-000042'),
    titel: verplicht(200),
    lessen: tekst(20000).optional().describe('Geen namen of andere persoonsgegevens'),
    themaId: id.nullable().optional(),
  })
  .strict();
export type LeercasusAanbrengen = z.infer<typeof leercasusAanbrengenSchema>;
export const leercasusWijzigenSchema = z
  .object({ titel: verplicht(200).optional(), lessen: tekst(20000).optional(), themaId: id.nullable().optional() })
  .strict();
export type LeercasusWijzigen = z.infer<typeof leercasusWijzigenSchema>;

// ---- Doubt cases -----------------------------------------------------------------------------------------

export const twijfelStatussen = ['open', 'norm-gevonden'] as const;
export const twijfelcasusSchema = z.object({
  id,
  vraag: z.string(),
  situatie: z.string(),
  verbeteractie: twijfelVerbeteractieSchema.nullable(),
  norm: z.string().nullable(),
  status: z.enum(twijfelStatussen),
  versie: z.number().int(),
  aangemaaktOp: z.string(),
});
export type Twijfelcasus = z.infer<typeof twijfelcasusSchema>;
export const twijfelcasusLijstSchema = z.object({ twijfelcasussen: z.array(twijfelcasusSchema) });
export const twijfelcasusQuerySchema = z.object({ status: z.enum(twijfelStatussen).optional() });
export const twijfelcasusAanmakenSchema = z
  .object({
    vraag: verplicht(1000),
    situatie: tekst(5000).optional().describe('Geanonimiseerd: geen namen of andere persoonsgegevens'),
    verbeteractie: twijfelVerbeteractieSchema.nullable().optional(),
  })
  .strict();
export type TwijfelcasusAanmaken = z.infer<typeof twijfelcasusAanmakenSchema>;
export const twijfelcasusWijzigenSchema = z
  .object({
    vraag: verplicht(1000).optional(),
    situatie: tekst(5000).optional(),
    verbeteractie: twijfelVerbeteractieSchema.nullable().optional(),
    norm: tekst(5000).nullable().optional(),
    status: z.enum(twijfelStatussen).optional().describe('norm-gevonden vraagt een norm'),
  })
  .strict();
export type TwijfelcasusWijzigen = z.infer<typeof twijfelcasusWijzigenSchema>;

// ---- Self-evaluation -------------------------------------------------------------------------------------

/** The yearly self-evaluation's aggregated answers (the 'samenhang' evaluation indicators), small numbers suppressed. */
export const zelfevaluatieSchema = z.object({
  jaar: z.number().int(),
  beschikbaar: z.boolean().describe('false: de evaluatie-indicatoren zijn (nog) niet beschikbaar; toon alleen de link'),
  leeg: z.boolean(),
  indicatoren: z.array(
    z.object({
      id: z.string(),
      naam: z.string(),
      eenheid: z.string(),
      waarde: z.number().nullable(),
      n: z.number().int().nullable(),
      onderdrukt: z.boolean(),
    }),
  ),
});
export type Zelfevaluatie = z.infer<typeof zelfevaluatieSchema>;
