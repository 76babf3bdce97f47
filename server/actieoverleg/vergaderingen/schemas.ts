import { z } from 'zod';
import { organisatieSoortSchema, type OrganisatieSoort } from '../../organisations/schemas';

/**
 * The meetings of the Actieoverleg (seed 004): the weekly series per region with its members (fixed faces with
 * mandate, partners on call), the meetings with their agenda, the partners invited per agenda item, what each
 * partner brings to an item before the meeting (bijdragen), and attendance.
 * Shared with the web app (`@schemas/actieoverleg/vergaderingen`): imports nothing but zod and other schemas.
 */

const id = z.uuid('geen geldige id');
const tijdstip = z.iso.datetime({ offset: true, message: 'verwacht een tijdstip als 2026-03-05T13:30:00+01:00' });
const tekst = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const organisatieRef = z.object({ id: z.uuid(), naam: z.string(), soort: organisatieSoortSchema });
const gebruikerRef = z.object({ id: z.uuid(), naam: z.string() });

// ---------------------------------------------------------------------------------------------------
// The series (reeks) and its members (leden)

/** ISO weekday: 1 = maandag … 7 = zondag. */
export const weekdagSchema = z.number().int('verwacht een hele dag').min(1, 'kies 1 (maandag) t/m 7 (zondag)').max(7, 'kies 1 (maandag) t/m 7 (zondag)');
export const weekdagLabels = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
/** Local time in Europe/Amsterdam, 'HH:MM'. */
export const begintijdSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'verwacht een tijd als 13:30');
export const duurMinutenSchema = z.number().int('verwacht hele minuten').min(30, 'minstens 30 minuten').max(600, 'hoogstens 600 minuten');

export const REEKS_STANDAARD = { weekdag: 4, begintijd: '13:30', duurMinuten: 180 } as const;

export const lidSoortSchema = z.enum(['vast', 'op-afroep']).describe('vast: vaste deelnemer met mandaat (VT, politie, OM); op-afroep: per agendapunt uitgenodigd (Raad, reclassering)');
export type LidSoort = z.infer<typeof lidSoortSchema>;

/** Which kinds of organisation fit which kind of membership (seed 004: fixed faces VT, politie, OM; on call RvdK and 3RO). */
export const lidSoortenPerOrganisatieSoort: Record<LidSoort, readonly OrganisatieSoort[]> = {
  vast: ['veilig-thuis', 'politie', 'openbaar-ministerie'],
  'op-afroep': ['raad-voor-de-kinderbescherming', 'reclassering'],
};

export const reeksLidSchema = z.object({
  id: z.uuid(),
  organisatie: organisatieRef,
  soort: lidSoortSchema,
  vertegenwoordiger: gebruikerRef.nullable().describe('Wie namens de organisatie aan tafel zit'),
  mandaat: z.string().describe('Het mandaat dat de vertegenwoordiger meebrengt'),
  van: z.string(),
  tot: z.string().nullable(),
});
export type ReeksLid = z.infer<typeof reeksLidSchema>;

export const reeksSchema = z.object({
  id: z.uuid(),
  regio: z.object({ id: z.uuid(), naam: z.string() }),
  weekdag: z.number().int(),
  begintijd: z.string().describe('Lokale tijd (Europe/Amsterdam), HH:MM'),
  duurMinuten: z.number().int(),
  locatie: z.string(),
  /** The active members (tot null), fixed members first. */
  leden: z.array(reeksLidSchema),
  versie: z.number().int(),
});
export type Reeks = z.infer<typeof reeksSchema>;
export const reeksLijstSchema = z.object({ reeksen: z.array(reeksSchema) });

export const reeksInvoerSchema = z
  .object({
    weekdag: weekdagSchema.default(REEKS_STANDAARD.weekdag),
    begintijd: begintijdSchema.default(REEKS_STANDAARD.begintijd),
    duurMinuten: duurMinutenSchema.default(REEKS_STANDAARD.duurMinuten),
    locatie: tekst(300).default(''),
  })
  .strict();
export type ReeksInvoer = z.infer<typeof reeksInvoerSchema>;

export const reeksWijzigenSchema = z
  .object({ weekdag: weekdagSchema, begintijd: begintijdSchema, duurMinuten: duurMinutenSchema, locatie: tekst(300) })
  .partial()
  .strict();
export type ReeksWijzigen = z.infer<typeof reeksWijzigenSchema>;

export const lidInvoerSchema = z
  .object({
    organisatieId: id,
    soort: lidSoortSchema,
    vertegenwoordigerGebruikerId: id.nullable().optional(),
    mandaat: tekst(1000).default(''),
  })
  .strict();
