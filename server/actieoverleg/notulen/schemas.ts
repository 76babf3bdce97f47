import { z } from 'zod';

/**
 * The minutes (notulen) of an Actieoverleg, generated from the structured record of the meeting for ONE receiving
 * organisation: fixed members see every discussed item, partners on call only the items they were invited to, and
 * within an item each partner's contribution follows need-to-know. Delivered in the platform (HTML, PDF, this JSON);
 * an e-mail only says they are ready. Shared with the web app: imports nothing but zod.
 */

const ref = z.object({ id: z.uuid(), naam: z.string() });
const persoonRef = z.object({ id: z.uuid(), naam: z.string() }).describe('Een professional (gebruiker)');

export const notulenFormaatSchema = z.enum(['html', 'json']).describe('html (standaard): een afdrukbaar document; json: de gestructureerde notulen');

export const notulenQuerySchema = z.object({ formaat: notulenFormaatSchema.default('html') });
export type NotulenQuery = z.infer<typeof notulenQuerySchema>;

export const notulenAfspraakSchema = z.object({
  id: z.uuid(),
  soort: z.enum(['interventie', 'monitoring', 'informeren-betrokkenen', 'overig']),
  wat: z.string(),
  eigenaarOrganisatie: ref,
  eigenaarGebruiker: persoonRef.nullable(),
  deadline: z.string().describe('JJJJ-MM-DD'),
  status: z.enum(['open', 'gedaan', 'niet-mogelijk', 'niet-gedaan']),
});
export type NotulenAfspraak = z.infer<typeof notulenAfspraakSchema>;

export const notulenScenarioSchema = z.object({
  id: z.uuid(),
  soort: z.enum(['zsm', 'verzoek-onderzoek-raad', 'tijdelijk-huisverbod', 'overig']),
  wat: z.string(),
  eigenaarOrganisatie: ref,
  eigenaarGebruiker: persoonRef.nullable(),
  actief: z.boolean(),
});
export type NotulenScenario = z.infer<typeof notulenScenarioSchema>;

export const notulenBeoordelingSchema = z.object({
  afspraak: notulenAfspraakSchema,
  reden: z.enum(['omstandigheden-gewijzigd', 'niet-opgepakt', 'loopt-nog']),
  toelichting: z.string(),
});
export type NotulenBeoordeling = z.infer<typeof notulenBeoordelingSchema>;

export const notulenAgendapuntSchema = z.object({
  id: z.uuid(),
  volgorde: z.number().int(),
  soort: z.enum(['aanmelding', 'vervolg']),
  status: z.enum(['gepland', 'besproken', 'doorgeschoven']).describe('gepland komt alleen voor in een concept'),
  casus: z.object({ id: z.uuid(), nummer: z.string() }),
  vraag: z.string().nullable().describe('De vraag aan het Actieoverleg uit de aanmelding; null bij een vervolgpunt'),
  bijdragen: z
    .array(z.object({ organisatie: ref, inhoud: z.string() }))
    .describe('Wat elke partner inbracht, voor zover de ontvangende organisatie het mag zien (need-to-know)'),
  stap1: z.object({ grootsteZorg: z.string(), directeVeiligheid: z.string(), gevaren: z.string(), complicerendeFactoren: z.string() }),
  stap2: z.object({ interventies: z.array(notulenAfspraakSchema), samenhang: z.string(), scenarios: z.array(notulenScenarioSchema) }),
  stap3: z.object({
    regie: z.object({ organisatie: ref.nullable(), gebruiker: persoonRef.nullable(), toelichting: z.string() }),
    monitoring: z.string(),
    informatieBetrokkenen: z.string(),
    teInformerenPartijen: z.string(),
    afspraken: z.array(notulenAfspraakSchema).describe('Afspraken over monitoring, het informeren van betrokkenen en overige'),
  }),
  beoordelingen: z.array(notulenBeoordelingSchema).describe('Beoordeling van nog niet afgeronde afspraken uit eerdere overleggen'),
});
export type NotulenAgendapunt = z.infer<typeof notulenAgendapuntSchema>;

const aanwezigeSchema = z.object({ gebruiker: persoonRef, organisatie: ref });

export const notulenSchema = z.object({
  overleg: z.object({
    id: z.uuid(),
    regio: ref,
    begintOp: z.string().describe('ISO-tijdstip'),
    eindigtOp: z.string(),
    datum: z.string().describe('JJJJ-MM-DD, Nederlandse tijd'),
    begintijd: z.string().describe('UU:MM, Nederlandse tijd'),
    eindtijd: z.string(),
    locatie: z.string(),
    status: z.enum(['gepland', 'gestart', 'afgerond', 'geannuleerd']),
    afgerondOp: z.string().nullable(),
  }),
  concept: z.boolean().describe('true: het overleg is nog niet afgerond; een voorlopige weergave voor de voorzitter en de vaste leden'),
  ontvanger: ref.describe('De organisatie waarvoor deze notulen zijn samengesteld'),
  aanwezigheid: z.object({
    aanwezig: z.array(aanwezigeSchema.extend({ metMandaat: z.boolean() })),
    afgemeld: z.array(aanwezigeSchema),
  }),
  agendapunten: z.array(notulenAgendapuntSchema).describe('De besproken agendapunten die de ontvanger mag zien, in volgorde'),
  doorgeschoven: z
    .array(z.object({ id: z.uuid(), volgorde: z.number().int(), casus: z.object({ id: z.uuid(), nummer: z.string() }) }))
    .describe('Agendapunten die naar een volgend overleg zijn doorgeschoven (alleen die de ontvanger mag zien)'),
});
export type Notulen = z.infer<typeof notulenSchema>;

/** One delivery of minutes to the caller's organisation (GET /api/v1/notulen). */
export const notulenVerzendingSchema = z.object({
  id: z.uuid(),
  overlegId: z.uuid(),
  datum: z.string().describe('Datum van het overleg, JJJJ-MM-DD (Nederlandse tijd)'),
  regio: ref,
  beschikbaarOp: z.string(),
  gelezen: z.boolean().describe('De taak notulen-lezen is afgerond'),
  links: z.object({ html: z.string(), pdf: z.string(), json: z.string() }),
});
export type NotulenVerzending = z.infer<typeof notulenVerzendingSchema>;

export const notulenVerzendingLijstSchema = z.object({ notulen: z.array(notulenVerzendingSchema) });
export type NotulenVerzendingLijst = z.infer<typeof notulenVerzendingLijstSchema>;

/** The answer of closing a meeting (POST /api/v1/actieoverleggen/{id}/afronden). */
export const afrondenResultaatSchema = z.object({
  overlegId: z.uuid(),
  status: z.literal('afgerond'),
  afgerondOp: z.string(),
  ontvangers: z.array(ref).describe('De organisaties die notulen ontvangen (vaste leden en uitgenodigde partners)'),
  mailIngepland: z.boolean().describe('true als SMTP is ingesteld: elke ontvanger krijgt een e-mail dat de notulen klaarstaan'),
});
export type AfrondenResultaat = z.infer<typeof afrondenResultaatSchema>;