export type LidInvoer = z.infer<typeof lidInvoerSchema>;

// ---------------------------------------------------------------------------------------------------
// Meetings (actieoverleggen)

export const overlegStatusSchema = z.enum(['gepland', 'gestart', 'afgerond', 'geannuleerd']);
export type OverlegStatus = z.infer<typeof overlegStatusSchema>;
export const overlegRolSchema = z
  .enum(['voorzitter', 'vast-lid', 'op-afroep'])
  .describe('voorzitter: voorzitter Actieoverleg van de regio; vast-lid: vaste deelnemer (alle agendapunten); op-afroep: alleen de agendapunten waarvoor uw organisatie is uitgenodigd');
export type OverlegRolNaam = z.infer<typeof overlegRolSchema>;

export const agendapuntSoortSchema = z.enum(['aanmelding', 'vervolg']).describe('aanmelding: een geagendeerde aanmelding; vervolg: een casus met openstaande afspraken');
export const agendapuntStatusSchema = z.enum(['gepland', 'besproken', 'doorgeschoven']);

export const overlegLijstItemSchema = z.object({
  id: z.uuid(),
  reeksId: z.uuid(),
  regio: z.object({ id: z.uuid(), naam: z.string() }),
  begintOp: z.string(),
  eindigtOp: z.string(),
  locatie: z.string(),
  status: overlegStatusSchema,
  rol: overlegRolSchema,
  /** The agenda items the caller sees (for an on-call partner: only the ones they are invited to). */
  aantalAgendapunten: z.number().int(),
  versie: z.number().int(),
});
export type OverlegLijstItem = z.infer<typeof overlegLijstItemSchema>;
export const overlegLijstSchema = z.object({ actieoverleggen: z.array(overlegLijstItemSchema) });
export const overlegLijstQuerySchema = z.object({
  vanaf: tijdstip.or(z.iso.date()).optional().describe('Vanaf dit tijdstip of deze datum (standaard: 7 dagen geleden)'),
  tot: tijdstip.or(z.iso.date()).optional().describe('Tot dit tijdstip of deze datum (standaard: 8 weken vooruit)'),
});

export const bijdrageSchema = z.object({
  id: z.uuid(),
  agendapuntId: z.uuid(),
  organisatie: organisatieRef,
  auteur: gebruikerRef.nullable(),
  inhoud: z.string(),
  zichtbaarVoor: z.array(z.uuid()).nullable().describe('null: iedereen bij dit agendapunt; anders alleen deze organisaties (en de eigen)'),
  eigen: z.boolean().describe('De bijdrage van uw eigen organisatie'),
  bijgewerktOp: z.string(),
  versie: z.number().int(),
});
export type Bijdrage = z.infer<typeof bijdrageSchema>;

export const uitnodigingSchema = z.object({ organisatie: organisatieRef, uitgenodigdOp: z.string() });

export const agendapuntSchema = z.object({
  id: z.uuid(),
  overlegId: z.uuid(),
  casus: z.object({ id: z.uuid(), nummer: z.string() }),
  soort: agendapuntSoortSchema,
  volgorde: z.number().int(),
  status: agendapuntStatusSchema,
  /** Only when the caller may see the referral (its casus's participants, the referrer, the chairs of the region). */
  aanmelding: z.object({ id: z.uuid(), vraag: z.string(), herhaling: z.boolean() }).nullable(),
  uitnodigingen: z.array(uitnodigingSchema),
  /** What the partners bring, as far as need-to-know lets the caller see. */
  bijdragen: z.array(bijdrageSchema),
  versie: z.number().int(),
});
export type Agendapunt = z.infer<typeof agendapuntSchema>;

export const aanwezigeSchema = z.object({
  gebruiker: gebruikerRef,
  organisatie: organisatieRef,
  status: z.enum(['aanwezig', 'afgemeld']),
  metMandaat: z.boolean(),
});
export type Aanwezige = z.infer<typeof aanwezigeSchema>;

export const overlegSchema = overlegLijstItemSchema.extend({
  gestartOp: z.string().nullable(),
  afgerondOp: z.string().nullable(),
  /** The series' active members (organisations and representatives: no case data). */
  leden: z.array(reeksLidSchema),
  agendapunten: z.array(agendapuntSchema),
  aanwezigheid: z.array(aanwezigeSchema),
});
export type Overleg = z.infer<typeof overlegSchema>;

export const overlegInvoerSchema = z
  .object({
    reeksId: id,
    begintOp: tijdstip.optional().describe('Standaard: het eerstvolgende moment van de reeks waarop nog geen overleg staat'),
  })
  .strict();
export type OverlegInvoer = z.infer<typeof overlegInvoerSchema>;

export const overlegWijzigenSchema = z
  .object({ begintOp: tijdstip, duurMinuten: duurMinutenSchema, locatie: tekst(300) })
  .partial()
  .strict();
export type OverlegWijzigen = z.infer<typeof overlegWijzigenSchema>;

/** Why a meeting is cancelled: a code (countable, no free text in the audit log) and an optional note. */
export const annuleringRedenSchema = z.enum(['geen-agendapunten', 'feestdag', 'voorzitter-afwezig', 'onvoldoende-bezetting', 'anders']);
export type AnnuleringReden = z.infer<typeof annuleringRedenSchema>;
export const annulerenInvoerSchema = z.object({ reden: annuleringRedenSchema, toelichting: tekst(1000).default('') }).strict();
export type AnnulerenInvoer = z.infer<typeof annulerenInvoerSchema>;

// ---------------------------------------------------------------------------------------------------
// The agenda

export const agendapuntInvoerSchema = z
  .object({ aanmeldingId: id.optional(), casusId: id.optional() })
  .strict()
  .describe('Eén van beide: een geagendeerde aanmelding, of een casus (vervolg)');
export type AgendapuntInvoer = z.infer<typeof agendapuntInvoerSchema>;

export const doorschuivenInvoerSchema = z.object({ overlegId: id.describe('Het latere overleg van dezelfde reeks') }).strict();
export const volgordeInvoerSchema = z.object({ agendapuntIds: z.array(id).min(1, 'noem de agendapunten in de nieuwe volgorde').max(200) }).strict();
export const uitnodigingInvoerSchema = z.object({ organisatieId: id }).strict();

// ---------------------------------------------------------------------------------------------------
// Contributions before the meeting (seed 004, "Delen en duiden van informatie")

export const bijdrageInvoerSchema = z
  .object({
    inhoud: tekst(10000).min(1, 'vul in wat uw organisatie inbrengt'),
    zichtbaarVoor: z.array(id).max(20).nullable().default(null).describe('null: iedereen bij dit agendapunt; anders alleen deze organisaties'),
  })
  .strict();
export type BijdrageInvoer = z.infer<typeof bijdrageInvoerSchema>;

/** What each kind of partner brings to an item (seed 004): the prompt shown next to the contribution. */
export const bijdrageVragen: Partial<Record<OrganisatieSoort, { titel: string; punten: readonly string[] }>> = {
  'veilig-thuis': { titel: 'Veilig Thuis deelt', punten: ['eerdere meldingen', 'onderzoek', 'lopende interventies'] },
  politie: { titel: 'Politie deelt', punten: ['registraties', 'mutaties', 'aanhoudingen', 'lopende interventies'] },
  'raad-voor-de-kinderbescherming': { titel: 'Raad voor de Kinderbescherming deelt', punten: ['soort onderzoek', 'maatregel'] },
  reclassering: { titel: 'Reclassering deelt', punten: ['toezicht', 'lopende interventies'] },
  'openbaar-ministerie': { titel: 'OM deelt', punten: ['lopend onderzoek', 'interventies', 'relevante antecedenten en justitiële documentatie'] },
};

// ---------------------------------------------------------------------------------------------------
// People to choose from (owner of an agreement or scenario, regie, attendance, a member's representative)

export const medewerkerSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  organisatie: z.object({ id: z.uuid(), naam: z.string() }),
});
export type Medewerker = z.infer<typeof medewerkerSchema>;
export const medewerkerLijstSchema = z
  .object({ medewerkers: z.array(medewerkerSchema) })
  .describe('Actieve medewerkers met casuswerk (medewerker, voorzitter Actieoverleg, officier van justitie); geen beheerders of analisten');
export type MedewerkerLijst = z.infer<typeof medewerkerLijstSchema>;
export const reeksMedewerkersQuerySchema = z.object({ organisatieId: id.describe('Een actieve organisatie van de regio van de reeks') });

// ---------------------------------------------------------------------------------------------------
// Attendance

export const aanwezigheidInvoerSchema = z
  .object({
    deelnemers: z
      .array(
        z.object({ gebruikerId: id, status: z.enum(['aanwezig', 'afgemeld']), metMandaat: z.boolean().default(false) }).strict(),
      )
      .max(100),
  })
  .strict();
export type AanwezigheidInvoer = z.infer<typeof aanwezigheidInvoerSchema>;
